// The canonical form both sources and text are compared in (README "Matching rules"):
// whitespace runs read as one space (a run holding a blank line as a break no source
// contains), ignorables vanish, each character becomes its canonical decomposition (case
// folded in the folded modes), and a character with combining marks after it is read
// with them as one sequence, so marks in any canonical order compare equal.

import {
  EXACT, IGNORABLE, MARK, PARAGRAPH_BREAK, SEE_MAP, SPACE, TURKIC, canonicalOf, exactUnit, foldedUnit, isIgnorable, isLineBreak,
  isWhitespace, runCodeOf, unitsOf, type FoldMode,
} from './chars';

/** Splits on whitespace and joins with one space: how a source is read before matching. */
export function normaliseSource(source: string): string {
  // Most sources are already words separated by single spaces.
  if (SINGLE_SPACED.test(source)) return source;
  return source.trim().split(/\s+/u).filter(Boolean).join(' ');
}

const SINGLE_SPACED = /^\S+(?: \S+)*$/u;

/**
 * The whitespace run (ignorables inside it included) starting at `index`, packed in one
 * number so the hot paths allocate nothing: `run >> 1` is where it ends, `run & 1` says
 * whether it holds a blank line (two line breaks or more).
 */
export function whitespaceRun(text: string, index: number, limit: number): number {
  let i = index;
  let lineBreaks = 0;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (isWhitespace(code)) {
      // "\r\n" is one line break.
      if (isLineBreak(code) && !(code === 0x0d && text.charCodeAt(i + 1) === 0x0a)) lineBreaks++;
    } else if (!isIgnorable(code)) break;
    i++;
  }
  return i * 2 + (lineBreaks >= 2 ? 1 : 0);
}

/** The canonical unit of a whitespace run: one space, or a paragraph break. */
export function whitespaceUnit(run: number): number {
  return run % 2 === 1 ? PARAGRAPH_BREAK : 0x20;
}

function isMarkAt(text: string, index: number): boolean {
  return runCodeOf(text.charCodeAt(index)) === MARK;
}

/** End of the character at `index` plus any combining marks (and ignorables among them) after it. */
export function segmentEnd(text: string, index: number, limit: number): number {
  const code = text.charCodeAt(index);
  let end = index + 1;
  if (code >= 0xd800 && code <= 0xdbff && end < limit) {
    const low = text.charCodeAt(end);
    if (low >= 0xdc00 && low <= 0xdfff) end++;
  }
  while (end < limit && (isMarkAt(text, end) || (isIgnorable(text.charCodeAt(end)) && end + 1 < limit && isMarkAt(text, end + 1)))) end++;
  return end;
}

/** Canonical units of the segment [index, end) (one character, maybe with marks). */
export function segmentUnits(text: string, index: number, end: number, mode: FoldMode): string {
  if (end === index + 1) {
    const code = text.charCodeAt(index);
    if (code < 0xd800 || code > 0xdfff) return unitsOf(code, mode);
  }
  let segment = '';
  for (let i = index; i < end; i++) if (!isIgnorable(text.charCodeAt(i))) segment += text.charAt(i);
  return canonicalOf(segment, mode);
}

/**
 * Reads the canonical units of text[start, end) in `mode`, one at a time, until `sink`
 * says stop (returns false); true when it read to the end.
 */
function readCanonical(text: string, start: number, end: number, mode: FoldMode, sink: (unit: number) => boolean): boolean {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const run = runCodeOf(code);
    if (run === SPACE) {
      const whitespace = whitespaceRun(text, i, end);
      if (!sink(whitespaceUnit(whitespace))) return false;
      i = Math.floor(whitespace / 2);
      continue;
    }
    if (run === IGNORABLE) {
      i++;
      continue;
    }
    const unit = singleUnit(text, i, code, mode);
    if (unit >= 0) {
      if (!sink(unit)) return false;
      i++;
      continue;
    }
    const next = segmentEnd(text, i, end);
    const units = segmentUnits(text, i, next, mode);
    for (let u = 0; u < units.length; u++) if (!sink(units.charCodeAt(u))) return false;
    i = next;
  }
  return true;
}

