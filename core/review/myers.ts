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
  const runs: EqualRun[] = [];
  const size = (a.length + b.length + 2) * 2 + 2;
  if (scratchForward.length < size) {
    const grown = Math.max(size, scratchForward.length * 2);
    scratchForward = new Int32Array(grown);
    scratchBackward = new Int32Array(grown);
  }
  const search: Search = { a, b, forward: scratchForward, backward: scratchBackward, runs };
  compare(search, 0, a.length, 0, b.length);
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
}

function compare(search: Search, aLo: number, aHi: number, bLo: number, bHi: number): void {
  const { a, b, runs } = search;
  let prefix = 0;
  while (aLo + prefix < aHi && bLo + prefix < bHi && a[aLo + prefix] === b[bLo + prefix]) prefix++;
  if (prefix > 0) runs.push({ aStart: aLo, bStart: bLo, length: prefix });
  aLo += prefix;
  bLo += prefix;
  let suffix = 0;
  while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - 1 - suffix] === b[bHi - 1 - suffix]) suffix++;
  aHi -= suffix;
  bHi -= suffix;

  // Past the common prefix and suffix, one side empty means pure insertion or deletion.
  if (aLo < aHi && bLo < bHi) {
    const snake = middleSnake(search, aLo, aHi, bLo, bHi);
    compare(search, aLo, snake.xStart, bLo, snake.yStart);
    if (snake.xEnd > snake.xStart) {
      runs.push({ aStart: snake.xStart, bStart: snake.yStart, length: snake.xEnd - snake.xStart });
    }
    compare(search, snake.xEnd, aHi, snake.yEnd, bHi);
  }
  if (suffix > 0) runs.push({ aStart: aHi, bStart: bHi, length: suffix });
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
function middleSnake(search: Search, aLo: number, aHi: number, bLo: number, bHi: number): Snake {
  const { a, b, forward, backward } = search;
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  const odd = (delta & 1) !== 0;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD + 1;
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;

  for (let d = 0; d <= maxD; d++) {
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
