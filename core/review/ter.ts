// Translation Edit Rate (Snover et al. 2006) computed exactly as sacreBLEU 2.x's TER metric
// does with its defaults (case-insensitive, whitespace tokens, punctuation kept, no
// normalisation, no Asian segmentation), so Glossa's HTER agrees with the figure translators
// get from `sacrebleu -m ter`. The search heuristics below (shift ranking, candidate limit,
// beam) are Tercom's as sacreBLEU reproduces them: changing any of them changes scores.
//
// One departure in method, not in result: sacreBLEU caches edit-distance rows by
// hypothesis prefix; here each shift candidate's distance is computed from the current
// hypothesis's forward and backward beam matrices, recomputing only the rows of the moved
// stretch. Both give the same beam-restricted distance for every candidate, so the chosen
// shifts and the scores are identical (tests compare against sacreBLEU's figures).

const COST_INS = 1;
const COST_DEL = 1;
const COST_SUB = 1;
/** Tercom's limits: longest shifted phrase, furthest shift, Levenshtein beam half-width. */
const MAX_SHIFT_SIZE = 10;
const MAX_SHIFT_DIST = 50;
const BEAM_WIDTH = 25;
/** sacreBLEU's own limit: shift candidates evaluated per sentence before giving up. */
const MAX_SHIFT_CANDIDATES = 1000;

const OP_NOP = 0;
const OP_SUB = 1;
/** A reference word inserted (the hypothesis lacks it). */
const OP_INS = 2;
/** A hypothesis word deleted. */
const OP_DEL = 3;
const OP_UNDEF = 4;
const INFINITE = 0x3fffffff;

export interface TerCounts {
  /** Shifts plus the edits of the final alignment: what TER divides by `refWords`. */
  edits: number;
  refWords: number;
  /** Reference words the hypothesis lacked. */
  inserted: number;
  /** Hypothesis words the reference lacks. */
  deleted: number;
  substituted: number;
  /** Phrase shifts (each counts one edit, whatever its length). */
  shifts: number;
  /** Words moved by those shifts. */
  shiftedWords: number;
}

// Python's str.split() separators (str.isspace), which differ from JS's \s: they include
// U+001C–U+001F and U+0085 but not U+FEFF.
// eslint-disable-next-line no-control-regex -- those separators are control characters
const PYTHON_WHITESPACE = /[\t\n\v\f\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** sacreBLEU's default TER tokenisation: lower-case, split on whitespace. */
export function terWords(text: string): string[] {
  return text.toLowerCase().split(PYTHON_WHITESPACE).filter((word) => word !== '');
}

/** TER edits of `hypothesis` against `reference` (both already tokenised). */
export function translationEditRate(hypothesis: readonly string[], reference: readonly string[]): TerCounts {
  const refWords = reference.length;
  if (refWords === 0) {
    // sacreBLEU: an empty reference costs one deletion per hypothesis word.
    return { edits: hypothesis.length, refWords: 0, inserted: 0, deleted: hypothesis.length, substituted: 0, shifts: 0, shiftedWords: 0 };
  }
  const ids = wordIds(hypothesis, reference);
  const ref = ids.reference;
  let hyp = ids.hypothesis;
  // Shifts keep the hypothesis length, so one beam serves every edit distance below.
  const beam = new Beam(hyp.length, ref.length);

  let shifts = 0;
  let shiftedWords = 0;
  const budget = { checked: 0 };
  for (;;) {
    const best = bestShift(hyp, ref, beam, budget);
    // As in sacreBLEU, running out of candidates discards the shift just found.
    if (budget.checked >= MAX_SHIFT_CANDIDATES || best === undefined || best.gain <= 0) break;
    shifts++;
    shiftedWords += best.length;
    hyp = best.words;
  }

  return finalCounts(hyp, ref, beam, shifts, shiftedWords);
}

/**
 * TER's counts without the shift search: the beam edit distance alone, one pass. Never
 * below TER (each shift it would find saves at least one edit), so an estimate that errs
 * high, for text too long for the search (see scoreGroup in hter.ts).
 */
export function editRateWithoutShifts(hypothesis: readonly string[], reference: readonly string[]): TerCounts {
  if (reference.length === 0) return translationEditRate(hypothesis, reference);
  const { hypothesis: hyp, reference: ref } = wordIds(hypothesis, reference);
  return finalCounts(hyp, ref, new Beam(hyp.length, ref.length), 0, 0);
}

/** Both word lists as integer ids (equal words, equal ids), so comparing is one `===`. */
export function wordIds(hypothesis: readonly string[], reference: readonly string[]): { hypothesis: Int32Array; reference: Int32Array } {
  const ids = new Map<string, number>();
  const toIds = (words: readonly string[]): Int32Array =>
    Int32Array.from(words, (word) => {
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = ids.size));
      return id;
    });
  return { hypothesis: toIds(hypothesis), reference: toIds(reference) };
}

