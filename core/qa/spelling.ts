// Misspelt words of the post-edit, one warning each, from a spell checker loaded by the
// caller (loading a dictionary is asynchronous and slow; QA itself stays synchronous).
// Paragraphs in another language than the dictionary's are left to the untranslated check.
import { samePrimaryLanguage } from '../language/detect.js';
import { iso6393Of } from '../language/tags.js';
import { FRANC_LANGUAGES } from '../language/iso639.js';
import type { ParagraphLanguage } from '../language/detect.js';
import type { SpellingCheck } from '../spell/types.js';
import type { Paragraph } from '../text/paragraphs.js';
import type { QaIssue } from './types.js';

export function checkSpelling(
  paragraphs: readonly Paragraph[],
  languages: readonly ParagraphLanguage[],
  spelling: SpellingCheck,
  protectedWords: ReadonlySet<string>,
): QaIssue[] {
  const dictionary = FRANC_LANGUAGES[iso6393Of(spelling.language)] ?? spelling.language;
  const issues: QaIssue[] = [];
  for (const paragraph of paragraphs) {
    const language = languages[paragraph.index]?.language;
    if (language !== undefined && language !== 'und' && !samePrimaryLanguage(language, spelling.language)) continue;
    for (const word of spelling.check(paragraph.text, protectedWords)) {
      issues.push({
        check: 'spelling',
        severity: 'warning',
        start: paragraph.start + word.start,
        end: paragraph.start + word.end,
        paragraph: paragraph.index,
        message: `"${word.word}" is not in the ${dictionary} dictionary`,
      });
    }
  }
  return issues;
}
