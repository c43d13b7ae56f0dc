// A worker's copy of the post-edit, kept in step by the edits typed since its last
// request instead of the whole text. Posting a 50,000-word article to a worker costs the
// UI thread 3–12 ms per message (measured in Chromium), once per keystroke per worker;
// an edit costs nothing. The UI side is text-sync.ts. Pure: no DOM, no Monaco.

/** One replacement, in offsets of the text as it was just before it (Monaco's
 *  IModelContentChange: rangeOffset, rangeLength, text). */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
  /** The editor's text version this edit produced (every edit of one Monaco event has
   *  the same): what places an activity recorded at an older version before it. */
  version?: number;
}

/**
 * What brings a worker's mirror to the editor's text at `version`:
 * - `full`: the whole text (a new article, or after a resync); `mt` rides along for the
 *   workers that compare against it, sent once per article.
 * - `edits`: the edits since `from`, applied in order (each in the offsets the previous
 *   left); `length` is the text's length after them, a check that nothing was missed.
 */
export type TextUpdate =
  | { kind: 'full'; doc: number; version: number; text: string; mt?: string }
  | { kind: 'edits'; doc: number; from: number; version: number; edits: TextEdit[]; length: number };

/** The answer a worker gives instead of a result when its mirror cannot follow (an
 *  update for another article or version than it holds): send the whole text. */
export interface NeedsFullText {
  resync: true;
}

export function isResync(value: unknown): value is NeedsFullText {
  return typeof value === 'object' && value !== null && (value as Partial<NeedsFullText>).resync === true;
}

/** Applies edits in order, each in the offsets the previous one left. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of edits) {
    if (edit.offset < 0 || edit.length < 0 || edit.offset + edit.length > result.length) {
      throw new RangeError(`edit ${edit.offset}+${edit.length} outside a text of ${result.length}`);
    }
    result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
  }
  return result;
}

export class TextMirror {
  private doc = -1;
  private version = -1;
  private current = '';
  private mtText = '';

  /** The post-edit at the update's version, or undefined when the mirror cannot follow
   *  (the caller answers NeedsFullText and waits for a full update). */
  apply(update: TextUpdate): string | undefined {
    if (update.kind === 'full') {
      this.doc = update.doc;
      this.version = update.version;
      this.current = update.text;
      if (update.mt !== undefined) this.mtText = update.mt;
      return this.current;
    }
    if (update.doc !== this.doc || update.from !== this.version) return undefined;
    let next: string;
    try {
      next = applyEdits(this.current, update.edits);
    } catch {
      return undefined;
    }
    if (next.length !== update.length) return undefined;
    this.current = next;
    this.version = update.version;
    return next;
  }

  get text(): string {
    return this.current;
  }

  /** The MT of the article the mirror follows ('' until a full update brought one). */
  get mt(): string {
    return this.mtText;
  }
}