function finalCounts(hyp: Int32Array, ref: Int32Array, beam: Beam, shifts: number, shiftedWords: number): TerCounts {
  const { cost, trace } = editDistanceWithTrace(hyp, ref, beam);
  let inserted = 0;
  let deleted = 0;
  let substituted = 0;
  for (const op of trace) {
    if (op === OP_INS) inserted++;
    else if (op === OP_DEL) deleted++;
    else if (op === OP_SUB) substituted++;
  }
  return { edits: shifts + cost, refWords: ref.length, inserted, deleted, substituted, shifts, shiftedWords };
}

interface Shift {
  gain: number;
  length: number;
  start: number;
  target: number;
  words: Int32Array;
}

/** The shift that lowers the edit distance most, ranked as Tercom ranks them: largest
 *  gain, then longest phrase, then earliest phrase, then earliest target. */
function bestShift(hyp: Int32Array, ref: Int32Array, beam: Beam, budget: { checked: number }): Shift | undefined {
  const { cost: before, trace, forward } = editDistanceWithTrace(hyp, ref, beam);
  const { refToHyp, hypErrors, refErrors } = alignmentOf(trace, hyp.length, ref.length);
  // Every candidate equals `hyp` outside the stretch it moves, so its distance is the
  // minimum over one row of (its forward costs) + (hyp's costs to the end): only the
  // moved stretch's rows need computing. The result is the full beam distance, exactly.
  const backward = backwardCosts(hyp, ref, beam);
  const scratch = new Int32Array(beam.size);
  // Candidates are written here, only across the stretch they change: the rows computed
  // for them read nothing else. A copy is made only for a candidate that ranks first.
  const candidate = hyp.slice();
  let best: Shift | undefined;

  for (let startH = 0; startH < hyp.length; startH++) {
    // Only reference positions within the shift distance: a loop over all of them (and
    // `continue`) made every pass quadratic in the paragraph's length.
    const lastR = Math.min(ref.length - 1, startH + MAX_SHIFT_DIST);
    for (let startR = Math.max(0, startH - MAX_SHIFT_DIST); startR <= lastR; startR++) {
      for (let length = 1; length <= MAX_SHIFT_SIZE; length++) {
        if (hyp[startH + length - 1] !== ref[startR + length - 1]) break;
        // Only move a phrase that is wrong where it stands, to a place where the reference
        // is not already matched, and not into itself.
        const worthTrying =
          hypErrors[startH + length]! - hypErrors[startH]! !== 0 &&
          refErrors[startR + length]! - refErrors[startR]! !== 0 &&
          !(startH <= refToHyp[startR]! && refToHyp[startR]! < startH + length);
        if (worthTrying) {
          let previousTarget = -1;
          for (let offset = -1; offset < length; offset++) {
            // Insert before the hypothesis word aligned just after the reference position.
            const target = startR + offset === -1 ? 0 : refToHyp[startR + offset]! + 1;
            if (target === previousTarget) continue;
            previousTarget = target;
            const stretch = writeShift(hyp, startH, length, target, candidate);
            const gain = before - shiftedCost(candidate, stretch, ref, beam, forward, backward, scratch);
            budget.checked++;
            if (best === undefined || outranks(gain, length, startH, target, best)) {
              const words = hyp.slice();
              words.set(candidate.subarray(stretch.from, stretch.to), stretch.from);
              best = { gain, length, start: startH, target, words };
            }
          }
          if (budget.checked >= MAX_SHIFT_CANDIDATES) return best;
        }
        if (startH + length === hyp.length || startR + length === ref.length) break;
      }
    }
  }
  return best;
}

function outranks(gain: number, length: number, start: number, target: number, best: Shift): boolean {
  if (gain !== best.gain) return gain > best.gain;
  if (length !== best.length) return length > best.length;
  if (start !== best.start) return start < best.start;
  return target < best.target;
}

/** The stretch [from, to) a shift changes; outside it the words are those of the
 *  unshifted hypothesis. */
interface Stretch {
  from: number;
  to: number;
}

/**
 * Writes into `out`, over the stretch it changes, `words` with the phrase
 * words[start, start+length) moved to `target`, by sacreBLEU's three cases (including its
 * slice clamping: a target inside the phrase counts past the phrase's own length, and
 * near the end moves it less far).
 */
function writeShift(words: Int32Array, start: number, length: number, target: number, out: Int32Array): Stretch {
  let at: number;
  if (target < start) {
    // [target, start+length): the phrase, then what it jumped over.
    at = target;
    for (let k = start; k < start + length; k++) out[at++] = words[k]!;
    for (let k = target; k < start; k++) out[at++] = words[k]!;
    return { from: target, to: start + length };
  }
  // [start, end): what the phrase jumps over, then the phrase.
  const end = target > start + length ? target : Math.min(words.length, length + target);
  at = start;
  for (let k = start + length; k < end; k++) out[at++] = words[k]!;
  for (let k = start; k < start + length; k++) out[at++] = words[k]!;
  return { from: start, to: Math.max(end, start + length) };
}

