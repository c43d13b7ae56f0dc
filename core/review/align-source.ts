// Paragraph alignment of a source text with its translation (the MT, or a post-edit when
// there is no MT). The two are in different languages, so words cannot be compared as
// alignParagraphs does: this follows Gale & Church (1993) — a translated paragraph's
// length is proportional to its original's, with a normally distributed error — plus two
// anchors that survive translation: numbers, and the count of sentences (MT translates
// sentence by sentence, and splits paragraphs between sentences). A dynamic programme
// over the band near the diagonal picks the likeliest sequence of 1-1, 1-0, 0-1, 2-1,
// 1-2, 3-1 and 1-3 groups, so a paragraph the MT split or merged stays with its
// source paragraph.
import { findNumbers } from '../language/numbers.js';
import { Band, range } from './band.js';

export interface SourceAlignmentGroup {
  /** Indices of the source paragraphs in this group (consecutive; may be empty). */
  source: number[];
  /** Indices of the translated paragraphs in this group (consecutive; may be empty). */
  target: number[];
}

export interface SourceAlignmentLanguages {
  /** Language of the source (BCP 47 / ISO 639): reads its numbers ("12.000" in German). */
  source?: string;
  target?: string;
}

/** [source paragraphs, target paragraphs, prior probability]: Gale & Church's table,
 *  without 2-2 (two paragraphs translated as two are two 1-1 groups; as one group they
 *  would hide which is which) and with the 3-paragraph groups MT output shows when it
 *  breaks a long paragraph up. */
const MOVES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0.9],
  [2, 1, 0.045],
  [1, 2, 0.045],
  [1, 0, 0.0049],
  [0, 1, 0.0049],
  [3, 1, 0.0003],
  [1, 3, 0.0003],
];
const PRIOR_COST = MOVES.map(([, , prior]) => -Math.log(prior));
/** Variance of the length difference per character (Gale & Church's estimate). */
const VARIANCE_PER_CHARACTER = 6.8;
/** Cost of one number found on only one side of a group. */
const NUMBER_MISMATCH_COST = 2;
/** Cost of each sentence more on one side of a group than on the other. */
const SENTENCE_MISMATCH_COST = 2;
// A sentence ends with . ! ? or … (and closing quotes or brackets) before a capital, a
// digit or an opening quote, or at the end of the paragraph: "U.S. officials" does not.
const SENTENCE_END = /[.!?…]+["'”»’)\]]*(?=\s+["'“«„‘([]?[\p{Lu}\p{N}]|\s*$)/gu;
/** Paragraphs further than this from the diagonal are not considered. */
const BAND = 16;

export function alignSourceParagraphs(
  source: readonly string[],
  target: readonly string[],
  languages: SourceAlignmentLanguages = {},
): SourceAlignmentGroup[] {
  const a = source.length;
  const b = target.length;
  if (a === 0 || b === 0) {
    return [...source.map((_, i) => ({ source: [i], target: [] })), ...target.map((_, j) => ({ source: [], target: [j] }))];
  }
  const sourceLengths = source.map(letterCount);
  const targetLengths = target.map(letterCount);
  const sourceNumbers = source.map((text) => numberValues(text, languages.source));
  const targetNumbers = target.map((text) => numberValues(text, languages.target));
  const sourceSentences = source.map(sentenceCount);
  const targetSentences = target.map(sentenceCount);
  const totalSource = sum(sourceLengths, 0, a);
  const totalTarget = sum(targetLengths, 0, b);
  // Characters of translation per character of source, from the whole text: Russian to
  // English is about 1, Chinese to English about 3.
  const ratio = totalSource > 0 && totalTarget > 0 ? Math.min(10, Math.max(0.1, totalTarget / totalSource)) : 1;

  const groupCost = (i: number, di: number, j: number, dj: number, move: number): number => {
    const l1 = sum(sourceLengths, i, i + di);
    const l2 = sum(targetLengths, j, j + dj);
    const sentences = di === 0 || dj === 0 ? 0 : Math.abs(sum(sourceSentences, i, i + di) - sum(targetSentences, j, j + dj));
    return PRIOR_COST[move]! + lengthCost(l1, l2, ratio) + numberCost(sourceNumbers, i, di, targetNumbers, j, dj) +
      SENTENCE_MISMATCH_COST * sentences;
  };

  const band = new Band(a, b, BAND);
  const cost = new Float64Array(band.size).fill(Infinity);
  const chosen = new Uint8Array(band.size);
  cost[band.index(0, 0)] = 0;
  for (let i = 0; i <= a; i++) {
    for (let j = band.low(i); j <= band.high(i); j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = 0;
      MOVES.forEach(([di, dj], move) => {
        if (i < di || j < dj) return;
        const from = band.index(i - di, j - dj);
        if (from < 0 || cost[from] === Infinity) return;
        const total = cost[from]! + groupCost(i - di, di, j - dj, dj, move);
        if (total < best) {
          best = total;
          bestMove = move;
        }
      });
      const here = band.index(i, j);
      cost[here] = best;
      chosen[here] = bestMove;
    }
  }

  const groups: SourceAlignmentGroup[] = [];
  for (let i = a, j = b; i > 0 || j > 0; ) {
    const [di, dj] = MOVES[chosen[band.index(i, j)]!]!;
    i -= di;
    j -= dj;
    groups.push({ source: range(i, di), target: range(j, dj) });
  }
  return groups.reverse();
}

/** Gale & Church's length cost: −log P(length difference | the texts are translations). */
function lengthCost(l1: number, l2: number, ratio: number): number {
  const mean = (l1 + l2 / ratio) / 2;
  if (mean === 0) return 0;
  const z = Math.abs(ratio * l1 - l2) / Math.sqrt(mean * VARIANCE_PER_CHARACTER * ratio);
  return -logErfc(z / Math.SQRT2);
}

/** log(erfc(x)) for x ≥ 0, from the Chebyshev fit of Numerical Recipes' erfcc (fractional
 *  error below 1.2e-7), taken in log space so large arguments do not underflow to 0. */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const exponent =
    -x * x - 1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
      t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) + exponent;
}

