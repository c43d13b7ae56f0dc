// A multi-pattern matcher over UTF-16 code units (Aho–Corasick, 1975), laid out in
// flat typed arrays: 100,000 patterns make ~1.5 M trie nodes, which as one JS Map per
// node would cost hundreds of MB and slow the build.
//
// Layout: nodes are numbered in the order a walk over the SORTED patterns creates
// them; children of every node are stored contiguously (CSR) with ascending code
// units, so a lookup is a short linear scan (binary search for wide nodes). The root,
// which fans out widest, gets a direct 65,536-entry table.

export interface Automaton {
  readonly patternLengths: Int32Array;
  /** Calls `onMatch(patternIndex, endExclusive)` for every occurrence of every pattern. */
  scan(units: Uint16Array, length: number, onMatch: (pattern: number, end: number) => void): void;
  /**
   * Calls `onMatch(patternIndex, endExclusive)` for every pattern that starts exactly at
   * `start`, shortest first: a plain trie walk, no failure links needed.
   */
  matchAt(units: Uint16Array, start: number, length: number, onMatch: (pattern: number, end: number) => void): void;
}

const ROOT = 0;
const NONE = -1;

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const order = patterns.map((_, index) => index);
  order.sort((a, b) => {
    const pa = patterns[a] as string;
    const pb = patterns[b] as string;
    return pa < pb ? -1 : pa > pb ? 1 : a - b;
  });

  // Pass 1: create nodes along the sorted patterns, sharing the common prefix with
  // the previous pattern. Record each node's parent, incoming unit and depth.
  let capacity = 1024;
  let parent = new Int32Array(capacity);
  let unit = new Uint16Array(capacity);
  let terminal = new Int32Array(capacity).fill(NONE);
  let nodeCount = 1;
  const path: number[] = [ROOT];
  let previous = '';
  const patternLengths = new Int32Array(patterns.length);

  for (const index of order) {
    const pattern = patterns[index] as string;
    patternLengths[index] = pattern.length;
    if (pattern.length === 0) continue;
    let common = 0;
    const limit = Math.min(pattern.length, previous.length);
    while (common < limit && pattern.charCodeAt(common) === previous.charCodeAt(common)) common++;
    path.length = common + 1;
    for (let i = common; i < pattern.length; i++) {
      if (nodeCount === capacity) {
        capacity *= 2;
        parent = grow(parent, capacity);
        unit = grow(unit, capacity);
        terminal = grow(terminal, capacity, NONE);
      }
      const node = nodeCount++;
      parent[node] = path[i] as number;
      unit[node] = pattern.charCodeAt(i);
      path.push(node);
    }
    const end = path[pattern.length] as number;
    // Sorting is stable on equal strings by index, so the first pattern keeps the node.
    if (terminal[end] === NONE) terminal[end] = index;
    previous = pattern;
  }

  // Pass 2: children in CSR form. Nodes were created so that the children of any
  // node appear in ascending unit order, which counting by parent preserves.
  const childStart = new Int32Array(nodeCount + 1);
  for (let node = 1; node < nodeCount; node++) childStart[(parent[node] as number) + 1]!++;
  for (let node = 0; node < nodeCount; node++) childStart[node + 1]! += childStart[node] as number;
  const fillAt = childStart.slice(0, nodeCount);
  const childNode = new Int32Array(Math.max(0, nodeCount - 1));
  const childUnit = new Uint16Array(Math.max(0, nodeCount - 1));
  for (let node = 1; node < nodeCount; node++) {
    const p = parent[node] as number;
    const slot = fillAt[p]!++;
    childNode[slot] = node;
    childUnit[slot] = unit[node] as number;
  }
  const rootTable = new Int32Array(0x10000).fill(NONE);
  for (let slot = childStart[ROOT] as number; slot < (childStart[ROOT + 1] as number); slot++) {
    rootTable[childUnit[slot] as number] = childNode[slot] as number;
  }

  const child = (node: number, code: number): number => {
    if (node === ROOT) return rootTable[code] as number;
    let low = childStart[node] as number;
    let high = (childStart[node + 1] as number) - 1;
    if (high - low < 8) {
      for (; low <= high; low++) if (childUnit[low] === code) return childNode[low] as number;
      return NONE;
    }
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = childUnit[mid] as number;
      if (value === code) return childNode[mid] as number;
      if (value < code) low = mid + 1;
      else high = mid - 1;
    }
    return NONE;
  };

  // Pass 3 (on first scan): failure and dictionary links, breadth first. Automata used
  // only through matchAt never pay for them.
  let fail: Int32Array | undefined;
  let dictionary: Int32Array | undefined;
  const linkFailures = (): { fail: Int32Array; dictionary: Int32Array } => {
    if (fail && dictionary) return { fail, dictionary };
    fail = new Int32Array(nodeCount);
    dictionary = new Int32Array(nodeCount).fill(NONE);
    buildFailureLinks(fail, dictionary);
    return { fail, dictionary };
  };
  const buildFailureLinks = (fail: Int32Array, dictionary: Int32Array): void => {
    const queue = new Int32Array(nodeCount);
    let head = 0;
    let tail = 0;
    for (let slot = childStart[ROOT] as number; slot < (childStart[ROOT + 1] as number); slot++) {
      queue[tail++] = childNode[slot] as number;
    }
    while (head < tail) {
      const node = queue[head++] as number;
      for (let slot = childStart[node] as number; slot < (childStart[node + 1] as number); slot++) {
        const next = childNode[slot] as number;
        const code = childUnit[slot] as number;
        let f = fail[node] as number;
        let target = child(f, code);
        while (target === NONE && f !== ROOT) {
          f = fail[f] as number;
          target = child(f, code);
        }
        const link = target === NONE ? ROOT : target;
        fail[next] = link;
        dictionary[next] = terminal[link] !== NONE ? link : (dictionary[link] as number);
        queue[tail++] = next;
      }
    }
  };

  return {
    patternLengths,
    matchAt(units, start, length, onMatch) {
      let state = ROOT;
      for (let i = start; i < length; i++) {
        state = child(state, units[i] as number);
        if (state === NONE) return;
        if (terminal[state] !== NONE) onMatch(terminal[state] as number, i + 1);
      }
    },
    scan(units, length, onMatch) {
      const { fail, dictionary } = linkFailures();
      let state = ROOT;
      for (let i = 0; i < length; i++) {
        const code = units[i] as number;
        let next = child(state, code);
        while (next === NONE && state !== ROOT) {
          state = fail[state] as number;
          next = child(state, code);
        }
        state = next === NONE ? ROOT : next;
        let out = terminal[state] !== NONE ? state : (dictionary[state] as number);
        while (out !== NONE) {
          onMatch(terminal[out] as number, i + 1);
          out = dictionary[out] as number;
        }
      }
    },
  };
}

function grow<T extends Int32Array | Uint16Array>(array: T, capacity: number, fillValue = 0): T {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  if (fillValue !== 0) bigger.fill(fillValue);
  bigger.set(array);
  return bigger;
}
