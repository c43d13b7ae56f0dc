// The status bar's edit figures, as the review report and the JSON export state them:
// changed words (the word diff's insertions, as core/export/summary.ts counts them), TER
// edits and HTER (core/review/hter.ts: sacreBLEU's TER per aligned paragraph group,
// summed). The same functions, kept warm between calls: ArticleDiffer re-diffs only the
// paragraph typed in, and each group's TER is remembered by its two texts, so after a
// keystroke one group is scored again, not the article. That is what lets the figures
// follow typing within moments on a 10,000-word article (the report recomputes it all).
import { ArticleDiffer, type ArticleDiff } from '../../core/review/article-diff';
import { addCounts } from '../../core/review/hter';
import { terWords, translationEditRate, type TerCounts } from '../../core/review/ter';
import { countWords } from '../../core/text/paragraphs';
import type { HterFigures } from './protocol';

export interface EditFigures extends HterFigures {
  /** Post-edit words written or changed against the MT (the word diff's insertions). */
  changedWords: number;
  /** MT words removed or replaced (the word diff's deletions). */
  deletedWords: number;
}

/** sacreBLEU scores an empty reference as 100 %; nothing against nothing is 0 %. */
function percent(edits: number, refWords: number): number {
  if (refWords === 0) return edits === 0 ? 0 : 100;
  return (edits / refWords) * 100;
}

export class EditMeter {
  private readonly differ = new ArticleDiffer();
  /** Each aligned group's TER by `hypothesis \u0000 reference`: only this call's groups
   *  are kept, so the cache never outgrows one article. */
  private terCache = new Map<string, TerCounts>();

  private last: { mt: string; postEdit: string; diff: ArticleDiff } | undefined;

  /** The article diff of `postEdit` against `mt`; asked twice for the same texts (the
   *  figures, then F7's changes), it is made once. */
  diff(mt: string, postEdit: string): ArticleDiff {
    if (this.last && this.last.mt === mt && this.last.postEdit === postEdit) return this.last.diff;
    const diff = this.differ.diff(mt, postEdit);
    this.last = { mt, postEdit, diff };
    return diff;
  }

  measure(mt: string, postEdit: string): EditFigures {
    const diff = this.diff(mt, postEdit);
    const previous = this.terCache;
    this.terCache = new Map();
    const total: TerCounts = { edits: 0, refWords: 0, inserted: 0, deleted: 0, substituted: 0, shifts: 0, shiftedWords: 0 };
    let changedParagraphs = 0;
    for (const group of diff.groups) {
      const hypothesis = group.mt.map((index) => diff.mtParagraphs[index]!.text).join(' ');
      const reference = group.pe.map((index) => diff.peParagraphs[index]!.text).join(' ');
      const key = `${hypothesis}\u0000${reference}`;
      const counts = previous.get(key) ?? this.terCache.get(key) ?? translationEditRate(terWords(hypothesis), terWords(reference));
      this.terCache.set(key, counts);
      addCounts(total, counts);
      if (counts.edits > 0) changedParagraphs++;
    }
    const words = wordsChanged(diff);
    return {
      ter: percent(total.edits, total.refWords),
      edits: total.edits,
      refWords: total.refWords,
      inserted: total.inserted,
      deleted: total.deleted,
      substituted: total.substituted,
      shifts: total.shifts,
      charsChanged: words.chars,
      changedParagraphs,
      paragraphs: diff.groups.length,
      changedWords: words.inserted,
      deletedWords: words.deleted,
    };
  }
}

function wordsChanged(diff: ArticleDiff): { inserted: number; deleted: number; chars: number } {
  let inserted = 0;
  let deleted = 0;
  let chars = 0;
  for (const op of diff.ops) {
    if (op.type === 'equal') continue;
    // Characters are code points, as the report counts them.
    chars += [...op.text].length;
    if (op.type === 'insert') inserted += countWords(op.text);
    else deleted += countWords(op.text);
  }
  return { inserted, deleted, chars };
}
