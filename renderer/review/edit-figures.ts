// The status bar's edit figures (changed words, TER edits, HTER) for the post-edit as it
// stands: measured EDIT_FIGURES_DELAY_MS after typing stops by the edit meter worker
// (which follows the post-edit by itself: see EditMeterClient.follow), and shown only
// when they describe the editor's current text.
import type { EditFigures } from '../engine/edit-meter';
import type { EditMeterClient } from '../engine/edit-meter-client';
import type { monaco } from '../editor/monaco';

type TextModel = monaco.editor.ITextModel;

/** Short enough that the figures follow a pause in typing, long enough not to measure
 *  between the keys of a word. */
export const EDIT_FIGURES_DELAY_MS = 120;

export class EditFiguresStore {
  private model: TextModel | undefined;
  private subscription: monaco.IDisposable | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(figures: EditFigures | undefined, version: number) => void>();

  constructor(private readonly meter: EditMeterClient) {
    meter.onFigures((figures, tag, version) => {
      const model = tag as TextModel;
      if (model !== this.model || model.isDisposed() || model.getVersionId() !== version) return;
      for (const listener of this.listeners) listener(figures, version);
    });
  }

  /** Follow a newly shown article: measured at once, then after each pause in typing. */
  attach(model: TextModel): void {
    this.subscription?.dispose();
    this.model = model;
    for (const listener of this.listeners) listener(undefined, model.getVersionId());
    this.subscription = model.onDidChangeContent(() => this.schedule(EDIT_FIGURES_DELAY_MS));
    this.schedule(0);
  }

  onChange(listener: (figures: EditFigures | undefined, version: number) => void): void {
    this.listeners.add(listener);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const model = this.model;
      if (!model || model.isDisposed()) return;
      this.meter.measure(model);
    }, delay);
  }
}
