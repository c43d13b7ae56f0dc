// QA of a post-edited article: mechanical checks a reviewer should not have to do by eye.
// Every issue points at a UTF-16 span of the checked text and its paragraph; the list comes
// back sorted by position.
import { detectArticleLanguages, toIso6393, type DetectedLanguage, type ParagraphLanguage } from '../language/detect.js';
import { dominantScript, scriptOfLanguage } from '../language/scripts.js';
import { splitParagraphs, type Paragraph } from '../text/paragraphs.js';
import { checkBrackets } from './brackets.js';
import { checkGlossaries } from './glossary.js';
import { checkNumbers } from './numbers.js';
import { checkQuotes } from './quotes.js';
import { checkRepeatedWords } from './repeated-word.js';
import { checkDoubleSpaces, checkSpaceBeforePunctuation } from './spacing.js';
import { checkForeignScriptRuns, checkUntranslatedParagraph } from './untranslated.js';
import type { QaIssue, QaOptions } from './types.js';

export type { QaCheckId, QaIssue, QaOptions, QaSeverity } from './types.js';

/** QA's issues and the languages it detected on the way (the article's, each paragraph's). */
export interface QaReport {
  issues: QaIssue[];
  languages: { article: DetectedLanguage; paragraphs: ParagraphLanguage[] };
}

export function runQa(text: string, options: QaOptions = {}): QaIssue[] {
  return runQaReport(text, options).issues;
}

/** runQa, plus the languages it detected: the window marks paragraphs in another language
 *  without running the detector (the slowest part of QA) a second time. */
export function runQaReport(text: string, options: QaOptions = {}): QaReport {
  const paragraphs = splitParagraphs(text);
  const given = options.language === undefined ? undefined : iso6393Of(options.language);
  const detected = detectArticleLanguages(text, given === undefined ? {} : { article: given });
  const article = detected.article.language;
  const articleScript = scriptOfLanguage(article) ?? dominantScript(text);

  const issues: QaIssue[] = [];
  // Appended one by one: spreading a check's findings into push() overflows the call
  // stack when one huge paragraph yields hundreds of thousands of them.
  const add = (found: readonly QaIssue[]): void => {
    for (const issue of found) issues.push(issue);
  };
  for (const paragraph of paragraphs) {
    add(checkQuotes(paragraph));
    add(checkBrackets(paragraph));
    add(checkDoubleSpaces(paragraph));
    add(checkSpaceBeforePunctuation(paragraph, article));
    add(checkRepeatedWords(paragraph));
    const whole = checkUntranslatedParagraph(paragraph, detected.paragraphs[paragraph.index]!, article);
    // A paragraph already flagged as a whole is not flagged again run by run.
    add(whole.length > 0 || articleScript === undefined ? whole : checkForeignScriptRuns(paragraph, articleScript));
  }
  if (options.glossaries && options.glossaries.length > 0) {
    add(checkGlossaries(text, options.glossaries, (offset) => paragraphAt(paragraphs, offset)));
  }
  if (options.mt !== undefined) add(checkNumbers(paragraphs, splitParagraphs(options.mt)));
  issues.sort((a, b) => a.start - b.start || a.end - b.end || a.check.localeCompare(b.check));
  return { issues, languages: detected };
}

/** "en", "en-GB", "eng" → "eng"; an unknown tag is kept as written (lower-case). */
function iso6393Of(tag: string): string {
  const primary = tag.trim().split(/[-_]/)[0]!.toLowerCase();
  return primary.length === 2 ? (toIso6393(primary) ?? primary) : primary;
}

/** Index of the paragraph containing `offset` (or the next one, for an offset between). */
function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (paragraphs[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low);
}
