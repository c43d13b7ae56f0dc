// The live list of glossary hits in the post-edit. It asks the engine worker for matches
// whenever the text or the glossary set changes, drops results that no longer describe
// the current text, and keeps out of the list what the editor already decided:
// - skipped hits: remembered as Monaco decorations on the skipped span, so they move with
//   the text as the editor types around them, and lapse when the span itself is edited;
// - applied text (AppliedLog): a hit on text a suggestion just wrote is never offered again.
// Offsets are never used as keys across edits: decorations carry them.
import type { Change } from '../../core/types';
import type { WorkSuggestion } from '../../shared/work';
import type { EngineClient } from '../engine/engine-client';
import { monaco } from '../editor/monaco';
import { AppliedLog } from './applied-log';

type TextModel = monaco.editor.ITextModel;

export interface SuggestionState {
  /** Hits still waiting for a decision, in text order. */
  pending: readonly Change[];
  skippedCount: number;
  /** Words in the post-edit, counted by the worker alongside the matches. */
  words: number;
  /** Model version the list describes (-1 before the first result). */
  version: number;
  /** False while a newer text or glossary set is being matched. */
  fresh: boolean;
}

const SKIP_DECORATION: monaco.editor.IModelDecorationOptions = {
  stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
};

/** The hits of `raw` that overlap none of `spans` (both sorted by start). */
function outside(raw: readonly Change[], spans: readonly { start: number; end: number }[]): Change[] {
  const result: Change[] = [];
  let s = 0;
  for (const change of raw) {
    while (s < spans.length && spans[s]!.end <= change.start) s++;
    // Spans are sorted by start, not end: look on while one could still overlap.
    let overlaps = false;
    for (let k = s; k < spans.length && spans[k]!.start < change.end; k++) {
      if (spans[k]!.end > change.start) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) result.push(change);
  }
  return result;
}

export class SuggestionStore {
  private model: TextModel | undefined;
  private modelSubscription: monaco.IDisposable | undefined;
  private raw: readonly Change[] = [];
  private rawVersion = -1;
  private rawGeneration = -1;
  private words = 0;
  private pending: Change[] = [];
  /** Skip decoration id → the hit it skipped (offsets as when skipped). */
  private readonly skipped = new Map<string, Change>();
  /** Skips from a restored work, waiting for the first match to find their spans. */
  private restoredSkips: WorkSuggestion[] = [];
  readonly applied = new AppliedLog();
  private readonly listeners = new Set<(state: SuggestionState) => void>();
  private freshWaiters: Array<() => void> = [];

  constructor(private readonly engine: EngineClient) {
    engine.onMatch((result) => {
      const model = this.model;
      if (!model || result.version !== model.getVersionId()) return;
      this.raw = result.changes;
      this.rawVersion = result.version;
      this.rawGeneration = result.generation;
      this.words = result.words;
      this.adoptRestoredSkips(model);
      this.recompute();
    });
  }

  /** Follow a new post-edit model (a newly shown article), with its work's decisions. */
  attach(model: TextModel, decided: { skipped?: readonly WorkSuggestion[]; applied?: readonly WorkSuggestion[] } = {}): void {
    this.modelSubscription?.dispose();
    this.model = model;
    this.raw = [];
    this.pending = [];
    this.rawVersion = -1;
    this.skipped.clear();
    this.restoredSkips = [...(decided.skipped ?? [])];
    this.applied.attach(model, decided.applied ?? []);
    this.modelSubscription = model.onDidChangeContent(() => this.refresh());
    this.refresh();
  }

  /** Ask for fresh matches of the current text (after typing or a glossary change). */
  refresh(): void {
    const model = this.model;
    if (!model) return;
    this.engine.requestMatch();
    this.emit();
  }

  get state(): SuggestionState {
    return {
      pending: this.pending,
      skippedCount: this.skipped.size,
      words: this.words,
      version: this.rawVersion,
      fresh: this.isFresh,
    };
  }

