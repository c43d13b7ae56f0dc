// The reviewing worker's side of the source and the spell-check, on real inputs: the seed
// with its Russian source, the ru-en glossaries and the npm Hunspell dictionaries.
//   - SourceAligner aligns the source with the MT once per article and, edit after edit,
//     gives the same three-way alignment core computes from scratch, so QA with the
//     window's alignment reports what `glossa qa --source` reports;
//   - the underlines (misspellingsIn, in the spell worker) are exactly QA's `spelling`
//     issues, foreign paragraphs and protected words included;
//   - a worker's SpellSession loads a dictionary once and follows the word lists.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSpellChecker } from '../../core/spell/checker';
import { loadGlossary } from '../../core/glossary/load-glossary';
import { runQa } from '../../core/qa/index';
import { alignThreeTexts, type ThreeWayGroup } from '../../core/review/align-three';
import { protectedWordsOf } from '../../core/spell/protected-words';
import { splitParagraphs } from '../../core/text/paragraphs';
import { readDictionary } from '../../cli/dictionaries';
import { reviewArticle } from '../../renderer/engine/review-article';
import { SourceAligner } from '../../renderer/engine/source-alignment';
import { misspellingsIn } from '../../renderer/spell/misspellings';
import { SpellSession } from '../../renderer/spell/spell-session';

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
const mt = read('seeds/kremlin-kerry.mt.txt');
const pe = read('seeds/kremlin-kerry.pe.txt');
const source = read('seeds/kremlin-kerry.ru.txt');
const glossaries = [
  loadGlossary('ru-en-politics.tsv', readFileSync(new URL('glossaries/ru-en-politics.tsv', root))),
  loadGlossary('ru-en-terms.csv', readFileSync(new URL('glossaries/ru-en-terms.csv', root))),
];
const paragraphsOf = (text: string) => splitParagraphs(text).map((paragraph) => paragraph.text);

/** The post-edit's paragraphs edited the ways editors edit them. */
type Edit = { kind: 'split' | 'join' | 'delete' | 'insert' | 'type'; at: number };
function applyEdit(text: string, edit: Edit): string {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) return 'A new first paragraph.\n';
  const at = edit.at % paragraphs.length;
  const here = paragraphs[at]!;
  switch (edit.kind) {
    case 'split': {
      const middle = here.indexOf(' ', Math.floor(here.length / 2));
      if (middle > 0) paragraphs.splice(at, 1, here.slice(0, middle), here.slice(middle + 1));
      break;
    }
    case 'join':
      if (at + 1 < paragraphs.length) paragraphs.splice(at, 2, `${here} ${paragraphs[at + 1]}`);
      break;
    case 'delete':
      paragraphs.splice(at, 1);
      break;
    case 'insert':
      paragraphs.splice(at, 0, 'An editor’s note added here, with 3 numbers: 12, 47 and 2016.');
      break;
    case 'type':
      paragraphs[at] = `${here} Typed words.`;
      break;
  }
  return `${paragraphs.join('\n\n')}\n`;
}
const edits = fc.array(
  fc.record({ kind: fc.constantFrom('split', 'join', 'delete', 'insert', 'type') as fc.Arbitrary<Edit['kind']>, at: fc.nat() }),
  { minLength: 1, maxLength: 8 },
);

function expectPartition(groups: readonly ThreeWayGroup[], counts: { source: number; mt: number; pe: number }): void {
  for (const side of ['source', 'mt', 'pe'] as const) {
    expect(groups.flatMap((group) => group[side])).toEqual(Array.from({ length: counts[side] }, (_, i) => i));
  }
  for (const group of groups) expect(group.source.length + group.mt.length + group.pe.length).toBeGreaterThan(0);
}

