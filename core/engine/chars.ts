// Character classes and canonical forms the matching rules are defined on (README.md,
// "Matching rules"). Every table covers the Basic Multilingual Plane and is filled one
// character at a time, the first time that character is seen: an English article meets a
// hundred distinct characters, so a command that cleans one never pays for classifying
// 65,536 of them. Characters outside the BMP are classified on each use (they are rare).

/** Run codes of the scan loop: values below FIRST_UNIT are classes, others a skeleton unit. */
export const UNKNOWN = 0;
export const SPACE = 1;
export const PUNCT = 2;
export const MARK = 3;
export const IGNORABLE = 4;
export const NO_SPACE = 5;
export const HANGUL = 6;
/** Hangul vowel and final jamo: inside a syllable, like a mark. */
export const HANGUL_VT = 7;
/** A word character whose skeleton is not one unit (ß → ss). */
export const MULTI = 8;
export const HIGH_SURROGATE = 9;
export const FIRST_UNIT = 32;

/** Canonical unit no text or pattern contains; stands for a paragraph break in scans. */
export const PARAGRAPH_BREAK = 0xffff;
/** Table value: the canonical form is longer than one unit, see the multi maps. */
export const SEE_MAP = 0xffff;

/** How punctuation behaves at the edge of a source (rule 4). */
export const OTHER_PUNCT = 0;
export const OPENING = 1;
export const CLOSING = 2;
export const QUOTE = 3;

