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

/** The worker's figures are fetched this long after the last keystroke or cursor move
 *  (sooner than the autosave's one second, so it writes them complete)... */
const REFRESH_AFTER_MS = 500;
/** ...and at least this often while the editor keeps working. */
const REFRESH_AT_LEAST_MS = 2000;

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
  /** When the oldest activity not yet fetched happened (undefined: none waiting). */
  private waitingSince: number | undefined;
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
    this.waitingSince = undefined;
    this.article++;
    this.saved = fromWorkEffort(work);
    this.deps.meter.resetEffort(this.saved).catch((error: unknown) => console.error('Glossa: effort not counted', error));
  }

  /** The figures up to now, with word counts (for the report and the JSON export). */
  async snapshot(): Promise<EffortSnapshot | undefined> {
    const article = this.article;
    const { snapshot, saved } = await this.deps.meter.effort(true);
    if (saved && article === this.article) this.take(saved);
    return snapshot ?? undefined;
  }

  private record(kind: 'keystroke' | 'selection'): void {
    const { editor, meter } = this.deps;
    const model = editor.getModel();
    const position = editor.getPosition();
    if (!model || !position) return;
    const now = performance.now();
    meter.activity(kind, model.getOffsetAt(position), now);
    this.waitingSince ??= now;
    clearTimeout(this.refreshTimer);
    const due = Math.min(REFRESH_AFTER_MS, Math.max(0, this.waitingSince + REFRESH_AT_LEAST_MS - now));
    this.refreshTimer = setTimeout(() => this.refresh(), due);
  }

  private refresh(): void {
    const article = this.article;
    this.refreshTimer = undefined;
    this.waitingSince = undefined;
    this.deps.meter.effort(false).then(
      ({ saved }) => {
        if (article === this.article && saved) this.take(saved);
      },
      () => undefined,
    );
  }

  private take(saved: SavedEffort): void {
    this.saved = saved;
    this.deps.onChange();
  }
}
