// The UI side of the edit meter worker: one measurement in flight, the newest text
// waiting; a result is handed on only if no newer text is waiting.
import EditMeterWorker from './edit-meter.worker?worker';
import type { EditFigures } from './edit-meter';

export interface EditMeterRequest {
  id: number;
  mt: string;
  postEdit: string;
}

export type EditMeterResponse = { id: number; ok: true; figures: EditFigures } | { id: number; ok: false; message: string };

export class EditMeterClient {
  private readonly worker = new EditMeterWorker({ name: 'glossa-edit-meter' });
  private nextId = 1;
  private inFlight: { id: number; tag: unknown } | undefined;
  private waiting: { mt: string; postEdit: string; tag: unknown } | undefined;
  private readonly listeners = new Set<(figures: EditFigures, tag: unknown) => void>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<EditMeterResponse>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      console.error('Glossa: the edit meter failed', event.message);
      this.inFlight = undefined;
      this.sendWaiting();
    };
  }

  /** Measure `postEdit` against `mt`; `tag` comes back with the figures (a text version). */
  request(mt: string, postEdit: string, tag: unknown): void {
    this.waiting = { mt, postEdit, tag };
    if (!this.inFlight) this.sendWaiting();
  }

  onFigures(listener: (figures: EditFigures, tag: unknown) => void): void {
    this.listeners.add(listener);
  }

  private sendWaiting(): void {
    const next = this.waiting;
    if (!next) return;
    this.waiting = undefined;
    const id = this.nextId++;
    this.inFlight = { id, tag: next.tag };
    const request: EditMeterRequest = { id, mt: next.mt, postEdit: next.postEdit };
    this.worker.postMessage(request);
  }

  private receive(response: EditMeterResponse): void {
    const done = this.inFlight;
    if (!done || done.id !== response.id) return;
    this.inFlight = undefined;
    // A newer text is already waiting: this result is stale by construction.
    if (!this.waiting) {
      if (response.ok) for (const listener of this.listeners) listener(response.figures, done.tag);
      else console.error('Glossa: the edit meter failed', response.message);
    }
    this.sendWaiting();
  }
}
