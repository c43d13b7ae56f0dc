// Word-level diff of one aligned stretch of text. Ops are exact: the equal and delete texts
// concatenate to the MT, the equal and insert texts to the post-edit.
import { diffSequences } from './myers.js';
import { Interner, isWhitespace, tokenize } from './tokens.js';

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
  const mtTokens = tokenize(mt);
  const peTokens = tokenize(pe);
  const interner = new Interner();
  const runs = diffSequences(interner.idsOf(mtTokens), interner.idsOf(peTokens));
  const mtEnds = tokenEnds(mtTokens);
  const peEnds = tokenEnds(peTokens);
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
  push(false, mtTokens.length, peTokens.length);
  return toOps(foldLoneSpaces(segments));
}

function tokenEnds(tokens: readonly string[]): Int32Array {
  const ends = new Int32Array(tokens.length);
  let end = 0;
  for (let i = 0; i < tokens.length; i++) {
    end += tokens[i]!.length;
    ends[i] = end;
  }
  return ends;
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
