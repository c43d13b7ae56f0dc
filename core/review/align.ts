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

export function alignParagraphs(mt: readonly string[], pe: readonly string[]): AlignmentGroup[] {
  return new ParagraphAligner().align(mt, pe);
}

/**
 * {@link alignParagraphs} kept warm between calls, for a post-edit being typed: its result
 * is always alignParagraphs' result for the same texts, by construction. The anchors
 * (identical paragraphs) are found afresh on every call, which is cheap; what is reused is
 * only what the word-bag alignment computes from texts that did not change: the groups of
 * a stretch between anchors whose paragraphs are all unchanged, each post-edit paragraph's
 * word bag, and its word overlaps with the MT paragraphs it was compared with. A keystroke
 * thus costs one paragraph's words, not the article's. (Reusing the previous groups
 * around the edit instead can give another alignment than from scratch when paragraphs
 * repeat: the meter's figures then differ from the report's.)
 */
export class ParagraphAligner {
  private mt: readonly string[] = [];
  /** The MT's paragraphs numbered by their normalised text (equal texts, equal ids). */
  private mtIds = new Int32Array(0);
  private mtInterner = new ParagraphInterner();
  private mtBags: Array<Int32Array | undefined> = [];
  private pe: readonly string[] = [];
  private peMemos: PeParagraphMemo[] = [];
  /** The last call's stretches between anchors, by their first MT paragraph. */
  private stretches = new Map<number, CachedStretch>();
  /** What the last call did: stretches between anchors whose groups were reused, and word
   *  bags and overlaps measured afresh (the rest were remembered). */
  lastStats = { reusedStretches: 0, measured: 0 };

  /** `normalized`, when given, gives the texts after {@link normalizeSpaces}: a caller that
   *  needs them too computes them once. The MT's is asked for only when the MT changed,
   *  the post-edit's only for the paragraphs that did. */
  align(
    mt: readonly string[],
    pe: readonly string[],
    normalized: { mt: () => readonly string[]; pe: (index: number) => string } = {
      mt: () => mt.map(normalizeSpaces),
      pe: (index) => normalizeSpaces(pe[index]!),
    },
  ): AlignmentGroup[] {
    if (this.mtIds.length !== mt.length || !sameStrings(this.mt, mt)) {
      // Everything remembered was measured against the old MT.
      this.mtInterner = new ParagraphInterner();
      this.mtIds = Int32Array.from(normalized.mt(), (text) => this.mtInterner.id(text));
      this.mtBags = [];
      this.pe = [];
      this.peMemos = [];
      this.stretches = new Map();
    }
    this.mt = [...mt];
    const memos = carryMemos(this.pe, this.peMemos, pe);
    const bags = new WordBags(mt, pe, this.mtBags, memos);
    // A post-edit paragraph's id is that of the MT paragraph with its normalised text, or -1.
    const peIds = Int32Array.from(memos, (memo, j) => (memo.mtId ??= this.mtInterner.find(normalized.pe(j))));
    const anchors = identicalParagraphs(this.mtIds, peIds);
    const previous = this.stretches;
    const stretches = new Map<number, CachedStretch>();
    this.lastStats = { reusedStretches: 0, measured: 0 };

    const groups: AlignmentGroup[] = [];
    let i = 0;
    let j = 0;
    for (const anchor of [...anchors, { aStart: mt.length, bStart: pe.length, length: 0 }]) {
      const stretch = this.stretch(bags, previous, stretches, i, anchor.aStart, j, anchor.bStart);
      // One push per group: a spread of a 130,000-group stretch overflows the call stack.
      for (const group of stretch) groups.push(group);
      for (let k = 0; k < anchor.length; k++) groups.push({ mt: [anchor.aStart + k], pe: [anchor.bStart + k] });
      i = anchor.aStart + anchor.length;
      j = anchor.bStart + anchor.length;
    }
    this.pe = [...pe];
    this.peMemos = memos;
    this.stretches = stretches;
    this.lastStats.measured = bags.measured;
    return groups;
  }

