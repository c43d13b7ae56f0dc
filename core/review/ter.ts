// Translation Edit Rate (Snover et al. 2006) computed exactly as sacreBLEU 2.x's TER metric
// does with its defaults (case-insensitive, whitespace tokens, punctuation kept, no
// normalisation, no Asian segmentation), so Glossa's HTER agrees with the figure translators
// get from `sacrebleu -m ter`. The search heuristics below (shift ranking, candidate limit,
// beam) are Tercom's as sacreBLEU reproduces them: changing any of them changes scores.

const COST_INS = 1;
const COST_DEL = 1;
const COST_SUB = 1;
/** Tercom's limits: longest shifted phrase, furthest shift, Levenshtein beam half-width. */
const MAX_SHIFT_SIZE = 10;
const MAX_SHIFT_DIST = 50;
const BEAM_WIDTH = 25;
/** sacreBLEU's own limit: shift candidates evaluated per sentence before giving up. */
const MAX_SHIFT_CANDIDATES = 1000;
/** Edit-distance rows kept for reuse; only speed depends on it, never the result. */
const MAX_CACHED_ROWS = 10000;

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
  const ids = new Map<string, number>();
  const toIds = (words: readonly string[]): Int32Array =>
    Int32Array.from(words, (word) => {
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = ids.size));
      return id;
    });
  const ref = toIds(reference);
  let hyp = toIds(hypothesis);
  const editDistance = new BeamEditDistance(ref);

  let shifts = 0;
  let shiftedWords = 0;
  const budget = { checked: 0 };
  for (;;) {
    const best = bestShift(hyp, ref, editDistance, budget);
    // As in sacreBLEU, running out of candidates discards the shift just found.
    if (budget.checked >= MAX_SHIFT_CANDIDATES || best === undefined || best.gain <= 0) break;
    shifts++;
    shiftedWords += best.length;
    hyp = best.words;
  }

  const { cost, trace } = editDistance.compute(hyp, true);
  let inserted = 0;
  let deleted = 0;
  let substituted = 0;
  for (const op of trace!) {
    if (op === OP_INS) inserted++;
    else if (op === OP_DEL) deleted++;
    else if (op === OP_SUB) substituted++;
  }
  return { edits: shifts + cost, refWords, inserted, deleted, substituted, shifts, shiftedWords };
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
function bestShift(hyp: Int32Array, ref: Int32Array, editDistance: BeamEditDistance, budget: { checked: number }): Shift | undefined {
  const { cost: before, trace } = editDistance.compute(hyp, true);
  const { refToHyp, hypErrors, refErrors } = alignmentOf(trace!, hyp.length, ref.length);
  let best: Shift | undefined;

  for (let startH = 0; startH < hyp.length; startH++) {
    for (let startR = 0; startR < ref.length; startR++) {
      if (Math.abs(startR - startH) > MAX_SHIFT_DIST) continue;
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
            const words = performShift(hyp, startH, length, target);
            const gain = before - editDistance.compute(words, false).cost;
            budget.checked++;
            if (best === undefined || outranks(gain, length, startH, target, best)) {
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

/** Moves the phrase words[start, start+length) to `target`, with sacreBLEU's three cases
 *  (and its slice clamping: a target near the end can move the phrase less far). */
function performShift(words: Int32Array, start: number, length: number, target: number): Int32Array {
  const n = words.length;
  const phrase = words.subarray(start, start + length);
  let pieces: Int32Array[];
  if (target < start) {
    pieces = [words.subarray(0, target), phrase, words.subarray(target, start), words.subarray(start + length)];
  } else if (target > start + length) {
    pieces = [words.subarray(0, start), words.subarray(start + length, target), phrase, words.subarray(target)];
  } else {
    // A target inside or at the end of the phrase counts past the phrase's own length.
    const resume = Math.min(n, length + target);
    pieces = [words.subarray(0, start), words.subarray(start + length, Math.max(start + length, resume)), phrase, words.subarray(resume)];
  }
  const shifted = new Int32Array(n);
  let at = 0;
  for (const piece of pieces) {
    shifted.set(piece, at);
    at += piece.length;
  }
  return shifted;
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

/** One row of the Levenshtein matrix: only the beam's cells are stored. */
interface Row {
  low: number;
  cost: Int32Array;
  op: Uint8Array;
}

interface TrieNode {
  row: Row;
  next: Map<number, TrieNode>;
}

/**
 * Word-level Levenshtein distance to a fixed reference, restricted to a beam around the
 * (length-scaled) diagonal, with rows cached in a trie keyed by hypothesis prefix: shifted
 * hypotheses share long prefixes, so most rows are reused. Ties prefer match/substitution,
 * then deletion, then insertion, as sacreBLEU orders them.
 */
class BeamEditDistance {
  private readonly root: TrieNode;
  private cachedRows = 0;

  constructor(private readonly ref: Int32Array) {
    const width = ref.length + 1;
    const cost = new Int32Array(width);
    for (let j = 0; j < width; j++) cost[j] = j * COST_INS;
    this.root = { row: { low: 0, cost, op: new Uint8Array(width).fill(OP_INS) }, next: new Map() };
  }

  compute(hyp: Int32Array, withTrace: boolean): { cost: number; trace?: Uint8Array } {
    const refLength = this.ref.length;
    const rows: Row[] = [this.root.row];
    let node = this.root;
    for (let i = 0; i < hyp.length; i++) {
      const child = node.next.get(hyp[i]!);
      if (!child) break;
      rows.push(child.row);
      node = child;
    }
    const cachedUpTo = rows.length - 1;

    const lengthRatio = hyp.length > 0 ? refLength / hyp.length : 1;
    const beam = BEAM_WIDTH < lengthRatio / 2 ? Math.ceil(lengthRatio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
    for (let i = cachedUpTo + 1; i <= hyp.length; i++) {
      const diagonal = Math.floor(i * lengthRatio);
      const low = Math.max(0, diagonal - beam);
      const high = i === hyp.length ? refLength + 1 : Math.min(refLength + 1, diagonal + beam);
      const row: Row = { low, cost: new Int32Array(Math.max(0, high - low)).fill(INFINITE), op: new Uint8Array(Math.max(0, high - low)).fill(OP_UNDEF) };
      const above = rows[i - 1]!;
      const word = hyp[i - 1];
      for (let j = low; j < high; j++) {
        const k = j - low;
        if (j === 0) {
          row.cost[k] = costAt(above, 0) + COST_DEL;
          row.op[k] = OP_DEL;
          continue;
        }
        const match = word === this.ref[j - 1];
        let best = costAt(above, j - 1) + (match ? 0 : COST_SUB);
        let op = match ? OP_NOP : OP_SUB;
        if (best >= INFINITE) {
          best = INFINITE;
          op = OP_UNDEF;
        }
        const deletion = costAt(above, j) + COST_DEL;
        if (best > deletion) {
          best = deletion;
          op = OP_DEL;
        }
        const insertion = (k > 0 ? row.cost[k - 1]! : INFINITE) + COST_INS;
        if (best > insertion) {
          best = insertion;
          op = OP_INS;
        }
        row.cost[k] = best;
        row.op[k] = op;
      }
      rows.push(row);
    }
    this.remember(hyp, rows, cachedUpTo);

    const cost = costAt(rows[hyp.length]!, refLength);
    return withTrace ? { cost, trace: traceOf(rows, hyp.length, refLength) } : { cost };
  }

  private remember(hyp: Int32Array, rows: readonly Row[], cachedUpTo: number): void {
    if (this.cachedRows >= MAX_CACHED_ROWS) return;
    let node = this.root;
    for (let i = 0; i < cachedUpTo; i++) node = node.next.get(hyp[i]!)!;
    for (let i = cachedUpTo; i < hyp.length; i++) {
      const child: TrieNode = { row: rows[i + 1]!, next: new Map() };
      node.next.set(hyp[i]!, child);
      this.cachedRows++;
      node = child;
    }
  }
}

function costAt(row: Row, j: number): number {
  const k = j - row.low;
  return k >= 0 && k < row.cost.length ? row.cost[k]! : INFINITE;
}

function opAt(row: Row, j: number): number {
  const k = j - row.low;
  return k >= 0 && k < row.op.length ? row.op[k]! : OP_UNDEF;
}

function traceOf(rows: readonly Row[], hypLength: number, refLength: number): Uint8Array {
  const reversed: number[] = [];
  for (let i = hypLength, j = refLength; i > 0 || j > 0; ) {
    const op = opAt(rows[i]!, j);
    reversed.push(op);
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
  return Uint8Array.from(reversed.reverse());
}
