// Paragraph alignment of an MT text with its post-edit. Identical paragraphs anchor the
// alignment first (Myers over paragraph ids, cheap when most paragraphs are untouched);
// each stretch between anchors is aligned by a Gale–Church-style dynamic programme over
// word overlap, allowing 1-1, 1-0, 0-1, 2-1 (merged) and 1-2 (split) groups.
import { Band, range } from './band.js';
import { diffSequences, type EqualRun } from '../text/myers.js';
import { isWordUnit, sampleKey, wordHashes, wordHashesInto } from './tokens.js';

export interface AlignmentGroup {
  /** Indices of the MT paragraphs in this group (0, 1 or 2, consecutive). */
  mt: number[];
  /** Indices of the post-edit paragraphs in this group (0, 1 or 2, consecutive). */
  pe: number[];
}

/** Half-width of the DP band around the stretch's diagonal: alignments that drift further
 *  than this many paragraphs from it are not considered (they would be reorders anyway). */
const BAND = 16;
/** A merge or split must explain this share of its smaller paragraph's words to beat
 *  pairing one paragraph and deleting (or inserting) the other. */
const MERGE_COST_PER_WORD = 0.5;

/** `mtNormalized` and `peNormalized`, when given, are the texts after
 *  {@link normalizeSpaces}: a caller that needs them too computes them once. */
export function alignParagraphs(
  mt: readonly string[],
  pe: readonly string[],
  mtNormalized: readonly string[] = mt.map(normalizeSpaces),
  peNormalized: readonly string[] = pe.map(normalizeSpaces),
): AlignmentGroup[] {
  const anchors = identicalParagraphs(mtNormalized, peNormalized);
  const bags = new WordBags(mt, pe);

  const groups: AlignmentGroup[] = [];
  let i = 0;
  let j = 0;
  for (const anchor of [...anchors, { aStart: mt.length, bStart: pe.length, length: 0 }]) {
    // One push per group: a spread of a 130,000-group stretch overflows the call stack.
    for (const group of alignStretch(bags, i, anchor.aStart, j, anchor.bStart)) groups.push(group);
    for (let k = 0; k < anchor.length; k++) groups.push({ mt: [anchor.aStart + k], pe: [anchor.bStart + k] });
    i = anchor.aStart + anchor.length;
    j = anchor.bStart + anchor.length;
  }
  return groups;
}

/**
 * The alignment after the post-edit changed from `oldPe` to `newPe` (the MT unchanged),
 * reusing `previous` (the alignment of `mt` with `oldPe`): only the groups around the
 * changed paragraphs, plus one neighbour on each side so a split or merge can form or
 * dissolve, are aligned again. A keystroke thus costs one small stretch, not the article.
 */
export function realignParagraphs(
  previous: readonly AlignmentGroup[],
  mt: readonly string[],
  oldPe: readonly string[],
  newPe: readonly string[],
): AlignmentGroup[] {
  let prefix = 0;
  const shorter = Math.min(oldPe.length, newPe.length);
  while (prefix < shorter && oldPe[prefix] === newPe[prefix]) prefix++;
  if (prefix === oldPe.length && prefix === newPe.length) return previous.map(copyGroup);
  let suffix = 0;
  while (suffix < shorter - prefix && oldPe[oldPe.length - 1 - suffix] === newPe[newPe.length - 1 - suffix]) suffix++;
  const changedFrom = prefix;
  const changedTo = oldPe.length - suffix;

  // Each group's place on both sides, as half-open index ranges (empty for a 0-sided group).
  const spans: Array<{ mtLo: number; mtHi: number; peLo: number; peHi: number }> = [];
  let mtNext = 0;
  let peNext = 0;
  for (const group of previous) {
    const span = { mtLo: mtNext, mtHi: mtNext + group.mt.length, peLo: peNext, peHi: peNext + group.pe.length };
    spans.push(span);
    mtNext = span.mtHi;
    peNext = span.peHi;
  }
  const touches = (span: { peLo: number; peHi: number }): boolean =>
    changedFrom < changedTo
      ? span.peLo < changedTo && span.peHi > changedFrom
      : span.peLo <= changedFrom && changedFrom <= span.peHi;
  let first = spans.findIndex(touches);
  if (first < 0) first = spans.length;
  let last = first;
  while (last + 1 < spans.length && touches(spans[last + 1]!)) last++;
  first = Math.max(0, first - 1);
  last = Math.min(spans.length - 1, last + 1);

  const shift = newPe.length - oldPe.length;
  const window = spans.length === 0
    ? { mtLo: 0, mtHi: mt.length, peLo: 0, peHi: oldPe.length }
    : { mtLo: spans[first]!.mtLo, mtHi: spans[last]!.mtHi, peLo: spans[first]!.peLo, peHi: spans[last]!.peHi };
  const bags = new WordBags(mt, newPe);
  return [
    ...previous.slice(0, first).map(copyGroup),
    ...alignStretch(bags, window.mtLo, window.mtHi, window.peLo, window.peHi + shift),
    ...previous.slice(last + 1).map((group) => ({ mt: [...group.mt], pe: group.pe.map((j) => j + shift) })),
  ];
}

