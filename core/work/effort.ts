// Post-editing effort as PET and MateCat measure it: active editing time and keystrokes,
// per paragraph and for the article. Time counts while the editor is active: a moment
// counts when a keystroke or a selection happened within the 30 s before it, and it goes
// to the paragraph of that last activity. The clock is the caller's (timestamps in ms are
// passed in), so the figures are reproducible and testable.
//
// Per-paragraph figures follow their paragraph through edits elsewhere (paragraph-map.ts);
// a paragraph edited in place keeps its figures, merged paragraphs add theirs up, and the
// figures of deleted paragraphs stay in the article's totals and in `removed`.
import { countWords, type Paragraph } from '../text/paragraphs.js';
import { mapParagraphs } from './paragraph-map.js';
import { paragraphIndexAt, paragraphsOf, type PostEdit } from './paragraph-status.js';

/** Activity this recent makes the present moment count as editing time. */
export const ACTIVE_WINDOW_MS = 30_000;

export type ActivityKind = 'keystroke' | 'selection';

export interface EffortCounts {
  activeMs: number;
  keystrokes: number;
}

/** What the autosave keeps (JSON). Paragraph figures are by paragraph of the saved text. */
export interface SavedEffort {
  paragraphs: EffortCounts[];
  removed: EffortCounts;
}

export interface ParagraphEffort extends EffortCounts {
  /** 0-based paragraph of the post-edit. */
  paragraph: number;
  words: number;
}

export interface EffortSnapshot extends EffortCounts {
  words: number;
  paragraphs: ParagraphEffort[];
  /** Effort spent on paragraphs since deleted (included in the totals). */
  removed: EffortCounts;
}

export class EffortTracker {
  private paragraphs: readonly Paragraph[];
  private counts: EffortCounts[];
  private removed: EffortCounts;
  private lastAt: number | undefined;
  private lastParagraph = -1;

  constructor(
    text: PostEdit,
    saved?: SavedEffort,
    private readonly windowMs = ACTIVE_WINDOW_MS,
  ) {
    this.paragraphs = paragraphsOf(text);
    this.counts = this.paragraphs.map((_, k) => ({ ...(saved?.paragraphs[k] ?? { activeMs: 0, keystrokes: 0 }) }));
    const extra = saved?.paragraphs.slice(this.paragraphs.length) ?? [];
    this.removed = extra.reduce(add, { ...(saved?.removed ?? { activeMs: 0, keystrokes: 0 }) });
  }

  /** The post-edit changed: paragraph figures follow their paragraphs. Call it before
   *  `activity` for the keystroke that made the change. */
  textChanged(text: PostEdit): void {
    const paragraphs = paragraphsOf(text);
    const mapping = mapParagraphs(
      this.paragraphs.map((p) => p.text),
      paragraphs.map((p) => p.text),
    );
    const old = this.counts;
    this.counts = mapping.carried.map((from) => from.reduce((sum, i) => add(sum, old[i]!), { activeMs: 0, keystrokes: 0 }));
    for (const i of mapping.dropped) this.removed = add(this.removed, old[i]!);
    if (this.lastParagraph >= 0) this.lastParagraph = mapping.carried.findIndex((from) => from.includes(this.lastParagraph));
    this.paragraphs = paragraphs;
  }

  /** A keystroke or selection at time `at` (ms, the caller's clock) with the cursor at
   *  `offset` of the current text. Time since the previous activity, up to the window,
   *  goes to the previous activity's paragraph. A clock going backwards adds nothing. */
  activity(at: number, offset: number, kind: ActivityKind): void {
    this.settle(at);
    if (this.lastAt === undefined || at > this.lastAt) this.lastAt = at;
    this.lastParagraph = paragraphIndexAt(this.paragraphs, offset);
    if (kind === 'keystroke') {
      const counts = this.lastParagraph >= 0 ? this.counts[this.lastParagraph]! : this.removed;
      counts.keystrokes++;
    }
  }

  /** The figures at time `now`, counting the active time since the last activity. */
  snapshot(now: number): EffortSnapshot {
    const { paragraphs: counts, removed } = this.save(now);
    const paragraphs = this.paragraphs.map((paragraph, k) => ({ paragraph: k, ...counts[k]!, words: countWords(paragraph.text) }));
    const total = paragraphs.reduce(add, { ...removed });
    return { activeMs: total.activeMs, keystrokes: total.keystrokes, words: paragraphs.reduce((sum, p) => sum + p.words, 0), paragraphs, removed };
  }

  /** The figures for the autosave, the active time up to `now` included (no word counts:
   *  cheap enough to take after every pause in typing on a long article). */
  save(now: number): SavedEffort {
    const paragraphs = this.counts.map((c) => ({ ...c }));
    const removed = { ...this.removed };
    const pending = this.pendingMs(now);
    if (pending > 0) {
      const target = this.lastParagraph >= 0 ? paragraphs[this.lastParagraph]! : removed;
      target.activeMs += pending;
    }
    return { paragraphs, removed };
  }

  private pendingMs(now: number): number {
    return this.lastAt === undefined ? 0 : Math.max(0, Math.min(now - this.lastAt, this.windowMs));
  }

  private settle(at: number): void {
    const pending = this.pendingMs(at);
    if (pending === 0) return;
    const target = this.lastParagraph >= 0 ? this.counts[this.lastParagraph]! : this.removed;
    target.activeMs += pending;
  }
}

function add(sum: EffortCounts, counts: EffortCounts): EffortCounts {
  return { activeMs: sum.activeMs + counts.activeMs, keystrokes: sum.keystrokes + counts.keystrokes };
}
