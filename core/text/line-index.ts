// Line numbers for many offsets in one text. `lineAndColumn` (core/errors.ts) scans from
// the start of the text on every call, which is right for one error message and
// quadratic for a loader that names the line of each of 100,000 entries: this index
// finds every line start once, then answers each offset by binary search.
// Line breaks are the same as lineAndColumn's: LF, CRLF and a lone CR.

export interface LineIndex {
  /** 1-based line and column (in UTF-16 units) of `offset`; offsets past the end clamp to it. */
  positionOf(offset: number): { line: number; column: number };
  /** 1-based line of `offset`. */
  lineOf(offset: number): number;
  readonly lineCount: number;
}

export function createLineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  const lineStarts = Int32Array.from(starts);
  const lineOf = (offset: number): number => {
    const at = Math.max(0, Math.min(offset, text.length));
    // The last line start <= at (a line start equal to `at` begins its line).
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] as number) <= at) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  return {
    lineCount: lineStarts.length,
    lineOf,
    positionOf(offset) {
      const line = lineOf(offset);
      const at = Math.max(0, Math.min(offset, text.length));
      return { line, column: at - (lineStarts[line - 1] as number) + 1 };
    },
  };
}