/** Reads the edit trace as reference → hypothesis alignment, the way sacreBLEU does after
 *  flipping insertions and deletions: for each reference position the hypothesis position
 *  it lines up with (-1 before the first), plus prefix sums of error flags per side. */
function alignmentOf(trace: Uint8Array, hypLength: number, refLength: number): {
  refToHyp: Int32Array;
  hypErrors: Int32Array;
  refErrors: Int32Array;
} {
  const refToHyp = new Int32Array(refLength);
  const hypErrors = new Int32Array(hypLength + 1);
  const refErrors = new Int32Array(refLength + 1);
  let hyp = -1;
  let ref = -1;
  for (const op of trace) {
    if (op === OP_NOP || op === OP_SUB) {
      hyp++;
      ref++;
      refToHyp[ref] = hyp;
      const error = op === OP_SUB ? 1 : 0;
      hypErrors[hyp + 1] = hypErrors[hyp]! + error;
      refErrors[ref + 1] = refErrors[ref]! + error;
    } else if (op === OP_DEL) {
      hyp++;
      hypErrors[hyp + 1] = hypErrors[hyp]! + 1;
    } else {
      ref++;
      refToHyp[ref] = hyp;
      refErrors[ref + 1] = refErrors[ref]! + 1;
    }
  }
  return { refToHyp, hypErrors, refErrors };
}

/**
 * sacreBLEU's beam: row i of the Levenshtein matrix (hypothesis words × reference words)
 * only explores columns within BEAM_WIDTH of the length-scaled diagonal, widened when the
 * lengths differ wildly; row 0 and the last row are complete. Cells are stored row by row.
 */
class Beam {
  readonly lows: Int32Array;
  /** Exclusive. */
  readonly highs: Int32Array;
  readonly offsets: Int32Array;
  readonly size: number;

  constructor(readonly hypLength: number, readonly refLength: number) {
    const ratio = hypLength > 0 ? refLength / hypLength : 1;
    const width = BEAM_WIDTH < ratio / 2 ? Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
    this.lows = new Int32Array(hypLength + 1);
    this.highs = new Int32Array(hypLength + 1);
    this.offsets = new Int32Array(hypLength + 1);
    this.highs[0] = refLength + 1;
    let size = refLength + 1;
    for (let i = 1; i <= hypLength; i++) {
      const diagonal = Math.floor(i * ratio);
      const low = Math.max(0, diagonal - width);
      const high = i === hypLength ? refLength + 1 : Math.min(refLength + 1, diagonal + width);
      this.lows[i] = low;
      this.highs[i] = Math.max(low, high);
      this.offsets[i] = size;
      size += this.highs[i]! - low;
    }
    this.size = size;
  }

  /** Flat index of cell (i, j), or -1 outside the beam. */
  index(i: number, j: number): number {
    return j >= this.lows[i]! && j < this.highs[i]! ? this.offsets[i]! + j - this.lows[i]! : -1;
  }
}

function valueAt(costs: Int32Array, beam: Beam, i: number, j: number): number {
  const k = beam.index(i, j);
  return k < 0 ? INFINITE : costs[k]!;
}

/**
 * Fills rows `fromRow`..`toRow` of `costs` (row fromRow-1 already there) with the beam
 * edit distance of `hyp`. Ties prefer match/substitution, then deletion, then insertion,
 * as sacreBLEU orders them (it reads the trace backwards, flipped). `ops` records the
 * choice per cell when a trace is wanted.
 */
function fillRows(hyp: Int32Array, ref: Int32Array, beam: Beam, costs: Int32Array, fromRow: number, toRow: number, ops?: Uint8Array): void {
  const { lows, highs, offsets } = beam;
  for (let i = fromRow; i <= toRow; i++) {
    const low = lows[i]!;
    const high = highs[i]!;
    const row = offsets[i]! - low;
    const aboveLow = lows[i - 1]!;
    const aboveHigh = highs[i - 1]!;
    const above = offsets[i - 1]! - aboveLow;
    const word = hyp[i - 1];
    for (let j = low; j < high; j++) {
      let best: number;
      let op: number;
      if (j === 0) {
        best = (aboveLow === 0 ? costs[above]! : INFINITE) + COST_DEL;
        op = OP_DEL;
      } else {
        const match = word === ref[j - 1];
        best = (j - 1 >= aboveLow && j - 1 < aboveHigh ? costs[above + j - 1]! : INFINITE) + (match ? 0 : COST_SUB);
        op = match ? OP_NOP : OP_SUB;
        if (best >= INFINITE) {
          best = INFINITE;
          op = OP_UNDEF;
        }
        const deletion = (j >= aboveLow && j < aboveHigh ? costs[above + j]! : INFINITE) + COST_DEL;
        if (best > deletion) {
          best = deletion;
          op = OP_DEL;
        }
        const insertion = (j > low ? costs[row + j - 1]! : INFINITE) + COST_INS;
        if (best > insertion) {
          best = insertion;
          op = OP_INS;
        }
      }
      costs[row + j] = best;
      if (ops) ops[row + j] = op;
    }
  }
}

