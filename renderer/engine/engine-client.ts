// The UI side of the engine worker: promise-returning calls, plus a match queue that
// keeps at most one match in flight and one waiting. A newer text replaces the waiting
// one, and results for a text or glossary set that has since changed are dropped, so a
// fast typist never makes the worker fall behind.
import EngineWorker from '../engine.worker?worker';
import type { EngineCallKind, EngineCalls, EngineFailure, EngineRequest, EngineResponse } from './protocol';

type MatchResult = EngineCalls['match']['response'];

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class EngineClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private generation = 0;
  private matchInFlight = false;
  private waitingMatch: { text: string; version: number } | undefined;
  private readonly matchListeners = new Set<(result: MatchResult) => void>();

  constructor() {
    this.worker = new EngineWorker({ name: 'glossa-engine' });
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

  /** Replace the active glossary set; every match result computed before it is stale. */
  async setActiveGlossaries(keys: string[]): Promise<void> {
    const generation = ++this.generation;
    await this.call('set-active', { keys, generation });
  }

  /** The current glossary-set generation (increases with every setActiveGlossaries). */
  get activeGeneration(): number {
    return this.generation;
  }

  /**
   * Ask for the hits in `text` (identified by the editor's `version`). Listeners get
   * every result that is still current for the glossary set; the caller decides whether
   * its text version is still current.
   */
  requestMatch(text: string, version: number): void {
    this.waitingMatch = { text, version };
    if (!this.matchInFlight) this.sendWaitingMatch();
  }

  onMatch(listener: (result: MatchResult) => void): () => void {
    this.matchListeners.add(listener);
    return () => this.matchListeners.delete(listener);
  }

  private sendWaitingMatch(): void {
    const next = this.waitingMatch;
    if (!next) return;
    this.waitingMatch = undefined;
    this.matchInFlight = true;
    void this.call('match', next).then(
      (result) => {
        this.matchInFlight = false;
        // A newer text is already waiting: this result is stale by construction.
        const stale = this.waitingMatch !== undefined || result.generation !== this.generation;
        if (!stale) for (const listener of this.matchListeners) listener(result);
        this.sendWaitingMatch();
      },
      () => {
        this.matchInFlight = false;
        this.sendWaitingMatch();
      },
    );
  }

  private receive(message: EngineResponse | EngineFailure): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.kind === 'failure') pending.reject(new Error(message.message));
    else pending.resolve(message.result);
  }

  dispose(): void {
    this.worker.terminate();
  }
}
