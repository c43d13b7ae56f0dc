import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeHter } from '../../../core/review/hter.js';
import { terWords, translationEditRate } from '../../../core/review/ter.js';
import { splitParagraphs } from '../../../core/text/paragraphs.js';

const seed = (name: string): string => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
const mt = seed('kremlin-kerry.mt.txt');
const pe = seed('kremlin-kerry.pe.txt');
const ter = (hypothesis: string, reference: string) => translationEditRate(terWords(hypothesis), terWords(reference));
const repeat = (count: number, word: (i: number) => string): string => Array.from({ length: count }, (_, i) => word(i)).join(' ');

// sacreBLEU 2.x TER (defaults) per paragraph of the seed, from /work/shared/README.md.
const SEED_PARAGRAPHS: Array<[edits: number, refWords: number]> = [
  [7, 7], [17, 35], [23, 62], [15, 25], [22, 36], [14, 30], [30, 75], [10, 37], [7, 54], [19, 59],
];

describe('translationEditRate (sacreBLEU TER)', () => {
  it('gives sacreBLEU’s edits and reference length for every seed paragraph', () => {
    const mtParagraphs = splitParagraphs(mt);
    const peParagraphs = splitParagraphs(pe);
    const counts = SEED_PARAGRAPHS.map((_, k) => ter(mtParagraphs[k]!.text, peParagraphs[k]!.text));
    expect(counts.map((c) => [c.edits, c.refWords])).toEqual(SEED_PARAGRAPHS);
  });

  it('splits the edits into the final alignment’s operations plus shifts', () => {
    const mtParagraphs = splitParagraphs(mt);
    const peParagraphs = splitParagraphs(pe);
    for (let k = 0; k < 10; k++) {
      const c = ter(mtParagraphs[k]!.text, peParagraphs[k]!.text);
      expect(c.inserted + c.deleted + c.substituted + c.shifts).toBe(c.edits);
    }
    // Title: "The Kremlin told about the meeting of Putin and Kerry" →
    // "Kremlin comments on Putin's meeting with Kerry": 10 words against 7.
    expect(ter(mtParagraphs[0]!.text, peParagraphs[0]!.text)).toEqual({
      edits: 7, refWords: 7, inserted: 0, deleted: 3, substituted: 4, shifts: 0, shiftedWords: 0,
    });
  });

  it('is case-insensitive and keeps punctuation attached to words', () => {
    expect(ter('The Kremlin SAID', 'the kremlin said').edits).toBe(0);
    // "correspondent ." is two tokens, "correspondent." one: a substitution and a deletion.
    expect(ter('reports correspondent .', 'reports correspondent.')).toMatchObject({ edits: 2, substituted: 1, deleted: 1 });
  });

  it('counts a moved phrase as one shift', () => {
    expect(ter('putin met kerry in moscow on friday', 'on friday putin met kerry in moscow')).toEqual({
      edits: 1, refWords: 7, inserted: 0, deleted: 0, substituted: 0, shifts: 1, shiftedWords: 2,
    });
  });

  it('treats empty sides as sacreBLEU does', () => {
    expect(ter('three words here', '')).toMatchObject({ edits: 3, refWords: 0, deleted: 3 });
    expect(ter('', 'four words in reference')).toMatchObject({ edits: 4, refWords: 4, inserted: 4 });
    expect(ter('', '')).toMatchObject({ edits: 0, refWords: 0 });
  });

  it('splits on Python’s whitespace, not JavaScript’s', () => {
    expect(terWords('a\u0085b\u001fc  d\n')).toEqual(['a', 'b', 'c', 'd']);
    expect(terWords('a\ufeffb')).toEqual(['a\ufeffb']);
    expect(terWords('  ')).toEqual([]);
  });

  // Expected values computed by a Python transcription of sacreBLEU's lib_ter.py on the
  // same inputs. The third case stops at the 1,000-candidate limit (without the limit the
  // search would find shifts bringing it to 92 edits); the fourth widens the beam for a
  // reference 33 times longer than the hypothesis.
  it('matches sacreBLEU on repetitive input, the candidate limit and extreme length ratios', () => {
    expect(ter('the the the a a b b the a', 'a the b the a the b a the the')).toMatchObject({ edits: 4, refWords: 10, shifts: 3 });
    expect(ter(repeat(150, (i) => `w${(i * 7) % 5}`), repeat(140, (i) => `w${(i * 3 + 1) % 5}`))).toMatchObject({ edits: 116, refWords: 140 });
    expect(ter(repeat(12, (i) => `x${i % 3}`), repeat(400, (i) => `x${i % 4}`))).toMatchObject({ edits: 388, refWords: 400 });
  });
});

