// Human-targeted TER of a post-edited article: TER of the MT (hypothesis) against its
// post-edit (reference), per aligned paragraph group, summed over the article. Summing
// edits and reference words (rather than averaging paragraph scores) is how sacreBLEU
// scores a corpus, so long paragraphs weigh as much as their words.
import { diffArticle, type ArticleDiff } from './article-diff.js';
import { diffSequencesWithin, type EqualRun } from '../text/myers.js';
import { editRateWithoutShifts, terWords, translationEditRate, wordIds, type TerCounts } from './ter.js';
import { diffBudget } from './word-diff.js';

export interface HterParagraph extends TerCounts {
  /** TER in percent: edits / refWords × 100. */
  ter: number;
  /** The aligned group: MT and post-edit paragraph indices. */
  mt: number[];
  pe: number[];
  /** Present when the group was too long and too different to score as one TER sentence
   *  within a bounded effort: its TER was estimated in chunks (see scoreGroup). */
  estimated?: true;
}

export interface HterReport extends TerCounts {
  /** HTER in percent over the whole article. */
  ter: number;
  /** Characters (code points) in the word diff's inserted and deleted text. */
  charsChanged: number;
  paragraphs: HterParagraph[];
  /** How many paragraph groups were estimated (present only when some were). */
  estimatedParagraphs?: number;
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
    // A group the word diff could only compare as a whole has no unchanged runs to cut at.
    const { counts, estimated } = scoreGroup(terWords(hypothesis), terWords(reference), { anchors: group.coarse !== 'whole' });
    const paragraph: HterParagraph = { ter: percent(counts.edits, counts.refWords), ...counts, mt: [...group.mt], pe: [...group.pe] };
    if (estimated) paragraph.estimated = true;
    return paragraph;
  });

  const total: TerCounts = { edits: 0, refWords: 0, inserted: 0, deleted: 0, substituted: 0, shifts: 0, shiftedWords: 0 };
  for (const paragraph of paragraphs) addCounts(total, paragraph);
  let charsChanged = 0;
  for (const op of diff.ops) if (op.type !== 'equal') charsChanged += codePoints(op.text);
  const report: HterReport = { ter: percent(total.edits, total.refWords), ...total, charsChanged, paragraphs };
  const estimated = paragraphs.filter((paragraph) => paragraph.estimated).length;
  if (estimated > 0) report.estimatedParagraphs = estimated;
  return report;
}

/** Words per side up to which a group is scored as one TER sentence, as sacreBLEU does. */
export const TER_SENTENCE_WORDS = 5_000;
/** An unchanged run this long is where a long group is cut: TER shifts move a phrase of at
 *  most 10 words at most 50 positions, so none reaches across such a run. */
const ANCHOR_WORDS = 120;
/** Size of the proportional chunks a long group with no such run is estimated in. */
const CHUNK_WORDS = 1_000;

/**
 * TER of one aligned group. Tercom's search costs grow with the square of a sentence's
 * length (and sacreBLEU's beam loses the path on very long ones), so a group over
 * TER_SENTENCE_WORDS words on a side is scored in pieces: cut inside long unchanged runs
 * (found by a budgeted word diff), each piece as one sentence. A piece
 * still too long, with no such run, is scored in proportional chunks: an estimate, said so.
 */
export function scoreGroup(
  hypothesis: readonly string[],
  reference: readonly string[],
  options: { anchors?: boolean } = {},
): { counts: TerCounts; estimated: boolean } {
  if (Math.max(hypothesis.length, reference.length) <= TER_SENTENCE_WORDS) {
    return { counts: translationEditRate(hypothesis, reference), estimated: false };
  }
  const runs = options.anchors === false ? [] : unchangedRuns(hypothesis, reference);

  const total: TerCounts = { edits: 0, refWords: 0, inserted: 0, deleted: 0, substituted: 0, shifts: 0, shiftedWords: 0 };
  let estimated = false;
  let hypFrom = 0;
  let refFrom = 0;
  const scorePiece = (hypTo: number, refTo: number): void => {
    const hyp = hypothesis.slice(hypFrom, hypTo);
    const ref = reference.slice(refFrom, refTo);
    if (Math.max(hyp.length, ref.length) <= TER_SENTENCE_WORDS) {
      addCounts(total, translationEditRate(hyp, ref));
    } else {
      estimated = true;
      const chunks = Math.ceil(Math.max(hyp.length, ref.length) / CHUNK_WORDS);
      for (let k = 0; k < chunks; k++) {
        const hypChunk = hyp.slice(Math.floor((k * hyp.length) / chunks), Math.floor(((k + 1) * hyp.length) / chunks));
        const refChunk = ref.slice(Math.floor((k * ref.length) / chunks), Math.floor(((k + 1) * ref.length) / chunks));
        addCounts(total, editRateWithoutShifts(hypChunk, refChunk));
      }
    }
  };
  // A long unchanged run keeps a margin of half an anchor on each side, scored with the
  // changes next to it; its inside is identical on both sides: no edits, only words.
  const margin = ANCHOR_WORDS >> 1;
  for (const run of runs) {
    if (run.length < ANCHOR_WORDS) continue;
    scorePiece(run.aStart + margin, run.bStart + margin);
    const inside = run.length - 2 * margin;
    total.refWords += inside;
    hypFrom = run.aStart + margin + inside;
    refFrom = run.bStart + margin + inside;
  }
  scorePiece(hypothesis.length, reference.length);
  return { counts: total, estimated };
}

/** The equal runs of a budgeted word diff of the two word lists (none past the budget). */
function unchangedRuns(hypothesis: readonly string[], reference: readonly string[]): EqualRun[] {
  const { hypothesis: hypIds, reference: refIds } = wordIds(hypothesis, reference);
  return diffSequencesWithin(hypIds, refIds, diffBudget(hypIds.length + refIds.length)) ?? [];
}

/** Adds one group's TER counts to a running total (the report's sum, and the edit meter's). */
export function addCounts(total: TerCounts, counts: TerCounts): void {
  total.edits += counts.edits;
  total.refWords += counts.refWords;
  total.inserted += counts.inserted;
  total.deleted += counts.deleted;
  total.substituted += counts.substituted;
  total.shifts += counts.shifts;
  total.shiftedWords += counts.shiftedWords;
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
