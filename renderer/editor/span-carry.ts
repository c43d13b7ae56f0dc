// Where a span of the text is after edits, when the edits left it alone: what lets the
// editor's marks be updated by what changed (mark-set.ts) instead of being replaced
// wholesale after every keystroke. Pure.
import type { TextEdit } from '../engine/text-mirror';

export interface Span {
  start: number;
  end: number;
}

/**
 * `span` after `edits` (each in the offsets the previous one left, as Monaco reports
 * them), or undefined when an edit overlapped or touched it: its text may have changed,
 * and whatever marks it must be looked at again.
 */
export function carrySpan(span: Span, edits: readonly TextEdit[]): Span | undefined {
  let { start, end } = span;
  for (const edit of edits) {
    const editEnd = edit.offset + edit.length;
    if (editEnd < start) {
      const shift = edit.text.length - edit.length;
      start += shift;
      end += shift;
    } else if (edit.offset <= end) {
      return undefined;
    }
  }
  return { start, end };
}
