// The live review of the post-edit: QA issues and paragraph languages, from the engine's
// reviewing worker. Asked for REVIEW_DELAY_MS after typing stops (a review of a
// 10,000-word article takes a quarter of a second; there is no point in one per key), and
// whenever the glossary set or the article language changes. Results that no longer
// describe the editor's text are dropped.
import type { EngineClient } from '../engine/engine-client';
import type { GlossaryDecisions } from '../../core/qa/index';
import type { QaIssue } from '../../core/qa/types';
import type { EngineCalls, ReviewFindings, SourceRequest, SpellingRequest } from '../engine/protocol';
import type { monaco } from '../editor/monaco';

type TextModel = monaco.editor.ITextModel;

export const REVIEW_DELAY_MS = 300;

/** What else a review checks against, as it stands when the review is asked for. */
export interface ReviewContext {
  /** The article's source (renderer/source): QA checks against it. */
  source?: SourceRequest;
  /** The post-edit's dictionary (renderer/spell): QA's `spelling` check. */
  spelling?: SpellingRequest;
}

export interface ReviewState {
  /** The latest findings for this article (possibly for an older text), if any yet. */
  findings: ReviewFindings | undefined;
  /** Whether `findings` describe the editor's current text and glossary set. */
  fresh: boolean;
}

interface Requested {
  id: number;
  model: TextModel;
}

export class ReviewStore {
  private model: TextModel | undefined;
  private modelSubscription: monaco.IDisposable | undefined;
  private language: string | undefined;
  /** False until the article's language is known: reviewing before would run twice. */
  private ready = false;
  private findings: ReviewFindings | undefined;
  private findingsFor: { model: TextModel; modelVersion: number; generation: number } | undefined;
  private requested: Requested | undefined;
  /** Request ids increase across articles, so an old article's answer never matches. */
  private nextId = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(state: ReviewState) => void>();
  private emittedFresh = false;
  private freshWaiters: Array<() => void> = [];

  constructor(
    private readonly engine: EngineClient,
    /** What the editor decided about glossary hits (skipped, applied), at request time. */
    private readonly decided: () => GlossaryDecisions = () => ({}),
    /** The source and the dictionary, at request time (call `refresh` when they change). */
    private readonly context: () => ReviewContext = () => ({}),
    /** The editor's other decisions the review leaves out: ignored issues, dismissed offers. */
    private readonly dismissed: () => Pick<EngineCalls['review']['request'], 'ignored' | 'dismissedOffers'> = () => ({}),
  ) {
    engine.onReview((result) => {
      const requested = this.requested;
      if (!requested || result.version !== requested.id || requested.model !== this.model) return;
      // Typed into since the text was sent: its offsets are off, and a newer review is
      // already scheduled.
      if (result.textVersion !== requested.model.getVersionId()) return;
      this.findings = result.findings;
      this.findingsFor = { model: requested.model, modelVersion: result.textVersion, generation: result.generation };
      this.emit();
    });
  }

  /** Follow a new article. Nothing is reviewed until `setLanguage` says what it is in. */
  attach(model: TextModel): void {
    this.modelSubscription?.dispose();
    clearTimeout(this.timer);
    this.model = model;
    this.ready = false;
    this.language = undefined;
    this.findings = undefined;
    this.findingsFor = undefined;
    this.requested = undefined;
    this.modelSubscription = model.onDidChangeContent(() => this.schedule(REVIEW_DELAY_MS));
    this.emit();
  }

  /** The article's language (ISO 639-1/3), or undefined to let QA detect it. */
  setLanguage(language: string | undefined): void {
    this.language = language;
    this.ready = true;
    // Not at once: an article has just opened, and the first keys typed into it matter
    // more than its review (which takes seconds of a core on 50,000 words).
    this.schedule(REVIEW_DELAY_MS);
  }

  /** Review again now (the glossary set, the source or the dictionary changed). */
  refresh(): void {
    this.schedule(0);
  }

  get state(): ReviewState {
    return { findings: this.findings, fresh: this.isFresh };
  }

  get isFresh(): boolean {
    const done = this.findingsFor;
    return (
      done !== undefined &&
      done.model === this.model &&
      done.modelVersion === this.model.getVersionId() &&
      done.generation === this.engine.activeGeneration
    );
  }

  /** Resolves once the findings describe the current text (asking for them at once). */
  whenFresh(): Promise<void> {
    if (this.isFresh) return Promise.resolve();
    this.schedule(0);
    return new Promise((resolve) => this.freshWaiters.push(resolve));
  }

  /** The issue in the current findings that a (possibly stale) list item showed. */
  locate(issue: QaIssue): QaIssue | undefined {
    let best: QaIssue | undefined;
    for (const candidate of this.findings?.issues ?? []) {
      if (candidate.check !== issue.check || candidate.message !== issue.message) continue;
      if (!best || Math.abs(candidate.start - issue.start) < Math.abs(best.start - issue.start)) best = candidate;
    }
    return best;
  }

  onChange(listener: (state: ReviewState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (!this.ready || !this.model) return;
    this.timer = setTimeout(() => this.request(), delay);
    // The first edit after a review makes the findings stale: say so once, not per key.
    if (this.emittedFresh !== this.isFresh) this.emit();
  }

  private request(): void {
    const model = this.model;
    if (!model || model.isDisposed()) return;
    const id = this.nextId++;
    this.requested = { id, model };
    // The text (and the MT) go to the worker as it is when the request is sent.
    this.engine.requestReview({
      version: id,
      ...(this.language ? { language: this.language } : {}),
      decided: this.decided(),
      ...this.context(),
      ...this.dismissed(),
    });
  }

  private emit(): void {
    const state = this.state;
    this.emittedFresh = state.fresh;
    for (const listener of this.listeners) listener(state);
    if (state.fresh) {
      const waiters = this.freshWaiters;
      this.freshWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
}
