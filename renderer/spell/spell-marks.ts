// The misspellings underlined in the post-edit, kept paragraph by paragraph. A stretch of
// paragraphs is checked in the spell worker and its marks replaced when the answer comes;
// while it is on its way, a tracking decoration follows the stretch through whatever is
// typed, and an answer for text that has changed since is dropped: the stretch is asked
// about again once typing pauses (the paragraph typed in has its own check already).
// Typing thus re-checks only the paragraph typed in.
import type { Misspelling } from '../../core/spell/types';
import { monaco } from '../editor/monaco';
import { paragraphAround, paragraphLineRanges, type LineRange } from '../source/paragraph-lines';

type TextModel = monaco.editor.ITextModel;

/** A whole-text check is sent in stretches of about this many characters (a few
 *  paragraphs), so an answer stays useful while the editor types elsewhere. */
const STRETCH_CHARS = 4_000;
/** A stretch typed in while it was checked is asked about again this much later… */
const RETRY_MS = 150;
/** …this many times at most (typing there has its own checks meanwhile). */
const MAX_RETRIES = 8;

export interface SpellMark {
  word: string;
  range: monaco.Range;
}

export class SpellMarks {
  private model: TextModel | undefined;
  /** Our decoration ids and the words they mark. */
  private readonly marks = new Map<string, string>();
  private generation = 0;

  constructor(
    private readonly check: (text: string) => Promise<Misspelling[]>,
    private readonly hover: (word: string) => string,
  ) {}

  /** Follow a new post-edit model (its marks start empty). */
  attach(model: TextModel): void {
    this.model = model;
    this.marks.clear();
    this.generation++;
  }

  /** Remove every mark (no dictionary for this article). */
  clear(): void {
    const model = this.model;
    if (model && !model.isDisposed()) model.deltaDecorations([...this.marks.keys()], []);
    this.marks.clear();
    this.generation++;
  }

  /** Check the whole text again, stretch by stretch. */
  async checkAll(): Promise<void> {
    const model = this.model;
    if (!model) return;
    const stretches: LineRange[] = [];
    let chars = STRETCH_CHARS;
    for (const paragraph of paragraphLineRanges(model.getLineCount(), (line) => model.getLineContent(line))) {
      const last = stretches[stretches.length - 1];
      if (last && chars < STRETCH_CHARS) {
        last.end = paragraph.end;
      } else {
        stretches.push({ ...paragraph });
        chars = 0;
      }
      for (let line = paragraph.start; line <= paragraph.end; line++) chars += model.getLineLength(line) + 1;
    }
    // Marks of paragraphs that no longer exist (or of a check before a change of words).
    const stale = [...this.marks.keys()];
    await Promise.all(stretches.map((lines) => this.checkLines(lines)));
    if (this.model === model && !model.isDisposed()) {
      const left = stale.filter((id) => this.marks.has(id) && !this.isInStretch(model, id, stretches));
      this.remove(model, left);
    }
  }

  /** Check the paragraphs around these lines (the ones just typed in). */
  checkAround(lines: Iterable<number>): void {
    const model = this.model;
    if (!model) return;
    const done: LineRange[] = [];
    for (const line of lines) {
      if (line < 1 || line > model.getLineCount() || done.some((range) => line >= range.start && line <= range.end)) continue;
      const paragraph = paragraphAround(model.getLineCount(), (n) => model.getLineContent(n), line);
      if (!paragraph) {
        // A line made blank: its marks (if any were left on it) go.
        this.replace(model, { start: line, end: line }, []);
        continue;
      }
      done.push(paragraph);
      void this.checkLines(paragraph);
    }
  }

  /** The mark at a position of the post-edit (touching either end counts). */
  markAt(position: monaco.IPosition): SpellMark | undefined {
    const model = this.model;
    if (!model) return undefined;
    const range = new monaco.Range(position.lineNumber, position.column, position.lineNumber, position.column);
    for (const decoration of model.getDecorationsInRange(range)) {
      const word = this.marks.get(decoration.id);
      if (word !== undefined) return { word, range: decoration.range };
    }
    return undefined;
  }

