// QA against the source: term-missing, numbers compared with the source across locales,
// and paragraphs left untranslated; on the seeds and on planted faults.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../core/glossary/index.js';
import { runQa, type QaIssue, type QaOptions } from '../../../core/qa/index.js';
import { isSourceLanguageEntry, sourceLanguageGlossaries } from '../../../core/qa/source-terms.js';
import type { Glossary, GlossaryEntry } from '../../../core/types.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const glossaryFile = (path: string): Glossary => loadGlossary(path.split('/').pop()!, readFileSync(new URL(path, root)));
const ru = read('seeds/kremlin-kerry.ru.txt');
const mt = read('seeds/kremlin-kerry.mt.txt');
const pe = read('seeds/kremlin-kerry.pe.txt');
const de = read('seeds/bahn-streik.de.txt');
const deMt = read('seeds/bahn-streik.mt.txt');
const dePe = read('seeds/bahn-streik.pe.txt');
const terms = glossaryFile('glossaries/ru-en-terms.csv');
const bahn = glossaryFile('glossaries/de-en-bahn.csv');

const SOURCE_CHECKS: ReadonlyArray<QaIssue['check']> = ['term-missing', 'number-mismatch', 'untranslated'];
/** Issues of the source checks as [check, flagged text, paragraph, message]. */
function found(text: string, options: QaOptions): Array<[string, string, number, string]> {
  return runQa(text, { language: 'en', ...options })
    .filter((issue) => SOURCE_CHECKS.includes(issue.check))
    .map((issue) => [issue.check, text.slice(issue.start, issue.end), issue.paragraph, issue.message]);
}
const glossary = (entries: Array<Omit<GlossaryEntry, 'line'>>, extra: Partial<Glossary> = {}): Glossary => ({
  name: 'test',
  file: 'test.csv',
  format: 'csv',
  entries: entries.map((entry, k) => ({ ...entry, line: k + 2 })),
  ...extra,
});

