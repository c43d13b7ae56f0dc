// Where a source can start. Scanning a text for matches would be a trie walk at every
// word; most words start no source, so each word's skeleton is hashed while the text is
// read, and only words whose hash belongs to some source's first word are walked.
// The hash of a run of word characters is the same function over a source and over
// text (see firstRunOf), so a match is never skipped; a hash collision only costs a walk.

import {
  FIRST_UNIT, HANGUL, HANGUL_VT, HIGH_SURROGATE, IGNORABLE, MARK, MULTI, NO_SPACE, PUNCT, SEE_MAP,
  astralInfo, codePointAt, foldedUnit, runCodeOf, skeletonUnit, skeletonUnits,
} from './chars';

/** What starts at a gate: a rule's source, a flagged or forbidden term's source, a protected form. */
export const RULE_FLAG = 1;
export const TERM_FLAG = 2;
export const PROTECT_FLAG = 4;

export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;
/** Fibonacci hashing: the top bits of hash × 2^32/φ pick the filter bit. */
export const FILTER_MULTIPLIER = 0x9e3779b1 | 0;

/**
 * An open-addressing map from 32-bit hash to flags, in two typed arrays, behind a bit
 * filter: most words of a text start no source, and one bit read (about 32 bits per key,
 * so a few per cent false positives) turns them away faster than a table probe.
 */
export class HashGate {
  /** Read directly by the scan loop, which inlines get(). */
  keys: Int32Array;
  flags: Uint8Array;
  mask: number;
  readonly filter: Int32Array;
  /** filterBit(hash) = Math.imul(hash, FILTER_MULTIPLIER) >>> filterShift. */
  readonly filterShift: number;
  private size = 0;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.mask = capacity - 1;
    let bits = 13;
    while (bits < 23 && 1 << bits < expected * 32) bits++;
    this.filter = new Int32Array(1 << (bits - 5));
    this.filterShift = 32 - bits;
  }

  add(hash: number, flag: number): void {
    const bit = Math.imul(hash, FILTER_MULTIPLIER) >>> this.filterShift;
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
    if ((this.size + 1) * 2 > this.keys.length) this.rehash();
    let slot = hash & this.mask;
    while (this.flags[slot] !== 0) {
      if (this.keys[slot] === hash) {
        this.flags[slot]! |= flag;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = hash;
    this.flags[slot] = flag;
    this.size++;
  }

  /** The table probe behind get(), without the filter. */
  lookup(hash: number): number {
    const keys = this.keys;
    const flags = this.flags;
    let slot = hash & this.mask;
    let flag = flags[slot] as number;
    while (flag !== 0) {
      if (keys[slot] === hash) return flag;
      slot = (slot + 1) & this.mask;
      flag = flags[slot] as number;
    }
    return 0;
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldFlags = this.flags;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.flags = new Uint8Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let slot = 0; slot < oldKeys.length; slot++) if (oldFlags[slot] !== 0) this.add(oldKeys[slot] as number, oldFlags[slot] as number);
  }

  get(hash: number): number {
    const bit = Math.imul(hash, FILTER_MULTIPLIER) >>> this.filterShift;
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return 0;
    return this.lookup(hash);
  }
}

export interface Gates {
  /** Hash of a source's first run of word characters (sources that start with a word character). */
  words: HashGate;
  /** The same, for sources of one run ending in Hangul: they match before more Hangul (particles). */
  hangulPrefixes: HashGate;
  /** First canonical unit of sources that start with punctuation. */
  punctuation: Uint8Array;
  /** First skeleton unit of sources that start with a character of a script written without spaces. */
  noSpace: Uint8Array;
}

/** Shared by every glossary set without punctuation or no-space sources (most): never written. */
let noStarts: Uint8Array | undefined;

export function createGates(expected: number): Gates {
  noStarts ??= new Uint8Array(0x10000);
  return {
    words: new HashGate(expected),
    hangulPrefixes: new HashGate(16),
    punctuation: noStarts,
    noSpace: noStarts,
  };
}

function writable(table: Uint8Array): Uint8Array {
  return table === noStarts ? new Uint8Array(0x10000) : table;
}

/** The first unit of a canonical or skeleton table entry (SEE_MAP resolved). */
export function firstSkeletonUnit(code: number): number {
  const unit = skeletonUnit[code] as number;
  return unit === SEE_MAP ? skeletonUnits(code).charCodeAt(0) : unit;
}

export function firstFoldedUnit(code: number, folded: string): number {
  const unit = foldedUnit[code] as number;
  return unit === SEE_MAP ? folded.charCodeAt(0) : unit;
}

/**
 * Registers a source (already whitespace-normalised, non-empty) under the gate its first
 * character calls for. `folded` is its folded canonical form.
 */
export function addToGates(gates: Gates, source: string, folded: string, flag: number): void {
  let i = 0;
  while (i < source.length && runCodeOf(source.charCodeAt(i)) === IGNORABLE) i++;
  if (i >= source.length) return;
  const code = source.charCodeAt(i);
  let run = runCodeOf(code);
  let skeleton = '';
  if (run === HIGH_SURROGATE) {
    const point = codePointAt(source, i);
    const info = point === code ? { run: PUNCT, skeleton: '' } : astralInfo(point);
    run = info.run;
    skeleton = info.skeleton;
  }
  if (run === NO_SPACE) {
    const unit = skeleton ? skeleton.charCodeAt(0) : firstSkeletonUnit(code);
    gates.noSpace = writable(gates.noSpace);
    gates.noSpace[unit]! |= flag;
  } else if (run === PUNCT) {
    gates.punctuation = writable(gates.punctuation);
    gates.punctuation[folded.charCodeAt(0)]! |= flag;
  } else {
    const first = firstRunOf(source, i);
    gates.words.add(first.hash, flag);
    if (first.wholeSource && first.endsInHangul) gates.hangulPrefixes.add(first.hash, flag);
  }
}

/**
 * Hash of the run of word characters starting at `start`, exactly as the scan loop
 * computes it over text: skeleton units of letters and digits, marks and ignorables
 * skipped, ended by anything else.
 */
export function firstRunOf(source: string, start: number): { hash: number; wholeSource: boolean; endsInHangul: boolean } {
  let hash = HASH_SEED;
  let endsInHangul = false;
  let i = start;
  for (; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const run = runCodeOf(code);
    if (run >= FIRST_UNIT) {
      hash = Math.imul(hash ^ run, HASH_PRIME);
      endsInHangul = false;
    } else if (run === MULTI || run === HANGUL) {
      const units = skeletonUnits(code);
      for (let u = 0; u < units.length; u++) hash = Math.imul(hash ^ units.charCodeAt(u), HASH_PRIME);
      endsInHangul = run === HANGUL;
    } else if (run === MARK || run === IGNORABLE || run === HANGUL_VT) {
      continue;
    } else if (run === HIGH_SURROGATE) {
      const point = codePointAt(source, i);
      const info = point === code ? undefined : astralInfo(point);
      if (info?.run === MARK) {
        i++;
        continue;
      }
      if (info?.run !== FIRST_UNIT) break;
      for (let u = 0; u < info.skeleton.length; u++) hash = Math.imul(hash ^ info.skeleton.charCodeAt(u), HASH_PRIME);
      endsInHangul = false;
      i++;
    } else {
      break; // SPACE, PUNCT, NO_SPACE
    }
  }
  return { hash: hash | 0, wholeSource: i >= source.length, endsInHangul };
}
