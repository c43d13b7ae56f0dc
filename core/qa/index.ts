// QA of a post-edited article: mechanical checks a reviewer should not have to do by eye.
// Every issue points at a UTF-16 span of the checked text and its paragraph; the list comes
// back sorted by position.
import { detectArticleLanguages, type DetectedLanguage, type ParagraphLanguage } from '../language/detect.js';
import { iso6393Of } from '../language/tags.js';
import { dominantScript, scriptOfLanguage } from '../language/scripts.js';
import { protectedWordsOf } from '../spell/protected-words.js';
import { splitParagraphs, type Paragraph } from '../text/paragraphs.js';
import { checkAgainstSource } from './against-source.js';
import { checkBrackets } from './brackets.js';
import { checkGlossaries } from './glossary.js';
import { checkNumbers } from './numbers.js';
import { checkQuotes } from './quotes.js';
import { checkRepeatedWords } from './repeated-word.js';
import { checkSpelling } from './spelling.js';
import { checkDoubleSpaces, checkSpaceBeforePunctuation } from './spacing.js';
import { checkForeignScriptRuns, checkUntranslatedParagraph } from './untranslated.js';
import type { QaIssue, QaOptions } from './types.js';

export type { QaCheckId, QaIssue, QaOptions, QaSeverity } from './types.js';

/** A span of the checked text (UTF-16 offsets). */
export interface TextSpan {
  start: number;
  end: number;
}

/** What the editor already decided about glossary hits, so QA does not report them as
 *  corrections still to make. */
export interface GlossaryDecisions {
  /** Hits the editor skipped: a skip is a decision, not an oversight. */
  skipped?: readonly TextSpan[];
  /** Text a replacement wrote: never a correction still to make. */
  applied?: readonly TextSpan[];
}

export interface QaRunOptions extends QaOptions {
  decided?: GlossaryDecisions;
}

/** QA's issues and the languages it detected on the way (the article's, each paragraph's). */
export interface QaReport {
  issues: QaIssue[];
  languages: { article: DetectedLanguage; paragraphs: ParagraphLanguage[] };
}

export function runQa(text: string, options: QaRunOptions = {}): QaIssue[] {
  return runQaReport(text, options).issues;
}

/** runQa, plus the languages it detected: the window marks paragraphs in another language
 *  without running the detector (the slowest part of QA) a second time. */
export function runQaReport(text: string, options: QaRunOptions = {}): QaReport {
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
    const glossaryIssues = checkGlossaries(text, options.glossaries, (offset) => paragraphAt(paragraphs, offset), options.language ?? article);
    add(options.decided ? withoutDecided(glossaryIssues, options.decided) : glossaryIssues);
  }
  if (options.source !== undefined) {
    const untranslated = new Set(issues.filter((issue) => issue.check === 'untranslated').map((issue) => issue.paragraph));
    add(checkAgainstSource(text, paragraphs, options.source, options, article, untranslated));
  } else if (options.mt !== undefined) {
    add(checkNumbers(paragraphs, splitParagraphs(options.mt)));
  }
  if (options.spelling !== undefined) {
    add(checkSpelling(paragraphs, detected.paragraphs, options.spelling, protectedWordsOf(options.glossaries ?? [], options.source)));
  }
  issues.sort((a, b) => a.start - b.start || a.end - b.end || a.check.localeCompare(b.check));
  return { issues, languages: detected };
}

/** A glossary correction not applied (`glossary-term` warning) is dropped where the editor
 *  skipped exactly that hit, or where it lies on text a replacement wrote. */
function withoutDecided(issues: QaIssue[], decided: GlossaryDecisions): QaIssue[] {
  const skipped = new Set((decided.skipped ?? []).map((span) => `${span.start}:${span.end}`));
  const applied = decided.applied ?? [];
  return issues.filter((issue) => {
    if (issue.check !== 'glossary-term' || issue.severity !== 'warning') return true;
    if (skipped.has(`${issue.start}:${issue.end}`)) return false;
    return !applied.some((span) => span.start < issue.end && issue.start < span.end);
  });
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
