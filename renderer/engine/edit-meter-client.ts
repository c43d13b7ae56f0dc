// The UI side of the edit meter worker (edit-meter.worker.ts). It follows the post-edit
// by its edits (text-sync.ts), keeps the keystrokes and cursor moves recorded since the
// last message and sends them along with the next one, and offers:
//   measure  newest-wins: one measurement in flight, the newest text waiting; a result is
//            handed on only if no newer text is waiting;
//   changes  the word-level changes of the text as it stands (F7);
//   effort   the editing effort so far (autosave, report).
import type { WordChange } from '../../core/review/change-runs';
import type { ActivityKind, EffortSnapshot, SavedEffort } from '../../core/work/effort';
import type { Activity } from '../effort/effort-recorder';
import type { EditFigures } from './edit-meter';
import type { EditMeterRequest, EditMeterResponse } from './edit-meter-protocol';
import EditMeterWorker from './edit-meter.worker?worker';
import { TextSync, type SyncedModel } from './text-sync';

type Answer<K extends EditMeterResponse['kind']> = Extract<EditMeterResponse, { kind: K }>;
type RequestBody = EditMeterRequest extends infer R ? (R extends EditMeterRequest ? Omit<R, 'id' | 'sync' | 'activities'> : never) : never;

interface Pending {
  body: RequestBody;
  resolve(response: EditMeterResponse): void;
  reject(error: Error): void;
  retried: boolean;
}

export class EditMeterClient {
  private readonly worker = new EditMeterWorker({ name: 'glossa-edit-meter' });
  private readonly text = new TextSync();
  private model: SyncedModel | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private activities: Activity[] = [];
  private measuring = false;
  private waitingTag: { tag: unknown } | undefined;
  private readonly listeners = new Set<(figures: EditFigures, tag: unknown, version: number) => void>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<EditMeterResponse>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      console.error('Glossa: the edit meter failed', event.message);
      const error = new Error(`Edit meter failed: ${event.message}`);
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
      this.measuring = false;
      this.text.resync();
    };
  }

  /** Follow a newly shown article: its post-edit model and its MT. */
  follow(model: SyncedModel, mt: string): void {
    this.model = model;
    this.activities = [];
    this.text.attach(model, mt);
  }

  /** A keystroke or cursor move in the post-edit, with the cursor at `offset` (of the
   *  text as it is now). Costs an array push; it travels with the next message. */
  activity(kind: ActivityKind, offset: number, at: number = performance.now()): void {
    if (!this.model || this.model.isDisposed()) return;
    this.activities.push({ at, offset, kind, version: this.model.getVersionId() });
  }

  /** Measure the text as it stands; `tag` comes back with the figures. */
  measure(tag: unknown): void {
    this.waitingTag = { tag };
    if (!this.measuring) this.sendMeasure();
  }

  onFigures(listener: (figures: EditFigures, tag: unknown, version: number) => void): void {
    this.listeners.add(listener);
  }

  /** The word-level changes of the post-edit as it stands, and the text version. */
  async changes(): Promise<{ version: number; changes: WordChange[] }> {
    const answer = (await this.send({ kind: 'changes' })) as Answer<'changes'>;
    return { version: answer.version, changes: answer.changes };
  }

  /** Start counting the effort on the followed article from what its work saved. */
  resetEffort(saved: SavedEffort | undefined): Promise<void> {
    return this.send({ kind: 'effort-reset', ...(saved ? { saved } : {}) }).then(() => undefined);
  }

  /** The effort so far; with `words`, the snapshot the report shows too. */
  async effort(words = false): Promise<{ saved: SavedEffort | null; snapshot: EffortSnapshot | null }> {
    const answer = (await this.send({ kind: 'effort', now: performance.now(), words })) as Answer<'effort'>;
    return { saved: answer.saved, snapshot: answer.snapshot };
  }

  private sendMeasure(): void {
    const waiting = this.waitingTag;
    if (!waiting || !this.text.attached) return;
    this.waitingTag = undefined;
    this.measuring = true;
    const model = this.model;
    this.send({ kind: 'measure' }).then(
      (response) => {
        this.measuring = false;
        // A newer text is already waiting, or another article is shown: stale by construction.
        if (!this.waitingTag && this.model === model && response.kind === 'measure') {
          for (const listener of this.listeners) listener(response.figures, waiting.tag, response.version);
        }
        this.sendMeasure();
      },
      (error: unknown) => {
        console.error('Glossa: the edit meter failed', error);
        this.measuring = false;
        this.sendMeasure();
      },
    );
  }

  private send(body: RequestBody): Promise<EditMeterResponse> {
    if (!this.text.attached) return Promise.reject(new Error('Edit meter: no article'));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { body, resolve, reject, retried: false });
      this.post(id, body);
    });
  }

  private post(id: number, body: RequestBody): void {
    const activities = this.activities;
    this.activities = [];
    this.worker.postMessage({ ...body, id, sync: this.text.update(), activities } as EditMeterRequest);
  }

  private receive(response: EditMeterResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    if (response.kind === 'resync' && !pending.retried && this.text.attached) {
      // The worker's copy could not follow: the same request once more, with the whole text.
      pending.retried = true;
      this.text.resync();
      const id = this.nextId++;
      this.pending.delete(response.id);
      this.pending.set(id, pending);
      this.post(id, pending.body);
      return;
    }
    this.pending.delete(response.id);
    if (response.kind === 'failure' || response.kind === 'resync') pending.reject(new Error(response.kind === 'failure' ? response.message : 'Edit meter could not follow the text'));
    else pending.resolve(response);
  }
}
