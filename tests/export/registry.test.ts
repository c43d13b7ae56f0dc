import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportArticle, exportFileName, findExportFormat, formatForFileName } from '../../core/export';
import { groupChanges } from '../../core/export/summary';
import { isTitleLine } from '../../core/export/article-text';
import type { Change } from '../../core/types';

describe('export registry', () => {
  it('offers the six formats with distinct ids and extensions', () => {
    expect(EXPORT_FORMATS.map((format) => format.id)).toEqual(['txt', 'md', 'html', 'docx', 'json', 'report']);
    expect(new Set(EXPORT_FORMATS.map((format) => format.extension)).size).toBe(EXPORT_FORMATS.length);
  });

  it.each([
    ['a.txt', 'txt'],
    ['a.MD', 'md'],
    ['a.markdown', 'md'],
    ['dir.v2/a.html', 'html'],
    ['a.htm', 'html'],
    ['a.report.html', 'report'],
    ['a.docx', 'docx'],
    ['a.json', 'json'],
  ])('%s is %s', (name, id) => {
    expect(formatForFileName(name)?.id).toBe(id);
  });

  it('knows no format for other names', () => {
    expect(formatForFileName('a.pdf')).toBeUndefined();
    expect(formatForFileName('html')).toBeUndefined();
  });

  it('names an export beside its article', () => {
    expect(exportFileName('kremlin.pe.txt', findExportFormat('report')!)).toBe('kremlin.pe.report.html');
    expect(exportFileName('notes', findExportFormat('docx')!)).toBe('notes.docx');
  });

  it('dispatches by id and refuses unknown ids', async () => {
    const bytes = await exportArticle('txt', { postEdit: 'a\nb', lineEnding: '\r\n' });
    expect(new TextDecoder().decode(bytes)).toBe('a\r\nb');
    await expect(exportArticle('pdf' as never, { postEdit: '', lineEnding: '\n' })).rejects.toThrow(/unknown export format 'pdf'/);
  });

  it('exports an empty article in every format without failing', async () => {
    for (const format of EXPORT_FORMATS) {
      const bytes = await format.export({ postEdit: '', lineEnding: '\n' });
      expect(bytes, format.id).toBeInstanceOf(Uint8Array);
    }
  });
});

describe('title lines', () => {
  it.each([
    ['The Kremlin told about the meeting of Putin and Kerry', true],
    ['Peskov: “No changes”', true],
    ['He said so.', false],
    ['Is it over?', false],
    ['“It was late,” he said.”', false],
    ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen', false],
    ['Two\nlines', false],
  ])('%j → %s', (text, expected) => {
    expect(isTitleLine(text)).toBe(expected);
  });
});

describe('glossary changes grouped by term', () => {
  const change = (from: string, to: string, source: string, line: number): Change => ({ start: 0, end: 0, from, to, source, glossary: 'g.tsv', line });

  it('counts each entry’s replacements, most frequent first, keeping case variants', () => {
    const groups = groupChanges([
      change('Sands', 'Peskov', 'Sands', 4),
      change('secretary of state', 'Secretary of State', 'Secretary of state', 6),
      change('SECRETARY OF STATE', 'SECRETARY OF STATE', 'Secretary of state', 6),
      change('Secretary of state', 'Secretary of State', 'Secretary of state', 6),
    ]);
    expect(groups).toEqual([
      { source: 'Secretary of state', glossary: 'g.tsv', line: 6, targets: ['Secretary of State', 'SECRETARY OF STATE'], count: 3 },
      { source: 'Sands', glossary: 'g.tsv', line: 4, targets: ['Peskov'], count: 1 },
    ]);
  });
});
