// The checks that compare the post-edit with the source: numbers (instead of against the
// MT), glossary terms (term-missing) and paragraphs left untranslated. All work on one
// source–post-edit paragraph alignment: through the MT when there is one (a paragraph the
// MT split or merged stays with its source paragraph), else straight from the source.
import { detectLanguage, toIso6391 } from '../language/detect.js';
import { iso6393Of } from '../language/tags.js';
import { alignSourceParagraphs, type SourceAlignmentGroup } from '../review/align-source.js';
import { alignThreeTexts, sourcePostEditGroups } from '../review/align-three.js';
import { splitParagraphs, type Paragraph } from '../text/paragraphs.js';
import { checkNumbersAgainstSource } from './numbers.js';
import { sourceLanguageGlossaries } from './source-terms.js';
import { checkTermsAgainstSource } from './term-missing.js';
import type { QaIssue, QaOptions } from './types.js';
import { checkUntranslatedAgainstSource } from './untranslated.js';

/** `article` is the post-edit's language (ISO 639-3); `untranslated` the paragraphs
 *  already flagged as untranslated by the monolingual check. */
export function checkAgainstSource(
  text: string,
  paragraphs: readonly Paragraph[],
  source: string,
  options: QaOptions,
  article: string,
  untranslated: ReadonlySet<number>,
): QaIssue[] {
  const sourceParagraphs = splitParagraphs(source);
  const sourceLanguage = options.sourceLanguage !== undefined ? iso6393Of(options.sourceLanguage) : detectLanguage(source).language;
  const sourceTag = toIso6391(sourceLanguage) ?? sourceLanguage;
  const articleTag = article === 'und' ? undefined : (toIso6391(article) ?? article);
  const groups = options.sourceAlignment ?? alignToSource(sourceParagraphs, options.mt, paragraphs, sourceTag, articleTag);
  const languages = { source: sourceTag, ...(articleTag !== undefined ? { target: articleTag } : {}) };
  const issues = checkNumbersAgainstSource(paragraphs, sourceParagraphs, groups, languages);
  if (options.glossaries && options.glossaries.length > 0 && sourceLanguage !== 'und') {
    const glossaries = sourceLanguageGlossaries(options.glossaries, sourceTag, articleTag);
    issues.push(...checkTermsAgainstSource({ text: source, paragraphs: sourceParagraphs }, { text, paragraphs }, groups, glossaries));
  }
  issues.push(...checkUntranslatedAgainstSource(paragraphs, sourceParagraphs, groups, sourceLanguage, article, untranslated));
  return issues;
}

/** Source paragraphs (`source`) with post-edit paragraphs (`target`). */
export function alignToSource(
  sourceParagraphs: readonly Paragraph[],
  mt: string | undefined,
  paragraphs: readonly Paragraph[],
  sourceLanguage?: string,
  targetLanguage?: string,
): SourceAlignmentGroup[] {
  const sourceTexts = sourceParagraphs.map((paragraph) => paragraph.text);
  const peTexts = paragraphs.map((paragraph) => paragraph.text);
  const languages = {
    ...(sourceLanguage !== undefined ? { source: sourceLanguage } : {}),
    ...(targetLanguage !== undefined ? { target: targetLanguage, mt: targetLanguage } : {}),
  };
  if (mt === undefined) return alignSourceParagraphs(sourceTexts, peTexts, languages);
  const mtTexts = splitParagraphs(mt).map((paragraph) => paragraph.text);
  return sourcePostEditGroups(alignThreeTexts(sourceTexts, mtTexts, peTexts, languages));
}