const WORD = /^[\p{L}\p{N}]$/u;
const MARK_CHAR = /^\p{M}$/u;
const NO_SPACE_SCRIPT = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;
const HANGUL_SCRIPT = /^\p{scx=Hangul}$/u;
const OPENING_PUNCT = /^\p{Ps}$/u;
const CLOSING_PUNCT = /^\p{Pe}$/u;
const QUOTE_PUNCT = /^[\p{Pi}\p{Pf}"]$/u;

/** Soft hyphen, zero-width non-joiner and joiner, word joiner: invisible inside words. */
export function isIgnorable(code: number): boolean {
  return code === 0xad || code === 0x200c || code === 0x200d || code === 0x2060;
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/** JavaScript's \s: the Unicode White_Space characters plus BOM. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029;
}

// --- folding ------------------------------------------------------------------------

/**
 * Full case folding of one character. JavaScript has no case-fold function; lower, upper,
 * lower again agrees with Unicode's CaseFolding.txt where it matters (ß and ẞ → ss, final
 * ς → σ, ﬁ → fi, ᾳ → αι), except for the dotted and dotless i, handled by hand: by
 * default İ → i̇ and ı stays ı; Turkish and Azerbaijani fold I → ı and İ → i.
 */
export function foldChar(char: string, turkic: boolean): string {
  switch (char) {
    case 'I':
      return turkic ? 'ı' : 'i';
    case 'İ':
      return turkic ? 'i' : 'i\u0307';
    case 'ı':
      return 'ı';
    default:
      return char.toLowerCase().toUpperCase().toLowerCase();
  }
}

export function foldString(text: string, turkic: boolean): string {
  let out = '';
  for (const char of text) out += foldChar(char, turkic);
  return out;
}

/** Apostrophes and hyphens each read as one character. */
function unifyPunctuation(units: string): string {
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    if (APOSTROPHES.has(code)) out += "'";
    else if (HYPHENS.has(code)) out += '-';
    else if (code === PARAGRAPH_BREAK) out += '\ufffe';
    else if (!isIgnorable(code)) out += units.charAt(i);
  }
  return out;
}

/** Mode of canonical units: exact (case kept), folded, or folded the Turkic way. */
export type FoldMode = 0 | 1 | 2;
export const EXACT: FoldMode = 0;
export const FOLDED: FoldMode = 1;
export const TURKIC: FoldMode = 2;

/**
 * The canonical units of a character or a combining sequence (base + marks): canonical
 * decomposition (so NFC and NFD text read alike), case folding in the folded modes,
 * apostrophes and hyphens unified, ignorables dropped.
 */
export function canonicalOf(segment: string, mode: FoldMode): string {
  if (mode === EXACT) return unifyPunctuation(segment.normalize('NFD'));
  return unifyPunctuation(dropGreekAccents(foldString(segment.normalize('NFC'), mode === TURKIC).normalize('NFD')));
}

const GREEK_LETTER = /[\u0370-\u03ff\u1f00-\u1fff]/;

/**
 * Greek capitals are written without accents (ΟΔΟΣ for οδός), so folded Greek drops its
 * accents and breathings; the diaeresis, which capitals keep (Ϊ), stays.
 */
function dropGreekAccents(decomposed: string): string {
  if (!GREEK_LETTER.test(decomposed)) return decomposed;
  let out = '';
  let afterGreek = false;
  for (const char of decomposed) {
    const code = char.charCodeAt(0);
    const accent = code === 0x300 || code === 0x301 || code === 0x342 || code === 0x313 || code === 0x314;
    if (accent && afterGreek) continue;
    if (!MARK_CHAR.test(char)) afterGreek = GREEK_LETTER.test(char);
    out += char;
  }
  return out;
}

/**
 * The skeleton of a character: its folded base letters with marks dropped and the four
 * i's made one. Equivalent spellings have equal skeletons, so a hash of the skeleton of a
 * word can decide, before any real comparison, that no source starts with that word.
 */
export function skeletonOf(segment: string): string {
  const folded = canonicalOf(segment, FOLDED);
  let out = '';
  for (const char of folded) {
    if (MARK_CHAR.test(char)) continue;
    out += char === 'ı' ? 'i' : char;
  }
  return out;
}

// --- per-character tables ---------------------------------------------------------

/** Run code per unit (see the constants above); 0 until the unit is classified. */
export const runCode = new Uint16Array(0x10000);
/** First skeleton unit (or SEE_MAP, or 0 for none), for every class. */
export const skeletonUnit = new Uint16Array(0x10000);
/** Canonical units, exact and folded (default and Turkic differ only for I and İ): one unit, SEE_MAP or 0 for none. */
export const exactUnit = new Uint16Array(0x10000);
export const foldedUnit = new Uint16Array(0x10000);
export const punctKind = new Uint8Array(0x10000);

const multiSkeleton = new Map<number, string>();
const multiExact = new Map<number, string>();
const multiFolded = new Map<number, string>();

function single(units: string, map: Map<number, string>, code: number): number {
  if (units.length === 1) {
    const unit = units.charCodeAt(0);
    if (unit !== SEE_MAP) return unit;
  }
  if (units.length === 0) return 0;
  map.set(code, units);
  return SEE_MAP;
}

/** Fills the tables for one BMP unit and returns its run code. */
export function classify(code: number): number {
  const char = String.fromCharCode(code);
  let run: number;
  if (code >= 0xd800 && code <= 0xdbff) run = HIGH_SURROGATE;
  else if (code >= 0xdc00 && code <= 0xdfff) run = PUNCT;
  else if (isWhitespace(code)) run = SPACE;
  else if (isIgnorable(code)) run = IGNORABLE;
  else if (APOSTROPHES.has(code) || HYPHENS.has(code)) run = PUNCT; // ʼ is a letter to Unicode, an apostrophe to readers
  else if (MARK_CHAR.test(char)) run = MARK;
  else if (WORD.test(char)) {
    // Every script without spaces, and Hangul, lies above U+0E00 and U+1100: Latin, Greek
    // and Cyrillic text never compiles the (large) script regexes.
    if (code >= 0x0e00 && NO_SPACE_SCRIPT.test(char)) run = NO_SPACE;
    else if (code >= 0x1100 && HANGUL_SCRIPT.test(char)) run = (code >= 0x1160 && code <= 0x11ff) || (code >= 0xd7b0 && code <= 0xd7ff) ? HANGUL_VT : HANGUL;
    else run = MULTI; // refined below
  } else run = PUNCT;

  if (run === HIGH_SURROGATE || (code >= 0xdc00 && code <= 0xdfff)) {
    exactUnit[code] = code;
    foldedUnit[code] = code;
    skeletonUnit[code] = 0;
  } else if (run !== SPACE) {
    exactUnit[code] = single(canonicalOf(char, EXACT), multiExact, code);
    foldedUnit[code] = single(canonicalOf(char, FOLDED), multiFolded, code);
    const skeleton = run === HANGUL || run === HANGUL_VT ? hangulSkeleton(code) : run === MARK || run === IGNORABLE ? '' : skeletonOf(char);
    skeletonUnit[code] = single(skeleton, multiSkeleton, code);
    if (run === MULTI && skeleton.length === 1 && skeleton.charCodeAt(0) >= FIRST_UNIT) run = skeleton.charCodeAt(0);
  }
  if (run === PUNCT && !APOSTROPHES.has(code)) {
    punctKind[code] = QUOTE_PUNCT.test(char) ? QUOTE : OPENING_PUNCT.test(char) ? OPENING : CLOSING_PUNCT.test(char) ? CLOSING : OTHER_PUNCT;
  }
  runCode[code] = run;
  return run;
}

/** A Hangul syllable's skeleton is its leading consonant, so NFC and NFD Korean agree. */
function hangulSkeleton(code: number): string {
  if (code >= 0xac00 && code <= 0xd7a3) return String.fromCharCode(0x1100 + Math.floor((code - 0xac00) / 588));
  if ((code >= 0x1160 && code <= 0x11ff) || (code >= 0xd7b0 && code <= 0xd7ff)) return '';
  return String.fromCharCode(code);
}

// The scan loop reads U+0000 past the end of a text: classified from the start.
classify(0);

export function runCodeOf(code: number): number {
  return runCode[code] || classify(code);
}

export function skeletonUnits(code: number): string {
  const unit = skeletonUnit[code] as number;
  return unit === SEE_MAP ? (multiSkeleton.get(code) as string) : unit === 0 ? '' : String.fromCharCode(unit);
}

/** Canonical units of one BMP unit (already classified) in a mode; '' for ignorables. */
export function unitsOf(code: number, mode: FoldMode): string {
  if (mode === TURKIC && (code === 0x49 || code === 0x130)) return code === 0x49 ? 'ı' : 'i';
  const unit = mode === EXACT ? (exactUnit[code] as number) : (foldedUnit[code] as number);
  if (unit === SEE_MAP) return (mode === EXACT ? multiExact : multiFolded).get(code) as string;
  return unit === 0 ? '' : String.fromCharCode(unit);
}

// --- code points outside the BMP ---------------------------------------------------

export interface AstralInfo {
  /** WORD-like run code: FIRST_UNIT for a word character, else NO_SPACE, MARK or PUNCT. */
  run: number;
  skeleton: string;
}
const astralCache = new Map<number, AstralInfo>();

export function astralInfo(codePoint: number): AstralInfo {
  let info = astralCache.get(codePoint);
  if (!info) {
    const char = String.fromCodePoint(codePoint);
    let run: number = PUNCT;
    if (MARK_CHAR.test(char)) run = MARK;
    else if (WORD.test(char)) run = NO_SPACE_SCRIPT.test(char) ? NO_SPACE : FIRST_UNIT;
    info = { run, skeleton: run === FIRST_UNIT || run === NO_SPACE ? skeletonOf(char) : '' };
    if (astralCache.size < 4096) astralCache.set(codePoint, info);
  }
  return info;
}

/** Code point at `index` (a lone surrogate counts as itself). */
export function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return code;
}

