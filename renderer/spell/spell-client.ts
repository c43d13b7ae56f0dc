// The UI side of the spell worker: promise-returning calls, answered in order (a worker
// handles one message at a time), so a check sent after "Add to dictionary" already
// knows the word.
import SpellWorker from './spell.worker?worker';
import type { SpellCallKind, SpellCalls, SpellRequest, SpellResponse } from './spell-protocol';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class SpellClient {
  private readonly worker = new SpellWorker({ name: 'glossa-spell' });
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<SpellResponse>) => {
      const response = event.data;
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      if (response.ok) pending.resolve(response.result);
      else pending.reject(new Error(response.message));
    };
    this.worker.onerror = (event) => {
      const error = new Error(`The spell checker failed: ${event.message}`);
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
  }

  call<K extends SpellCallKind>(kind: K, request: SpellCalls[K]['request']): Promise<SpellCalls[K]['response']> {
    const id = this.nextId++;
    const message = { ...request, kind, id } as SpellRequest<K>;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage(message);
    });
  }
}
