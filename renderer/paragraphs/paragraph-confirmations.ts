// Confirmed paragraphs, the segment confirmation of CAT tools: Ctrl+Enter confirms the
// paragraph at the cursor and moves to the next unconfirmed one (core/work/
// paragraph-status.ts); a confirmed paragraph carries a mark in the gutter; the status
// bar says "7 / 10 paragraphs confirmed"; editing a confirmed paragraph takes its
// confirmation back (and says so to screen readers); the confirmations are kept with the
// article's work (a WorkPart: `confirmedParagraphs`).
//
// While the editor types, each confirmation is a decoration on its paragraph's text:
// Monaco moves it with the edits around it, and a keystroke costs one lookup of the
// decorations at the edit, whatever the article's length. Paragraph numbers are worked
// out only when they are needed (Ctrl+Enter, saving, the count after a pause).
import { confirmedCount, nextUnconfirmed, paragraphStatus, setConfirmed, type ParagraphStatus } from '../../core/work/paragraph-status';
import type { ArticleWork } from '../../shared/work';
import { monaco } from '../editor/monaco';
import type { Announcer } from '../ui/announcer';
import type { WorkPart } from '../work/work-controller';
import { modelParagraphs, paragraphAtLine, paragraphCount, paragraphLines, type ParagraphLines } from './model-paragraphs';

type TextModel = monaco.editor.ITextModel;

/** How long after typing stops the paragraph count is taken again. */
const RECOUNT_DELAY_MS = 400;

const CONFIRMED: monaco.editor.IModelDecorationOptions = {
  isWholeLine: true,
  linesDecorationsClassName: 'glossa-confirmed',
  linesDecorationsTooltip: 'Confirmed (Ctrl+Enter); editing the paragraph takes the confirmation back',
  stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
  // No overview ruler mark: Monaco collects every ruler mark again after each keystroke,
  // and hundreds of confirmed paragraphs made that a visible cost at 50,000 words. The
  // gutter mark and the status bar's count say what is confirmed.
};

export interface ParagraphConfirmationsDeps {
  editor: monaco.editor.ICodeEditor;
  announcer: Announcer;
  /** The confirmations changed (the work has something new to save). */
  onChange(): void;
  /** "7 / 10 paragraphs confirmed" for the status bar (undefined: no article). */
  showCount(count: { confirmed: number; total: number } | undefined): void;
}

function rangeOf(lines: ParagraphLines): monaco.Range {
  return new monaco.Range(lines.startLine, lines.startColumn, lines.endLine, lines.endColumn);
}

/**
 * Whether an edit can have changed how many paragraphs there are: one across lines or
 * with a line break, or one that left its line blank or may have filled a blank one.
 * Typing inside a paragraph (nearly every keystroke) cannot, and costs no recount.
 */
function mayChangeParagraphCount(model: TextModel, change: monaco.editor.IModelContentChange): boolean {
  if (change.range.startLineNumber !== change.range.endLineNumber || /[\r\n]/.test(change.text)) return true;
  const line = model.getLineContent(change.range.startLineNumber);
  return line.trim() === '' || line.trim().length <= change.text.trim().length;
}

