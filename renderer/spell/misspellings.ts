// The misspellings of a stretch of the post-edit, as the window underlines them and as
// QA's `spelling` check lists them (core/qa/spelling.ts): each paragraph is checked
// against the dictionary, and a paragraph the detector places in another language than
// the dictionary's is left alone (QA reports it as untranslated instead). The detector
// runs only on a paragraph that has misspellings, so a clean paragraph costs a dictionary
// lookup per new word and nothing more. Pure: runs in the spell worker and in tests.
import { detectArticleLanguages, samePrimaryLanguage } from '../../core/language/detect';
import { iso6393Of } from '../../core/language/tags';
import type { Misspelling, SpellingCheck } from '../../core/spell/types';
import { splitParagraphs } from '../../core/text/paragraphs';

/** Misspelt words of `text` (offsets into it), paragraph by paragraph. */
export function misspellingsIn(text: string, spelling: SpellingCheck, protectedWords: ReadonlySet<string>): Misspelling[] {
  const found: Misspelling[] = [];
  const article = iso6393Of(spelling.language);
  for (const paragraph of splitParagraphs(text)) {
    const words = spelling.check(paragraph.text, protectedWords);
    if (words.length === 0) continue;
    const language = detectArticleLanguages(paragraph.text, { article }).paragraphs[0]?.language;
    if (language !== undefined && language !== 'und' && !samePrimaryLanguage(language, spelling.language)) continue;
    for (const word of words) found.push({ start: paragraph.start + word.start, end: paragraph.start + word.end, word: word.word });
  }
  return found;
}
