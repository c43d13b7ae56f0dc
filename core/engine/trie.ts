// A trie over UTF-16 code units laid out in flat typed arrays: 100,000 patterns make
// ~1.5 M nodes, which as one JS Map per node would cost hundreds of MB and slow the build.
//
// Nodes are numbered in the order a walk over the SORTED patterns creates them; the
// children of a node are stored contiguously (CSR) in ascending unit order, so a lookup
// is a short linear scan (binary search for wide nodes). The root, which fans out
// widest, gets a direct 65,536-entry table when it fans out widely. Patterns are only ever matched from a known
// start (the matcher picks the starts), so no failure links are needed.

export const ROOT = 0;
export const NONE = -1;

export interface Trie {
  /** The node reached from `node` by `unit`, or NONE. */
  child(node: number, unit: number): number;
  /** Does some pattern continue past `node`? */
  hasChildren(node: number): boolean;
  /** termStart[node] … termStart[node + 1]: the patterns ending at `node` in termIds, ascending. */
  readonly termStart: Int32Array;
  readonly termIds: Int32Array;
  readonly nodeCount: number;
}

export function buildTrie(patterns: readonly string[]): Trie {
  const order = patterns.map((_, index) => index);
  order.sort((a, b) => {
    const pa = patterns[a] as string;
    const pb = patterns[b] as string;
    return pa < pb ? -1 : pa > pb ? 1 : a - b;
  });

  // Pass 1: create nodes along the sorted patterns, sharing the common prefix with the
  // previous pattern; remember each node's parent and incoming unit, and where each
  // pattern ends.
  let capacity = 1024;
  let parent = new Int32Array(capacity);
  let unit = new Uint16Array(capacity);
  let nodeCount = 1;
  const path: number[] = [ROOT];
  let previous = '';
  const endNode = new Int32Array(patterns.length).fill(NONE);
  for (const index of order) {
    const pattern = patterns[index] as string;
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
      }
      const node = nodeCount++;
      parent[node] = path[i] as number;
      unit[node] = pattern.charCodeAt(i);
      path.push(node);
    }
    endNode[index] = path[pattern.length] as number;
    previous = pattern;
  }

  // Pass 2: children in CSR form. Nodes were created so that the children of any node
  // appear in ascending unit order, which counting by parent preserves.
  const childStart = new Int32Array(nodeCount + 1);
  for (let node = 1; node < nodeCount; node++) childStart[(parent[node] as number) + 1]!++;
  for (let node = 0; node < nodeCount; node++) childStart[node + 1]! += childStart[node] as number;
  const fillAt = childStart.slice(0, nodeCount);
  const childNode = new Int32Array(Math.max(0, nodeCount - 1));
  const childUnit = new Uint16Array(Math.max(0, nodeCount - 1));
  for (let node = 1; node < nodeCount; node++) {
    const slot = fillAt[parent[node] as number]!++;
    childNode[slot] = node;
    childUnit[slot] = unit[node] as number;
  }
  // A direct table at the root pays (256 KB) only when the root fans out widely.
  const rootFanOut = (childStart[ROOT + 1] as number) - (childStart[ROOT] as number);
  const rootTable = rootFanOut > 64 ? new Int32Array(0x10000).fill(NONE) : undefined;
  if (rootTable) {
    for (let slot = childStart[ROOT] as number; slot < (childStart[ROOT + 1] as number); slot++) {
      rootTable[childUnit[slot] as number] = childNode[slot] as number;
    }
  }

  // Terminal lists, pattern ids ascending per node.
  const termStart = new Int32Array(nodeCount + 1);
  for (const node of endNode) if (node !== NONE) termStart[node + 1]!++;
  for (let node = 0; node < nodeCount; node++) termStart[node + 1]! += termStart[node] as number;
  const termIds = new Int32Array(termStart[nodeCount] as number);
  const termFill = termStart.slice(0, nodeCount);
  for (let index = 0; index < endNode.length; index++) {
    const node = endNode[index] as number;
    if (node !== NONE) termIds[termFill[node]!++] = index;
  }

  return {
    termStart,
    termIds,
    nodeCount,
    hasChildren: (node) => (childStart[node + 1] as number) > (childStart[node] as number),
    child(node, code) {
      if (node === ROOT && rootTable) return rootTable[code] as number;
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
    },
  };
}

function grow<T extends Int32Array | Uint16Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}
