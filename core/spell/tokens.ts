// The words of a text worth asking a dictionary about. A spell-checker that flags
// "NATO", "COVID-19", "tass.ru", "U.S." or a Cyrillic name in English copy is switched
// off by its users, so those never reach the dictionary: numbers and words glued to
// digits, URLs and e-mail addresses, dotted abbreviations and domains, all-caps acronyms,
// single letters, hashtags and mentions, and words in another script than the
// dictionary's. Hyphenated words come with their parts, checked when the whole is unknown.
import { scriptOfCharacter } from '../language/scripts.js';

export interface SpellToken {
  start: number;
  end: number;
  word: string;
  /** Parts of a hyphenated word, each with its own offsets (empty for a plain word). */
  parts: Array<{ start: number; end: number; word: string }>;
}

// Words are letters and marks, joined by inner apostrophes, hyphens or dots ("Russia's",
// "пресс-секретарь", "U.S"): a dot inside makes it an abbreviation or a domain. The text is
// scanned by hand with a per-code-unit class table: a Unicode-property regex costs several
// microseconds a word on Cyrillic text, and a 10,000-word article must check in 200 ms.
const JOINERS = new Set(["'", '’', '-', '\u2010', '.']);
const URL_OR_EMAIL = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"«»“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;
const HYPHEN = /[-\u2010]/u;
const WORD_CHARACTER = /^[\p{L}\p{M}]$/u;
const NUMBER_CHARACTER = /^\p{N}$/u;

/** Per UTF-16 unit outside the surrogates: 0 not yet known, 1 letter or mark, 2 other. */
const unitClass = new Uint8Array(0x10000);

/** Length (1 or 2 units) of the letter or mark at `i`, 0 when there is none. */
function wordUnitsAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdfff) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint < 0x10000) return 0; // a lone surrogate
    return WORD_CHARACTER.test(String.fromCodePoint(codePoint)) ? 2 : 0;
  }
  let known = unitClass[unit]!;
  if (known === 0) unitClass[unit] = known = WORD_CHARACTER.test(String.fromCharCode(unit)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

function isNumberCharacter(character: string | undefined): boolean {
  if (character === undefined) return false;
  const unit = character.charCodeAt(0);
  if (unit < 0x80) return unit >= 0x30 && unit <= 0x39;
  return NUMBER_CHARACTER.test(character);
}

/** The tokens of `text` to check against a dictionary for `script` (a franc script group,
 *  e.g. "Latin", "Cyrillic"; undefined: any script). */
export function spellTokens(text: string, script: string | undefined): SpellToken[] {
  const excluded = mayHoldAddress(text) ? [...text.matchAll(URL_OR_EMAIL)].map((match) => [match.index, match.index + match[0].length] as const) : [];
  const fits = script === undefined ? undefined : scriptTest(script);
  const tokens: SpellToken[] = [];
  let nextExcluded = 0;
  for (let i = 0; i < text.length; ) {
    let size = wordUnitsAt(text, i);
    if (size === 0) {
      i++;
      continue;
    }
    const start = i;
    let dotted = false;
    for (;;) {
      while (size > 0) {
        i += size;
        size = i < text.length ? wordUnitsAt(text, i) : 0;
      }
      const joiner = text[i];
      if (joiner === undefined || !JOINERS.has(joiner) || i + 1 >= text.length || wordUnitsAt(text, i + 1) === 0) break;
      if (joiner === '.') dotted = true;
      i++;
      size = wordUnitsAt(text, i);
    }
    const end = i;
    while (nextExcluded < excluded.length && excluded[nextExcluded]![1] <= start) nextExcluded++;
    const range = excluded[nextExcluded];
    if (dotted || (range && range[0] < end)) continue;
    if (gluedToNumberOrTag(text, start, end)) continue;
    if (fits && !fits(text.codePointAt(start)!)) continue;
    const word = text.slice(start, end);
    if (isExempt(word)) continue;
    const parts = HYPHEN.test(word) ? hyphenParts(word, start) : [];
    tokens.push({ start, end, word, parts });
  }
  return tokens;
}

/** Cheap pre-test for the address regex: most paragraphs have no URL or e-mail. */
function mayHoldAddress(text: string): boolean {
  return text.includes('@') || text.includes('://') || /www\./i.test(text);
}

const scriptTests = new Map<string, (codePoint: number) => boolean>();

/** Whether a word starting with this code point is in `script`, remembered per code point. */
function scriptTest(script: string): (codePoint: number) => boolean {
  let test = scriptTests.get(script);
  if (!test) {
    const verdicts = new Map<number, boolean>();
    test = (codePoint) => {
      let verdict = verdicts.get(codePoint);
      if (verdict === undefined) verdicts.set(codePoint, (verdict = scriptOfCharacter(String.fromCodePoint(codePoint)) === script));
      return verdict;
    };
    scriptTests.set(script, test);
  }
  return test;
}

/** Single letters and acronyms in capitals ("NATO", "GDL's"): never flagged. */
export function isExempt(word: string): boolean {
  const bare = word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
  if (bare.length === 1 || (bare.length === 2 && bare.codePointAt(0)! > 0xffff)) return true;
  return bare === bare.toUpperCase() && bare !== bare.toLowerCase();
}

/** "48-stündigen", "COVID19", "km2", "#tag", "@user": not words to spell. */
function gluedToNumberOrTag(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (isNumberCharacter(before) || isNumberCharacter(after) || before === '#' || before === '@' || before === '_' || after === '_') return true;
  if ((before === '-' || before === '\u2010') && isNumberCharacter(text[start - 2])) return true;
  return (after === '-' || after === '\u2010') && isNumberCharacter(text[end + 1]);
}

function hyphenParts(word: string, offset: number): SpellToken['parts'] {
  const parts: SpellToken['parts'] = [];
  let at = 0;
  for (const piece of word.split(HYPHEN)) {
    parts.push({ start: offset + at, end: offset + at + piece.length, word: piece });
    at += piece.length + 1;
  }
  return parts;
}
