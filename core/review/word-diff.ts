// Word-level diff of one aligned stretch of text. Ops are exact: the equal and delete texts
// concatenate to the MT, the equal and insert texts to the post-edit.
import { diffSequencesWithin, type EqualRun } from '../text/myers.js';
import { isWhitespace, tokenIds } from './tokens.js';

export type DiffOpType = 'equal' | 'insert' | 'delete';

export interface DiffOp {
  type: DiffOpType;
  text: string;
  /** UTF-16 offset in the MT text (equal and delete ops). */
  mtStart?: number;
  /** UTF-16 offset in the post-edited text (equal and insert ops). */
  peStart?: number;
}

interface Segment {
  equal: boolean;
  mtStart: number;
  peStart: number;
  mtText: string;
  peText: string;
}

/**
 * How finely a stretch was diffed: word by word, or, when it is too long and too
 * different for that within the budget, by sentence (with word diffs inside the changed
 * sentences that are small enough), or as one replacement.
 */
export type DiffLevel = 'words' | 'sentences' | 'whole';

export interface DetailedDiff {
  ops: DiffOp[];
  level: DiffLevel;
}

/** Diffs `mt` against `pe` word by word; offsets in the ops start at `mtOffset`/`peOffset`. */
export function wordDiff(mt: string, pe: string, mtOffset = 0, peOffset = 0): DiffOp[] {
  return wordDiffDetailed(mt, pe, mtOffset, peOffset).ops;
}

/** {@link wordDiff}, saying at which level it had to diff (see {@link DiffLevel}). */
export function wordDiffDetailed(mt: string, pe: string, mtOffset = 0, peOffset = 0): DetailedDiff {
  if (mt === pe) return { ops: mt === '' ? [] : [{ type: 'equal', text: mt, mtStart: mtOffset, peStart: peOffset }], level: 'words' };
  // Most of an edited paragraph is untouched at its start and end: only the middle, cut at
  // token boundaries of both texts, is tokenised and diffed.
  const prefix = commonPrefixAtBoundary(mt, pe);
  const suffix = commonSuffixAtBoundary(mt, pe, prefix);
  const middle = diffMiddle(mt.slice(prefix, mt.length - suffix), pe.slice(prefix, pe.length - suffix), mtOffset + prefix, peOffset + prefix);
  const ops: DiffOp[] = [];
  if (prefix > 0) ops.push({ type: 'equal', text: mt.slice(0, prefix), mtStart: mtOffset, peStart: peOffset });
  for (const op of middle.ops) {
    const last = ops[ops.length - 1];
    if (op.type === 'equal' && last?.type === 'equal') last.text += op.text;
    else ops.push(op);
  }
  if (suffix > 0) {
    const text = mt.slice(mt.length - suffix);
    const last = ops[ops.length - 1];
    if (last?.type === 'equal') last.text += text;
    else ops.push({ type: 'equal', text, mtStart: mtOffset + mt.length - suffix, peStart: peOffset + pe.length - suffix });
  }
  return { ops, level: middle.level };
}

/**
 * Steps Myers may take on n + m elements: enough for any ordinary paragraph (about a
 * thousand words a side rewritten end to end), and 16 per element beyond, which a huge
 * paragraph with few changes stays well within (its snakes are walked a few times over);
 * a huge and very different one gives up after that bounded effort.
 */
export function diffBudget(elements: number): number {
  return Math.max(20_000_000, 16 * elements);
}

type CharacterClass = 0 | 1 | 2;
const WORD_UNIT = /[\p{L}\p{M}\p{N}]/u;

/** 0 word, 1 whitespace, 2 anything else (a token of its own). Per UTF-16 unit: a
 *  surrogate half counts as "else", and the boundary checks keep pairs together. */
function classOf(unit: number): CharacterClass {
  if (unit < 128) {
    if ((unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122)) return 0;
    return unit === 32 || (unit >= 9 && unit <= 13) ? 1 : 2;
  }
  if (unit >= 0xd800 && unit <= 0xdfff) return 2;
  const character = String.fromCharCode(unit);
  return WORD_UNIT.test(character) ? 0 : /\s/.test(character) ? 1 : 2;
}

/** Whether a token of `text` can end at `at`: both neighbours exist and belong to
 *  different tokens (not one word, one whitespace run, or one surrogate pair). */
function isBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const before = text.charCodeAt(at - 1);
  if (before >= 0xd800 && before <= 0xdbff) return false;
  const beforeClass = classOf(before);
  return beforeClass === 2 || beforeClass !== classOf(text.charCodeAt(at));
}