/** The canonical units of text[start, end) in `mode`. */
export function canonicalRange(text: string, start: number, end: number, mode: FoldMode): string {
  // Most text is its own canonical form: then it is returned as it is, no string built.
  let same = start;
  while (same < end) {
    const code = text.charCodeAt(same);
    if (singleUnit(text, same, code, mode) !== code || runCodeOf(code) === SPACE) break;
    same++;
  }
  if (same === end) return text.slice(start, end);
  const codes: number[] = [];
  readCanonical(text, start, end, mode, (unit) => codes.push(unit) > 0);
  let out = '';
  for (let k = 0; k < codes.length; k += 4096) out += String.fromCharCode(...codes.slice(k, k + 4096));
  return out;
}

export function canonicalString(text: string, mode: FoldMode): string {
  // Printable ASCII is its own decomposition with ' and - as they are: folding is lower case.
  if (mode !== TURKIC && PRINTABLE_ASCII.test(text) && !text.includes('  ')) return mode === EXACT ? text : text.toLowerCase();
  return canonicalRange(text, 0, text.length, mode);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Whether the canonical units of text[start, end) in `mode` are exactly `form` (no string built on the way). */
export function canonicalEquals(text: string, start: number, end: number, form: string, mode: FoldMode): boolean {
  let k = 0;
  return readCanonical(text, start, end, mode, (unit) => form.charCodeAt(k++) === unit) && k === form.length;
}

/**
 * The one canonical unit of the character at `index` when it is that simple (no
 * surrogate, no mark after it, one unit in `mode`), else -1: the common case, read from
 * the tables without building a string.
 */
function singleUnit(text: string, index: number, code: number, mode: FoldMode): number {
  if ((code >= 0xd800 && code <= 0xdfff) || (mode === TURKIC && (code === 0x49 || code === 0x130))) return -1;
  if (index + 1 < text.length && runCodeOf(text.charCodeAt(index + 1)) === MARK) return -1;
  const unit = mode === EXACT ? (exactUnit[code] as number) : (foldedUnit[code] as number);
  return unit === SEE_MAP || unit === 0 ? -1 : unit;
}

/**
 * The offset `units` canonical units (in `mode`) before `end`, counting whole characters
 * (with their marks) and whitespace runs; -1 when no character boundary lies exactly there.
 */
export function offsetUnitsBefore(text: string, end: number, units: number, mode: FoldMode): number {
  let i = end;
  let count = 0;
  while (count < units) {
    if (i <= 0) return -1;
    let j = i - 1;
    const code = text.charCodeAt(j);
    if (isIgnorable(code)) {
      i = j;
      continue;
    }
    if (isWhitespace(code)) {
      while (j > 0 && (isWhitespace(text.charCodeAt(j - 1)) || isIgnorable(text.charCodeAt(j - 1)))) j--;
      count++;
      i = j;
      continue;
    }
    // Back to the base character of the sequence that ends at i (a mark after whitespace is its own).
    for (;;) {
      let unit = text.charCodeAt(j);
      if (unit >= 0xdc00 && unit <= 0xdfff && j > 0) {
        const high = text.charCodeAt(j - 1);
        if (high >= 0xd800 && high <= 0xdbff) {
          j--;
          unit = high;
        }
      }
      if (runCodeOf(unit) !== MARK) break;
      let before = j - 1;
      while (before >= 0 && isIgnorable(text.charCodeAt(before))) before--;
      if (before < 0 || isWhitespace(text.charCodeAt(before))) break;
      j = before;
    }
    count += canonicalRange(text, j, i, mode).length;
    i = j;
  }
  return count === units ? i : -1;
}