describe('the seeds against their sources', () => {
  it('the human post-edits pass: every term translated, every number kept, nothing untranslated', () => {
    expect(found(pe, { source: ru, mt, glossaries: [terms] })).toEqual([]);
    expect(found(dePe, { source: de, mt: deMt, glossaries: [bahn] })).toEqual([]);
  });

  it('the raw Russian MT misses five terms, each named with its expected target and both paragraphs', () => {
    const issues = runQa(mt, { language: 'en', source: ru, mt, glossaries: [terms] }).filter((issue) => issue.check === 'term-missing');
    expect(issues.map((issue) => [issue.paragraph, ru.slice(issue.sourceSpan!.start, issue.sourceSpan!.end), issue.message])).toEqual([
      [1, 'пресс-секретарь', 'Source term "пресс-секретарь" (source ¶2) should be translated "press secretary", not found in post-edit ¶2 (ru-en-terms.csv:8)'],
      [2, 'Песков', 'Source term "Песков" (source ¶3) should be translated "Peskov", not found in post-edit ¶3 (ru-en-terms.csv:2)'],
      [3, 'далеко за полночь', 'Source term "далеко за полночь" (source ¶4) should be translated "well past midnight", not found in post-edit ¶4 (ru-en-terms.csv:12)'],
      [4, 'представитель Кремля', 'Source term "представитель Кремля" (source ¶5) should be translated "Kremlin spokesman", not found in post-edit ¶5 (ru-en-terms.csv:10)'],
      [9, 'Пресс-секретарь Госдепартамента', 'Source term "Пресс-секретарь Госдепартамента" (source ¶10) should be translated "State Department spokesman", not found in post-edit ¶10 (ru-en-terms.csv:9)'],
    ]);
    // Each issue covers its whole post-edit paragraph; the source span is the term.
    const paragraphs = mt.split('\n\n');
    expect(mt.slice(issues[1]!.start, issues[1]!.end)).toBe(paragraphs[2]);
    expect(issues[1]!.sourceSpan!.paragraph).toBe(2);
  });

  it('the raw German MT: missing terms, and the German number formats it kept read as other numbers in English', () => {
    expect(found(deMt, { source: de, mt: deMt, glossaries: [bahn] }).map(([check, flagged, paragraph, message]) =>
      check === 'term-missing' ? [check, paragraph, message.replace(/ \(source.*/, '')] : [check, flagged, paragraph, message])).toEqual([
      ['term-missing', 0, 'Source term "Lokführer"'],
      ['term-missing', 0, 'Source term "Fernverkehr"'],
      ['term-missing', 0, 'Source term "Deutschen Bahn"'],
      ['term-missing', 1, 'Source term "Gewerkschaft Deutscher Lokomotivführer"'],
      ['term-missing', 2, 'Source term "Fernverkehr"'],
      ['term-missing', 3, 'Source term "Tarifverhandlungen"'],
      ['term-missing', 3, 'Source term "Inflationsausgleichsprämie"'],
      ['number-mismatch', '3.000', 3, '3.000 (read as 3) does not match the source, which has 3.000 (read as 3000) here'],
      ['number-mismatch', '12.000', 6, '12.000 (read as 12) does not match the source, which has 12.000 (read as 12000) here'],
      ['term-missing', 7, 'Source term "Tarifkonflikt"'],
    ]);
  });
});

describe('term-missing', () => {
  const omitted = pe.replace('“The exchange of views in this area, however, did not bring the parties significantly closer to real cooperation that would make efforts to combat terrorism in Syria more effective,” Peskov explained.',
    '“The exchange of views in this area, however, did not bring the parties significantly closer to real cooperation that would make efforts to combat terrorism in Syria more effective,” he explained.');

  it('flags a planted omission (Peskov → he) on the paragraph, pointing at the term in the source', () => {
    expect(omitted).not.toBe(pe);
    const [issue, ...rest] = runQa(omitted, { language: 'en', source: ru, mt, glossaries: [terms] }).filter((i) => i.check === 'term-missing');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ check: 'term-missing', severity: 'warning', paragraph: 2, sourceSpan: { paragraph: 2 } });
    expect(ru.slice(issue!.sourceSpan!.start, issue!.sourceSpan!.end)).toBe('Песков');
  });

  it('works without the MT (source aligned with the post-edit directly) and with the glossary as OmegaT TSV (Cyrillic sources)', () => {
    const tsv: Glossary = { name: 'ru-en.tsv', file: 'ru-en.tsv', format: 'tsv', entries: terms.entries };
    expect(found(omitted, { source: ru, glossaries: [tsv] }).map(([check, , paragraph]) => [check, paragraph])).toEqual([['term-missing', 2]]);
  });

  it('accepts any target the glossary gives the same source term, in any case unless the entry is case-sensitive', () => {
    const source = 'Песков заявил.';
    const synonyms = glossary([{ source: 'Песков', target: 'Peskov' }, { source: 'песков', target: 'the Kremlin spokesman' }], { sourceLanguage: 'ru', targetLanguage: 'en' });
    // Two words are too few to detect a language: the caller says it.
    const options = { source, sourceLanguage: 'ru' };
    expect(found('The Kremlin spokesman said.', { ...options, glossaries: [synonyms] })).toEqual([]);
    expect(found('PESKOV SAID.', { ...options, glossaries: [synonyms] })).toEqual([]);
    expect(found('He said.', { ...options, glossaries: [synonyms] }).map(([, , , message]) => message)).toEqual([
      'Source term "Песков" (source ¶1) should be translated "Peskov" or "the Kremlin spokesman", not found in post-edit ¶1 (test.csv:2)',
    ]);
    const strict = glossary([{ source: 'Песков', target: 'Peskov', caseSensitive: true }], { sourceLanguage: 'ru' });
    expect(found('PESKOV SAID.', { ...options, glossaries: [strict] }).map(([check]) => check)).toEqual(['term-missing']);
  });

  it('finds a term in the second part of a paragraph the MT split and the editor kept split', () => {
    const source = 'Песков встретился с журналистами. Позже Лавров сделал заявление для прессы.';
    const splitMt = 'Sands met with journalists.\n\nLater Lavrov made a statement to the press.';
    const edited = 'Peskov met journalists.\n\nLater, Lavrov made a statement to the press.';
    expect(found(edited, { source, mt: splitMt, glossaries: [terms] })).toEqual([]);
    const [issue] = runQa(edited.replace('Lavrov', 'he'), { language: 'en', source, mt: splitMt, glossaries: [terms] }).filter((i) => i.check === 'term-missing');
    expect(issue!.message).toBe('Source term "Лавров" (source ¶1) should be translated "Lavrov", not found in post-edit ¶1–2 (ru-en-terms.csv:4)');
  });

  it('ignores correction glossaries (English sources) and glossaries of another source language', () => {
    const politics = glossaryFile('glossaries/ru-en-politics.tsv');
    expect(found(mt, { source: ru, glossaries: [politics, bahn] }).filter(([check]) => check === 'term-missing')).toEqual([]);
  });
});