function commonPrefixAtBoundary(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  while (length > 0 && !(isBoundary(a, length) && isBoundary(b, length))) length--;
  return length;
}

function commonSuffixAtBoundary(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let length = 0;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  while (length > 0 && !(isBoundary(a, a.length - length) && isBoundary(b, b.length - length))) length--;
  return length;
}

function diffMiddle(mt: string, pe: string, mtOffset: number, peOffset: number): DetailedDiff {
  const byWords = wordSegments(mt, pe, mtOffset, peOffset);
  if (byWords) return { ops: toOps(foldLoneSpaces(byWords)), level: 'words' };
  const bySentences = sentenceSegments(mt, pe, mtOffset, peOffset);
  // No sentence in common: that is one replacement, and is said as such.
  if (bySentences) return { ops: toOps(foldLoneSpaces(bySentences)), level: bySentences.some((segment) => segment.equal) ? 'sentences' : 'whole' };
  return { ops: toOps([replacement(mt, pe, mtOffset, peOffset)]), level: 'whole' };
}

/** The word-level segments, or undefined when Myers runs out of budget. */
function wordSegments(mt: string, pe: string, mtOffset: number, peOffset: number): Segment[] | undefined {
  // Token ids and ends are scratch views: used up before anything else tokenises.
  const { aIds: mtIds, aEnds: mtEnds, bIds: peIds, bEnds: peEnds } = tokenIds(mt, pe);
  const runs = diffSequencesWithin(mtIds, peIds, diffBudget(mtIds.length + peIds.length));
  if (runs === undefined) return undefined;
  const charAt = (ends: Int32Array, token: number): number => (token === 0 ? 0 : ends[token - 1]!);
  return segmentsOf(runs, mtIds.length, peIds.length, mt, pe, mtOffset, peOffset, (token) => charAt(mtEnds, token), (token) => charAt(peEnds, token));
}

/** Equal and changed segments between the equal runs of two unit sequences; `mtAt` and
 *  `peAt` give the character offset where unit k starts (k = count: the end). */
function segmentsOf(
  runs: readonly EqualRun[],
  mtCount: number,
  peCount: number,
  mt: string,
  pe: string,
  mtOffset: number,
  peOffset: number,
  mtAt: (unit: number) => number,
  peAt: (unit: number) => number,
): Segment[] {
  const segments: Segment[] = [];
  let mtUnit = 0;
  let peUnit = 0;
  const push = (equal: boolean, mtTo: number, peTo: number): void => {
    const mtFrom = mtAt(mtUnit);
    const peFrom = peAt(peUnit);
    const mtUntil = mtAt(mtTo);
    const peUntil = peAt(peTo);
    if (mtUntil > mtFrom || peUntil > peFrom) {
      segments.push({
        equal,
        mtStart: mtOffset + mtFrom,
        peStart: peOffset + peFrom,
        mtText: mt.slice(mtFrom, mtUntil),
        peText: pe.slice(peFrom, peUntil),
      });
    }
    mtUnit = mtTo;
    peUnit = peTo;
  };
  for (const run of runs) {
    push(false, run.aStart, run.bStart);
    push(true, run.aStart + run.length, run.bStart + run.length);
  }
  push(false, mtCount, peCount);
  return segments;
}

/** Sentence (or line) units of a text: ends after a line break, or after sentence-final
 *  punctuation and the spaces that follow it. Joined, they are the text. */
