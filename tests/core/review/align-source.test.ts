import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSourceParagraphs, type SourceAlignmentGroup } from '../../../core/review/align-source.js';
import { splitParagraphs } from '../../../core/text/paragraphs.js';

const read = (name: string): string[] =>
  splitParagraphs(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8')).map((p) => p.text);
const ru = read('kremlin-kerry.ru.txt');
const mt = read('kremlin-kerry.mt.txt');
const de = read('bahn-streik.de.txt');
const deMt = read('bahn-streik.mt.txt');
const oneToOne = (count: number, from = 0, to = from): SourceAlignmentGroup[] =>
  Array.from({ length: count }, (_, k) => ({ source: [from + k], target: [to + k] }));

/** "First sentence." | "The rest." */
function splitAfterFirstSentence(text: string): [string, string] {
  const cut = text.search(/[.!?]["”»]?\s/) + 1;
  return [text.slice(0, cut).trim(), text.slice(cut).trim()];
}

describe('alignSourceParagraphs', () => {
  it('aligns both seeds with their MT paragraph for paragraph', () => {
    expect(alignSourceParagraphs(ru, mt, { source: 'ru', target: 'en' })).toEqual(oneToOne(10));
    expect(alignSourceParagraphs(de, deMt, { source: 'de', target: 'en' })).toEqual(oneToOne(8));
  });

  it('keeps a paragraph the MT split in two with its source paragraph', () => {
    const [head, tail] = splitAfterFirstSentence(mt[6]!);
    const split = [...mt.slice(0, 6), head, tail, ...mt.slice(7)];
    expect(alignSourceParagraphs(ru, split)).toEqual([...oneToOne(6), { source: [6], target: [6, 7] }, ...oneToOne(3, 7, 8)]);
  });

  it('keeps two source paragraphs the MT merged with the one MT paragraph', () => {
    const merged = [...deMt.slice(0, 3), `${deMt[3]} ${deMt[4]}`, ...deMt.slice(5)];
    expect(alignSourceParagraphs(de, merged)).toEqual([...oneToOne(3), { source: [3, 4], target: [3] }, ...oneToOne(3, 5, 4)]);
  });

  it('uses numbers to place a split part when lengths alone would not tell', () => {
    // Source ¶8 ("…14 июля…") split by the MT: its numbers follow the right half.
    const [head, tail] = splitAfterFirstSentence(mt[8]!);
    const split = [...mt.slice(0, 8), head, tail, mt[9]!];
    expect(alignSourceParagraphs(ru, split).slice(8)).toEqual([{ source: [8], target: [8, 9] }, { source: [9], target: [10] }]);
  });

  it('handles empty sides and single paragraphs', () => {
    expect(alignSourceParagraphs([], [])).toEqual([]);
    expect(alignSourceParagraphs(['Один.'], [])).toEqual([{ source: [0], target: [] }]);
    expect(alignSourceParagraphs([], ['One.', 'Two.'])).toEqual([{ source: [], target: [0] }, { source: [], target: [1] }]);
    expect(alignSourceParagraphs(['Один.'], ['One.'])).toEqual([{ source: [0], target: [0] }]);
    expect(alignSourceParagraphs(['', '...'], ['!'])).toHaveLength(1);
  });

  it('property: splits and merges the MT makes between sentences are recovered, whatever each sentence’s length noise', () => {
    // Paragraphs of 1–6 sentences of 30–250 letters; the MT keeps the sentences (each ±20 %
    // longer or shorter, times the language pair's ratio) and splits a paragraph between
    // two of them or merges a paragraph with the next.
    fc.assert(
      fc.property(fc.array(paragraphArb(false), { minLength: 1, maxLength: 40 }), fc.double({ min: 0.7, max: 1.5, noNaN: true }), (paragraphs, ratio) => {
        const source: string[] = [];
        const target: string[] = [];
        const expected: SourceAlignmentGroup[] = [];
        const translate = (sentences: ReadonlyArray<{ length: number; noise: number; joined: boolean }>): string =>
          sentences.map((s, k) => sentenceOf('T', Math.round(s.length * ratio * s.noise), s.joined && k + 1 < sentences.length)).join(' ');
        for (let k = 0; k < paragraphs.length; k++) {
          const { sentences, event, cut } = paragraphs[k]!;
          source.push(sentences.map((s) => sentenceOf('С', s.length)).join(' '));
          const next = paragraphs[k + 1];
          if (event === 2 && next) {
            source.push(next.sentences.map((s) => sentenceOf('С', s.length)).join(' '));
            target.push(`${translate(sentences)} ${translate(next.sentences)}`);
            expected.push({ source: [source.length - 2, source.length - 1], target: [target.length - 1] });
            k++;
          } else if (event === 1 && sentences.length > 1) {
            const at = 1 + (cut % (sentences.length - 1));
            target.push(translate(sentences.slice(0, at)), translate(sentences.slice(at)));
            expected.push({ source: [source.length - 1], target: [target.length - 2, target.length - 1] });
          } else {
            target.push(translate(sentences));
            expected.push({ source: [source.length - 1], target: [target.length - 1] });
          }
        }
        const groups = alignSourceParagraphs(source, target);
        expectCoverage(groups, source.length, target.length);
        // A split right beside a merge can trade places with a pair of 1-1 groups when the
        // paragraphs are a sentence or two long: only separated events must come back exactly.
        const plain = (group: SourceAlignmentGroup | undefined): boolean => !group || group.source.length + group.target.length === 2;
        if (expected.every((group, k) => plain(group) || (plain(expected[k - 1]) && plain(expected[k + 1])))) expect(groups).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('property: the MT joining sentences (one fewer on its side) never breaks a paragraph-for-paragraph alignment', () => {
    fc.assert(
      fc.property(fc.array(paragraphArb(true), { minLength: 1, maxLength: 40 }), fc.double({ min: 0.7, max: 1.5, noNaN: true }), (paragraphs, ratio) => {
        const source = paragraphs.map(({ sentences }) => sentences.map((s) => sentenceOf('С', s.length)).join(' '));
        const target = paragraphs.map(({ sentences }) =>
          sentences.map((s, k) => sentenceOf('T', Math.round(s.length * ratio * s.noise), s.joined && k + 1 < sentences.length)).join(' '));
        expect(alignSourceParagraphs(source, target)).toEqual(oneToOne(paragraphs.length));
      }),
      { numRuns: 300 },
    );
  });

  it('property: any input gives groups covering both sides once, in order', () => {
    const text = fc.array(fc.constantFrom('a', 'б', ' ', '1', '12.000', ',', 'word ', 'слово '), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 25 }), fc.array(text, { maxLength: 25 }), (source, target) => {
        expectCoverage(alignSourceParagraphs(source, target), source.length, target.length);
      }),
    );
  });

  it('aligns 2,000 paragraphs against 2,100 (100 splits) without trouble', () => {
    const source: string[] = [];
    const target: string[] = [];
    for (let k = 0; k < 2000; k++) {
      const length = 100 + ((k * 7919) % 500);
      source.push(words('с', length));
      if (k % 20 === 10) target.push(words('t', length >> 1), words('t', length - (length >> 1)));
      else target.push(words('t', length));
    }
    const groups = alignSourceParagraphs(source, target);
    expectCoverage(groups, 2000, 2100);
    expect(groups.filter((group) => group.target.length === 2)).toHaveLength(100);
  });
});

/** A paragraph's sentences (letters, the MT's length noise, whether the MT joins it to
 *  the next), what the MT does with it, and where it splits it. */
function paragraphArb(joins: boolean) {
  const sentence = fc.record({
    length: fc.integer({ min: 30, max: 250 }),
    noise: fc.double({ min: 0.8, max: 1.2, noNaN: true }),
    joined: joins ? fc.constantFrom(false, false, false, true) : fc.constant(false),
  });
  return fc.record({
    sentences: fc.array(sentence, { minLength: 1, maxLength: 6 }),
    // 0: kept whole, 1: split by the MT, 2: merged with the next paragraph
    event: fc.constantFrom(0, 0, 0, 0, 1, 2),
    cut: fc.nat(),
  });
}

/** A sentence of `letters` letters starting with a capital (`capital` + small letters);
 *  `joined`: ends with a comma, running into the next sentence. */
function sentenceOf(capital: string, letters: number, joined = false): string {
  return `${capital}${words(capital.toLowerCase(), Math.max(0, letters - 1))}${joined ? ',' : '.'}`;
}

/** A paragraph of about `letters` letters: words of 2–9 letters. */
function words(letter: string, letters: number): string {
  const out: string[] = [];
  let left = letters;
  for (let k = 0; left > 0; k++) {
    const size = Math.min(left, 2 + (k * 5) % 8);
    out.push(letter.repeat(size));
    left -= size;
  }
  return out.join(' ');
}

function expectCoverage(groups: readonly SourceAlignmentGroup[], sourceCount: number, targetCount: number): void {
  expect(groups.flatMap((group) => group.source)).toEqual(Array.from({ length: sourceCount }, (_, k) => k));
  expect(groups.flatMap((group) => group.target)).toEqual(Array.from({ length: targetCount }, (_, k) => k));
  for (const group of groups) expect(group.source.length + group.target.length).toBeGreaterThan(0);
}
