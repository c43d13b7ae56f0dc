// The UI side of the engine worker: promise-returning calls, plus match and review queues
// that each keep at most one request in flight and one waiting. A newer text replaces the
// waiting one, and results for a text or glossary set that has since changed are dropped,
// so a fast typist never makes the worker fall behind.
//
// The post-edit reaches the workers as edits (text-sync.ts → text-mirror.ts), not as the
// whole text per keystroke: a request carries what its worker's copy lacks, computed when
// it is sent (a request replaced while waiting sends nothing).
//
// Two instances of the worker run. The matcher answers keystrokes; the reviewer does the
// whole-article work (review: QA, HTER, languages; export), which takes ~250 ms on a
// 10,000-word article and seconds on 50,000 words. A worker handles one message at a time,
// so with a single instance a keystroke landing during a review would wait for it. Both
// instances get every glossary call, so each holds the same active set.
import EngineWorker from '../engine.worker?worker';
import type { EngineCallKind, EngineCalls, EngineFailure, EngineRequest, EngineResponse } from './protocol';
import { isResync, type NeedsFullText, type TextUpdate } from './text-mirror';
import { TextSync, type SyncedModel } from './text-sync';

type MatchResult = Exclude<EngineCalls['match']['response'], NeedsFullText>;
type ReviewRequest = Omit<EngineCalls['review']['request'], 'sync'>;
type ReviewResult = Exclude<EngineCalls['review']['response'], NeedsFullText>;

/** Calls that change the glossary state: both instances must see them, in order. */
const GLOSSARY_STATE_CALLS: ReadonlySet<EngineCallKind> = new Set(['load-glossary', 'drop-glossary', 'set-active']);
/** Slow whole-article calls, kept off the instance that answers keystrokes. */
const REVIEWER_CALLS: ReadonlySet<EngineCallKind> = new Set(['review', 'export']);

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** One worker instance and its outstanding calls. */
class WorkerLink {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(name: string) {
    this.worker = new EngineWorker({ name });
    this.worker.onmessage = (event: MessageEvent<EngineResponse | EngineFailure>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      const error = new Error(`Engine worker failed: ${event.message}`);
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
  }

  call<K extends EngineCallKind>(kind: K, request: EngineCalls[K]['request']): Promise<EngineCalls[K]['response']> {
    const id = this.nextId++;
    const message = { ...request, kind, id } as EngineRequest<K>;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage(message);
    });
  }

  private receive(message: EngineResponse | EngineFailure): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.kind === 'failure') pending.reject(new Error(message.message));
    else pending.resolve(message.result);
  }

  terminate(): void {
    this.worker.terminate();
  }
}

/**
 * Newest-wins requests: one in flight, one waiting. A result is handed to the listeners
 * only if no newer request is waiting and `isCurrent` accepts it.
 */
class LatestOnlyQueue<Request, Result> {
  private inFlight = false;
  private waiting: Request | undefined;
  private readonly listeners = new Set<(result: Result) => void>();

  constructor(
    private readonly send: (request: Request) => Promise<Result>,
    private readonly isCurrent: (result: Result) => boolean,
  ) {}

  request(request: Request): void {
    this.waiting = request;
    if (!this.inFlight) this.sendWaiting();
  }

  listen(listener: (result: Result) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private sendWaiting(): void {
    const next = this.waiting;
    if (next === undefined) return;
    this.waiting = undefined;
    this.inFlight = true;
    void this.send(next).then(
      (result) => {
        this.inFlight = false;
        // A newer request is already waiting: this result is stale by construction.
        const stale = this.waiting !== undefined || !this.isCurrent(result);
        if (!stale) for (const listener of this.listeners) listener(result);
        this.sendWaiting();
      },
      () => {
        this.inFlight = false;
        this.sendWaiting();
      },
    );
  }
}

export class EngineClient {
  private readonly matcher = new WorkerLink('glossa-engine');
  private readonly reviewer = new WorkerLink('glossa-review');
  private generation = 0;
  /** The post-edit as the matcher and the reviewer have it. */
  private readonly matchText = new TextSync();
  private readonly reviewText = new TextSync();
  private readonly matches = new LatestOnlyQueue<true, MatchResult>(
    () => this.synced(this.matchText, (sync) => this.call('match', { sync })),
    (result) => result.generation === this.generation,
  );
  private readonly reviews = new LatestOnlyQueue<ReviewRequest, ReviewResult>(
    (request) => this.synced(this.reviewText, (sync) => this.call('review', { ...request, sync })),
    (result) => result.generation === this.generation,
  );

  /** Follow a newly shown article's post-edit (and its MT, for the review). */
  follow(model: SyncedModel, mt: string): void {
    this.matchText.attach(model);
    this.reviewText.attach(model, mt);
  }

  /** A call with the text brought up to date; a worker that could not follow gets the
   *  whole text once more. */
  private async synced<R>(text: TextSync, send: (sync: TextUpdate) => Promise<R | NeedsFullText>): Promise<R> {
    const first = await send(text.update());
    if (!isResync(first)) return first;
    text.resync();
    const second = await send(text.update());
    if (isResync(second)) throw new Error('Engine worker could not follow the text');
    return second;
  }

  call<K extends EngineCallKind>(kind: K, request: EngineCalls[K]['request']): Promise<EngineCalls[K]['response']> {
    if (GLOSSARY_STATE_CALLS.has(kind)) {
      // The reviewer parses the same bytes with the same code: the matcher's answer
      // speaks for both. Its failures are the matcher's too, and reported from there.
      this.reviewer.call(kind, request).catch(() => undefined);
      return this.matcher.call(kind, request);
    }
    return (REVIEWER_CALLS.has(kind) ? this.reviewer : this.matcher).call(kind, request);
  }

  /** Replace the active glossary set; every match and review computed before it is stale. */
  async setActiveGlossaries(keys: string[], language?: string): Promise<{ cycles: string[] }> {
    const generation = ++this.generation;
    const { cycles } = await this.call('set-active', { keys, generation, ...(language ? { language } : {}) });
    return { cycles };
  }

  /** The current glossary-set generation (increases with every setActiveGlossaries). */
  get activeGeneration(): number {
    return this.generation;
  }

  /**
   * Ask for the hits in the followed post-edit as it will be when the request is sent.
   * Listeners get every result that is still current for the glossary set; the caller
   * decides whether its text version (`result.version`) is still current.
   */
  requestMatch(): void {
    this.matches.request(true);
  }

  onMatch(listener: (result: MatchResult) => void): () => void {
    return this.matches.listen(listener);
  }

  /** Ask for a review of the post-edit; the same staleness rules as requestMatch. */
  requestReview(request: ReviewRequest): void {
    this.reviews.request(request);
  }

  onReview(listener: (result: ReviewResult) => void): () => void {
    return this.reviews.listen(listener);
  }

  dispose(): void {
    this.matcher.terminate();
    this.reviewer.terminate();
  }
}