  /** Lines holding a mark of `word` (any case): to check again after it was accepted. */
  linesWith(word: string): number[] {
    const model = this.model;
    if (!model) return [];
    const lower = word.toLowerCase();
    const lines: number[] = [];
    for (const [id, marked] of this.marks) {
      if (marked.toLowerCase() !== lower) continue;
      const range = model.getDecorationRange(id);
      if (range) lines.push(range.startLineNumber);
    }
    return lines;
  }

  /** Every mark in text order, for tests and the status of the window. */
  all(): SpellMark[] {
    const model = this.model;
    if (!model) return [];
    const found: SpellMark[] = [];
    for (const [id, word] of this.marks) {
      const range = model.getDecorationRange(id);
      if (range) found.push({ word, range });
    }
    return found.sort((a, b) => monaco.Range.compareRangesUsingStarts(a.range, b.range));
  }

  private async checkLines(lines: LineRange, attempt = 0): Promise<void> {
    const model = this.model;
    if (!model) return;
    const generation = this.generation;
    const whole = new monaco.Range(lines.start, 1, lines.end, model.getLineMaxColumn(lines.end));
    const text = model.getValueInRange(whole);
    // Follows the stretch through edits made while the worker checks it.
    const [tracker] = model.deltaDecorations([], [{ range: whole, options: { stickiness: monaco.editor.TrackedRangeStickiness.AlwaysGrowsWhenTypingAtEdges } }]);
    let found: Misspelling[];
    try {
      found = await this.check(text);
    } catch {
      if (!model.isDisposed()) model.deltaDecorations([tracker!], []);
      return;
    }
    if (model.isDisposed() || this.model !== model || generation !== this.generation) return;
    const now = model.getDecorationRange(tracker!);
    model.deltaDecorations([tracker!], []);
    if (!now) return;
    if (model.getValueInRange(now) !== text) {
      if (attempt < MAX_RETRIES) {
        setTimeout(() => {
          if (this.model === model && generation === this.generation && !model.isDisposed()) {
            void this.checkLines({ start: now.startLineNumber, end: Math.min(now.endLineNumber, model.getLineCount()) }, attempt + 1);
          }
        }, RETRY_MS);
      }
      return;
    }
    const base = model.getOffsetAt(now.getStartPosition());
    this.replace(model, { start: now.startLineNumber, end: now.endLineNumber }, found.map((miss) => ({
      word: miss.word,
      range: monaco.Range.fromPositions(model.getPositionAt(base + miss.start), model.getPositionAt(base + miss.end)),
    })));
  }

  private replace(model: TextModel, lines: LineRange, marks: readonly SpellMark[]): void {
    const whole = new monaco.Range(lines.start, 1, lines.end, model.getLineMaxColumn(lines.end));
    const old = model.getDecorationsInRange(whole).map((decoration) => decoration.id).filter((id) => this.marks.has(id));
    const ids = model.deltaDecorations(old, marks.map((mark) => ({
      range: mark.range,
      options: {
        inlineClassName: 'glossa-spelling',
        hoverMessage: { value: this.hover(mark.word) },
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        overviewRuler: { color: '#e11d48', position: monaco.editor.OverviewRulerLane.Center },
      },
    })));
    for (const id of old) this.marks.delete(id);
    ids.forEach((id, i) => this.marks.set(id, marks[i]!.word));
  }

  private remove(model: TextModel, ids: readonly string[]): void {
    if (ids.length === 0) return;
    model.deltaDecorations([...ids], []);
    for (const id of ids) this.marks.delete(id);
  }

  private isInStretch(model: TextModel, id: string, stretches: readonly LineRange[]): boolean {
    const range = model.getDecorationRange(id);
    return range !== null && stretches.some((lines) => range.startLineNumber >= lines.start && range.startLineNumber <= lines.end);
  }
}
