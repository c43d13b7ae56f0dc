// F8 / Shift+F8: which pending suggestion to go to from the post-edit's selection. From a
// caret, F8 takes the suggestion at the caret or the first after it (so the first
// suggestion of an article is reached from Ln 1, Col 1); once one is selected (F8 selects
// it), the one after. Shift+F8 goes to the last one starting before the caret, or the
// one before the selected one. Both wrap round.

export interface Span {
  start: number;
  end: number;
}

/** Index into `pending` (sorted by start) of the suggestion to go to; undefined when
 *  there is none. */
export function stepTarget(pending: readonly Span[], selection: Span, direction: 1 | -1): number | undefined {
  if (pending.length === 0) return undefined;
  const selected = pending.findIndex((change) => change.start === selection.start && change.end === selection.end);
  if (selected >= 0 && selection.end > selection.start) return (selected + direction + pending.length) % pending.length;
  if (direction === 1) {
    const index = pending.findIndex((change) => change.end > selection.start || change.start === selection.start);
    return index < 0 ? 0 : index;
  }
  for (let i = pending.length - 1; i >= 0; i--) if (pending[i]!.start < selection.start) return i;
  return pending.length - 1;
}