function initialRow(costs: Int32Array, refLength: number, ops?: Uint8Array): void {
  for (let j = 0; j <= refLength; j++) costs[j] = j * COST_INS;
  if (ops) ops.fill(OP_INS, 0, refLength + 1);
}

/** The full matrix of `hyp`, its distance and the edit trace (in hypothesis order). */
function editDistanceWithTrace(hyp: Int32Array, ref: Int32Array, beam: Beam): { cost: number; trace: Uint8Array; forward: Int32Array } {
  const forward = new Int32Array(beam.size);
  const ops = new Uint8Array(beam.size);
  initialRow(forward, ref.length, ops);
  fillRows(hyp, ref, beam, forward, 1, hyp.length, ops);
  const reversed = new Uint8Array(hyp.length + ref.length);
  let steps = 0;
  for (let i = hyp.length, j = ref.length; i > 0 || j > 0; ) {
    const k = beam.index(i, j);
    const op = k < 0 ? OP_UNDEF : ops[k]!;
    reversed[steps++] = op;
    if (op === OP_NOP || op === OP_SUB) {
      i--;
      j--;
    } else if (op === OP_INS) {
      j--;
    } else if (op === OP_DEL) {
      i--;
    } else {
      throw new Error('TER: edit trace left the beam');
    }
  }
  return { cost: valueAt(forward, beam, hyp.length, ref.length), trace: reversed.subarray(0, steps).reverse(), forward };
}

/** For each beam cell (i, j), the cheapest way from it to the end through the beam's
 *  cells, moving as the forward pass does (diagonal, down, right). */
function backwardCosts(hyp: Int32Array, ref: Int32Array, beam: Beam): Int32Array {
  const { lows, highs, offsets } = beam;
  const costs = new Int32Array(beam.size).fill(INFINITE);
  const n = hyp.length;
  const m = ref.length;
  for (let i = n; i >= 1; i--) {
    const low = lows[i]!;
    const high = highs[i]!;
    const row = offsets[i]! - low;
    const belowLow = i < n ? lows[i + 1]! : 0;
    const belowHigh = i < n ? highs[i + 1]! : 0;
    const below = i < n ? offsets[i + 1]! - belowLow : 0;
    // (No word below the last row; reading past a typed array's end is a slow path.)
    const word = i < n ? hyp[i]! : -1;
    for (let j = high - 1; j >= low; j--) {
      if (i === n && j === m) {
        costs[row + j] = 0;
        continue;
      }
      let best = INFINITE;
      if (i < n) {
        if (j < m && j + 1 >= belowLow && j + 1 < belowHigh) {
          const diagonal = costs[below + j + 1]!;
          if (diagonal < INFINITE) best = diagonal + (word === ref[j] ? 0 : COST_SUB);
        }
        if (j >= belowLow && j < belowHigh) {
          const down = costs[below + j]!;
          if (down < INFINITE && down + COST_DEL < best) best = down + COST_DEL;
        }
      }
      if (j + 1 < high) {
        const right = costs[row + j + 1]!;
        if (right < INFINITE && right + COST_INS < best) best = right + COST_INS;
      }
      costs[row + j] = best;
    }
  }
  return costs;
}

/** Beam edit distance of a shifted hypothesis from the unshifted one's matrices: forward
 *  rows are recomputed only across the moved stretch, then joined to the backward costs. */
function shiftedCost(
  shifted: Int32Array,
  { from, to }: Stretch,
  ref: Int32Array,
  beam: Beam,
  forward: Int32Array,
  backward: Int32Array,
  scratch: Int32Array,
): number {
  // Row `from` depends only on the unchanged prefix.
  const fromStart = beam.offsets[from]!;
  scratch.set(forward.subarray(fromStart, fromStart + beam.highs[from]! - beam.lows[from]!), fromStart);
  fillRows(shifted, ref, beam, scratch, from + 1, to);
  let best = Infinity;
  const low = beam.lows[to]!;
  const offset = beam.offsets[to]! - low;
  for (let j = low; j < beam.highs[to]!; j++) {
    const total = scratch[offset + j]! + backward[offset + j]!;
    if (total < best) best = total;
  }
  return Math.min(best, INFINITE);
}