describe('computeHter', () => {
  it('gives 39.0476 (164 edits / 420 words) for the seed, paragraph by paragraph', () => {
    const report = computeHter(mt, pe);
    expect(report.edits).toBe(164);
    expect(report.refWords).toBe(420);
    expect(report.ter).toBeCloseTo(39.0476, 4);
    expect(report.paragraphs.map((p) => [p.edits, p.refWords])).toEqual(SEED_PARAGRAPHS);
    expect(report.paragraphs.map((p) => [p.mt, p.pe])).toEqual(SEED_PARAGRAPHS.map((_, k) => [[k], [k]]));
    expect(report.paragraphs[0]!.ter).toBe(100);
    expect(report.inserted + report.deleted + report.substituted + report.shifts).toBe(164);
  });

  it('counts the characters of inserted and deleted text in the word diff', () => {
    // "Sands" → "Peskov": 5 deleted + 6 inserted.
    expect(computeHter('explained Sands.', 'explained Peskov.').charsChanged).toBe(11);
    // An emoji is one character, not two UTF-16 units.
    expect(computeHter('ok', 'ok 😀').charsChanged).toBe(2);
  });

  it('scores a deleted paragraph by its words and an inserted one by the reference', () => {
    const report = computeHter('Kept paragraph.\n\nDropped three words.', 'Kept paragraph.\n\nAdded four more words.');
    // A rewritten paragraph stays paired: "Dropped three words." → "Added four more words."
    // is two substitutions and one insertion ("words." matches).
    expect(report.paragraphs.map((p) => [p.mt, p.pe, p.edits, p.refWords])).toEqual([
      [[0], [0], 0, 2],
      [[1], [1], 3, 4],
    ]);
    const inserted = computeHter('Kept paragraph.', 'Kept paragraph.\n\nA brand new one.');
    expect(inserted.paragraphs.map((p) => [p.mt, p.pe, p.edits, p.refWords, p.ter])).toEqual([
      [[0], [0], 0, 2, 0],
      [[], [1], 4, 4, 100],
    ]);
    const deleted = computeHter('Kept paragraph.\n\nGone now.', 'Kept paragraph.');
    expect(deleted.paragraphs.map((p) => [p.mt, p.pe, p.edits, p.refWords, p.ter])).toEqual([
      [[0], [0], 0, 2, 0],
      [[1], [], 2, 0, 100],
    ]);
    expect(deleted.ter).toBe(100);
  });

  it('scores identical and empty texts as 0', () => {
    expect(computeHter(pe, pe)).toMatchObject({ ter: 0, edits: 0, refWords: 420, charsChanged: 0 });
    expect(computeHter('', '')).toMatchObject({ ter: 0, edits: 0, refWords: 0, paragraphs: [] });
  });

  it('scores a split paragraph against both halves joined', () => {
    const paragraphs = splitParagraphs(pe).map((p) => p.text);
    const cut = paragraphs[6]!.lastIndexOf('. ') + 1;
    const split = [...paragraphs.slice(0, 6), paragraphs[6]!.slice(0, cut), paragraphs[6]!.slice(cut + 1), ...paragraphs.slice(7)];
    const report = computeHter(mt, split.join('\n\n'));
    expect(report.paragraphs[6]).toMatchObject({ mt: [6], pe: [6, 7], edits: 30, refWords: 75 });
    expect(report.edits).toBe(164);
  });
});
