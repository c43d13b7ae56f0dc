// Whole-article diff: paragraphs are aligned first, then only the aligned stretches that
// differ are diffed word by word. ArticleDiffer keeps each stretch's ops between calls, so
// a keystroke in one paragraph re-diffs that paragraph and reuses the rest.
import { splitParagraphs, type Paragraph } from '../text/paragraphs.js';
import { normalizeSpaces, ParagraphAligner, type AlignmentGroup } from './align.js';
import { sampleKey } from './tokens.js';
import { wordDiff, wordDiffDetailed, type DiffLevel, type DiffOp } from './word-diff.js';

export interface DiffGroup extends AlignmentGroup {
  /** The stretch of MT text this group covers: its paragraphs plus the separator before
   *  them (the last group also takes the text's tail), so the groups tile the whole text. */
  mtStart: number;
  mtEnd: number;
  peStart: number;
  peEnd: number;
  /** Whether the group's paragraphs differ (separators aside). */
  changed: boolean;
  ops: DiffOp[];
  /** Present when the stretch was too long and too different for a word diff within the
   *  budget: it was diffed by sentence, or shown as one replacement ('whole'). */
  coarse?: Exclude<DiffLevel, 'words'>;
}

/** Results share op objects with earlier results of the same differ: treat them as
 *  read-only. */
export interface ArticleDiff {
  mtParagraphs: Paragraph[];
  peParagraphs: Paragraph[];
  groups: DiffGroup[];
  /** Every group's ops in order: equal+delete texts give the MT, equal+insert the post-edit. */
  ops: DiffOp[];
}

/** A stretch's diff as cached: ops with offsets relative to the stretch. */
interface CachedDiff {
  ops: readonly DiffOp[];
  changed: boolean;
  level: DiffLevel;
  /** The ops last handed out, at those offsets: a stretch before the edit point keeps its
   *  place, and its op objects are handed out again rather than rebuilt. */
  placed?: { mtStart: number; peStart: number; ops: DiffOp[] };
}

export class ArticleDiffer {
  private cache = new DiffCache();
  /** Aligns as alignParagraphs does, reusing what the paragraphs left unchanged allow. */
  private readonly aligner = new ParagraphAligner();
  private previous: { mtText: string; mtParagraphs: Paragraph[]; mt: string[]; mtNormalized: Normalized } | undefined;
  /** What the last call did: groups word-diffed afresh vs. taken from the cache. */
  lastStats = { diffed: 0, reused: 0 };

  /** `reuse: false` for a one-off diff: nothing is cached or looked up. */
  constructor(private readonly options: { reuse?: boolean } = {}) {}

  diff(mt: string, pe: string): ArticleDiff {
    // While post-editing, the MT never changes: its paragraphs are split once.
    const sameMt = this.previous !== undefined && this.previous.mtText === mt;
    const mtParagraphs = sameMt ? this.previous!.mtParagraphs : splitParagraphs(mt);
    const mtTexts = sameMt ? this.previous!.mt : mtParagraphs.map((p) => p.text);
    const peParagraphs = splitParagraphs(pe);
    const peTexts = peParagraphs.map((p) => p.text);
    // Whitespace-normalised texts, each computed at most once per call (the MT's once for
    // as long as it stays): the alignment (for the paragraphs that changed) and the changed
    // flags both compare them.
    const mtNormalized = sameMt ? this.previous!.mtNormalized : new Normalized(mtTexts);
    const peNormalized = new Normalized(peTexts);
    const aligner = this.options.reuse === false ? new ParagraphAligner() : this.aligner;
    const alignment: AlignmentGroup[] = aligner.align(mtTexts, peTexts, {
      mt: () => mtNormalized.all(),
      pe: (index) => peNormalized.get(index),
    });
    this.previous = { mtText: mt, mtParagraphs, mt: mtTexts, mtNormalized };
    // Only the stretches of this call survive, so the cache never outgrows one article.
    const previous = this.cache;
    this.cache = new DiffCache();
    const stats = { diffed: 0, reused: 0 };

    const groups: DiffGroup[] = [];
    const ops: DiffOp[] = [];
    let mtCursor = 0;
    let peCursor = 0;
    for (let g = 0; g < alignment.length; g++) {
      const group = alignment[g]!;
      const last = g === alignment.length - 1;
      const mtEnd = last ? mt.length : endOf(mtParagraphs, group.mt, mtCursor);
      const peEnd = last ? pe.length : endOf(peParagraphs, group.pe, peCursor);
      const stretch = { mtStart: mtCursor, mtEnd, peStart: peCursor, peEnd };
      const { changed, groupOps, level } = this.diffStretch(mt, pe, stretch, previous, stats, () =>
        paragraphsDiffer(mtNormalized, group.mt, peNormalized, group.pe));
      const diffGroup: DiffGroup = { mt: group.mt, pe: group.pe, mtStart: mtCursor, mtEnd, peStart: peCursor, peEnd, changed, ops: groupOps };
      if (level !== 'words') diffGroup.coarse = level;
      groups.push(diffGroup);
      for (let k = 0; k < groupOps.length; k++) ops.push(groupOps[k]!);
      mtCursor = mtEnd;
      peCursor = peEnd;
    }
    if (alignment.length === 0) {
      // No paragraphs on either side: only whitespace, diffed as such.
      for (const op of wordDiff(mt, pe)) ops.push(op);
    }
    this.lastStats = stats;
    return { mtParagraphs, peParagraphs, groups, ops };
  }

