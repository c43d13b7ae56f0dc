// Human-targeted TER of a post-edited article: TER of the MT (hypothesis) against its
// post-edit (reference), per aligned paragraph group, summed over the article. Summing
// edits and reference words (rather than averaging paragraph scores) is how sacreBLEU
// scores a corpus, so long paragraphs weigh as much as their words.
import { diffArticle, type ArticleDiff } from './article-diff.js';
import { terWords, translationEditRate, type TerCounts } from './ter.js';

export interface HterParagraph extends TerCounts {
  /** TER in percent: edits / refWords × 100. */
  ter: number;
  /** The aligned group: MT and post-edit paragraph indices. */
  mt: number[];
  pe: number[];
}

export interface HterReport extends TerCounts {
  /** HTER in percent over the whole article. */
  ter: number;
  /** Characters (code points) in the word diff's inserted and deleted text. */
  charsChanged: number;
  paragraphs: HterParagraph[];
}

export interface HterOptions {
  /** A diff of the same texts already computed (e.g. by an ArticleDiffer). */
  diff?: ArticleDiff;
}

export function computeHter(mt: string, pe: string, options: HterOptions = {}): HterReport {
  const diff = options.diff ?? diffArticle(mt, pe);
  const paragraphs = diff.groups.map((group): HterParagraph => {
    const hypothesis = group.mt.map((index) => diff.mtParagraphs[index]!.text).join(' ');
    const reference = group.pe.map((index) => diff.peParagraphs[index]!.text).join(' ');
    const counts = translationEditRate(terWords(hypothesis), terWords(reference));
    return { ter: percent(counts.edits, counts.refWords), ...counts, mt: [...group.mt], pe: [...group.pe] };
  });

  const total: TerCounts = { edits: 0, refWords: 0, inserted: 0, deleted: 0, substituted: 0, shifts: 0, shiftedWords: 0 };
  for (const paragraph of paragraphs) {
    total.edits += paragraph.edits;
    total.refWords += paragraph.refWords;
    total.inserted += paragraph.inserted;
    total.deleted += paragraph.deleted;
    total.substituted += paragraph.substituted;
    total.shifts += paragraph.shifts;
    total.shiftedWords += paragraph.shiftedWords;
  }
  let charsChanged = 0;
  for (const op of diff.ops) if (op.type !== 'equal') charsChanged += codePoints(op.text);
  return { ter: percent(total.edits, total.refWords), ...total, charsChanged, paragraphs };
}

/** sacreBLEU scores an empty reference as 100 %; nothing against nothing is 0 %. */
function percent(edits: number, refWords: number): number {
  if (refWords === 0) return edits === 0 ? 0 : 100;
  return (edits / refWords) * 100;
}

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
