// The glossary replacements the editor applied, where their text sits now: what the
// report and the JSON export count, and what is never suggested again.
//
// Each applied replacement is a decoration on its new text, so it moves as the editor
// types around it, and counts while that text is still what was applied. Undo and redo
// are followed exactly through Monaco's alternative version ids, which undo and redo
// restore: undoing an application takes it back (the hit is suggested again), redoing it
// puts it back where it was.
import type { Change } from '../../core/types';
import { monaco } from '../editor/monaco';

type TextModel = monaco.editor.ITextModel;

const APPLIED_DECORATION: monaco.editor.IModelDecorationOptions = {
  stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
};

/** One "Apply" (or "Apply all"): what it wrote, at the offsets right after it. */
interface Application {
  versionBefore: number;
  versionAfter: number;
  changes: Change[];
  decorations: string[];
  live: boolean;
}

/** Where each change's `to` lands when all are applied at once (sorted, not overlapping). */
export function appliedSpans(changes: readonly Change[]): Change[] {
  const sorted = [...changes].sort((a, b) => a.start - b.start);
  let shift = 0;
  return sorted.map((change) => {
    const start = change.start + shift;
    shift += change.to.length - (change.end - change.start);
    return { ...change, start, end: start + change.to.length };
  });
}

export class AppliedLog {
  private model: TextModel | undefined;
  private subscription: monaco.IDisposable | undefined;
  private applications: Application[] = [];

  /** Follow a newly shown post-edit, with the applications its work recorded. */
  attach(model: TextModel, applied: readonly Change[]): void {
    this.subscription?.dispose();
    this.model = model;
    this.applications = [];
    // Restored ones that no longer hold what was applied are dropped: the text wins.
    const valid = applied.filter((change) => change.end <= model.getValueLength() && this.textAt(model, change) === change.to);
    if (valid.length > 0) {
      const version = model.getAlternativeVersionId();
      this.applications.push({ versionBefore: -1, versionAfter: version, changes: valid, decorations: this.decorate(model, valid), live: true });
    }
    this.subscription = model.onDidChangeContent((event) => this.onEdit(model, event));
  }

  /**
   * Record an edit that applied `changes` (offsets before it), made between
   * `versionBefore` and now.
   */
  record(changes: readonly Change[], versionBefore: number): void {
    const model = this.model;
    if (!model || changes.length === 0) return;
    const placed = appliedSpans(changes);
    this.applications.push({
      versionBefore,
      versionAfter: model.getAlternativeVersionId(),
      changes: placed,
      decorations: this.decorate(model, placed),
      live: true,
    });
  }

  /**
   * Where applied text sits now, sorted by start: the cheap form (no text compared) used
   * on every match result to keep hits on applied text out of the list.
   */
  spans(): Array<{ start: number; end: number }> {
    const model = this.model;
    if (!model) return [];
    const spans: Array<{ start: number; end: number }> = [];
    for (const application of this.applications) {
      if (!application.live) continue;
      for (const id of application.decorations) {
        const range = model.getDecorationRange(id);
        if (range && !range.isEmpty()) spans.push({ start: model.getOffsetAt(range.getStartPosition()), end: model.getOffsetAt(range.getEndPosition()) });
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  }

  get isEmpty(): boolean {
    return !this.applications.some((application) => application.live);
  }

  /** The applied replacements still in the text, at their current offsets, in text order. */
  current(): Change[] {
    const model = this.model;
    if (!model) return [];
    const result: Change[] = [];
    for (const application of this.applications) {
      if (!application.live) continue;
      application.changes.forEach((change, index) => {
        const range = model.getDecorationRange(application.decorations[index] ?? '');
        if (!range || range.isEmpty()) return;
        const start = model.getOffsetAt(range.getStartPosition());
        const end = model.getOffsetAt(range.getEndPosition());
        if (model.getValueInRange(range) !== change.to) return;
        result.push({ ...change, start, end });
      });
    }
    return result.sort((a, b) => a.start - b.start);
  }

  private onEdit(model: TextModel, event: monaco.editor.IModelContentChangedEvent): void {
    const version = model.getAlternativeVersionId();
    if (event.isUndoing) {
      for (const application of this.applications) {
        if (application.live && application.versionBefore === version) {
          application.live = false;
          model.deltaDecorations(application.decorations, []);
          application.decorations = [];
        }
      }
    } else if (event.isRedoing) {
      for (const application of this.applications) {
        if (!application.live && application.versionAfter === version) {
          application.live = true;
          application.decorations = this.decorate(model, application.changes);
        }
      }
    } else {
      // A new edit: what was undone can no longer be redone.
      this.applications = this.applications.filter((application) => application.live);
    }
  }

  private decorate(model: TextModel, changes: readonly Change[]): string[] {
    return model.deltaDecorations(
      [],
      changes.map((change) => {
        const start = model.getPositionAt(change.start);
        const end = model.getPositionAt(change.end);
        return { range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), options: APPLIED_DECORATION };
      }),
    );
  }

  private textAt(model: TextModel, span: { start: number; end: number }): string {
    const start = model.getPositionAt(span.start);
    const end = model.getPositionAt(span.end);
    return model.getValueInRange(new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column));
  }
}
