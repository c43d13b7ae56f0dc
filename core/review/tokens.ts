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
 * collision only nudges a similarity score, never the diff itself.
 */
export function wordHashes(text: string): Int32Array {
  const hashes = new Int32Array((text.length >> 1) + 1);
  let count = 0;
  let hash = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const lower = lowerWordUnit(unit);
    if (lower < 0) {
      if (inWord) hashes[count++] = hash;
      inWord = false;
      continue;
    }
    if (!inWord) {
      hash = FNV_OFFSET;
      inWord = true;
    }
    hash = Math.imul(hash ^ lower, FNV_PRIME);
  }
  if (inWord) hashes[count++] = hash;
  return hashes.slice(0, count);
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Lower-case form of non-ASCII word units, -1 for the others; filled as met. */
const nonAsciiLower = new Map<number, number>();

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
