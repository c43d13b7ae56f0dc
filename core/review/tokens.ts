// Tokens for the word diff: words, whitespace runs and single other characters (one code
// point, so an emoji's surrogate pair stays whole). Nothing is dropped, so joining the
// tokens gives the text back exactly and diff ops can carry exact offsets.

const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[\s\S]/gu;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const WHITESPACE_ONLY = /^\s+$/;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * A 32-bit hash of each lower-cased word (run of letters, marks, digits) of `text`, for
 * similarity scores. Hashing while scanning allocates no strings: aligning a 100,000-word
 * article would otherwise spend more time collecting garbage than comparing words. A rare
 * collision only nudges a similarity score, never the diff itself. `start` and `end`
 * limit the scan to a range (which should start and end between words).
 */
export function wordHashes(text: string, start = 0, end = text.length): Int32Array {
  const hashes = new Int32Array(((end - start) >> 1) + 1);
  return hashes.slice(0, wordHashesInto(text, start, end, hashes, 0));
}

/** {@link wordHashes} written into `out` from index `at` (room for `(end - start) / 2 + 1`
 *  hashes needed); returns how many were written. */
export function wordHashesInto(text: string, start: number, end: number, out: Int32Array, at: number): number {
  let count = at;
  let hash = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    const lower = lowerWordUnit(unit);
    if (lower < 0) {
      if (inWord) out[count++] = hash;
      inWord = false;
      continue;
    }
    if (!inWord) {
      hash = FNV_OFFSET;
      inWord = true;
    }
    hash = Math.imul(hash ^ lower, FNV_PRIME);
  }
  if (inWord) out[count++] = hash;
  return count - at;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Lower-case form of non-ASCII word units, -1 for the others; filled as met. */
const nonAsciiLower = new Map<number, number>();

/** Whether a UTF-16 unit belongs to a word as {@link wordHashes} reads words. */
export function isWordUnit(unit: number): boolean {
  if (unit < 128) return (unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90) || (unit >= 48 && unit <= 57);
  return lowerWordUnit(unit) >= 0;
}

/** The unit lower-cased if it belongs to a word, else -1. Surrogates count as word units
 *  (a letter outside the BMP is still a letter; an emoji in a word bag does no harm). */
function lowerWordUnit(unit: number): number {
  if (unit < 128) {
    if (unit >= 97 && unit <= 122) return unit;
    if (unit >= 65 && unit <= 90) return unit + 32;
    return unit >= 48 && unit <= 57 ? unit : -1;
  }
  if (unit >= 0xd800 && unit <= 0xdfff) return unit;
  let lower = nonAsciiLower.get(unit);
  if (lower === undefined) {
    const character = String.fromCharCode(unit);
    const lowered = character.toLowerCase();
    lower = WORD_CHARACTER.test(character) ? (lowered.length === 1 ? lowered.charCodeAt(0) : unit) : -1;
    nonAsciiLower.set(unit, lower);
  }
  return lower;
}

export function isWhitespace(token: string): boolean {
  return WHITESPACE_ONLY.test(token);
}

/** Maps strings to small integers so sequences compare with `===` on numbers. */
export class Interner {
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }

  idsOf(values: readonly string[]): Int32Array {
    const result = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) result[i] = this.id(values[i]!);
    return result;
  }
}

const SAMPLES = 24;

/** A cheap key of `text` for maps settled by comparing texts: its length and a sample of
 *  its units, hashed (a small non-negative integer, so a Map stores it unboxed). Unlike a
 *  string key it does not read the whole text, which matters for long paragraphs built
 *  afresh on every keystroke. */
export function sampleKey(text: string): number {
  const length = text.length;
  let hash = Math.imul(FNV_OFFSET ^ length, FNV_PRIME);
  if (length <= SAMPLES) {
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  } else {
    const step = length / SAMPLES;
    for (let k = 0; k < SAMPLES; k++) hash = Math.imul(hash ^ text.charCodeAt(Math.floor(k * step)), FNV_PRIME);
    hash = Math.imul(hash ^ text.charCodeAt(length - 1), FNV_PRIME);
  }
  return hash & 0x3fffffff;
}

/** Token classes of {@link tokenize}: a word run, a whitespace run, or one code point. */
const WORD = 0;
const SPACE = 1;
const OTHER = 2;
const WHITESPACE_CHARACTER = /\s/u;
/** Class of each non-ASCII code point met so far. */
const nonAsciiClass = new Map<number, number>();