  /** The ops of one aligned stretch at its offsets: from the cache when both texts are
   *  unchanged (the very same op objects when its place is too), else diffed. */
  private diffStretch(
    mt: string,
    pe: string,
    stretch: { mtStart: number; mtEnd: number; peStart: number; peEnd: number },
    previous: DiffCache,
    stats: { diffed: number; reused: number },
    paragraphsChanged: () => boolean,
  ): { changed: boolean; groupOps: DiffOp[]; level: DiffLevel } {
    const { mtStart, peStart } = stretch;
    const mtText = mt.slice(mtStart, stretch.mtEnd);
    const peText = pe.slice(peStart, stretch.peEnd);
    if (this.options.reuse === false) {
      stats.diffed++;
      const { ops, level } = wordDiffDetailed(mtText, peText, mtStart, peStart);
      return { changed: paragraphsChanged(), groupOps: ops, level };
    }
    let cached = previous.get(mtText, peText) ?? this.cache.get(mtText, peText);
    let groupOps: DiffOp[];
    if (cached) {
      stats.reused++;
      const placed = cached.placed;
      groupOps = placed && placed.mtStart === mtStart && placed.peStart === peStart
        ? placed.ops
        : cached.ops.map((op) => shift(op, mtStart, peStart));
    } else {
      stats.diffed++;
      // Cached ops keep offsets relative to their stretch, which moves as earlier
      // paragraphs grow or shrink.
      const { ops, level } = wordDiffDetailed(mtText, peText);
      cached = { ops, changed: paragraphsChanged(), level };
      groupOps = cached.ops.map((op) => shift(op, mtStart, peStart));
    }
    cached.placed = { mtStart, peStart, ops: groupOps };
    this.cache.set(mtText, peText, cached);
    return { changed: cached.changed, groupOps, level: cached.level };
  }
}

/**
 * Plain-language notes on where the diff, or the HTER computed from it, is coarser than
 * word by word (see DiffGroup.coarse, HterParagraph.estimated): every front end that
 * shows a diff says the same thing. Empty when everything was exact.
 */
export function precisionNotes(
  groups: readonly Pick<DiffGroup, 'mt' | 'coarse'>[],
  estimated: readonly { mt: readonly number[]; estimated?: true }[] = [],
): string[] {
  const where = (items: readonly { mt: readonly number[] }[]): string =>
    items.map((item) => (item.mt.length > 0 ? `¶${item.mt[0]! + 1}` : '(added)')).join(', ');
  const notes: string[] = [];
  const bySentence = groups.filter((group) => group.coarse === 'sentences');
  const whole = groups.filter((group) => group.coarse === 'whole');
  if (bySentence.length > 0) {
    notes.push(`MT ${where(bySentence)}: too long and too different for a word diff; compared sentence by sentence (word by word inside the smaller changes)`);
  }
  if (whole.length > 0) {
    notes.push(`MT ${where(whole)}: too long and too different to compare in detail; shown as replaced whole`);
  }
  const rough = estimated.filter((paragraph) => paragraph.estimated);
  if (rough.length > 0) {
    notes.push(`MT ${where(rough)}: too long for an exact TER; HTER estimated in chunks without shifts (it errs high)`);
  }
  return notes;
}

/** One-off diff without a cache. */
export function diffArticle(mt: string, pe: string): ArticleDiff {
  return new ArticleDiffer({ reuse: false }).diff(mt, pe);
}

function endOf(paragraphs: readonly Paragraph[], indices: readonly number[], cursor: number): number {
  const lastIndex = indices[indices.length - 1];
  return lastIndex === undefined ? cursor : paragraphs[lastIndex]!.end;
}

/** Whether the group's paragraphs differ other than by reflowing (a split or merge does). */
function paragraphsDiffer(mtNormalized: Normalized, mt: readonly number[], peNormalized: Normalized, pe: readonly number[]): boolean {
  if (mt.length !== pe.length) return true;
  return mt.some((index, k) => mtNormalized.get(index) !== peNormalized.get(pe[k]!));
}

/** Paragraph texts after {@link normalizeSpaces}, computed when first asked for. */
class Normalized {
  private readonly values: Array<string | undefined> = [];

  constructor(private readonly texts: readonly string[]) {}

  get(index: number): string {
    return (this.values[index] ??= normalizeSpaces(this.texts[index]!));
  }

  all(): string[] {
    return this.texts.map((_, index) => this.get(index));
  }
}

/** Diffs by their two texts, keyed by a sample of each (see {@link sampleKey}) and settled
 *  by comparing the texts: a string key would hash every stretch of the article in full on
 *  every keystroke, as each call slices its stretches afresh. */
class DiffCache {
  private readonly byKey = new Map<number, Array<{ mt: string; pe: string; diff: CachedDiff }>>();

  get(mt: string, pe: string): CachedDiff | undefined {
    const entries = this.byKey.get(pairKey(mt, pe));
    if (entries) for (const entry of entries) if (entry.mt === mt && entry.pe === pe) return entry.diff;
    return undefined;
  }

  set(mt: string, pe: string, diff: CachedDiff): void {
    const key = pairKey(mt, pe);
    const entries = this.byKey.get(key);
    if (!entries) {
      this.byKey.set(key, [{ mt, pe, diff }]);
      return;
    }
    const same = entries.find((entry) => entry.mt === mt && entry.pe === pe);
    if (same) same.diff = diff;
    else entries.push({ mt, pe, diff });
  }
}

function pairKey(mt: string, pe: string): number {
  return (Math.imul(sampleKey(mt), 31) + sampleKey(pe)) & 0x3fffffff;
}

function shift(op: DiffOp, mtOffset: number, peOffset: number): DiffOp {
  const shifted: DiffOp = { type: op.type, text: op.text };
  if (op.mtStart !== undefined) shifted.mtStart = op.mtStart + mtOffset;
  if (op.peStart !== undefined) shifted.peStart = op.peStart + peOffset;
  return shifted;
}
