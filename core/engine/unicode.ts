// Character classes the matching rules are defined on. Tables for the Basic
// Multilingual Plane are built once, so the hot loops do an array read instead of
// a Unicode regex test per character.

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;

let wordTable: Uint8Array | undefined;
let foldTable: Uint16Array | undefined;

function buildWordTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (WORD_CHAR.test(String.fromCharCode(c))) table[c] = 1;
  }
  return table;
}

/**
 * Simple one-to-one lower-casing per UTF-16 unit. Characters whose lower case has
 * another length (İ → i̇) fold to themselves, so offsets in folded and original text
 * stay identical.
 */
function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    table[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) table[c] = lower.charCodeAt(0);
  }
  return table;
}

export function getFoldTable(): Uint16Array {
  return (foldTable ??= buildFoldTable());
}

/**
 * Per-unit word test for the first-word gate in the matcher: surrogates count as
 * non-word, so a run of word units stops at any astral character.
 */
export function isWordUnit(unit: number): boolean {
  return (wordTable ??= buildWordTable())[unit] === 1;
}

/**
 * FNV-1a hash of the run of word units starting at `start` in `units` (up to `length`):
 * the same function over a pattern and over text gives the same value when the text
 * at `start` can match the pattern.
 */
export function wordRunHash(units: ArrayLike<number>, start: number, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < length; i++) {
    const unit = units[i] as number;
    if (!isWordUnit(unit)) break;
    hash = Math.imul(hash ^ unit, 0x01000193);
  }
  return hash >>> 0;
}

/** Is the code point a letter, digit or combining mark (Unicode L, N, M)? */
export function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x10000) return (wordTable ??= buildWordTable())[codePoint] === 1;
  return WORD_CHAR.test(String.fromCodePoint(codePoint));
}

/** The code point that ends just before `index` (handles surrogate pairs); -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point that starts at `index`; -1 at the end. */
export function codePointAt(text: string, index: number): number {
  return index < text.length ? (text.codePointAt(index) ?? -1) : -1;
}

export function isLetter(char: string): boolean {
  return LETTER.test(char);
}

/** True when `text` has an uppercase letter (a letter that lower-cases to something else). */
export function hasUppercase(text: string): boolean {
  for (const char of text) {
    if (char !== char.toLowerCase() && char === char.toUpperCase()) return true;
  }
  return false;
}