function classOfCodePoint(point: number): number {
  if (point < 128) {
    if ((point >= 97 && point <= 122) || (point >= 65 && point <= 90) || (point >= 48 && point <= 57)) return WORD;
    return point === 32 || (point >= 9 && point <= 13) ? SPACE : OTHER;
  }
  let known = nonAsciiClass.get(point);
  if (known === undefined) {
    const character = String.fromCodePoint(point);
    known = WORD_CHARACTER.test(character) ? WORD : WHITESPACE_CHARACTER.test(character) ? SPACE : OTHER;
    nonAsciiClass.set(point, known);
  }
  return known;
}

/** Token ids of two texts, and where each token ends, as {@link tokenize} would cut them
 *  and an {@link Interner} would number them (equal tokens, equal ids) — without building
 *  a string per token. The arrays are views of scratch buffers: valid until the next call. */
export interface TokenIds {
  aIds: Int32Array;
  aEnds: Int32Array;
  bIds: Int32Array;
  bEnds: Int32Array;
}

let scratchEnds = new Int32Array(256);
let scratchHashes = new Int32Array(256);
let scratchIds = new Int32Array(256);
let scratchTable = new Int32Array(512);

export function tokenIds(a: string, b: string): TokenIds {
  const most = a.length + b.length;
  if (scratchEnds.length < most) {
    const size = Math.max(most, scratchEnds.length * 2);
    scratchEnds = new Int32Array(size);
    scratchHashes = new Int32Array(size);
    scratchIds = new Int32Array(size);
  }
  const ends = scratchEnds;
  const hashes = scratchHashes;
  const aCount = scanTokens(a, ends, hashes, 0);
  const count = aCount + scanTokens(b, ends, hashes, aCount);

  let tableSize = 16;
  while (tableSize < count * 2) tableSize *= 2;
  if (scratchTable.length < tableSize) scratchTable = new Int32Array(tableSize);
  const table = scratchTable;
  table.fill(0, 0, tableSize);
  const mask = tableSize - 1;
  const ids = scratchIds;
  let nextId = 0;
  for (let t = 0; t < count; t++) {
    const hash = hashes[t]!;
    let slot = hash & mask;
    let id: number;
    for (;;) {
      const entry = table[slot]!;
      if (entry === 0) {
        table[slot] = t + 1;
        id = nextId++;
        break;
      }
      const other = entry - 1;
      if (hashes[other] === hash && sameToken(a, aCount, ends, t, other, b)) {
        id = ids[other]!;
        break;
      }
      slot = (slot + 1) & mask;
    }
    ids[t] = id;
  }
  return {
    aIds: ids.subarray(0, aCount),
    aEnds: ends.subarray(0, aCount),
    bIds: ids.subarray(aCount, count),
    bEnds: ends.subarray(aCount, count),
  };
}

/** Tokens of `text` from index `first` of the scratch arrays: end offset and hash of each. */
function scanTokens(text: string, ends: Int32Array, hashes: Int32Array, first: number): number {
  let count = first;
  let i = 0;
  while (i < text.length) {
    let point = text.codePointAt(i)!;
    const kind = classOfCodePoint(point);
    let hash = FNV_OFFSET;
    for (;;) {
      hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
      if (point > 0xffff) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
      i += point > 0xffff ? 2 : 1;
      if (kind === OTHER || i >= text.length) break;
      point = text.codePointAt(i)!;
      if (classOfCodePoint(point) !== kind) break;
    }
    ends[count] = i;
    hashes[count] = hash;
    count++;
  }
  return count - first;
}

/** Whether tokens `s` and `t` (indices into the scratch arrays; those below `aCount` are
 *  in `a`, the others in `b`) have the same text. */
function sameToken(a: string, aCount: number, ends: Int32Array, s: number, t: number, b: string): boolean {
  const sText = s < aCount ? a : b;
  const tText = t < aCount ? a : b;
  const sStart = s === 0 || s === aCount ? 0 : ends[s - 1]!;
  const tStart = t === 0 || t === aCount ? 0 : ends[t - 1]!;
  const length = ends[s]! - sStart;
  if (ends[t]! - tStart !== length) return false;
  for (let k = 0; k < length; k++) if (sText.charCodeAt(sStart + k) !== tText.charCodeAt(tStart + k)) return false;
  return true;
}
