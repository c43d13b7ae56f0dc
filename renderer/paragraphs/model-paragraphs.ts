// The post-edit's paragraphs read from the editor's lines (blocks of lines separated by
// blank lines, exactly as core/text/paragraphs.ts splitParagraphs cuts the text), without
// taking the whole text out of the editor and scanning it: on a 50,000-word article that
// is a couple of thousand short line reads instead of a 300,000-character copy and scan.
import type { Paragraph } from '../../core/text/paragraphs';

/** What is read of a Monaco text model (an interface, so tests can drive it). */
export interface LineSource {
  getLineCount(): number;
  getLineContent(lineNumber: number): string;
  getOffsetAt(position: { lineNumber: number; column: number }): number;
}

/** A paragraph as lines: first and last line (1-based), and the columns where its text
 *  starts on the first and ends on the last (1-based, end exclusive). */
export interface ParagraphLines {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

const NON_BLANK = /\S/;

/** The paragraphs' lines, in order. */
export function paragraphLines(model: LineSource): ParagraphLines[] {
  const result: ParagraphLines[] = [];
  const count = model.getLineCount();
  let open: ParagraphLines | undefined;
  for (let line = 1; line <= count; line++) {
    const content = model.getLineContent(line);
    if (!NON_BLANK.test(content)) {
      if (open) result.push(open);
      open = undefined;
      continue;
    }
    const end = content.length - (content.length - content.trimEnd().length) + 1;
    if (open) {
      open.endLine = line;
      open.endColumn = end;
    } else {
      open = { startLine: line, startColumn: content.length - content.trimStart().length + 1, endLine: line, endColumn: end };
    }
  }
  if (open) result.push(open);
  return result;
}

/** How many paragraphs the text has (the status bar's "of N"). */
export function paragraphCount(model: LineSource): number {
  let paragraphs = 0;
  let inParagraph = false;
  const count = model.getLineCount();
  for (let line = 1; line <= count; line++) {
    const blank = !NON_BLANK.test(model.getLineContent(line));
    if (!blank && !inParagraph) paragraphs++;
    inParagraph = !blank;
  }
  return paragraphs;
}

/** The paragraphs as core's Paragraph values (offsets and texts), for core/work. */
export function modelParagraphs(model: LineSource & { getValueInRange(range: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number }): string }): Paragraph[] {
  return paragraphLines(model).map((lines, index) => ({
    index,
    start: model.getOffsetAt({ lineNumber: lines.startLine, column: lines.startColumn }),
    end: model.getOffsetAt({ lineNumber: lines.endLine, column: lines.endColumn }),
    text: model.getValueInRange({ startLineNumber: lines.startLine, startColumn: lines.startColumn, endLineNumber: lines.endLine, endColumn: lines.endColumn }),
  }));
}

/** Index of the paragraph on `lineNumber`; on a blank line, the next paragraph (the last
 *  one after the text). -1 when there are none. */
export function paragraphAtLine(paragraphs: readonly ParagraphLines[], lineNumber: number): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid]!.endLine < lineNumber) low = mid + 1;
    else high = mid;
  }
  return Math.min(low, paragraphs.length - 1);
}
