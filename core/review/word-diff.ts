// Word-level diff of one aligned stretch of text. Ops are exact: the equal and delete texts
// concatenate to the MT, the equal and insert texts to the post-edit.
import { diffSequences } from './myers.js';
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

/** Diffs `mt` against `pe` word by word; offsets in the ops start at `mtOffset`/`peOffset`. */
export function wordDiff(mt: string, pe: string, mtOffset = 0, peOffset = 0): DiffOp[] {
  if (mt === pe) return mt === '' ? [] : [{ type: 'equal', text: mt, mtStart: mtOffset, peStart: peOffset }];
  // Most of an edited paragraph is untouched at its start and end: only the middle, cut at
  // token boundaries of both texts, is tokenised and diffed.
  const prefix = commonPrefixAtBoundary(mt, pe);
  const suffix = commonSuffixAtBoundary(mt, pe, prefix);
  const middle = diffMiddle(mt.slice(prefix, mt.length - suffix), pe.slice(prefix, pe.length - suffix), mtOffset + prefix, peOffset + prefix);
  const ops: DiffOp[] = [];
  if (prefix > 0) ops.push({ type: 'equal', text: mt.slice(0, prefix), mtStart: mtOffset, peStart: peOffset });
  for (const op of middle) {
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
  return ops;
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

function diffMiddle(mt: string, pe: string, mtOffset: number, peOffset: number): DiffOp[] {
  // Token ids and ends are scratch views: used up before anything else tokenises.
  const { aIds: mtIds, aEnds: mtEnds, bIds: peIds, bEnds: peEnds } = tokenIds(mt, pe);
  const runs = diffSequences(mtIds, peIds);
  const charAt = (ends: Int32Array, token: number): number => (token === 0 ? 0 : ends[token - 1]!);

  const segments: Segment[] = [];
  let mtToken = 0;
  let peToken = 0;
  const push = (equal: boolean, mtTo: number, peTo: number): void => {
    const mtFrom = charAt(mtEnds, mtToken);
    const peFrom = charAt(peEnds, peToken);
    const mtUntil = charAt(mtEnds, mtTo);
    const peUntil = charAt(peEnds, peTo);
    if (mtUntil > mtFrom || peUntil > peFrom) {
      segments.push({
        equal,
        mtStart: mtOffset + mtFrom,
        peStart: peOffset + peFrom,
        mtText: mt.slice(mtFrom, mtUntil),
        peText: pe.slice(peFrom, peUntil),
      });
    }
    mtToken = mtTo;
    peToken = peTo;
  };
  for (const run of runs) {
    push(false, run.aStart, run.bStart);
    push(true, run.aStart + run.length, run.bStart + run.length);
  }
  push(false, mtIds.length, peIds.length);
  return toOps(foldLoneSpaces(segments));
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
