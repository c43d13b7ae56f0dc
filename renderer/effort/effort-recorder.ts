// Editing effort (core/work/effort.ts) measured where the post-edit's copy lives: in the
// edit meter worker, not on the UI thread. The window records each keystroke and cursor
// move as it happens (a number pushed to an array) and sends them in batches with the
// edits they came between; here they are placed in the text as it now stands and handed
// to the tracker in one go, so a batch costs one paragraph split of the article however
// many keys it holds. Pure: no DOM, no Monaco.
import { EffortTracker, type ActivityKind, type EffortSnapshot, type SavedEffort } from '../../core/work/effort';
import { splitParagraphs } from '../../core/text/paragraphs';
import type { TextEdit, TextUpdate } from '../engine/text-mirror';

/** A keystroke or cursor move in the post-edit at `at` (the window's clock, ms), with the
 *  cursor at `offset` of the text at editor version `version`. */
export interface Activity {
  at: number;
  offset: number;
  kind: ActivityKind;
  version: number;
}

/** Where `offset` is after `edit`: before it, unchanged; after it, shifted; inside the
 *  stretch it replaced, at the end of the new text. */
export function mapOffset(offset: number, edit: TextEdit): number {
  if (offset <= edit.offset) return offset;
  if (offset >= edit.offset + edit.length) return offset + edit.text.length - edit.length;
  return edit.offset + edit.text.length;
}

/** `offset`, recorded at `version`, in the text after `edits` (those of later versions). */
export function placeActivity(offset: number, version: number, edits: readonly TextEdit[]): number {
  let placed = offset;
  for (const edit of edits) if ((edit.version ?? Infinity) > version) placed = mapOffset(placed, edit);
  return placed;
}

export class EffortRecorder {
  private tracker: EffortTracker | undefined;

  /** A newly shown article (its text as the mirror has it), with the effort it was saved
   *  with. */
  reset(text: string, saved?: SavedEffort): void {
    this.tracker = new EffortTracker(text, saved);
  }

  get started(): boolean {
    return this.tracker !== undefined;
  }

  /**
   * `update` has just brought the text to `text`; `activities` happened during the edits
   * it carried. Each is placed in the new text and counted, in the order they happened.
   */
  record(text: string, update: TextUpdate, activities: readonly Activity[]): void {
    const tracker = this.tracker;
    if (!tracker) return;
    const edits = update.kind === 'edits' ? update.edits : [];
    if (edits.length > 0 || update.kind === 'full') tracker.textChanged(splitParagraphs(text));
    for (const activity of activities) {
      // After a full text (a resync) the edits are unknown: the offset is kept in range.
      const offset = update.kind === 'edits' ? placeActivity(activity.offset, activity.version, edits) : Math.min(activity.offset, text.length);
      tracker.activity(activity.at, offset, activity.kind);
    }
  }

  save(now: number): SavedEffort | undefined {
    return this.tracker?.save(now);
  }

  snapshot(now: number): EffortSnapshot | undefined {
    return this.tracker?.snapshot(now);
  }
}
