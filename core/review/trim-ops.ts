// A diff group printed on its own: its ops begin with the blank lines that separate it
// from the previous group (and the last group's end with the text's tail).
import type { DiffOp } from './word-diff.js';

export type OpSegment = Pick<DiffOp, 'type' | 'text'>;

/** The segments without the outer whitespace; everything inside is kept. */
export function trimOuterWhitespace(segments: readonly OpSegment[]): OpSegment[] {
  const result = segments.map((segment) => ({ type: segment.type, text: segment.text }));
  while (result.length > 0 && result[0]!.text.trimStart() === '') result.shift();
  if (result[0]) result[0].text = result[0].text.trimStart();
  while (result.length > 0 && result[result.length - 1]!.text.trimEnd() === '') result.pop();
  const last = result[result.length - 1];
  if (last) last.text = last.text.trimEnd();
  return result;
}