const SENTENCE = /[^\r\n.!?…]*(?:[.!?…]+["'’”»)\]]*[^\S\r\n]*|\r\n|\r|\n)|[^\r\n.!?…]+$/gy;

function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE.lastIndex = 0;
  while (SENTENCE.lastIndex < text.length) {
    const before = SENTENCE.lastIndex;
    if (!SENTENCE.test(text) || SENTENCE.lastIndex === before) {
      // A lone character the pattern does not take (it always takes something else).
      SENTENCE.lastIndex = before + 1;
    }
    starts.push(SENTENCE.lastIndex);
  }
  return starts;
}

/**
 * The sentence-level fallback: sentences found on both sides are matched by Myers (those
 * found on one side only are set aside first, as GNU diff does with lines, so two very
 * different texts cost almost nothing); between matched sentences, a change small enough
 * is diffed word by word, a larger one is shown as one replacement. Undefined when even
 * this runs out of budget.
 */
function sentenceSegments(mt: string, pe: string, mtOffset: number, peOffset: number): Segment[] | undefined {
  const mtStarts = sentenceStarts(mt);
  const peStarts = sentenceStarts(pe);
  const ids = new Map<string, number>();
  const idsOf = (text: string, starts: number[]): Int32Array => {
    const result = new Int32Array(starts.length - 1);
    for (let k = 0; k + 1 < starts.length; k++) {
      const unit = text.slice(starts[k], starts[k + 1]);
      let id = ids.get(unit);
      if (id === undefined) ids.set(unit, (id = ids.size));
      result[k] = id;
    }
    return result;
  };
  const mtIds = idsOf(mt, mtStarts);
  const peIds = idsOf(pe, peStarts);
  const onPe = new Set(peIds);
  const mtKept = indicesWhere(mtIds, (id) => onPe.has(id));
  const onMt = new Set(mtKept.map((k) => mtIds[k]!));
  const peKept = indicesWhere(peIds, (id) => onMt.has(id));
  const keptRuns = diffSequencesWithin(
    Int32Array.from(mtKept, (k) => mtIds[k]!),
    Int32Array.from(peKept, (k) => peIds[k]!),
    diffBudget(mtKept.length + peKept.length),
  );
  if (keptRuns === undefined) return undefined;
  // Back to sentence indices: a run of the kept sentences is cut where the originals stop
  // being consecutive.
  const runs: EqualRun[] = [];
  for (const run of keptRuns) {
    for (let k = 0; k < run.length; k++) {
      const i = mtKept[run.aStart + k]!;
      const j = peKept[run.bStart + k]!;
      const last = runs[runs.length - 1];
      if (last && last.aStart + last.length === i && last.bStart + last.length === j) last.length++;
      else runs.push({ aStart: i, bStart: j, length: 1 });
    }
  }
  const coarse = segmentsOf(runs, mtIds.length, peIds.length, mt, pe, mtOffset, peOffset, (k) => mtStarts[k]!, (k) => peStarts[k]!);
  const segments: Segment[] = [];
  for (const segment of coarse) {
    const refined = segment.equal ? undefined : refine(segment);
    if (refined) for (const part of refined) segments.push(part);
    else segments.push(segment);
  }
  return segments;
}

/** Characters of a changed stretch (both sides) still worth a word diff inside the fallback. */
const REFINE_CHARS = 200_000;

function refine(segment: Segment): Segment[] | undefined {
  if (segment.mtText.length + segment.peText.length > REFINE_CHARS) return undefined;
  return wordSegments(segment.mtText, segment.peText, segment.mtStart, segment.peStart);
}

function replacement(mt: string, pe: string, mtOffset: number, peOffset: number): Segment {
  return { equal: false, mtStart: mtOffset, peStart: peOffset, mtText: mt, peText: pe };
}

function indicesWhere(ids: Int32Array, keep: (id: number) => boolean): number[] {
  const kept: number[] = [];
  for (let k = 0; k < ids.length; k++) if (keep(ids[k]!)) kept.push(k);
  return kept;
}

/** "[-far enough for-] [-midnight-]" reads worse than "[-far enough for midnight-]": a
 *  whitespace-only equal between two changes joins them (both sides keep the space, so the
 *  texts still reconstruct). */
function foldLoneSpaces(segments: Segment[]): Segment[] {
  const result: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const previous = result[result.length - 1];
    const next = segments[i + 1];
    if (segment.equal && previous && !previous.equal && next && !next.equal && isWhitespace(segment.mtText)) {
      previous.mtText += segment.mtText + next.mtText;
      previous.peText += segment.peText + next.peText;
      i++;
    } else if (!segment.equal && previous && !previous.equal) {
      previous.mtText += segment.mtText;
      previous.peText += segment.peText;
    } else {
      result.push({ ...segment });
    }
  }
  return result;
}

function toOps(segments: readonly Segment[]): DiffOp[] {
  const ops: DiffOp[] = [];
  for (const segment of segments) {
    if (segment.equal) {
      ops.push({ type: 'equal', text: segment.mtText, mtStart: segment.mtStart, peStart: segment.peStart });
      continue;
    }
    if (segment.mtText !== '') ops.push({ type: 'delete', text: segment.mtText, mtStart: segment.mtStart });
    if (segment.peText !== '') ops.push({ type: 'insert', text: segment.peText, peStart: segment.peStart });
  }
  return ops;
}
