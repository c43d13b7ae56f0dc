import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryFormatOf, loadGlossary } from '../../core/glossary';
import { UTF8_BOM, concatBytes, inputErrorOf, utf8 } from './glossary-helpers';

const repoRoot = path.resolve(__dirname, '../..');

const SMALL_TBX = `<?xml version="1.0"?>
<!-- exported by some tool -->
<martif type="TBX"><text><body><termEntry>
  <langSet xml:lang="en"><tig><term>spokesman</term></tig></langSet>
  <langSet xml:lang="ru"><tig><term>пресс-секретарь</term></tig></langSet>
</termEntry></body></text></martif>
`;

describe('glossaryFormatOf', () => {
  it.each([
    ['a.tsv', 'tsv'],
    ['a.tab', 'tsv'],
    ['a.txt', 'tsv'],
    ['a.utf8', 'tsv'],
    ['a.csv', 'csv'],
    ['a.json', 'json'],
    ['a.tbx', 'tbx'],
    ['A.TSV', 'tsv'],
    ['dir.d/astronomy.tbx3.tbx', 'tbx'],
    ['C:\\Glossaries\\Ru.En.CSV', 'csv'],
    ['a.xlsx', undefined],
    ['tsv', undefined],
    ['dir.tsv/README', undefined],
  ])('%s → %s', (file, format) => {
    expect(glossaryFormatOf(file)).toBe(format);
  });
});

describe('loadGlossary', () => {
  it('refuses an unknown extension with the exact message', () => {
    const error = inputErrorOf(() => loadGlossary('terms.xyz', utf8('a\tb\n')));
    expect(error.message).toBe('terms.xyz:1: unknown glossary format ".xyz"; expected .tsv, .tab, .txt, .utf8, .csv, .json or .tbx');
    expect(inputErrorOf(() => loadGlossary('terms', utf8('a\tb\n'))).message).toBe(
      'terms:1: unknown glossary format (the file name has no extension); expected .tsv, .tab, .txt, .utf8, .csv, .json or .tbx',
    );
  });

  it('picks the parser by extension and records the format', () => {
    expect(loadGlossary('g.tab', utf8('a\tb\n')).format).toBe('tsv');
    expect(loadGlossary('g.csv', utf8('a,b\n')).format).toBe('csv');
    expect(loadGlossary('g.json', utf8('{"entries": []}')).format).toBe('json');
    expect(loadGlossary('g.tbx', utf8(SMALL_TBX), { targetLanguage: 'ru' }).format).toBe('tbx');
  });

  it('recognises TBX by content whatever the extension', () => {
    const withoutDeclaration = `\n  ${SMALL_TBX.replace(/^<\?xml[^>]*>\n/, '')}`; // blanks may precede the root, not <?xml
    for (const file of ['terms.xml', 'terms.txt', 'terms.csv']) {
      for (const bytes of [concatBytes(UTF8_BOM, utf8(SMALL_TBX)), utf8(withoutDeclaration)]) {
        const glossary = loadGlossary(file, bytes, { targetLanguage: 'ru' });
        expect(glossary.format).toBe('tbx');
        expect(glossary.entries).toEqual([
          { source: 'spokesman', target: 'пресс-секретарь', line: 4, sourceLanguage: 'en' },
          { source: 'пресс-секретарь', target: 'пресс-секретарь', line: 5, sourceLanguage: 'ru' },
        ]);
      }
    }
  });

  it('does not take a TSV starting with markup for TBX', () => {
    expect(loadGlossary('g.tsv', utf8('<b>\tbold\n')).entries).toEqual([{ source: '<b>', target: 'bold', line: 1 }]);
    expect(inputErrorOf(() => loadGlossary('g.xml', utf8('<html>\n'))).message).toMatch(/^g\.xml:1: unknown glossary format "\.xml"/);
  });

  it('names the glossary after the file (either separator), unless JSON names it', () => {
    const windows = loadGlossary('C:\\Users\\ed\\ru-en.tsv', utf8('a\tb\n'));
    expect(windows.name).toBe('ru-en.tsv');
    expect(windows.file).toBe('C:\\Users\\ed\\ru-en.tsv');
    expect(loadGlossary('/home/ed/g/terms.csv', utf8('a,b\n')).name).toBe('terms.csv');
    expect(loadGlossary('g/desk.json', utf8('{"name": "Kremlin desk", "entries": []}')).name).toBe('Kremlin desk');
  });

  it('sets languages only from what the file says', () => {
    const tsv = loadGlossary('g.tsv', utf8('a\tb\n'), { targetLanguage: 'en', sourceLanguage: 'ru' });
    expect(tsv).toEqual({ name: 'g.tsv', file: 'g.tsv', format: 'tsv', entries: [{ source: 'a', target: 'b', line: 1 }] });
    expect(loadGlossary('g.csv', utf8('ru,en\na,b\n'))).toMatchObject({ sourceLanguage: 'ru', targetLanguage: 'en' });
  });

  it('refuses the whole glossary when one line is bad', () => {
    const lines = Array.from({ length: 39 }, (_, i) => `term${i}\tTerm${i}`);
    const error = inputErrorOf(() => loadGlossary('big.tsv', utf8([...lines, 'broken', 'after\tafter'].join('\n'))));
    expect(error.message).toBe('big.tsv:40: expected "source<TAB>target", found no tab');
  });

  it("loads the repo's glossaries/ru-en-politics.tsv: 12 entries", () => {
    const file = path.join(repoRoot, 'glossaries/ru-en-politics.tsv');
    const glossary = loadGlossary('glossaries/ru-en-politics.tsv', readFileSync(file));
    expect(glossary.name).toBe('ru-en-politics.tsv');
    expect(glossary.entries).toHaveLength(12);
    expect(glossary.entries[0]).toEqual({
      source: 'Sands',
      target: 'Peskov',
      note: 'Dmitry Peskov (Песков); MT read the surname as "sand"',
      line: 4,
    });
    expect(glossary.entries.at(-1)).toEqual({ source: 'the representative of the Kremlin', target: 'the Kremlin spokesman', line: 15 });
    expect(glossary.entries.every((e) => e.target && !/\s$/.test(e.target))).toBe(true);
  });
});
