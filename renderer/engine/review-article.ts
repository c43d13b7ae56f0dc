// The review the window shows beside the editor, computed in the engine worker: QA issues
// and the paragraphs left in another language. HTER and the word counts are not here: the
// edit meter (edit-meter.ts) measures them in a worker of its own within moments of the
// last keystroke, while a review of a long article takes a large part of a second.
import { samePrimaryLanguage, type DetectedLanguage, type ParagraphLanguage } from '../../core/language/detect';
import { runQaReport, type GlossaryDecisions } from '../../core/qa/index';
import { sourcePostEditGroups, type ThreeWayGroup } from '../../core/review/align-three';
import type { SpellingCheck } from '../../core/spell/types';
import type { Glossary } from '../../core/types';
import type { ForeignParagraph, ReviewFindings } from './protocol';

export interface ReviewInput {
  mt: string;
  postEdit: string;
  glossaries: readonly Glossary[];
  /** The article's language (ISO 639-1 or 639-3); detected from the post-edit when absent. */
  language?: string;
  /** Hits skipped and text applied: not reported as corrections still to make. */
  decided?: GlossaryDecisions;
  /** The article's source, its language and its alignment with the MT and the post-edit
   *  (source-alignment.ts): QA checks numbers, terms and untranslated text against it. */
  source?: { text: string; language?: string; alignment: ThreeWayGroup[] };
  /** The post-edit's dictionary: enables QA's `spelling` check. */
  spelling?: SpellingCheck;
}

export function reviewArticle(input: ReviewInput): ReviewFindings {
  const { issues, languages } = runQaReport(input.postEdit, {
    mt: input.mt,
    glossaries: input.glossaries,
    ...(input.language ? { language: input.language } : {}),
    ...(input.decided ? { decided: input.decided } : {}),
    ...(input.source
      ? {
          source: input.source.text,
          ...(input.source.language ? { sourceLanguage: input.source.language } : {}),
          sourceAlignment: sourcePostEditGroups(input.source.alignment),
        }
      : {}),
    ...(input.spelling ? { spelling: input.spelling } : {}),
  });
  return {
    issues,
    article: languageOnly(languages.article),
    foreignParagraphs: foreignParagraphs(languages.article, languages.paragraphs),
    ...(input.source ? { alignment: input.source.alignment } : {}),
  };
}

/**
 * Paragraphs detected in another language than the article's: the same rule as QA's
 * `untranslated` check (undetermined counts as the article's), applied to the languages QA
 * already detected rather than detecting them again.
 */
export function foreignParagraphs(article: DetectedLanguage, paragraphs: readonly ParagraphLanguage[]): ForeignParagraph[] {
  if (article.language === 'und') return [];
  return paragraphs
    .filter((p) => p.language !== 'und' && !samePrimaryLanguage(p.language, article.language))
    .map((p) => ({ index: p.index, start: p.start, end: p.end, ...languageOnly(p) }));
}

function languageOnly(language: DetectedLanguage): { language: string; iso6391?: string } {
  return language.iso6391 === undefined ? { language: language.language } : { language: language.language, iso6391: language.iso6391 };
}
