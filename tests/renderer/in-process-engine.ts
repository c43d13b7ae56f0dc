// The engine worker's own code (renderer/engine.worker.ts), run in this process: its
// message handler is called directly instead of through a Web Worker, which Node lacks.
// Stands in for EngineClient where renderer modules need one (GlossaryList…), so they run
// on the real engine.
import type { EngineClient } from '../../renderer/engine/engine-client';
import type { EngineCallKind, EngineCalls, EngineFailure, EngineRequest, EngineResponse } from '../../renderer/engine/protocol';

type WorkerScope = { postMessage(message: unknown): void; onmessage?: (event: { data: unknown }) => Promise<void> };

export async function inProcessEngine(): Promise<EngineClient> {
  const replies = new Map<number, (message: EngineResponse | EngineFailure) => void>();
  const scope: WorkerScope = {
    postMessage: (message) => replies.get((message as { id: number }).id)?.(message as EngineResponse | EngineFailure),
  };
  (globalThis as { self?: unknown }).self = scope;
  await import('../../renderer/engine.worker');
  let nextId = 1;
  let generation = 0;
  const call = <K extends EngineCallKind>(kind: K, request: EngineCalls[K]['request']): Promise<EngineCalls[K]['response']> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      replies.set(id, (message) => {
        replies.delete(id);
        if (message.kind === 'failure') reject(new Error(message.message));
        else resolve(message.result as EngineCalls[K]['response']);
      });
      void scope.onmessage?.({ data: { ...request, kind, id } as EngineRequest<K> });
    });
  const engine = {
    call,
    async setActiveGlossaries(keys: string[]) {
      const { cycles } = await call('set-active', { keys, generation: ++generation });
      return { cycles };
    },
    get activeGeneration() {
      return generation;
    },
  };
  return engine as unknown as EngineClient;
}