  get isFresh(): boolean {
    return (
      this.model !== undefined &&
      this.rawVersion === this.model.getVersionId() &&
      this.rawGeneration === this.engine.activeGeneration
    );
  }

  /** Resolves once the list describes the current text and glossary set. */
  whenFresh(): Promise<void> {
    if (this.isFresh) return Promise.resolve();
    return new Promise((resolve) => this.freshWaiters.push(resolve));
  }

  onChange(listener: (state: SuggestionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Find, in the current list, the suggestion a (possibly stale) list item showed. */
  locate(change: Change): Change | undefined {
    let best: Change | undefined;
    for (const candidate of this.pending) {
      if (candidate.source !== change.source || candidate.from !== change.from || candidate.to !== change.to) continue;
      if (!best || Math.abs(candidate.start - change.start) < Math.abs(best.start - change.start)) best = candidate;
    }
    return best;
  }

  skip(change: Change): void {
    const model = this.model;
    if (!model) return;
    this.addSkipDecoration(model, change);
    this.recompute();
  }

  resetSkipped(): void {
    this.model?.deltaDecorations([...this.skipped.keys()], []);
    this.skipped.clear();
    this.recompute();
  }

  /** Record an edit that just applied `changes` (offsets before it), begun at `versionBefore`. */
  recordApplied(changes: readonly Change[], versionBefore: number): void {
    this.applied.record(changes, versionBefore);
  }

  /** The skipped hits whose span is still there, at their current offsets, in text order. */
  skippedChanges(): Change[] {
    const model = this.model;
    if (!model) return [];
    const result: Change[] = [];
    for (const [id, change] of this.skipped) {
      const range = model.getDecorationRange(id);
      if (!range || range.isEmpty()) continue;
      result.push({ ...change, start: model.getOffsetAt(range.getStartPosition()), end: model.getOffsetAt(range.getEndPosition()) });
    }
    // Restored skips not matched yet (the first result has not come) are kept as they were.
    for (const change of this.restoredSkips) result.push({ ...change });
    return result.sort((a, b) => a.start - b.start);
  }

  private addSkipDecoration(model: TextModel, change: Change): void {
    const start = model.getPositionAt(change.start);
    const end = model.getPositionAt(change.end);
    const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
    const [id] = model.deltaDecorations([], [{ range, options: SKIP_DECORATION }]);
    if (id) this.skipped.set(id, { ...change });
  }

  /** A restored skip is found again by the hit at its start with its source. */
  private adoptRestoredSkips(model: TextModel): void {
    if (this.restoredSkips.length === 0) return;
    const wanted = new Map(this.restoredSkips.map((skip) => [`${skip.start}\u0000${skip.source}`, skip]));
    for (const change of this.raw) {
      if (wanted.delete(`${change.start}\u0000${change.source}`)) this.addSkipDecoration(model, change);
    }
    // Skips that found no hit in the first result describe text that no longer exists.
    this.restoredSkips = [];
  }

  /** Every skip still covering text, as `start:end:source`; lapsed skips are dropped. */
  private skippedSpans(model: TextModel): Set<string> {
    const spans = new Set<string>();
    for (const [id, change] of this.skipped) {
      const range = model.getDecorationRange(id);
      if (!range || range.isEmpty()) {
        model.deltaDecorations([id], []);
        this.skipped.delete(id);
        continue;
      }
      spans.add(`${model.getOffsetAt(range.getStartPosition())}:${model.getOffsetAt(range.getEndPosition())}:${change.source}`);
    }
    return spans;
  }

  private recompute(): void {
    const model = this.model;
    if (!model) return;
    const spans = this.skippedSpans(model);
    let pending = spans.size === 0 ? [...this.raw] : this.raw.filter((c) => !spans.has(`${c.start}:${c.end}:${c.source}`));
    if (!this.applied.isEmpty) pending = outside(pending, this.applied.spans());
    this.pending = pending;
    this.emit();
  }

  private emit(): void {
    const state = this.state;
    for (const listener of this.listeners) listener(state);
    if (state.fresh) {
      const waiters = this.freshWaiters;
      this.freshWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
}
