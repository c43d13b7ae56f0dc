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

// Letters with marks, joined by inner apostrophes, hyphens or dots ("Russia's",
// "пресс-секретарь", "U.S"): a dot inside makes it an abbreviation or a domain.
const WORD = /[\p{L}\p{M}]+(?:['’\-\u2010.][\p{L}\p{M}]+)*/gu;
const URL_OR_EMAIL = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"«»“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;
const HYPHEN = /[-\u2010]/u;
const DIGIT = /\p{N}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** The tokens of `text` to check against a dictionary for `script` (a franc script group,
 *  e.g. "Latin", "Cyrillic"; undefined: any script). */
export function spellTokens(text: string, script: string | undefined): SpellToken[] {
  const excluded = [...text.matchAll(URL_OR_EMAIL)].map((match) => [match.index, match.index + match[0].length] as const);
  const tokens: SpellToken[] = [];
  let nextExcluded = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const end = start + word.length;
    while (nextExcluded < excluded.length && excluded[nextExcluded]![1] <= start) nextExcluded++;
    const range = excluded[nextExcluded];
    if (range && range[0] < end) continue;
    if (word.includes('.')) continue;
    if (gluedToNumberOrTag(text, start, end)) continue;
    if (script !== undefined && scriptOfCharacter(String.fromCodePoint(word.codePointAt(0)!)) !== script) continue;
    if (isExempt(word)) continue;
    const parts = HYPHEN.test(word) ? hyphenParts(word, start) : [];
    tokens.push({ start, end, word, parts });
  }
  return tokens;
}

/** Single letters and acronyms in capitals ("NATO", "GDL's"): never flagged. */
export function isExempt(word: string): boolean {
  const bare = word.replace(/['’]s$/u, '');
  if ([...bare].length < 2) return true;
  return UPPER.test(bare) && !LOWER.test(bare);
}

/** "48-stündigen", "COVID19", "km2", "#tag", "@user": not words to spell. */
function gluedToNumberOrTag(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (DIGIT.test(before) || DIGIT.test(after) || before === '#' || before === '@' || before === '_' || after === '_') return true;
  if (HYPHEN.test(before) && DIGIT.test(text[start - 2] ?? '')) return true;
  return HYPHEN.test(after) && DIGIT.test(text[end + 1] ?? '');
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
