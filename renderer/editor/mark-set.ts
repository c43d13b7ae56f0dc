// A set of marks (Monaco decorations) over spans of the post-edit that is updated by what
// changed. A new list of hits comes after every keystroke and a new list of QA issues
// after every pause; replacing every mark each time cost the UI thread tens of
// milliseconds on a 50,000-word article. Here the edits since the last list say where each
// shown item now is (span-carry.ts), and only the items that came, went or were edited
// over are touched.
//
// With `rulerBuckets`, the overview ruler beside the scrollbar gets at most that many
// marks (per `rulerGroup`), one per stretch of the article holding items: Monaco collects every ruler mark
// again on each keystroke, and a ruler has a few hundred pixels anyway.
import type { TextEdit } from '../engine/text-mirror';
import { monaco } from './monaco';
import { carrySpan, type Span } from './span-carry';

type CodeEditor = monaco.editor.ICodeEditor;
type TextModel = monaco.editor.ITextModel;

export interface MarkStyle<T> {
  /** What an item is, wherever it sits: its mark is kept while this stays the same. */
  identity(item: T): string;
  /** The mark's options; `ruler` says whether it carries the overview ruler mark. */
  options(item: T, ruler: boolean): monaco.editor.IModelDecorationOptions;
  /** The mark's range (default: the item's span). */
  range?(model: TextModel, item: T): monaco.IRange;
  /** At most this many overview ruler marks per ruler group (default: every mark may carry one). */
  rulerBuckets?: number;
  /** Items of different groups (say, severities drawn in different colours) never share
   *  a ruler mark (default: one group). */
  rulerGroup?(item: T): string;
}

interface Shown<T> {
  id: string;
  item: T;
  ruler: boolean;
}

export function spanRange(model: TextModel, span: Span): monaco.Range {
  const start = model.getPositionAt(span.start);
  const end = model.getPositionAt(span.end);
  return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
}

export class MarkSet<T extends Span> {
  private model: TextModel | undefined;
  private subscription: monaco.IDisposable | undefined;
  private shown: Shown<T>[] = [];
  /** Edits since the items were shown (each in the offsets the previous one left). */
  private edits: TextEdit[] = [];

  constructor(
    private readonly editor: CodeEditor,
    private readonly style: MarkStyle<T>,
  ) {}

  /** Show `items` (offsets into the text as it is now), in text order. */
  set(items: readonly T[]): void {
    const model = this.editor.getModel();
    if (!model) return;
    if (model !== this.model) this.follow(model);
    const { style } = this;
    const kept = new Map<string, Shown<T>[]>();
    const stale: string[] = [];
    for (const shown of this.shown) {
      const span = carrySpan(shown.item, this.edits);
      if (!span) {
        stale.push(shown.id);
        continue;
      }
      const key = `${span.start}:${span.end}\u0000${style.identity(shown.item)}`;
      const list = kept.get(key);
      if (list) list.push(shown);
      else kept.set(key, [shown]);
    }
    this.edits = [];
    const buckets = style.rulerBuckets;
    const length = Math.max(1, model.getValueLength());
    const bucketOf = (item: T) =>
      `${style.rulerGroup?.(item) ?? ''}\u0000${buckets === undefined || items.length <= buckets ? item.start : Math.floor((item.start / length) * buckets)}`;
    const rulerBuckets = new Set<string>();
    const next: Array<Shown<T> | undefined> = items.map((item) => {
      const shown = kept.get(`${item.start}:${item.end}\u0000${style.identity(item)}`)?.pop();
      if (!shown) return undefined;
      shown.item = item;
      if (shown.ruler) rulerBuckets.add(bucketOf(item));
      return shown;
    });
    for (const list of kept.values()) for (const shown of list) stale.push(shown.id);
    // New items, and the first item of each stretch left without a ruler mark.
    const added: monaco.editor.IModelDeltaDecoration[] = [];
    const addedAt: Array<{ index: number; ruler: boolean }> = [];
    items.forEach((item, index) => {
      const shown = next[index];
      const bucket = bucketOf(item);
      const ruler = !rulerBuckets.has(bucket);
      if (shown && !ruler) return;
      if (shown) stale.push(shown.id);
      if (ruler) rulerBuckets.add(bucket);
      added.push({ range: style.range ? style.range(model, item) : spanRange(model, item), options: style.options(item, ruler) });
      addedAt.push({ index, ruler });
    });
    const ids = stale.length === 0 && added.length === 0 ? [] : model.deltaDecorations(stale, added);
    addedAt.forEach(({ index, ruler }, k) => {
      next[index] = { id: ids[k]!, item: items[index]!, ruler };
    });
    this.shown = next as Shown<T>[];
  }

  clear(): void {
    if (this.model && !this.model.isDisposed()) this.model.deltaDecorations(this.shown.map((shown) => shown.id), []);
    this.shown = [];
    this.edits = [];
  }

  /** A newly shown article: the old model's marks went with it. */
  private follow(model: TextModel): void {
    this.subscription?.dispose();
    this.model = model;
    this.shown = [];
    this.edits = [];
    this.subscription = model.onDidChangeContent((event) => {
      for (const change of event.changes) this.edits.push({ offset: change.rangeOffset, length: change.rangeLength, text: change.text });
    });
  }
}
