// What Ctrl+G accepts: a line ("12"), a line and column ("12:5", "12,5"), or a paragraph
// ("¶12", "p12", "P 12"), all 1-based as the status bar shows them. The answer is an
// offset in the text, or why the input names no place in it.
import { splitParagraphs } from './paragraphs.js';

export type GoToTarget =
  | { offset: number; line: number; column: number; paragraph?: number }
  | { error: string };

const PARAGRAPH = /^\s*(?:¶|p(?:ara(?:graph)?)?\.?)\s*(\d+)\s*$/i;
const LINE = /^\s*(?:l(?:ine)?\.?\s*)?(\d+)\s*(?:[:,]\s*(\d+))?\s*$/i;

export function goToTarget(text: string, input: string): GoToTarget {
  const paragraphMatch = PARAGRAPH.exec(input);
  if (paragraphMatch) {
    const number = Number(paragraphMatch[1]);
    const paragraphs = splitParagraphs(text);
    const paragraph = paragraphs[number - 1];
    if (!paragraph || number < 1) return { error: `no paragraph ${number}: the text has ${paragraphs.length}` };
    return { ...positionOf(text, paragraph.start), paragraph: number };
  }
  const lineMatch = LINE.exec(input);
  if (!lineMatch) return { error: `“${input.trim()}” is not a line (12, 12:5) or a paragraph (¶12)` };
  const line = Number(lineMatch[1]);
  const starts = lineStarts(text);
  if (line < 1 || line > starts.length) return { error: `no line ${line}: the text has ${starts.length}` };
  const start = starts[line - 1]!;
  const end = line < starts.length ? lineContentEnd(text, starts[line]!) : text.length;
  const column = lineMatch[2] === undefined ? 1 : Number(lineMatch[2]);
  if (column < 1) return { error: 'columns start at 1' };
  // A column past the end of the line goes to its end, as editors do.
  const offset = Math.min(start + column - 1, end);
  return { offset, line, column: offset - start + 1 };
}

/** Offsets where lines start (LF, CRLF and a lone CR end a line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Where the text of the line ending just before `nextStart` ends (before its line break). */
function lineContentEnd(text: string, nextStart: number): number {
  return text.charCodeAt(nextStart - 2) === 13 && text.charCodeAt(nextStart - 1) === 10 ? nextStart - 2 : nextStart - 1;
}

function positionOf(text: string, offset: number): { offset: number; line: number; column: number } {
  const starts = lineStarts(text);
  let line = 1;
  while (line < starts.length && starts[line]! <= offset) line++;
  return { offset, line, column: offset - starts[line - 1]! + 1 };
}
