// The live list of glossary hits in the post-edit. It asks the engine worker for matches
// whenever the text or the glossary set changes, drops results that no longer describe
// the current text, and filters out the hits the editor chose to skip.
//
// Skips are remembered as Monaco decorations on the skipped span, so they move with the
// text as the editor types around them, and lapse when the span itself is edited.
import type { Change } from '../../core/types';
import type { EngineClient } from '../engine/engine-client';
import { monaco } from '../editor/monaco';

type TextModel = monaco.editor.ITextModel;

/** How a suggestion is named in sessions (SessionSnapshot.skipped). */
export function suggestionKey(change: Pick<Change, 'start' | 'source'>): string {
  return `${change.start}:${change.source}`;
}

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

export class SuggestionStore {
  private model: TextModel | undefined;
  private modelSubscription: monaco.IDisposable | undefined;
  private raw: readonly Change[] = [];
  private rawVersion = -1;
  private rawGeneration = -1;
  private words = 0;
  private pending: Change[] = [];
  /** Skip decoration id → the entry source it skipped. */
  private readonly skipped = new Map<string, string>();
  /** Skips from a restored session, waiting for the first match to find their spans. */
  private restoredSkips = new Set<string>();
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

  /** Follow a new post-edit model (a newly opened article). */
  attach(model: TextModel, restoredSkips: readonly string[] = []): void {
    this.modelSubscription?.dispose();
    this.model = model;
    this.raw = [];
    this.pending = [];
    this.rawVersion = -1;
    this.skipped.clear();
    this.restoredSkips = new Set(restoredSkips);
    this.modelSubscription = model.onDidChangeContent(() => this.refresh());
    this.refresh();
  }

  /** Ask for fresh matches of the current text (after typing or a glossary change). */
  refresh(): void {
    const model = this.model;
    if (!model) return;
    this.engine.requestMatch(model.getValue(), model.getVersionId());
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

  /** Skips as SessionSnapshot.skipped keys at their current offsets. */
  skippedKeys(): string[] {
    const model = this.model;
    if (!model) return [];
    const keys: string[] = [...this.restoredSkips];
    for (const [id, source] of this.skipped) {
      const range = model.getDecorationRange(id);
      if (range) keys.push(suggestionKey({ start: model.getOffsetAt(range.getStartPosition()), source }));
    }
    return keys;
  }

  private addSkipDecoration(model: TextModel, change: Change): void {
    const start = model.getPositionAt(change.start);
    const end = model.getPositionAt(change.end);
    const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
    const [id] = model.deltaDecorations([], [{ range, options: SKIP_DECORATION }]);
    if (id) this.skipped.set(id, change.source);
  }

  private adoptRestoredSkips(model: TextModel): void {
    if (this.restoredSkips.size === 0) return;
    for (const change of this.raw) {
      if (this.restoredSkips.delete(suggestionKey(change))) this.addSkipDecoration(model, change);
    }
    // Keys that found no hit in the first result describe text that no longer exists.
    this.restoredSkips.clear();
  }

  /** `start:end:source` of every skip still covering text; lapsed skips are dropped. */
  private skippedSpans(model: TextModel): Set<string> {
    const spans = new Set<string>();
    for (const [id, source] of this.skipped) {
      const range = model.getDecorationRange(id);
      if (!range || range.isEmpty()) {
        model.deltaDecorations([id], []);
        this.skipped.delete(id);
        continue;
      }
      spans.add(`${model.getOffsetAt(range.getStartPosition())}:${model.getOffsetAt(range.getEndPosition())}:${source}`);
    }
    return spans;
  }

  private recompute(): void {
    const model = this.model;
    if (!model) return;
    const spans = this.skippedSpans(model);
    this.pending =
      spans.size === 0 ? [...this.raw] : this.raw.filter((c) => !spans.has(`${c.start}:${c.end}:${c.source}`));
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