describe('which entries are source-language terms', () => {
  const entry = (source: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ source, target: 'x', line: 1, ...extra });

  it('follows the entry’s own language (TBX), else the glossary’s declared source language, else the script of an undeclared glossary', () => {
    const tbx: Glossary = { name: 't', file: 't.tbx', format: 'tbx', sourceLanguage: 'de', targetLanguage: 'en', entries: [] };
    const tagged = { ...entry('Fernverkehr'), sourceLanguage: 'de' } as GlossaryEntry;
    const bannedTarget = { ...entry('long distance traffic'), sourceLanguage: 'en' } as GlossaryEntry;
    expect(isSourceLanguageEntry(tbx, tagged, 'de', 'en')).toBe(true);
    expect(isSourceLanguageEntry(tbx, bannedTarget, 'de', 'en')).toBe(false);
    expect(isSourceLanguageEntry(tbx, entry('Fernverkehr'), 'deu', 'en')).toBe(true); // no tag yet: the glossary's
    expect(isSourceLanguageEntry({ ...tbx, format: 'csv' }, entry('Fernverkehr'), 'ru', 'en')).toBe(false);
    const tsv: Glossary = { name: 't', file: 't.tsv', format: 'tsv', entries: [] };
    expect(isSourceLanguageEntry(tsv, entry('Песков'), 'ru', 'en')).toBe(true);
    expect(isSourceLanguageEntry(tsv, entry('Sands'), 'ru', 'en')).toBe(false);
    expect(isSourceLanguageEntry(tsv, entry('Fernverkehr'), 'de', 'en')).toBe(false); // same script: cannot tell
    expect(isSourceLanguageEntry(tsv, entry('Песков'), 'ru', 'uk')).toBe(false);
  });

  it('keeps only entries with a target, not forbidden, and returns the same cut-down glossary each time', () => {
    const mixed = glossary([{ source: 'Песков', target: 'Peskov' }, { source: 'Кремль' }, { source: 'бандиты', target: 'x', forbidden: true }], { sourceLanguage: 'ru' });
    const [cut] = sourceLanguageGlossaries([mixed], 'ru', 'en');
    expect(cut!.entries.map((e) => e.source)).toEqual(['Песков']);
    expect(sourceLanguageGlossaries([mixed], 'ru', 'en')[0]).toBe(cut);
    expect(sourceLanguageGlossaries([mixed], 'de', 'en')).toEqual([]);
  });
});

