// Paragraphs as editor lines: the same paragraphs core/text/paragraphs.ts splits a text
// into (runs of non-blank lines; a line of only whitespace is blank), as 1-based line
// ranges of a Monaco model, so the panes can be lined up and highlighted by paragraph
// without copying the text out of the editor. Pure: a line getter in, ranges out.

/** 1-based, inclusive line numbers. */
export interface LineRange {
  start: number;
  end: number;
}

const NON_BLANK = /\S/;

/** Every paragraph's lines, in order (index i is paragraph i of splitParagraphs). */
export function paragraphLineRanges(lineCount: number, lineAt: (line: number) => string): LineRange[] {
  const ranges: LineRange[] = [];
  let start = 0;
  for (let line = 1; line <= lineCount; line++) {
    if (NON_BLANK.test(lineAt(line))) {
      if (start === 0) start = line;
    } else if (start !== 0) {
      ranges.push({ start, end: line - 1 });
      start = 0;
    }
  }
  if (start !== 0) ranges.push({ start, end: lineCount });
  return ranges;
}

/** The paragraph holding `line` (its index in `ranges`), or -1 on a blank line. */
export function paragraphAtLine(ranges: readonly LineRange[], line: number): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (line < range.start) high = middle - 1;
    else if (line > range.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** The lines of the paragraph around `line`, found by looking only at its neighbours
 *  (cost: the paragraph's length, not the text's); undefined on a blank line. */
export function paragraphAround(lineCount: number, lineAt: (line: number) => string, line: number): LineRange | undefined {
  if (line < 1 || line > lineCount || !NON_BLANK.test(lineAt(line))) return undefined;
  let start = line;
  while (start > 1 && NON_BLANK.test(lineAt(start - 1))) start--;
  let end = line;
  while (end < lineCount && NON_BLANK.test(lineAt(end + 1))) end++;
  return { start, end };
}