// --- the classes the boundary rules look at -----------------------------------------

/** Edge classes: what a character next to a match, or at a source's edge, counts as. */
export const EDGE_NONE = 0; // start or end of text, whitespace
export const EDGE_WORD = 1; // letter or digit of a spaced script
export const EDGE_HANGUL = 2;
export const EDGE_NO_SPACE = 3;
export const EDGE_MARK = 4; // combining mark or Hangul vowel/final jamo: belongs to the character before
export const EDGE_PUNCT = 5;
export const EDGE_OPENING = 6;
export const EDGE_CLOSING = 7;
export const EDGE_QUOTE = 8;
export const EDGE_IGNORABLE = 9;

/** Edge class of the character starting at `index` (a low surrogate is read with its high one). */
export function edgeClassAt(text: string, index: number): number {
  if (index < 0 || index >= text.length) return EDGE_NONE;
  const code = text.charCodeAt(index);
  const run = runCode[code] || classify(code);
  if (run >= FIRST_UNIT || run === MULTI) return EDGE_WORD;
  switch (run) {
    case SPACE:
      return EDGE_NONE;
    case NO_SPACE:
      return EDGE_NO_SPACE;
    case HANGUL:
      return EDGE_HANGUL;
    case MARK:
    case HANGUL_VT:
      return EDGE_MARK;
    case IGNORABLE:
      return EDGE_IGNORABLE;
    case HIGH_SURROGATE: {
      const point = codePointAt(text, index);
      if (point === code) return EDGE_PUNCT;
      const info = astralInfo(point);
      return info.run === FIRST_UNIT ? EDGE_WORD : info.run === NO_SPACE ? EDGE_NO_SPACE : info.run === MARK ? EDGE_MARK : EDGE_PUNCT;
    }
    default: {
      const kind = punctKind[code] as number;
      return kind === OPENING ? EDGE_OPENING : kind === CLOSING ? EDGE_CLOSING : kind === QUOTE ? EDGE_QUOTE : EDGE_PUNCT;
    }
  }
}

/** Index of the first character at or after `index` that is not ignorable. */
export function skipIgnorablesForward(text: string, index: number): number {
  let i = index;
  while (i < text.length && isIgnorable(text.charCodeAt(i))) i++;
  return i;
}

/** Start index of the character before `index`, skipping ignorables (-1 at the start). */
export function previousCharStart(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && isIgnorable(text.charCodeAt(i))) i--;
  if (i > 0) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) {
      const high = text.charCodeAt(i - 1);
      if (high >= 0xd800 && high <= 0xdbff) i--;
    }
  }
  return i;
}