describe('number-mismatch against the source', () => {
  const source = 'В результате удара погибли 47 человек.';
  const mtWrong = 'As a result of the strike, 74 people were killed.';

  it('takes the editor’s fix of the MT’s number (74 → 47) as right, and flags the number itself when it is wrong', () => {
    expect(found('The strike killed 47 people.', { source, mt: mtWrong })).toEqual([]);
    const issues = runQa(mtWrong, { language: 'en', source, mt: mtWrong }).filter((i) => i.check === 'number-mismatch');
    expect(issues.map((i) => [mtWrong.slice(i.start, i.end), i.message, source.slice(i.sourceSpan!.start, i.sourceSpan!.end)])).toEqual([
      ['74', '74 does not match the source, which has 47 here', '47'],
    ]);
    // Without the source, QA can only compare with the MT, which has the wrong number.
    expect(found('The strike killed 47 people.', { mt: mtWrong }).map(([, flagged]) => flagged)).toEqual(['The strike killed 47 people.', '47']);
  });

  it('compares values across locales: 1 234,5 = 1,234.5, German 12.000 = 12,000, 1,2 Millionen = 1.2 million', () => {
    expect(found('Costs rose to 1,234.5 million.', { source: 'Расходы выросли до 1 234,5 млн.' })).toEqual([]);
    expect(found('Around 12,000 trains and 1.2 million passengers.', { source: 'Rund 12.000 Züge und 1,2 Millionen Reisende.' })).toEqual([]);
    expect(found('Around 12 trains.', { source: 'Rund 12.000 Züge.' }).map(([, flagged, , message]) => [flagged, message])).toEqual([
      ['12', '12 does not match the source, which has 12.000 (read as 12000) here'],
    ]);
  });

  it('flags a source number missing from the post-edit on the whole paragraph', () => {
    expect(found('Kerry met Lavrov on Friday.', { source: 'В пятницу, 15 июля, Керри встретился с Лавровым.' })).toEqual([
      ['number-mismatch', 'Kerry met Lavrov on Friday.', 0, '15 from the source is missing in this paragraph'],
    ]);
  });
});

describe('untranslated against the source', () => {
  it('flags a paragraph left as in the source, even a short one in the same script', () => {
    // The headline left almost as in the German source (seven words).
    const edited = dePe.replace(/^.*$/m, 'Lokführer legen den Fernverkehr der Bahn lahm');
    expect(found(edited, { source: de, mt: deMt })).toEqual([
      ['untranslated', 'Lokführer legen den Fernverkehr der Bahn lahm', 0, 'Paragraph looks German, the source\'s language, not English'],
    ]);
    // The monolingual check alone lets this short same-script paragraph through.
    expect(runQa(edited, { language: 'en' }).filter((i) => i.check === 'untranslated')).toEqual([]);
  });

  it('flags a paragraph identical to its source paragraph', () => {
    const source = 'Kremlin: talks with Kerry\n\nPutin und Kerry sprachen lange über Syrien.';
    expect(found('Kremlin: talks with Kerry\n\nPutin and Kerry talked about Syria for a long time.', { source })).toEqual([
      ['untranslated', 'Kremlin: talks with Kerry', 0, 'Paragraph is the same as its source (source ¶1)'],
    ]);
    expect(found('Reuters\n\nPutin and Kerry talked about Syria for a long time.', { source: 'Reuters\n\nPutin und Kerry sprachen lange über Syrien.' })).toEqual([]);
  });
});

describe('never crashes', () => {
  it('property: any source, MT, post-edit and glossary give issues inside the texts', () => {
    const pieces = ['Песков', 'Peskov', 'Sands', '47', '1.500', '1 234,5', ' ', '\n\n', '.', '«', '»', 'a', 'the', 'Fernverkehr', '\u0301', '😀'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
    const entries = fc.array(fc.record({ source: fc.constantFrom('Песков', 'Fernverkehr', 'a', '.', '47'), target: fc.constantFrom('Peskov', 'long-distance', 'the', '') }), { maxLength: 5 });
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), text, entries, fc.constantFrom('ru', 'de', undefined), (source, mtText, edited, list, sourceLanguage) => {
        const issues = runQa(edited, {
          language: 'en',
          source,
          ...(mtText !== undefined ? { mt: mtText } : {}),
          ...(sourceLanguage !== undefined ? { sourceLanguage } : {}),
          glossaries: [glossary(list, { sourceLanguage: 'ru' })],
        });
        for (const issue of issues) {
          expect(issue.start).toBeGreaterThanOrEqual(0);
          expect(issue.end).toBeLessThanOrEqual(edited.length);
          if (issue.sourceSpan) expect(issue.sourceSpan.end).toBeLessThanOrEqual(source.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
