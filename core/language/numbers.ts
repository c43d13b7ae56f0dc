// Numbers as news copy writes them, read by value across locales: "1 234,5" (Russian,
// French), "1.234,5" (German) and "1,234.5" (English) are one number, and so are German
// "12.000" and English "12,000". A single separator before exactly three digits is the
// one ambiguous shape ("1.500" is 1500 in German, 1.5 in English): the language decides,
// and without one both readings stand. Times ("18:00" = "6 p.m.") and numbers in words are
// out of scope.
import { ISO6393_TO_ISO6391 } from './iso639.js';

export interface WrittenNumber {
  /** UTF-16 offsets of the number in the text. */
  start: number;
  end: number;
  text: string;
  /** What it stands for, canonical ("1234.5", "12000", "0.5"): one value, or two for an
   *  ambiguous grouping read without a language. */
  values: string[];
}

// Digits grouped by thousands (1,000 / 1 000 / 1.000 / 1'000, with a thin or no-break
// space too), optionally with a decimal part, or plain digits with at most one decimal
// part. The look-behind stops "2016 300" reading as "016 300".
const NUMBER = /(?<![\p{N}])(?:\p{N}{1,3}(?:[,. '\u2019\u00a0\u2009\u202f]\p{N}{3})+(?:[.,]\p{N}+)?(?![\p{N}])|\p{N}+(?:[.,]\p{N}+)?)/gu;
const SPACE_GROUPING = /[ '\u2019\u00a0\u2009\u202f]/gu;
const HAS_SPACE_GROUPING = /[ '\u2019\u00a0\u2009\u202f]/u;
const DIGIT_RUN = /\p{N}+/gu;

// ISO 639-1 languages by decimal separator (CLDR's default locale of each language).
const DECIMAL_POINT = new Set('en zh ja ko he hi bn th ga mt ms sw ta te ur my tl yo ha ig zu xh'.split(' '));
const DECIMAL_COMMA = new Set(
  ('de fr ru uk be es it pt pl nl cs sk sl hr sr bs mk bg ro hu fi sv da nb nn no is et lv lt el tr az kk ' +
    'ka hy id vi ca gl eu sq af lb fo kl').split(' '),
);
/** Regions whose decimal separator differs from their language's default. */
const REGION_DECIMAL_POINT = new Set(['ch', 'li', 'mx', 'us', 'pr', 'gt', 'hn', 'ni', 'sv', 'pa', 'do', 'pe']);

/** The decimal separator `language` (BCP 47, ISO 639-1 or 639-3) writes, if known. */
export function decimalSeparatorOf(language: string | undefined): '.' | ',' | undefined {
  if (language === undefined) return undefined;
  const [primaryTag = '', ...subtags] = language.trim().toLowerCase().split(/[-_]/);
  const primary = primaryTag.length === 3 ? (ISO6393_TO_ISO6391[primaryTag] ?? primaryTag) : primaryTag;
  const region = subtags.find((subtag) => subtag.length === 2 || /^\d{3}$/.test(subtag));
  if (DECIMAL_COMMA.has(primary)) return region !== undefined && REGION_DECIMAL_POINT.has(region) ? '.' : ',';
  if (DECIMAL_POINT.has(primary)) return '.';
  return undefined;
}

/** Every number in `text`, read with `language`'s conventions (or leniently without one). */
export function findNumbers(text: string, language?: string): WrittenNumber[] {
  const decimal = decimalSeparatorOf(language);
  return [...text.matchAll(NUMBER)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    values: numberValues(match[0], decimal),
  }));
}

/** The values a number as written can stand for (see {@link WrittenNumber.values}). */
export function numberValues(written: string, decimal: '.' | ',' | undefined): string[] {
  const spaced = HAS_SPACE_GROUPING.test(written);
  const bare = written.replace(SPACE_GROUPING, '');
  const marks = bare.replace(/\p{N}/gu, '');
  const runs = bare.match(DIGIT_RUN) ?? [];
  if (marks === '') return [canonical(bare, '')];
  const last = runs[runs.length - 1]!;
  const head = runs.slice(0, -1);
  if (new Set(marks).size === 2) {
    // "1,234.5" / "1.234,5": the last mark is the decimal one, the others group.
    return [canonical(head.join(''), last)];
  }
  if (marks.length > 1) {
    // "1.234.567" groups; "1,234,567,5"-like shapes never get here (the regex).
    return [canonical(runs.join(''), '')];
  }
  // One "." or ",": a decimal point after space grouping ("1 234,5"), or when the digits
  // after it are not a group of three.
  const mark = marks;
  if (spaced || last.length !== 3 || head.join('').startsWith('0')) return [canonical(head.join(''), last)];
  const asGroup = canonical(head.join('') + last, '');
  const asDecimal = canonical(head.join(''), last);
  if (decimal === undefined) return asGroup === asDecimal ? [asGroup] : [asGroup, asDecimal];
  return [mark === decimal ? asDecimal : asGroup];
}

/** "007", "500" → "7.5"; "3", "000" → "3": no leading zeros, no trailing decimal zeros. */
function canonical(integer: string, fraction: string): string {
  const whole = integer.replace(/^0+(?=\p{N})/u, '');
  const decimals = fraction.replace(/0+$/, '');
  return decimals === '' ? whole : `${whole}.${decimals}`;
}

/** Whether two numbers can stand for the same value. */
export function sameNumber(a: WrittenNumber, b: WrittenNumber): boolean {
  return a.values.some((value) => b.values.includes(value));
}
