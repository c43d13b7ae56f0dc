// Myers' O(ND) difference algorithm in its linear-space form (the "middle snake" divide and
// conquer of Myers 1986, §4b): time grows with the number of differences D, not with the
// product of the lengths, and memory stays O(N + M) even for a paragraph rewritten end to
// end. Works on integer ids so comparing two tokens is one `===`.

/** A run of `length` equal elements: a[aStart + i] === b[bStart + i]. */
export interface EqualRun {
  aStart: number;
  bStart: number;
  length: number;
}

/** The equal runs of a shortest edit script turning `a` into `b`, in order. Everything
 *  between consecutive runs is deleted from `a` / inserted from `b`. */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>): EqualRun[] {
  return diffSequencesWithin(a, b, Infinity)!;
}

/**
 * {@link diffSequences}, or undefined once the search has taken more than `maxSteps`
 * steps (diagonals tried plus elements compared). O(ND) is fast when D, the number of
 * differences, is small; two long and unrelated sequences make it quadratic, and the
 * caller then diffs at a coarser level instead.
 */
export function diffSequencesWithin(a: ArrayLike<number>, b: ArrayLike<number>, maxSteps: number): EqualRun[] | undefined {
  const runs: EqualRun[] = [];
  const size = (a.length + b.length + 2) * 2 + 2;
  if (scratchForward.length < size) {
    const grown = Math.max(size, scratchForward.length * 2);
    scratchForward = new Int32Array(grown);
    scratchBackward = new Int32Array(grown);
  }
  const search: Search = { a, b, forward: scratchForward, backward: scratchBackward, runs, steps: 0, maxSteps };
  if (!compare(search, 0, a.length, 0, b.length)) return undefined;
  return mergeAdjacent(runs);
}

/** The diagonal arrays, reused by every call: a diff runs for each changed paragraph, and
 *  middleSnake never reads an entry it has not written in the same search. */
let scratchForward = new Int32Array(256);
let scratchBackward = new Int32Array(256);

interface Search {
  a: ArrayLike<number>;
  b: ArrayLike<number>;
  /** Furthest x reached on each diagonal, indexed by diagonal + offset. */
  forward: Int32Array;
  backward: Int32Array;
  runs: EqualRun[];
  /** Work done so far, and the most allowed. */
  steps: number;
  maxSteps: number;
}

/**
 * Myers' divide and conquer, with an explicit stack instead of recursion: a box is split
 * at its middle snake into the box before it, the snake and the box after it, and the
 * runs come out in order because the later parts are stacked first.
 */
function compare(search: Search, aLo0: number, aHi0: number, bLo0: number, bHi0: number): boolean {
  const { a, b, runs } = search;
  // A frame is a box still to diff (kind 0) or an equal run to emit (kind 1).
  const stack: number[] = [0, aLo0, aHi0, bLo0, bHi0];
  while (stack.length > 0) {
    const bHiTop = stack.pop()!;
    const bLoTop = stack.pop()!;
    const aHiTop = stack.pop()!;
    let aLo = stack.pop()!;
    const kind = stack.pop()!;
    if (kind === 1) {
      // An equal run: aLo, bLo, length in the first three slots.
      runs.push({ aStart: aLo, bStart: aHiTop, length: bLoTop });
      continue;
    }
    let aHi = aHiTop;
    let bLo = bLoTop;
    let bHi = bHiTop;
    let prefix = 0;
    while (aLo + prefix < aHi && bLo + prefix < bHi && a[aLo + prefix] === b[bLo + prefix]) prefix++;
    if (prefix > 0) runs.push({ aStart: aLo, bStart: bLo, length: prefix });
    aLo += prefix;
    bLo += prefix;
    let suffix = 0;
    while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - 1 - suffix] === b[bHi - 1 - suffix]) suffix++;
    aHi -= suffix;
    bHi -= suffix;

    // Stacked in reverse order of output: suffix, box after, snake, box before.
    if (suffix > 0) stack.push(1, aHi, bHi, suffix, 0);
    // Past the common prefix and suffix, one side empty means pure insertion or deletion.
    if (aLo < aHi && bLo < bHi) {
      const snake = middleSnake(search, aLo, aHi, bLo, bHi);
      if (snake === undefined) return false;
      stack.push(0, snake.xEnd, aHi, snake.yEnd, bHi);
      if (snake.xEnd > snake.xStart) stack.push(1, snake.xStart, snake.yStart, snake.xEnd - snake.xStart, 0);
      stack.push(0, aLo, snake.xStart, bLo, snake.yStart);
    }
  }
  return true;
}

interface Snake {
  xStart: number;
  yStart: number;
  xEnd: number;
  yEnd: number;
}

/** Finds the middle snake of an optimal path through a[aLo..aHi) × b[bLo..bHi) by running
 *  the greedy search from both corners until the paths overlap. Both ends differ (the
 *  caller stripped common prefix and suffix), so D ≥ 2 and each half is strictly smaller. */
function middleSnake(search: Search, aLo: number, aHi: number, bLo: number, bHi: number): Snake | undefined {
  const { a, b, forward, backward } = search;
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  const odd = (delta & 1) !== 0;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD + 1;
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;

  // Each round d costs its diagonals plus the elements compared along them (counted from
  // how far the furthest reaching paths moved): checked against the budget per round.
  for (let d = 0; d <= maxD; d++) {
    search.steps += 2 * d + 2;
    if (search.steps > search.maxSteps) return undefined;
    // Forward: x is how far along a, on diagonal k = x - y.
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && forward[offset + k - 1]! < forward[offset + k + 1]!)
        ? forward[offset + k + 1]!
        : forward[offset + k - 1]! + 1;
      let y = x - k;
      const xStart = x;
      const yStart = y;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      search.steps += x - xStart;
      forward[offset + k] = x;
      const reverseK = delta - k;
      if (odd && reverseK >= -(d - 1) && reverseK <= d - 1 && x + backward[offset + reverseK]! >= n) {
        return { xStart: aLo + xStart, yStart: bLo + yStart, xEnd: aLo + x, yEnd: bLo + y };
      }
    }
    // Backward: the same search on the reversed sequences; x counts from the far end.
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && backward[offset + k - 1]! < backward[offset + k + 1]!)
        ? backward[offset + k + 1]!
        : backward[offset + k - 1]! + 1;
      let y = x - k;
      const xStart = x;
      const yStart = y;
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
        x++;
        y++;
      }
      search.steps += x - xStart;
      backward[offset + k] = x;
      const forwardK = delta - k;
      if (!odd && forwardK >= -d && forwardK <= d && x + forward[offset + forwardK]! >= n) {
        return { xStart: aHi - x, yStart: bHi - y, xEnd: aHi - xStart, yEnd: bHi - yStart };
      }
    }
  }
  // Unreachable: the two searches always meet by d = ceil((n + m) / 2).
  throw new Error('diffSequences: searches did not meet');
}

function mergeAdjacent(runs: EqualRun[]): EqualRun[] {
  const merged: EqualRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.aStart + last.length === run.aStart && last.bStart + last.length === run.bStart) {
      last.length += run.length;
    } else {
      merged.push({ ...run });
    }
  }
  return merged;
}
