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
  // indexOf jumps from break to break (fast native search) instead of testing every unit.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    } else {
      // CRLF is one break, at its LF; a lone CR is a break of its own.
      if (cr + 1 !== lf) starts.push(cr + 1);
      cr = text.indexOf('\r', cr + 1);
    }
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

/**
 * 1-based line of offsets asked for in increasing order (a loader walking a file front to
 * back): it counts the line breaks between one offset and the next, so the whole walk
 * reads the text once and keeps no table. An offset behind the last one starts over.
 */
export function createLineCursor(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  // Without CR, indexOf jumps from LF to LF (a native search) instead of testing every unit.
  const lfOnly = !text.includes('\r');
  return (offset) => {
    const to = Math.max(0, Math.min(offset, text.length));
    if (to < at) {
      at = 0;
      line = 1;
    }
    if (lfOnly) {
      for (let lf = text.indexOf('\n', at); lf !== -1 && lf < to; lf = text.indexOf('\n', lf + 1)) line++;
    } else {
      for (let k = at; k < to; k++) {
        const c = text.charCodeAt(k);
        // LF, lone CR; a CRLF counts at its LF.
        if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) line++;
      }
    }
    at = to;
    return line;
  };
}
