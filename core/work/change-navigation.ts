// Where F7 and Shift+F7 go in the word-level change list (core/review/change-runs.ts).
// Kept apart from the list's making so the window's UI thread, which navigates, does not
// bundle the review code that makes the list in a worker.
import type { WordChange } from '../review/change-runs.js';

/** A selection (or a cursor: start === end) in the post-edit. */
export interface TextSelection {
  start: number;
  end: number;
}

function compare(change: WordChange, selection: TextSelection): number {
  return change.peStart - selection.start || change.peEnd - selection.end;
}

/**
 * Index of the change F7 goes to from `selection`: the first change after it, in order of
 * (start, end). From a cursor, a change starting at the cursor is next; once it is
 * selected, the one after. A deletion is an empty range, so a cursor on one cannot tell
 * "not yet visited" from "just visited": it counts as not visited unless `visited` (the
 * index F7 or Shift+F7 last went to) says so. Undefined past the last change (the window
 * may wrap to 0).
 */
export function nextChange(changes: readonly WordChange[], selection: TextSelection, visited?: number): number | undefined {
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compare(changes[mid]!, selection) >= 0) high = mid;
    else low = mid + 1;
  }
  const at = changes[low];
  if (at && compare(at, selection) === 0 && (at.peStart !== at.peEnd || visited === low)) low++;
  return low < changes.length ? low : undefined;
}

/** Index of the change Shift+F7 goes to: the last one before `selection` in the same order
 *  (from a cursor inside a change, that change). Undefined before the first. */
export function previousChange(changes: readonly WordChange[], selection: TextSelection): number | undefined {
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compare(changes[mid]!, selection) < 0) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? low - 1 : undefined;
}