/** Numbers found on one side of the group and not on the other (by value, as multisets). */
function numberCost(
  sourceNumbers: ReadonlyArray<readonly string[]>,
  i: number,
  di: number,
  targetNumbers: ReadonlyArray<readonly string[]>,
  j: number,
  dj: number,
): number {
  if (di === 0 || dj === 0) return 0;
  let count = 0;
  for (let k = i; k < i + di; k++) count += sourceNumbers[k]!.length;
  for (let k = j; k < j + dj; k++) count += targetNumbers[k]!.length;
  if (count === 0) return 0; // most paragraphs of news have no figures: nothing to build
  const left = sourceNumbers.slice(i, i + di).flat();
  const right = targetNumbers.slice(j, j + dj).flat();
  const unmatched = [...right];
  let missing = 0;
  for (const value of left) {
    const k = unmatched.indexOf(value);
    if (k >= 0) unmatched.splice(k, 1);
    else missing++;
  }
  return NUMBER_MISMATCH_COST * (missing + unmatched.length);
}

/** One value per number (the first reading of an ambiguous one). */
function numberValues(text: string, language: string | undefined): string[] {
  return findNumbers(text, language).map((number) => number.values[0]!);
}

/** Sentences of a paragraph (at least one when it has any letter or digit). */
function sentenceCount(text: string): number {
  const ends = text.match(SENTENCE_END)?.length ?? 0;
  return Math.max(ends, /[\p{L}\p{N}]/u.test(text) ? 1 : 0);
}

/** Letters and digits: the length measure, blind to spacing and punctuation habits. */
function letterCount(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

function sum(values: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let k = from; k < to; k++) total += values[k]!;
  return total;
}
