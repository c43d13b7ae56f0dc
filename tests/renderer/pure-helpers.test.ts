// The renderer's pure helpers: export file names, the user glossary's TSV lines (read
// back by the real glossary loader), and sorting dropped files into article/glossaries.
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../core/glossary/load-glossary';
import { appendTerm } from '../../renderer/dialogs/add-term-dialog';
import { sortDroppedFiles } from '../../renderer/files/drop-target';
import { exportFileName } from '../../renderer/files/export-formats';
import { base64ToBytes, bytesToBase64 } from '../../shared/base64';

describe('exportFileName', () => {
  it('turns an MT file name into its post-edit name', () => {
    expect(exportFileName('kremlin-kerry.mt.txt', 'txt')).toBe('kremlin-kerry.pe.txt');
    expect(exportFileName('kremlin-kerry.MT.txt', 'docx')).toBe('kremlin-kerry.pe.docx');
  });
  it('never suggests the article file itself', () => {
    expect(exportFileName('story.txt', 'txt')).toBe('story.edited.txt');
    expect(exportFileName('story.md', 'report.html')).toBe('story.edited.report.html');
    expect(exportFileName('notes', 'txt')).toBe('notes.edited.txt');
  });
});

describe('appendTerm', () => {
  it('starts the user glossary with a header and writes loadable TSV lines', () => {
    let bytes = appendTerm(undefined, { source: 'Sands', target: 'Peskov', note: 'surname' });
    bytes = appendTerm(bytes, { source: 'told about', target: 'spoke of', note: '' });
    const glossary = loadGlossary('my-corrections.tsv', bytes);
    expect(glossary.entries.map(({ source, target, note }) => ({ source, target, note }))).toEqual([
      { source: 'Sands', target: 'Peskov', note: 'surname' },
      { source: 'told about', target: 'spoke of', note: undefined },
    ]);
  });
  it('adds a missing final newline before appending', () => {
    const existing = new TextEncoder().encode('a\tb');
    const text = new TextDecoder().decode(appendTerm(existing, { source: 'c', target: 'd', note: '' }));
    expect(text).toBe('a\tb\nc\td\n');
  });
});

describe('sortDroppedFiles', () => {
  it('takes the first article and every glossary, and names the rest', () => {
    const file = (name: string) => new File(['x'], name);
    const sorted = sortDroppedFiles([file('a.md'), file('b.txt'), file('g.tsv'), file('t.TBX'), file('pic.png')]);
    expect(sorted.article?.name).toBe('a.md');
    expect(sorted.glossaries.map((f) => f.name)).toEqual(['g.tsv', 't.TBX']);
    expect(sorted.ignored.map((f) => f.name)).toEqual(['b.txt', 'pic.png']);
  });
});

describe('base64 session bytes', () => {
  it('round-trips every byte value, across chunk boundaries', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});