describe('the source alignment kept between reviews', () => {
  it('aligns the source with the MT once per article, then only composes', () => {
    const aligner = new SourceAligner();
    const first = aligner.align({ source, sourceLanguage: 'ru', mt, language: 'en', postEdit: pe });
    expect(aligner.lastAlignedSource).toBe(true);
    expect(first).toEqual(alignThreeTexts(paragraphsOf(source), paragraphsOf(mt), paragraphsOf(pe), { source: 'ru', mt: 'en' }));
    aligner.align({ source, sourceLanguage: 'ru', mt, language: 'en', postEdit: `${pe}\nOne more paragraph.\n` });
    expect(aligner.lastAlignedSource).toBe(false);
    // Another source (or MT) is another article: aligned afresh.
    aligner.align({ source: `${source}\nЕщё абзац.\n`, sourceLanguage: 'ru', mt, language: 'en', postEdit: pe });
    expect(aligner.lastAlignedSource).toBe(true);
  });

  it('stays a partition of all three texts, and what core aligns from scratch, through any edits', () => {
    fc.assert(
      fc.property(edits, (steps) => {
        const aligner = new SourceAligner();
        let text = mt;
        aligner.align({ source, sourceLanguage: 'ru', mt, language: 'en', postEdit: text });
        for (const step of steps) {
          text = applyEdit(text, step);
          const groups = aligner.align({ source, sourceLanguage: 'ru', mt, language: 'en', postEdit: text });
          expectPartition(groups, { source: paragraphsOf(source).length, mt: paragraphsOf(mt).length, pe: paragraphsOf(text).length });
          expect(groups).toEqual(alignThreeTexts(paragraphsOf(source), paragraphsOf(mt), paragraphsOf(text), { source: 'ru', mt: 'en' }));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives QA what `glossa qa --source` finds: term-missing for a planted omission, numbers against the source', () => {
    const aligner = new SourceAligner();
    // The editor dropped "Secretary of State" (госсекретарем) and changed a number.
    const planted = pe.replace('US Secretary of State John Kerry', 'John Kerry').replace('July 15,', 'July 17,');
    expect(planted).not.toBe(pe);
    const alignment = aligner.align({ source, sourceLanguage: 'ru', mt, language: 'en', postEdit: planted });
    const window = reviewArticle({ mt, postEdit: planted, glossaries, language: 'en', source: { text: source, language: 'ru', alignment } });
    const cli = runQa(planted, { mt, source, sourceLanguage: 'ru', glossaries, language: 'en' });
    expect(window.issues).toEqual(cli);
    expect(window.alignment).toEqual(alignment);
    const missing = window.issues.filter((issue) => issue.check === 'term-missing');
    expect(missing.map((issue) => issue.message)).toContainEqual(expect.stringMatching(/"госсекретарем" .*"Secretary of State"/));
    const sourceSpan = missing.find((issue) => issue.message.includes('госсекретарем'))!.sourceSpan!;
    expect(source.slice(sourceSpan.start, sourceSpan.end)).toBe('госсекретарем');
    const number = window.issues.find((issue) => issue.check === 'number-mismatch')!;
    expect(planted.slice(number.start, number.end)).toBe('17');
  });
});

describe('spell-check in the window', () => {
  const en = readDictionary('en')!;

  it('underlines exactly what QA lists as spelling, foreign paragraphs and protected words included', async () => {
    const checker = await createSpellChecker(en);
    try {
      const text = [
        'The goverment recieved teh letter from Peskov and Kerry.',
        'Die Lokführer der Deutschen Bahn streiken ab Mittwoch für achtundvierzig Stunden im ganzen Land, sagte die Gewerkschaft am Montag in Frankfurt.',
        'Sands said the Kremlin spokesman, Dmitry Peskov, was "quite candid".',
      ].join('\n\n');
      const qa = runQa(text, { language: 'en', spelling: checker, glossaries, source }).filter((issue) => issue.check === 'spelling');
      const underlined = misspellingsIn(text, checker, protectedWordsOf(glossaries, source));
      expect(underlined.map(({ start, end }) => ({ start, end }))).toEqual(qa.map(({ start, end }) => ({ start, end })));
      expect(underlined.map((miss) => miss.word)).toEqual(['goverment', 'recieved', 'teh', 'Dmitry']);
    } finally {
      checker.dispose();
    }
  });

  it('loads a worker’s dictionary once and follows the user’s and the article’s words', async () => {
    const dataUrl = (bytes: Uint8Array) => `data:application/octet-stream;base64,${Buffer.from(bytes).toString('base64')}`;
    const dictionary = { language: 'en' as const, aff: dataUrl(en.aff), dic: dataUrl(en.dic) };
    const session = new SpellSession();
    const words = (checker: { check(text: string): { word: string }[] }) => checker.check('Glossa flags Kerrys and teh.').map((miss) => miss.word);
    const first = await session.checker({ dictionary, userWords: [], ignoredWords: [] });
    expect(words(first)).toEqual(['Glossa', 'Kerrys', 'teh']);
    const second = await session.checker({ dictionary, userWords: ['Glossa'], ignoredWords: ['KERRYS'] });
    expect(second).toBe(first);
    expect(words(second)).toEqual(['teh']);
    const third = await session.checker({ dictionary, userWords: [], ignoredWords: [] });
    expect(words(third)).toEqual(['Glossa', 'Kerrys', 'teh']);
    const broken = new SpellSession();
    await expect(broken.checker({ dictionary: { ...dictionary, dic: 'file:///nonexistent/index.dic' }, userWords: [], ignoredWords: [] })).rejects.toThrow();
    // A failed load is tried again on the next request, not kept.
    expect(words(await broken.checker({ dictionary, userWords: [], ignoredWords: [] }))).toEqual(['Glossa', 'Kerrys', 'teh']);
  });
});