  /** {@link alignStretch}, or its groups of the last call when the stretch has the same MT
   *  paragraphs and the very same (unchanged) post-edit paragraphs. */
  private stretch(
    bags: WordBags,
    previous: Map<number, CachedStretch>,
    stretches: Map<number, CachedStretch>,
    mtFrom: number,
    mtTo: number,
    peFrom: number,
    peTo: number,
  ): AlignmentGroup[] {
    // Stretches without a paragraph on one side, or of one paragraph each, cost nothing.
    if (mtTo - mtFrom <= 1 || peTo - peFrom <= 1) return alignStretch(bags, mtFrom, mtTo, peFrom, peTo);
    const memos = bags.peMemos.slice(peFrom, peTo);
    const cached = previous.get(mtFrom);
    const reuse = cached !== undefined && cached.mtTo === mtTo && sameObjects(cached.pe, memos);
    if (reuse) this.lastStats.reusedStretches++;
    const groups = reuse ? unpackGroups(cached.shape, mtFrom, peFrom) : alignStretch(bags, mtFrom, mtTo, peFrom, peTo);
    stretches.set(mtFrom, { mtTo, pe: memos, shape: reuse ? cached.shape : packGroups(groups) });
    return groups;
  }
}

interface CachedStretch {
  mtTo: number;
  pe: readonly PeParagraphMemo[];
  /** The groups' sizes in order (see packGroups): they tile the stretch, so that is all
   *  there is to them. */
  shape: Uint8Array;
}

/** Each group as `3 × MT paragraphs + post-edit paragraphs` (both 0–2). */
function packGroups(groups: readonly AlignmentGroup[]): Uint8Array {
  return Uint8Array.from(groups, (group) => 3 * group.mt.length + group.pe.length);
}

function unpackGroups(shape: Uint8Array, mtFrom: number, peFrom: number): AlignmentGroup[] {
  const groups: AlignmentGroup[] = [];
  let i = mtFrom;
  let j = peFrom;
  for (const size of shape) {
    const mtCount = Math.floor(size / 3);
    const peCount = size % 3;
    groups.push({ mt: range(i, mtCount), pe: range(j, peCount) });
    i += mtCount;
    j += peCount;
  }
  return groups;
}

/** What the alignment measured of one post-edit paragraph, kept while its text stays
 *  unchanged (the MT is the same for the memo's whole life). */
class PeParagraphMemo {
  /** See ParagraphAligner.mtIds. */
  mtId: number | undefined;
  bag: Int32Array | undefined;
  /** By MT paragraph: whether the pair shares most of its words (see everyPairAlike). */
  readonly alike = new Map<number, boolean>();
  /** By MT paragraph: the overlap of the two word bags. */
  readonly pairs = new Map<number, number>();
  /** By MT paragraph i: the overlap with MT paragraphs i and i + 1 merged. */
  readonly merged = new Map<number, number>();
  /** The overlap, by MT paragraph, of this paragraph and `next` split from it. */
  split: { next: PeParagraphMemo; overlaps: Map<number, number> } | undefined;
}

/** The memos of the post-edit paragraphs the edit left as they were (those before and after
 *  the changed ones), and fresh memos for the others. */
function carryMemos(oldPe: readonly string[], oldMemos: readonly PeParagraphMemo[], newPe: readonly string[]): PeParagraphMemo[] {
  let prefix = 0;
  const shorter = Math.min(oldPe.length, newPe.length);
  while (prefix < shorter && oldPe[prefix] === newPe[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && oldPe[oldPe.length - 1 - suffix] === newPe[newPe.length - 1 - suffix]) suffix++;
  const memos = oldMemos.slice(0, prefix);
  for (let k = prefix; k < newPe.length - suffix; k++) memos.push(new PeParagraphMemo());
  for (let k = oldPe.length - suffix; k < oldPe.length; k++) memos.push(oldMemos[k]!);
  return memos;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, k) => text === b[k]);
}

function sameObjects<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, k) => item === b[k]);
}

/** Runs of paragraphs identical on both sides (whitespace aside), in order, given the
 *  paragraphs as ids of their normalised texts (-1, on the post-edit side, for a text no
 *  MT paragraph has). Paragraphs with no identical counterpart are left out before running
 *  Myers (as GNU diff discards lines that match nothing): when every paragraph was edited,
 *  that leaves nothing to do. */
