// Language of an article and of each of its paragraphs, with franc. franc guesses wildly on
// short text (a 12-word English sentence comes back as Scots), so a short paragraph is only
// trusted to differ from the article when its script does, and the candidates are always
// narrowed to languages with an ISO 639-1 code (the ones glossaries and UIs can name).
import { francAll } from 'franc';
import { countWords, splitParagraphs } from '../text/paragraphs.js';
import { FRANC_TO_ISO6391, ISO6391_TO_ISO6393, ISO6393_TO_ISO6391 } from './iso639.js';
import { alphabetExcludes } from './orthography.js';
import { dominantScript, scriptLanguages, scriptOfLanguage } from './scripts.js';

export interface DetectedLanguage {
  /** ISO 639-3 code as franc names it (`eng`, `rus`, `arb`), or `und`. */
  language: string;
  iso6391?: string;
}

export interface ParagraphLanguage extends DetectedLanguage {
  index: number;
  start: number;
  end: number;
}

export interface DetectOptions {
  /** ISO 639-3 codes to choose among; default every franc language with a 639-1 code. */
  only?: readonly string[];
  /** The article's language when known (ISO 639-3, e.g. from the project settings):
   *  short paragraphs take it instead of a detected one. */
  article?: string;
}

/** Below this many words a paragraph's trigrams are too few to trust franc. */
export const SHORT_PARAGRAPH_WORDS = 20;

/** Below this many words even the ranking among a script's languages is noise. */
const MIN_TRIGRAM_WORDS = 4;
const UNDETERMINED = 'und';

// A few words carry little evidence, so the prior matters: in a script other than the
// article's, a short paragraph is judged only among the languages commonly written in that
// script (not, say, Bosnian or Azerbaijani in Cyrillic, which franc also models).
const SHORT_TEXT_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  Latin: ['eng', 'spa', 'por', 'fra', 'deu', 'ita', 'nld', 'pol', 'ces', 'slk', 'slv', 'hrv', 'ron', 'hun',
    'fin', 'swe', 'dan', 'nob', 'tur', 'ind', 'vie', 'cat', 'lit', 'lvs', 'ekk'],
  Cyrillic: ['rus', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kaz'],
  Arabic: ['arb', 'pes', 'urd'],
  Devanagari: ['hin', 'mar', 'npi'],
  Hebrew: ['heb', 'ydd'],
  Ethiopic: ['amh', 'tir'],
  Myanmar: ['mya'],
};
const DEFAULT_CANDIDATES: readonly string[] = Object.keys(FRANC_TO_ISO6391);

/** The language of `text`. Given the article's language, a short text in the article's
 *  script is taken as the article's (see {@link DetectOptions.article}), as paragraphs are:
 *  franc cannot tell a few English sentences from Scots or Sardinian. */
export function detectLanguage(text: string, options: DetectOptions = {}): DetectedLanguage {
  const candidates = options.only ?? DEFAULT_CANDIDATES;
  if (options.article === undefined) return withIso6391(bestOf(text, candidates));
  const articleScript = scriptOfLanguage(options.article) ?? dominantScript(text);
  return withIso6391(paragraphLanguage(text, options.article, articleScript, candidates));
}

export function detectParagraphLanguages(text: string, options: DetectOptions = {}): ParagraphLanguage[] {
  return detectArticleLanguages(text, options).paragraphs;
}

/** The article's language and each paragraph's, detecting the article only once. */
export function detectArticleLanguages(
  text: string,
  options: DetectOptions = {},
): { article: DetectedLanguage; paragraphs: ParagraphLanguage[] } {
  const candidates = options.only ?? DEFAULT_CANDIDATES;
  const article = options.article ?? bestOf(text, candidates);
  const articleScript = (options.article !== undefined ? scriptOfLanguage(options.article) : undefined) ?? dominantScript(text);
  const paragraphs = splitParagraphs(text).map((paragraph) => {
    const language = paragraphLanguage(paragraph.text, article, articleScript, candidates);
    return { index: paragraph.index, start: paragraph.start, end: paragraph.end, ...withIso6391(language) };
  });
  return { article: withIso6391(article), paragraphs };
}

function paragraphLanguage(
  text: string,
  article: string,
  articleScript: string | undefined,
  candidates: readonly string[],
): string {
  const script = dominantScript(text);
  // Digits, symbols, a lone URL: nothing to detect, it reads as part of the article.
  if (script === undefined) return article;
  if (countWords(text) >= SHORT_PARAGRAPH_WORDS) return bestOf(text, candidates);
  if (script === articleScript) return article;
  const likely = SHORT_TEXT_LANGUAGES[script] ?? scriptLanguages(script);
  const narrowed = likely.filter((code) => candidates.includes(code));
  return bestOfShort(text, narrowed.length > 0 ? narrowed : likely);
}

/** franc ranks, the alphabet vetoes: the best-ranked candidate whose alphabet fits. */
function bestOf(text: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return UNDETERMINED;
  return firstPlausible(text, francAll(text, { only: [...candidates] }).map(([code]) => code));
}

/** Below {@link MIN_TRIGRAM_WORDS} words franc's ranking is noise ("Москва" → Bulgarian),
 *  so the candidates' own order (by prevalence) ranks them instead. */
function bestOfShort(text: string, candidates: readonly string[]): string {
  const ranked = countWords(text) < MIN_TRIGRAM_WORDS
    ? candidates
    : francAll(text, { only: [...candidates], minLength: 1 }).map(([code]) => code);
  return firstPlausible(text, ranked);
}

function firstPlausible(text: string, ranked: readonly string[]): string {
  return ranked.find((code) => !alphabetExcludes(code, text)) ?? ranked[0] ?? UNDETERMINED;
}

function withIso6391(language: string): DetectedLanguage {
  const iso6391 = toIso6391(language);
  return iso6391 === undefined ? { language } : { language, iso6391 };
}

/** ISO 639-1 code of an ISO 639-3 code (franc's individual languages map through their
 *  macrolanguage: `arb` → `ar`); `undefined` when 639-1 has none. */
export function toIso6391(iso6393: string): string | undefined {
  const code = iso6393.toLowerCase();
  return FRANC_TO_ISO6391[code] ?? ISO6393_TO_ISO6391[code];
}

/** ISO 639-3 code of an ISO 639-1 code, as franc would return it (`ar` → `arb`). */
export function toIso6393(iso6391: string): string | undefined {
  return ISO6391_TO_ISO6393[iso6391.toLowerCase()];
}

/** Whether two language tags (BCP 47, ISO 639-1 or 639-3, any case) name the same
 *  primary language: `en-GB` ≈ `eng` ≈ `en`, `ar` ≈ `arb` ≈ `ara`. */
export function samePrimaryLanguage(a: string, b: string): boolean {
  const primaryA = primaryLanguage(a);
  const primaryB = primaryLanguage(b);
  return primaryA !== undefined && primaryA === primaryB;
}

function primaryLanguage(tag: string): string | undefined {
  const subtag = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (subtag === '' || subtag === UNDETERMINED) return undefined;
  if (subtag.length === 2) return subtag;
  return toIso6391(subtag) ?? subtag;
}
