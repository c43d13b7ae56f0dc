// Effort as the work file keeps it (shared/work.ts: per paragraph `ms` and `keystrokes`,
// paragraphs without any left out, and what went into paragraphs since deleted) and as
// core's EffortTracker saves it (a count per paragraph, `removed`). Pure.
import type { SavedEffort } from '../../core/work/effort';
import type { ArticleWork } from '../../shared/work';

type WorkEffort = NonNullable<ArticleWork['effort']>;

export function toWorkEffort(saved: SavedEffort): WorkEffort {
  const paragraphs: WorkEffort['paragraphs'] = [];
  saved.paragraphs.forEach((counts, paragraph) => {
    if (counts.activeMs > 0 || counts.keystrokes > 0) paragraphs.push({ paragraph, ms: Math.round(counts.activeMs), keystrokes: counts.keystrokes });
  });
  return { paragraphs, removed: { ms: Math.round(saved.removed.activeMs), keystrokes: saved.removed.keystrokes } };
}

/** The article's active editing time: every paragraph's and the removed ones'. */
export function totalMs(saved: SavedEffort): number {
  return Math.round(saved.paragraphs.reduce((sum, counts) => sum + counts.activeMs, saved.removed.activeMs));
}

/**
 * The tracker's starting point from a work. A work written before effort was counted per
 * paragraph has only its `editingMs`: that time is kept as `removed` (spent, on no
 * paragraph that can be named), so the article's total goes on from it.
 */
export function fromWorkEffort(work: Pick<ArticleWork, 'effort' | 'editingMs'>): SavedEffort {
  const paragraphs: SavedEffort['paragraphs'] = [];
  let spent = 0;
  for (const entry of work.effort?.paragraphs ?? []) {
    while (paragraphs.length <= entry.paragraph) paragraphs.push({ activeMs: 0, keystrokes: 0 });
    const counts = paragraphs[entry.paragraph]!;
    counts.activeMs += entry.ms;
    counts.keystrokes += entry.keystrokes;
    spent += entry.ms;
  }
  const removed = work.effort?.removed;
  return {
    paragraphs,
    removed: removed ? { activeMs: removed.ms, keystrokes: removed.keystrokes } : { activeMs: Math.max(0, work.editingMs - spent), keystrokes: 0 },
  };
}
