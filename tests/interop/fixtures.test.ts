// Glossaries in the shapes real tools write them, from Glossa's own fixtures
// (tests/fixtures/interop, README there): these run on every clone. The real files they
// reproduce are read as an extra by real-glossaries.test.ts where ../shared exists.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary, type LoadGlossaryOptions } from '../../core/glossary';

const fixtures = path.resolve(__dirname, '../fixtures/interop');
const load = (name: string, options?: LoadGlossaryOptions) => loadGlossary(name, readFileSync(path.join(fixtures, name)), options);
/** Entries that change something (a keep entry, target = source, only protects its text). */
const corrections = (name: string, options?: LoadGlossaryOptions) => load(name, options).entries.filter((e) => e.target !== e.source);
const pairs = (name: string, options?: LoadGlossaryOptions) => corrections(name, options).map((e) => `${e.source} → ${e.target ?? '∅'}`);
/** The target terms kept as they are (preferred and admitted ones). */
const keeps = (name: string, options?: LoadGlossaryOptions) => load(name, options).entries.filter((e) => e.target === e.source).map((e) => e.source);

describe('TBX 2', () => {
  it('toolkit-en-cs.tbx (Translate Toolkit layout, DOCTYPE PUBLIC): one correction per concept, each at its term’s line', () => {
    const glossary = load('toolkit-en-cs.tbx', { targetLanguage: 'cs' });
    expect(glossary).toMatchObject({ format: 'tbx', sourceLanguage: 'en', targetLanguage: 'cs' });
    expect(corrections('toolkit-en-cs.tbx', { targetLanguage: 'cs' })).toEqual([
      { source: 'press secretary', target: 'tiskový mluvčí', sourceLanguage: 'en', line: 16 },
      { source: 'foreign minister', target: 'ministr zahraničí', sourceLanguage: 'en', line: 28 },
      { source: 'ceasefire', target: 'příměří', sourceLanguage: 'en', line: 40 },
    ]);
    expect(keeps('toolkit-en-cs.tbx', { targetLanguage: 'cs' })).toEqual(['tiskový mluvčí', 'ministr zahraničí', 'příměří']);
  });

  it('definitions-en-de.tbx (comments and a commented-out PI before the root): the concept definition becomes the note', () => {
    expect(corrections('definitions-en-de.tbx', { targetLanguage: 'de' })).toEqual([
      { source: 'spokesman', target: 'Sprecher', note: 'The official who speaks to the press for a government body.', sourceLanguage: 'en', line: 26 },
    ]);
    expect(pairs('definitions-en-de.tbx', { targetLanguage: 'en' })).toEqual(['Sprecher → spokesman']);
  });

  it('forbidden-en.tbx (Weblate: forbidden and obsolete as plain words): banned terms lead to the preferred one, or are flagged', () => {
    expect(corrections('forbidden-en.tbx', { targetLanguage: 'en' })).toEqual([
      { source: 'Песков', target: 'Peskov', sourceLanguage: 'ru', line: 8 },
      { source: 'Sands', target: 'Peskov', sourceLanguage: 'en', status: 'forbidden', line: 16 },
      { source: 'Lavroff', forbidden: true, sourceLanguage: 'en', status: 'superseded', line: 24 },
    ]);
    expect(keeps('forbidden-en.tbx', { targetLanguage: 'en' })).toEqual(['Peskov']);
  });
});

describe('TBX 3 (TBX-Basic)', () => {
  it('basic-en-es.tbx into English: the preferred term wins over an earlier admitted one; superseded and Spanish terms lead to it', () => {
    const glossary = load('basic-en-es.tbx', { targetLanguage: 'en' });
    expect(glossary.sourceLanguage).toBe('es');
    expect(pairs('basic-en-es.tbx', { targetLanguage: 'en' })).toEqual([
      'alto el fuego → ceasefire',
      'cese del fuego → ceasefire',
      'cease-fire → ceasefire',
      'Departamento de Estado → State Department',
    ]);
    expect(glossary.entries[0]).toMatchObject({ note: 'An agreement to stop fighting.', line: 32 });
    // The admitted "truce" is correct English: kept, never replaced. The zu-only entry has no English term.
    expect(keeps('basic-en-es.tbx', { targetLanguage: 'en' })).toEqual(['truce', 'ceasefire', 'State Department']);
    expect(glossary.entries.some((e) => e.source === 'Reuters2016')).toBe(false);
  });

  it('into Spanish: the deprecated Spanish term leads to the preferred one', () => {
    expect(pairs('basic-en-es.tbx', { targetLanguage: 'es' })).toEqual(expect.arrayContaining(['cese del fuego → alto el fuego', 'ceasefire → alto el fuego']));
  });
});

describe('CSV', () => {
  it('quoting.csv: RFC 4180 quoting, no header', () => {
    expect(pairs('quoting.csv')).toEqual([
      'kde → csv kde',
      'question → csv q',
      'kde; question → semicolon',
      'kde, qu → comma dot',
      '"kde","q" → doubled',
      '""k → k',
      'zz"zz → zz',
    ]);
  });

  it('game-literal-quotes.csv: quotes inside unquoted fields are part of the term, as spreadsheets read them', () => {
    expect(load('game-literal-quotes.csv').entries).toEqual([
      { source: '"Signature" Portrait', target: 'Portrait "signature"', line: 2 },
      { source: 'Hero\'s "Edge"', target: "Hero's edge", note: 'quotes are part of the name', line: 3 },
      { source: 'quoted, comma', target: 'plain', line: 4 },
    ]);
  });
});

describe('tab-separated', () => {
  it('cjk.tab: CJK and Korean terms, the third column as the note', () => {
    expect(load('cjk.tab').entries).toEqual([
      { source: 'kde', target: 'koo moo', line: 1 },
      { source: 'question', target: 'qqqqq', line: 2 },
      { source: '地球システム科学', target: 'Système Terre', note: 'https://fr.wikipedia.org/wiki/Science_du_syst%C3%A8me_Terre', line: 3 },
      { source: '소나기', target: 'Korean shower', line: 4 },
    ]);
  });

  it('omegat-cp1251.txt: Windows-1251 as its coding comment says', () => {
    expect(load('omegat-cp1251.txt').entries).toEqual([
      { source: 'Песков', target: 'Peskov', note: 'пресс-секретарь', line: 2 },
      { source: 'госсекретарь', target: 'Secretary of State', line: 3 },
    ]);
  });

  it('excel-unicode.txt: UTF-16 LE with a BOM and CRLF line endings', () => {
    expect(pairs('excel-unicode.txt')).toEqual(['Песков → Peskov', 'Керри → Kerry']);
  });
});