function identicalParagraphs(mtIds: Int32Array, peIds: Int32Array): EqualRun[] {
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

  /** The id of `text`, or -1 if it was never numbered. */
  find(text: string): number {
    for (let id = this.lastWithKey.get(sampleKey(text)) ?? -1; id >= 0; id = this.sameKey[id]!) if (this.texts[id] === text) return id;
    return -1;
  }

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
 *  the DP actually compares, and the word overlaps the DP measures, each remembered (the
 *  MT's bags in `mtBags`, the rest in the post-edit paragraph's memo) for the next call. */
class WordBags {
  /** Bags and overlaps computed by this instance (not found remembered). */
  measured = 0;

  constructor(
    readonly mt: readonly string[],
    readonly pe: readonly string[],
    private readonly mtBags: Array<Int32Array | undefined>,
    readonly peMemos: readonly PeParagraphMemo[],
  ) {}

  mtBag(index: number): Int32Array {
    return (this.mtBags[index] ??= this.bagOf(this.mt[index]!));
  }

  peBag(index: number): Int32Array {
    const memo = this.peMemos[index]!;
    return (memo.bag ??= this.bagOf(this.pe[index]!));
  }

  /** Whether MT paragraph `i` and post-edit paragraph `j` share most of their words. */
  alike(i: number, j: number): boolean {
    const memory = this.peMemos[j]!.alike;
    return memory.get(i) ?? this.remember(memory, i, 2 * pairOverlap(this.mt[i]!, this.pe[j]!) >= ALIKE_SHARE * (measuredMtWords + measuredPeWords));
  }

  /** The overlap of MT paragraph `i`'s bag with post-edit paragraph `j`'s. */
  pairOverlap(i: number, j: number): number {
    const memory = this.peMemos[j]!.pairs;
    return memory.get(i) ?? this.remember(memory, i, overlap(this.mtBag(i), this.peBag(j)));
  }

  /** The overlap of post-edit paragraph `j`'s bag with MT paragraphs `i` and `i + 1`'s. */
  mergedOverlap(i: number, j: number): number {
    const memory = this.peMemos[j]!.merged;
    return memory.get(i) ?? this.remember(memory, i, overlapWithUnion(this.peBag(j), this.mtBag(i), this.mtBag(i + 1)));
  }

  /** The overlap of MT paragraph `i`'s bag with post-edit paragraphs `j` and `j + 1`'s. */
  splitOverlap(i: number, j: number): number {
    const memo = this.peMemos[j]!;
    const next = this.peMemos[j + 1]!;
    if (memo.split?.next !== next) memo.split = { next, overlaps: new Map() };
    const memory = memo.split.overlaps;
    return memory.get(i) ?? this.remember(memory, i, overlapWithUnion(this.mtBag(i), this.peBag(j), this.peBag(j + 1)));
  }

  /** Keeps `value`, just measured, as `memory`'s for MT paragraph `i`. (`??` before the
   *  call measures only what is not remembered, without a closure per lookup.) */
  private remember<T>(memory: Map<number, T>, i: number, value: T): T {
    this.measured++;
    memory.set(i, value);
    return value;
  }

  private bagOf(text: string): Int32Array {
    this.measured++;
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
  for (let k = 0; k < count; k++) if (!bags.alike(mtFrom + k, peFrom + k)) return false;
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
  const mtFirst = bags.mtBag(mtStart).length;
  const peFirst = bags.peBag(peStart).length;
  if (mtCount === 1 && peCount === 1) return mtFirst + peFirst - 2 * bags.pairOverlap(mtStart, peStart);
  const [one, first, second, shared] = mtCount === 2
    ? [peFirst, mtFirst, bags.mtBag(mtStart + 1).length, bags.mergedOverlap(mtStart, peStart)]
    : [mtFirst, peFirst, bags.peBag(peStart + 1).length, bags.splitOverlap(mtStart, peStart)];
  return one + first + second - 2 * shared + MERGE_COST_PER_WORD * Math.min(first, second);
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
