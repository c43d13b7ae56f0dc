// Text left in another language: a whole paragraph the detector places in a language other
// than the article's, or, inside a paragraph, three or more consecutive words in another
// script (an untranslated Russian clause in English copy). Fewer words are usually names,
// quoted titles or a term given in the original on purpose.
import { samePrimaryLanguage } from '../language/detect.js';
import { FRANC_LANGUAGES } from '../language/iso639.js';
import { scriptFitsArticle, scriptOfCharacter } from '../language/scripts.js';
import type { ParagraphLanguage } from '../language/detect.js';
import type { Paragraph } from '../text/paragraphs.js';
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

function languageName(code: string): string {
  return FRANC_LANGUAGES[code] ?? code;
}
