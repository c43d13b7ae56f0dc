// Where the source pane's and the post-edit's paragraphs go so that each aligned group
// starts at the same height in both, and how a scroll position in one pane maps to the
// other. Pure:
// the editors' line tops come in as functions (Monaco's getTopForLineNumber, which
// accounts for word wrap and the diff editor's own spacers), so this is unit-tested
// without a window and stays right whatever the wrapping.
import type { LineRange } from './paragraph-lines';

/** A source paragraph group and the post-edit paragraphs aligned with it (line ranges). */
export interface AlignedLines {
  source: LineRange;
  postEdit: LineRange;
}

/** Blank space to insert in a pane before `beforeLine`. */
export interface Spacer {
  beforeLine: number;
  height: number;
}

export interface SpacerPlan {
  source: Spacer[];
  postEdit: Spacer[];
}

/**
 * Spacers that start each group's source lines and post-edit lines at the same height:
 * whichever pane is ahead at a group gets the difference as blank space before it. The
 * tops given are the panes' own, without any spacer of this plan. With `sourceOnly`
 * (the post-edit's unchanged paragraphs are folded away) the post-edit is never padded:
 * a source paragraph taller than its translation then pushes the rest of the source
 * down, and the next group that has room catches up again.
 */
export function spacerPlan(
  groups: readonly AlignedLines[],
  sourceTop: (line: number) => number,
  postEditTop: (line: number) => number,
  options: { sourceOnly?: boolean } = {},
): SpacerPlan {
  const plan: SpacerPlan = { source: [], postEdit: [] };
  let sourceAdded = 0;
  let postEditAdded = 0;
  let lastSource = 0;
  let lastPostEdit = 0;
  for (const group of groups) {
    // Out-of-order groups (a stale alignment) are skipped rather than mis-placed.
    if (group.source.start <= lastSource || group.postEdit.start <= lastPostEdit) continue;
    lastSource = group.source.end;
    lastPostEdit = group.postEdit.end;
    const gap = Math.round(postEditTop(group.postEdit.start) + postEditAdded - (sourceTop(group.source.start) + sourceAdded));
    if (gap > 0) {
      plan.source.push({ beforeLine: group.source.start, height: gap });
      sourceAdded += gap;
    } else if (gap < 0 && !options.sourceOnly && group.postEdit.start > 1) {
      plan.postEdit.push({ beforeLine: group.postEdit.start, height: -gap });
      postEditAdded -= gap;
    }
  }
  return plan;
}

/** A pane's line top without the spacers of `spacers` (in line order; Monaco counts them in). */
export function withoutSpacers(top: (line: number) => number, spacers: readonly Spacer[]): (line: number) => number {
  const above: number[] = [];
  let sum = 0;
  for (const spacer of spacers) above.push((sum += spacer.height));
  return (line) => {
    // The spacers before or at `line` are a prefix: find its end.
    let low = 0;
    let high = spacers.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (spacers[middle]!.beforeLine <= line) low = middle + 1;
      else high = middle;
    }
    return top(line) - (low === 0 ? 0 : above[low - 1]!);
  };
}

export function samePlan(a: SpacerPlan, b: SpacerPlan): boolean {
  const same = (x: readonly Spacer[], y: readonly Spacer[]) =>
    x.length === y.length && x.every((spacer, i) => spacer.beforeLine === y[i]!.beforeLine && spacer.height === y[i]!.height);
  return same(a.source, b.source) && same(a.postEdit, b.postEdit);
}

/** A pair of vertical positions that show the same group: in the post-edit, in the source. */
export interface Anchor {
  postEdit: number;
  source: number;
}

/**
 * The source pane's scroll position for the post-edit's (or back, with `inverse`):
 * linear between the anchors around it, so a group's start lines up exactly and the
 * panes move together in between.
 */
export function mapScroll(anchors: readonly Anchor[], position: number, inverse = false): number {
  const from = (anchor: Anchor) => (inverse ? anchor.source : anchor.postEdit);
  const to = (anchor: Anchor) => (inverse ? anchor.postEdit : anchor.source);
  if (anchors.length === 0) return position;
  let low = 0;
  let high = anchors.length - 1;
  if (position <= from(anchors[0]!)) return Math.max(0, to(anchors[0]!) - (from(anchors[0]!) - position));
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (from(anchors[middle]!) <= position) low = middle;
    else high = middle - 1;
  }
  const here = anchors[low]!;
  const next = anchors[low + 1];
  if (!next || from(next) <= from(here)) return to(here) + (position - from(here));
  const share = (position - from(here)) / (from(next) - from(here));
  return to(here) + share * (to(next) - to(here));
}

/** Anchors in increasing order on both sides (a group out of order on either is dropped). */
export function monotonicAnchors(anchors: readonly Anchor[]): Anchor[] {
  const kept: Anchor[] = [];
  for (const anchor of anchors) {
    const last = kept[kept.length - 1];
    if (!last || (anchor.postEdit > last.postEdit && anchor.source > last.source)) kept.push(anchor);
  }
  return kept;
}
