// Text left in another language: a whole paragraph the detector places in a language other
// than the article's, or, inside a paragraph, three or more consecutive words in another
// script (an untranslated Russian clause in English copy). Fewer words are usually names,
// quoted titles or a term given in the original on purpose.
import { detectLanguage, samePrimaryLanguage } from '../language/detect.js';
import { FRANC_LANGUAGES } from '../language/iso639.js';
import { scriptFitsArticle, scriptOfCharacter } from '../language/scripts.js';
import type { ParagraphLanguage } from '../language/detect.js';
import { normalizeSpaces } from '../review/align.js';
import type { SourceAlignmentGroup } from '../review/align-source.js';
import { countWords, type Paragraph } from '../text/paragraphs.js';
import { paragraphLabel } from './paragraph-label.js';
import type { QaIssue } from './types.js';

/** Consecutive words in a foreign script before a paragraph counts as partly untranslated. */
export const MIN_FOREIGN_RUN = 3;
const WORD = /[\p{L}\p{M}]+/gu;

/** `detected` is the paragraph's detected language; `article` the article's (639-3). */
export function checkUntranslatedParagraph(paragraph: Paragraph, detected: ParagraphLanguage, article: string): QaIssue[] {
  if (detected.language === 'und' || article === 'und' || samePrimaryLanguage(detected.language, article)) return [];
  return [{
    check: 'untranslated',
    severity: 'warning',
    start: paragraph.start,
    end: paragraph.end,
    paragraph: paragraph.index,
    message: `Paragraph looks ${languageName(detected.language)}, not ${languageName(article)}`,
  }];
}

export function checkForeignScriptRuns(paragraph: Paragraph, articleScript: string): QaIssue[] {
  const issues: QaIssue[] = [];
  let run: { start: number; end: number; words: number; script: string } | undefined;
  const flush = (): void => {
    if (run && run.words >= MIN_FOREIGN_RUN) {
      issues.push({
        check: 'untranslated',
        severity: 'warning',
        start: paragraph.start + run.start,
        end: paragraph.start + run.end,
        paragraph: paragraph.index,
        message: `${run.words} words in ${run.script} script, not ${articleScript}`,
      });
    }
    run = undefined;
  };
  for (const match of paragraph.text.matchAll(WORD)) {
    const script = scriptOfCharacter(String.fromCodePoint(match[0].codePointAt(0)!));
    if (script === undefined || scriptFitsArticle(script, articleScript)) {
      flush();
      continue;
    }
    const end = match.index + match[0].length;
    if (run) {
      run.end = end;
      run.words++;
    } else {
      run = { start: match.index, end, words: 1, script };
    }
  }
  flush();
  return issues;
}

/** Fewer words than this are names, datelines or a quoted title as often as not. */
const MIN_IDENTICAL_WORDS = MIN_FOREIGN_RUN;
/** Below this many words the two-language detector has too few trigrams to go on. */
const MIN_SOURCE_LANGUAGE_WORDS = 5;

/**
 * Post-edit paragraphs left as they were in the source: identical to their source
 * paragraph (whitespace aside), or in the source's language when the detector is asked to
 * choose between the source's language and the article's only, which settles short
 * paragraphs in the same script (a German sentence left in English copy) that the
 * open detection leaves alone. Paragraphs in `flagged` are skipped (already reported).
 * `sourceLanguage` and `article` are ISO 639-3.
 */
export function checkUntranslatedAgainstSource(
  paragraphs: readonly Paragraph[],
  sourceParagraphs: readonly Paragraph[],
  groups: readonly SourceAlignmentGroup[],
  sourceLanguage: string,
  article: string,
  flagged: ReadonlySet<number>,
): QaIssue[] {
  const issues: QaIssue[] = [];
  const otherLanguage = sourceLanguage !== 'und' && article !== 'und' && !samePrimaryLanguage(sourceLanguage, article);
  for (const group of groups) {
    if (group.source.length === 0) continue;
    const sourceText = normalizeSpaces(group.source.map((index) => sourceParagraphs[index]!.text).join(' '));
    for (const index of group.target) {
      const paragraph = paragraphs[index]!;
      if (flagged.has(index)) continue;
      const words = countWords(paragraph.text);
      let message: string | undefined;
      if (words >= MIN_IDENTICAL_WORDS && normalizeSpaces(paragraph.text) === sourceText) {
        message = `Paragraph is the same as its source (source ${paragraphLabel(group.source)})`;
      } else if (otherLanguage && words >= MIN_SOURCE_LANGUAGE_WORDS &&
        detectLanguage(paragraph.text, { only: [sourceLanguage, article] }).language === sourceLanguage) {
        message = `Paragraph looks ${languageName(sourceLanguage)}, the source's language, not ${languageName(article)}`;
      }
      if (message !== undefined) {
        issues.push({ check: 'untranslated', severity: 'warning', start: paragraph.start, end: paragraph.end, paragraph: paragraph.index, message });
      }
    }
  }
  return issues;
}

function languageName(code: string): string {
  return FRANC_LANGUAGES[code] ?? code;
}
