// Editing time and keystrokes per paragraph, as PET and MateCat measure post-editing
// effort: every key pressed in the post-edit and every cursor move by mouse or command is
// recorded (an array push on the UI thread) and counted in the edit meter worker
// (effort-recorder.ts), which places them in the text and keeps the tracker. The figures
// are kept with the article's work (a WorkPart: `effort`, `editingMs`) and go into the
// review report and the JSON export next to HTER.
import type { EffortSnapshot, SavedEffort } from '../../core/work/effort';
import type { ArticleWork } from '../../shared/work';
import type { EditMeterClient } from '../engine/edit-meter-client';
import type { monaco } from '../editor/monaco';
import type { WorkPart } from '../work/work-controller';
import { fromWorkEffort, toWorkEffort, totalMs } from './work-effort';

/** How often, while the editor is active, the worker's figures are fetched for the
 *  autosave (and so how much a crash can lose of them). */
const REFRESH_MS = 2000;

/** Keys that are only ever part of a chord: not keystrokes of their own. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'OS']);

export interface EffortTrackingDeps {
  editor: monaco.editor.ICodeEditor;
  meter: EditMeterClient;
  /** New figures to autosave (not a change of the work's content). */
  onChange(): void;
}

export class EffortTracking implements WorkPart {
  /** The figures as last fetched (or restored): what the autosave writes. */
  private saved: SavedEffort = { paragraphs: [], removed: { activeMs: 0, keystrokes: 0 } };
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private article = 0;

  constructor(private readonly deps: EffortTrackingDeps) {
    const { editor } = deps;
    editor.onKeyDown((event) => {
      if (MODIFIERS.has(event.browserEvent.key)) return;
      this.record('keystroke');
    });
    editor.onDidChangeCursorSelection((event) => {
      // Keys were counted as they were pressed; the text moving the cursor is not the editor.
      if (event.source === 'keyboard' || event.source === 'model') return;
      this.record('selection');
    });
  }

  capture(): Partial<ArticleWork> {
    return { effort: toWorkEffort(this.saved), editingMs: totalMs(this.saved) };
  }

  restore(work: Readonly<ArticleWork>): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.article++;
    this.saved = fromWorkEffort(work);
    this.deps.meter.resetEffort(this.saved).catch((error: unknown) => console.error('Glossa: effort not counted', error));
  }

  /** The figures up to now, with word counts (for the report and the JSON export). */
  async snapshot(): Promise<EffortSnapshot | undefined> {
    const { snapshot, saved } = await this.deps.meter.effort(true);
    if (saved) this.saved = saved;
    return snapshot ?? undefined;
  }

  private record(kind: 'keystroke' | 'selection'): void {
    const { editor, meter } = this.deps;
    const model = editor.getModel();
    const position = editor.getPosition();
    if (!model || !position) return;
    meter.activity(kind, model.getOffsetAt(position));
    this.refreshTimer ??= setTimeout(() => this.refresh(), REFRESH_MS);
  }

  private refresh(): void {
    const article = this.article;
    this.deps.meter.effort(false).then(
      ({ saved }) => {
        this.refreshTimer = undefined;
        if (article !== this.article || !saved) return;
        this.saved = saved;
        this.deps.onChange();
      },
      () => {
        this.refreshTimer = undefined;
      },
    );
  }
}
