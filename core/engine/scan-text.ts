// Rule 2 says a source's tokens may be separated in the text by any run of
// whitespace that holds no blank line. Rather than teaching the automaton about
// whitespace, the text is scanned in a collapsed form: every such run becomes one
// space (as in the normalised patterns), and a run that holds a blank line becomes a
// unit no pattern contains. `origin` maps collapsed positions back to the text.

import { getFoldTable } from './unicode';

/** Stands for a paragraph break: U+FFFF is a noncharacter, never in a pattern. */
export const PARAGRAPH_BREAK = 0xffff;
const SPACE = 0x20;

export interface ScanText {
  /** Collapsed units, case kept. */
  units: Uint16Array;
  /** Collapsed units, lower-cased one-to-one. */
  folded: Uint16Array;
  /** origin[i] = offset in the text of collapsed unit i; origin[length] = text.length. */
  origin: Int32Array;
  length: number;
}

export function isWhitespaceUnit(code: number): boolean {
  // JavaScript's \s: the Unicode White_Space characters plus BOM.
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function isLineBreakUnit(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** Splits on whitespace and joins with one space: the form both patterns and text share. */
export function normaliseSource(source: string): string {
  return source.trim().split(/\s+/u).filter(Boolean).join(' ');
}

export function buildScanText(text: string): ScanText {
  const fold = getFoldTable();
  const units = new Uint16Array(text.length);
  const folded = new Uint16Array(text.length);
  const origin = new Int32Array(text.length + 1);
  let length = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isWhitespaceUnit(code)) {
      units[length] = code;
      folded[length] = fold[code] as number;
      origin[length++] = i++;
      continue;
    }
    const runStart = i;
    let lineBreaks = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (!isWhitespaceUnit(c)) break;
      // "\r\n" is one line break.
      if (isLineBreakUnit(c) && !(c === 0x0d && text.charCodeAt(i + 1) === 0x0a)) lineBreaks++;
      i++;
    }
    const separator = lineBreaks >= 2 ? PARAGRAPH_BREAK : SPACE;
    units[length] = separator;
    folded[length] = separator;
    origin[length++] = runStart;
  }
  origin[length] = text.length;
  return { units, folded, origin, length };
}