export class ParagraphConfirmations implements WorkPart {
  private model: TextModel | undefined;
  private subscription: monaco.IDisposable | undefined;
  /** Decoration ids of the confirmed paragraphs. */
  private ids = new Set<string>();
  private total = 0;
  private recountTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: ParagraphConfirmationsDeps) {}

  // ── WorkPart ──────────────────────────────────────────────────────────────────────

  capture(): Partial<ArticleWork> {
    return { confirmedParagraphs: this.confirmedIndices() };
  }

  restore(work: Readonly<ArticleWork>): void {
    const model = this.deps.editor.getModel();
    this.subscription?.dispose();
    clearTimeout(this.recountTimer);
    this.model = model ?? undefined;
    this.ids = new Set();
    if (!model) {
      this.deps.showCount(undefined);
      return;
    }
    const paragraphs = paragraphLines(model);
    const wanted = work.confirmedParagraphs.filter((index) => index < paragraphs.length);
    this.ids = new Set(model.deltaDecorations([], wanted.map((index) => ({ range: rangeOf(paragraphs[index]!), options: CONFIRMED }))));
    this.total = paragraphs.length;
    this.subscription = model.onDidChangeContent((event) => this.onEdit(model, event));
    this.showCount();
  }

  // ── Ctrl+Enter ────────────────────────────────────────────────────────────────────

  /** Confirm the paragraph at the cursor and go to the next unconfirmed one. */
  confirmAtCursor(focusEditor: boolean): void {
    const { editor, announcer } = this.deps;
    const model = this.model;
    const position = editor.getPosition();
    if (!model || model.isDisposed() || !position) return;
    const lines = paragraphLines(model);
    const index = paragraphAtLine(lines, position.lineNumber);
    if (index < 0) {
      announcer.say('No paragraph to confirm');
      return;
    }
    let status = this.status(model);
    if (!status.confirmed[index]) {
      status = setConfirmed(status, index, true);
      const [id] = model.deltaDecorations([], [{ range: rangeOf(lines[index]!), options: CONFIRMED }]);
      if (id) this.ids.add(id);
      this.deps.onChange();
    }
    this.total = lines.length;
    this.showCount();
    const { confirmed, total } = confirmedCount(status);
    const next = nextUnconfirmed(status, index);
    if (next === undefined) {
      announcer.say(`Paragraph ${index + 1} confirmed: all ${total.toLocaleString()} paragraphs are confirmed`);
      return;
    }
    const target = lines[next]!;
    editor.setSelection(new monaco.Selection(target.startLine, target.startColumn, target.startLine, target.startColumn));
    editor.revealRangeNearTop(rangeOf(target), monaco.editor.ScrollType.Smooth);
    if (focusEditor) editor.focus();
    announcer.say(`Paragraph ${index + 1} confirmed (${confirmed.toLocaleString()} of ${total.toLocaleString()}); now at paragraph ${next + 1}`);
  }

  /** The confirmed paragraphs' numbers (0-based), in order. */
  confirmedIndices(): number[] {
    const model = this.model;
    if (!model || model.isDisposed() || this.ids.size === 0) return [];
    const lines = paragraphLines(model);
    const indices = new Set<number>();
    for (const id of this.ids) {
      const range = model.getDecorationRange(id);
      if (!range || range.isEmpty()) continue;
      indices.add(paragraphAtLine(lines, range.startLineNumber));
    }
    return [...indices].sort((a, b) => a - b);
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────

  /** Core's status of the text as it stands, with the live confirmations. */
  private status(model: TextModel): ParagraphStatus {
    let status = paragraphStatus(modelParagraphs(model));
    for (const index of this.confirmedIndices()) status = setConfirmed(status, index, true);
    return status;
  }

  /** An edit that touches a confirmed paragraph (inside it or at its edges) takes the
   *  confirmation back. */
  private onEdit(model: TextModel, event: monaco.editor.IModelContentChangedEvent): void {
    if (event.changes.some((change) => mayChangeParagraphCount(model, change))) this.scheduleRecount(model);
    if (this.ids.size === 0) return;
    const dropped: string[] = [];
    // Where each change's new text now lies: the changes come last-first, so the ones
    // before a change in the text are those after it in the list.
    let shift = 0;
    for (let k = event.changes.length - 1; k >= 0; k--) {
      const change = event.changes[k]!;
      const start = model.getPositionAt(change.rangeOffset + shift);
      const end = model.getPositionAt(change.rangeOffset + shift + change.text.length);
      shift += change.text.length - change.rangeLength;
      for (const decoration of model.getDecorationsInRange(new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column))) {
        if (this.ids.has(decoration.id)) dropped.push(decoration.id);
      }
    }
    // A paragraph deleted whole leaves an empty decoration behind.
    if (dropped.length === 0) return;
    const unique = [...new Set(dropped)];
    const lines = paragraphLines(model);
    const numbers = unique.map((id) => {
      const range = model.getDecorationRange(id);
      return range ? paragraphAtLine(lines, range.startLineNumber) + 1 : 0;
    });
    model.deltaDecorations(unique, []);
    for (const id of unique) this.ids.delete(id);
    this.showCount();
    this.deps.onChange();
    const named = numbers.filter((n) => n > 0);
    this.deps.announcer.say(
      named.length === 1 ? `Paragraph ${named[0]} edited: no longer confirmed` : `${unique.length} edited paragraphs are no longer confirmed`,
    );
  }

  private scheduleRecount(model: TextModel): void {
    clearTimeout(this.recountTimer);
    this.recountTimer = setTimeout(() => {
      if (model !== this.model || model.isDisposed()) return;
      this.total = paragraphCount(model);
      this.dropCollapsed(model);
      this.showCount();
    }, RECOUNT_DELAY_MS);
  }

  /** Confirmations whose paragraph was deleted whole. */
  private dropCollapsed(model: TextModel): void {
    const gone = [...this.ids].filter((id) => model.getDecorationRange(id)?.isEmpty() ?? true);
    if (gone.length === 0) return;
    model.deltaDecorations(gone, []);
    for (const id of gone) this.ids.delete(id);
    this.deps.onChange();
  }

  private showCount(): void {
    if (!this.model) {
      this.deps.showCount(undefined);
      return;
    }
    this.deps.showCount({ confirmed: this.ids.size, total: this.total });
  }
}