function copyGroup(group: AlignmentGroup): AlignmentGroup {
  return { mt: [...group.mt], pe: [...group.pe] };
}

/** Runs of paragraphs identical on both sides (whitespace aside), in order. Paragraphs
 *  with no identical counterpart are left out before running Myers (as GNU diff discards
 *  lines that match nothing): when every paragraph was edited, that leaves nothing to do. */
function identicalParagraphs(mt: readonly string[], pe: readonly string[]): EqualRun[] {
  // Both sides come normalised (see normalizeSpaces).
  const ids = new ParagraphInterner();
  const mtIds = new Int32Array(mt.length);
  for (let i = 0; i < mt.length; i++) mtIds[i] = ids.id(mt[i]!);
  const peIds = new Int32Array(pe.length);
  for (let j = 0; j < pe.length; j++) peIds[j] = ids.id(pe[j]!);
  // Paragraphs the two sides begin and end with are matched first, as diff tools do: with
  // a paragraph repeated ("Putin." twice), an edit to the first must not pair the second
  // MT paragraph's twin with it and leave two groups changed.
  let prefix = 0;
  const shorter = Math.min(mtIds.length, peIds.length);
  while (prefix < shorter && mtIds[prefix] === peIds[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && mtIds[mtIds.length - 1 - suffix] === peIds[peIds.length - 1 - suffix]) suffix++;
  const mtEnd = mtIds.length - suffix;
  const peEnd = peIds.length - suffix;
  const middle = (ids: Int32Array, end: number) => ids.subarray(prefix, end);
  const onMtSide = new Set(middle(mtIds, mtEnd));
  const peKept = indicesWhere(middle(peIds, peEnd), (id) => onMtSide.has(id)).map((j) => j + prefix);
  const onPeSide = new Set(peKept.map((j) => peIds[j]!));
  const mtKept = indicesWhere(middle(mtIds, mtEnd), (id) => onPeSide.has(id)).map((i) => i + prefix);
  const runs = diffSequences(
    Int32Array.from(mtKept, (i) => mtIds[i]!),
    Int32Array.from(peKept, (j) => peIds[j]!),
  );
  // Back to original indices: a run of the filtered sequences may span discarded
  // paragraphs, so it is cut wherever the original indices stop being consecutive.
  const anchors: EqualRun[] = prefix > 0 ? [{ aStart: 0, bStart: 0, length: prefix }] : [];
  for (const run of runs) {
    for (let k = 0; k < run.length; k++) {
      const i = mtKept[run.aStart + k]!;
      const j = peKept[run.bStart + k]!;
      const last = anchors[anchors.length - 1];
      if (last && last.aStart + last.length === i && last.bStart + last.length === j) last.length++;
      else anchors.push({ aStart: i, bStart: j, length: 1 });
    }
  }
  if (suffix > 0) {
    const last = anchors[anchors.length - 1];
    if (last && last.aStart + last.length === mtEnd && last.bStart + last.length === peEnd) last.length += suffix;
    else anchors.push({ aStart: mtEnd, bStart: peEnd, length: suffix });
  }
  return anchors;
}

/** Numbers paragraphs like an Interner, but keyed by a hash of the length and a sample of
 *  units, not of the whole text: an edited paragraph rarely shares that key with any other,
 *  so it costs no full-text hash, and an equal key is settled by comparing the texts. */
class ParagraphInterner {
  private readonly texts: string[] = [];
  /** Earlier id with the same key, -1 for none. */
  private readonly sameKey: number[] = [];
  private readonly lastWithKey = new Map<number, number>();

  id(text: string): number {
    const key = sampleKey(text);
    const last = this.lastWithKey.get(key);
    for (let id = last ?? -1; id >= 0; id = this.sameKey[id]!) if (this.texts[id] === text) return id;
    const id = this.texts.length;
    this.texts.push(text);
    this.sameKey.push(last ?? -1);
    this.lastWithKey.set(key, id);
    return id;
  }
}

function indicesWhere(ids: Int32Array, keep: (id: number) => boolean): number[] {
  const kept: number[] = [];
  for (let k = 0; k < ids.length; k++) if (keep(ids[k]!)) kept.push(k);
  return kept;
}

/** Reflowing a paragraph (other line breaks, doubled spaces) does not change it. */
export function normalizeSpaces(text: string): string {
  return hasUnusualSpace(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Whitespace other than a plain space, or two spaces in a row. */
const UNUSUAL_SPACE = /[^\S ]| {2}/;

/** Whether `text` has whitespace other than single plain spaces. This runs on every
 *  paragraph of every keystroke: the compiled regex scans about three times as fast as a
 *  charCodeAt loop. */
function hasUnusualSpace(text: string): boolean {
  return UNUSUAL_SPACE.test(text);
}

/** Lower-cased words of each paragraph as sorted hashes, built only for the paragraphs
 *  the DP actually compares. */
class WordBags {
  private readonly mtBags: Array<Int32Array | undefined> = [];
  private readonly peBags: Array<Int32Array | undefined> = [];

  constructor(
    readonly mt: readonly string[],
    readonly pe: readonly string[],
  ) {}

  mtBag(index: number): Int32Array {
    return (this.mtBags[index] ??= this.bagOf(this.mt[index]!));
  }

  peBag(index: number): Int32Array {
    return (this.peBags[index] ??= this.bagOf(this.pe[index]!));
  }

  private bagOf(text: string): Int32Array {
    return wordHashes(text).sort();
  }
}

type Move = [mtCount: number, peCount: number];
// On equal cost the earlier move wins: pairing beats a merge, which beats deleting and
// inserting.
const MOVES: readonly Move[] = [[1, 1], [2, 1], [1, 2], [1, 0], [0, 1]];
/** Cheapest to cost first, so the bound prunes the expensive overlap counts. */
const EVALUATION_ORDER: readonly number[] = [3, 4, 0, 1, 2];

function alignStretch(bags: WordBags, mtFrom: number, mtTo: number, peFrom: number, peTo: number): AlignmentGroup[] {
  const a = mtTo - mtFrom;
  const b = peTo - peFrom;
  if (a === 0 || b === 0) {
    const groups: AlignmentGroup[] = [];
    for (let i = mtFrom; i < mtTo; i++) groups.push({ mt: [i], pe: [] });
    for (let j = peFrom; j < peTo; j++) groups.push({ mt: [], pe: [j] });
    return groups;
  }
  if (a === 1 && b === 1) return [{ mt: [mtFrom], pe: [peFrom] }];
  if (a === b && everyPairAlike(bags, mtFrom, peFrom, a)) return range(0, a).map((k) => ({ mt: [mtFrom + k], pe: [peFrom + k] }));

  const band = new Band(a, b, BAND);
  const cost = new Float64Array(band.size).fill(Infinity);
  const move = new Uint8Array(band.size);
  cost[band.index(0, 0)] = 0;
  for (let i = 0; i <= a; i++) {
    for (let j = band.low(i); j <= band.high(i); j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      for (const m of EVALUATION_ORDER) {
        const [di, dj] = MOVES[m]!;
        if (i < di || j < dj) continue;
        const from = band.index(i - di, j - dj);
        if (from < 0) continue;
        const before = cost[from]!;
        const mtStart = mtFrom + i - di;
        const peStart = peFrom + j - dj;
        // Most cells cannot beat the best found so far even if every word matched: skip
        // counting the overlap then (merges and splits off the diagonal nearly always).
        const bound = before + groupCostLowerBound(bags, mtStart, di, peStart, dj);
        if (bound > best || (bound === best && m > bestMove)) continue;
        const total = before + groupCost(bags, mtStart, di, peStart, dj);
        if (total < best || (total === best && m < bestMove)) {
          best = total;
          bestMove = m;
        }
      }
      const here = band.index(i, j);
      cost[here] = best;
      move[here] = bestMove;
    }
  }

  const groups: AlignmentGroup[] = [];
  for (let i = a, j = b; i > 0 || j > 0; ) {
    const [di, dj] = MOVES[move[band.index(i, j)]!]!;
    i -= di;
    j -= dj;
    groups.push({ mt: range(mtFrom + i, di), pe: range(peFrom + j, dj) });
  }
  return groups.reverse();
}

/** Share of a pair's words that must match for the pair to align without the DP. */
const ALIKE_SHARE = 0.5;

/** Whether each paragraph of an equal-sized stretch shares most of its words with the one
 *  in its place: the usual paragraph-for-paragraph post-edit, aligned 1-1 at once. (A
 *  split or a merge would leave some pair sharing few words, and the DP then decides.) */
function everyPairAlike(bags: WordBags, mtFrom: number, peFrom: number, count: number): boolean {
  for (let k = 0; k < count; k++) {
    const shared = pairOverlap(bags.mt[mtFrom + k]!, bags.pe[peFrom + k]!);
    if (2 * shared < ALIKE_SHARE * (measuredMtWords + measuredPeWords)) return false;
  }
  return true;
}

let middleScratch = new Int32Array(1024);

/** Word counts of the last pair {@link pairOverlap} measured. */
let measuredMtWords = 0;
let measuredPeWords = 0;

/**
 * The overlap of the pair's word bags, as {@link overlap} of the two bags would give, and
 * their sizes (in `measuredMtWords`, `measuredPeWords`). The whole words of the common head
 * and tail are in both bags, and the multiset intersection of C + X with C + Y is C plus
 * that of X with Y: only the words in between are hashed and sorted. A post-edited
 * paragraph keeps most of its text, so this costs a fraction of building both bags.
 */
function pairOverlap(mt: string, pe: string): number {
  // Words of the head that end inside it (the unit ending them is common too), and words
  // of the tail that start after a non-word unit inside it: whole, and the same, on both
  // sides. The middle runs from the end of the last such head word to the start of the
  // first such tail word, so it starts and ends between words. Counted while comparing.
  const shorter = Math.min(mt.length, pe.length);
  let common = 0;
  let middleStart = 0;
  let inWord = false;
  let prefix = 0;
  for (; prefix < shorter; prefix++) {
    const unit = mt.charCodeAt(prefix);
    if (unit !== pe.charCodeAt(prefix)) break;
    const word = isWordUnit(unit);
    if (!word && inWord) {
      common++;
      middleStart = prefix;
    }
    inWord = word;
  }
  let tail = 0;
  let nextIsWord = false;
  for (let suffix = 0; suffix < shorter - prefix; suffix++) {
    const unit = mt.charCodeAt(mt.length - 1 - suffix);
    if (unit !== pe.charCodeAt(pe.length - 1 - suffix)) break;
    const word = isWordUnit(unit);
    if (!word && nextIsWord) {
      common++;
      tail = suffix;
    }
    nextIsWord = word;
  }
  // Both middles' hashes go to one scratch buffer: this runs for every pair of the article.
  const mtEnd = mt.length - tail;
  const peEnd = pe.length - tail;
  const room = ((mtEnd - middleStart) >> 1) + ((peEnd - middleStart) >> 1) + 2;
  if (middleScratch.length < room) middleScratch = new Int32Array(Math.max(room, middleScratch.length * 2));
  const mtCount = wordHashesInto(mt, middleStart, mtEnd, middleScratch, 0);
  const peCount = wordHashesInto(pe, middleStart, peEnd, middleScratch, mtCount);
  const mtMiddle = middleScratch.subarray(0, mtCount).sort();
  const peMiddle = middleScratch.subarray(mtCount, mtCount + peCount).sort();
  measuredMtWords = common + mtMiddle.length;
  measuredPeWords = common + peMiddle.length;
  return common + overlap(mtMiddle, peMiddle);
}

/** What {@link groupCost} would be if all the words of the smaller side matched. */
function groupCostLowerBound(bags: WordBags, mtStart: number, mtCount: number, peStart: number, peCount: number): number {
  let mtWords = 0;
  let peWords = 0;
  for (let k = 0; k < mtCount; k++) mtWords += bags.mtBag(mtStart + k).length;
  for (let k = 0; k < peCount; k++) peWords += bags.peBag(peStart + k).length;
  const penalty = mtCount === 2
    ? MERGE_COST_PER_WORD * Math.min(bags.mtBag(mtStart).length, bags.mtBag(mtStart + 1).length)
    : peCount === 2
      ? MERGE_COST_PER_WORD * Math.min(bags.peBag(peStart).length, bags.peBag(peStart + 1).length)
      : 0;
  return Math.abs(mtWords - peWords) + penalty;
}

/** Words left unmatched by the group (a bag-of-words estimate of its edits), plus the
 *  price of a merge or split. */
function groupCost(bags: WordBags, mtStart: number, mtCount: number, peStart: number, peCount: number): number {
  if (mtCount === 0) return bags.peBag(peStart).length;
  if (peCount === 0) return bags.mtBag(mtStart).length;
  const mtFirst = bags.mtBag(mtStart);
  const peFirst = bags.peBag(peStart);
  if (mtCount === 1 && peCount === 1) return mtFirst.length + peFirst.length - 2 * overlap(mtFirst, peFirst);
  const [one, first, second] = mtCount === 2
    ? [peFirst, mtFirst, bags.mtBag(mtStart + 1)]
    : [mtFirst, peFirst, bags.peBag(peStart + 1)];
  return one.length + first.length + second.length - 2 * overlapWithUnion(one, first, second) +
    MERGE_COST_PER_WORD * Math.min(first.length, second.length);
}

/** Size of the multiset intersection of two sorted id arrays. */
function overlap(x: Int32Array, y: Int32Array): number {
  let count = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i]! === y[j]!) {
      count++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) {
      i++;
    } else {
      j++;
    }
  }
  return count;
}

/** Size of the multiset intersection of `x` with the multiset sum of `y` and `z` (all
 *  sorted), without building the sum. */
function overlapWithUnion(x: Int32Array, y: Int32Array, z: Int32Array): number {
  let count = 0;
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < x.length) {
    const value = x[i]!;
    let inX = 0;
    while (i < x.length && x[i] === value) {
      inX++;
      i++;
    }
    while (j < y.length && y[j]! < value) j++;
    while (k < z.length && z[k]! < value) k++;
    let inYZ = 0;
    while (j < y.length && y[j] === value) {
      inYZ++;
      j++;
    }
    while (k < z.length && z[k] === value) {
      inYZ++;
      k++;
    }
    count += Math.min(inX, inYZ);
  }
  return count;
}
