// The UI side of the glossary manager's worker: one promise per call. The worker starts on
// the first call (opening the manager, or an offer's "Add to my glossary").
import ManagerWorker from './manager.worker?worker';
import type { ManagerCallKind, ManagerCalls, ManagerResponse } from './manager-protocol';

export class ManagerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  call<K extends ManagerCallKind>(kind: K, request: ManagerCalls[K]['request']): Promise<ManagerCalls[K]['response']> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, kind, id });
    });
  }

  private start(): Worker {
    const worker = new ManagerWorker({ name: 'glossa-glossary-manager' });
    worker.onmessage = (event: MessageEvent<ManagerResponse>) => {
      const pending = this.pending.get(event.data.id);
      if (!pending) return;
      this.pending.delete(event.data.id);
      if (event.data.failure !== undefined) pending.reject(new Error(event.data.failure));
      else pending.resolve(event.data.result);
    };
    worker.onerror = (event) => {
      const error = new Error(`Glossary manager worker failed: ${event.message}`);
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
      this.worker = undefined;
    };
    return worker;
  }
}
