// The UI side of a worker's text mirror (text-mirror.ts): records the post-edit's edits as
// Monaco reports them, and at each request hands the worker what it lacks — the edits
// since its last request, or the whole text for a new article, after a resync, or when
// the edits would outweigh the text. One TextSync per worker: each mirror is at its own
// version.
import type { TextEdit, TextUpdate } from './text-mirror';

/** What TextSync needs of a Monaco text model (an interface, so tests can drive it). */
export interface SyncedModel {
  getVersionId(): number;
  getValue(): string;
  getValueLength(): number;
  isDisposed(): boolean;
  onDidChangeContent(listener: (event: { versionId: number; changes: readonly { rangeOffset: number; rangeLength: number; text: string }[] }) => void): { dispose(): void };
}

let nextDoc = 1;

export class TextSync {
  private model: SyncedModel | undefined;
  private mt: string | undefined;
  private subscription: { dispose(): void } | undefined;
  private doc = 0;
  /** The version the worker's mirror is at; -1: it has nothing of this article. */
  private sent = -1;
  private log: TextEdit[] = [];
  private logChars = 0;

  /** Follow a newly shown article; `mt` goes to the worker with the first full text. */
  attach(model: SyncedModel, mt?: string): void {
    this.subscription?.dispose();
    this.model = model;
    this.mt = mt;
    this.doc = nextDoc++;
    this.resync();
    this.subscription = model.onDidChangeContent((event) => {
      if (this.sent < 0) return;
      // Monaco lists an event's changes so that applying them in order is right.
      for (const change of event.changes) {
        this.log.push({ offset: change.rangeOffset, length: change.rangeLength, text: change.text, version: event.versionId });
        this.logChars += change.text.length + 16;
      }
      // Past half the text's size, the text itself is the cheaper message.
      if (this.logChars > model.getValueLength() / 2) this.resync();
    });
  }

  get attached(): boolean {
    return this.model !== undefined && !this.model.isDisposed();
  }

  /** The next request sends the whole text (the worker could not follow). */
  resync(): void {
    this.sent = -1;
    this.log = [];
    this.logChars = 0;
  }

  /** What to send with a request now; from here on the worker is taken to be current. */
  update(): TextUpdate {
    const model = this.model;
    if (!model) throw new Error('TextSync: no model attached');
    const version = model.getVersionId();
    let update: TextUpdate;
    if (this.sent < 0) {
      update = { kind: 'full', doc: this.doc, version, text: model.getValue(), ...(this.mt !== undefined ? { mt: this.mt } : {}) };
    } else {
      update = { kind: 'edits', doc: this.doc, from: this.sent, version, edits: this.log, length: model.getValueLength() };
    }
    this.sent = version;
    this.log = [];
    this.logChars = 0;
    return update;
  }
}
