// The review the window shows beside the editor, computed in the engine worker: QA issues,
// HTER and the paragraphs left in another language. One ArticleDiffer lives as long as
// the worker, so after a keystroke only the edited paragraph is word-diffed again.
import { samePrimaryLanguage, type DetectedLanguage, type ParagraphLanguage } from '../../core/language/detect';
import { runQaReport } from '../../core/qa/index';
import type { ArticleDiffer } from '../../core/review/article-diff';
import { computeHter, type HterReport } from '../../core/review/hter';
import type { Glossary } from '../../core/types';
import type { ForeignParagraph, HterFigures, ReviewFindings } from './protocol';

export interface ReviewInput {
  mt: string;
  postEdit: string;
  glossaries: readonly Glossary[];
  /** The article's language (ISO 639-1 or 639-3); detected from the post-edit when absent. */
  language?: string;
}

export function reviewArticle(differ: ArticleDiffer, input: ReviewInput): ReviewFindings {
  const { issues, languages } = runQaReport(input.postEdit, {
    mt: input.mt,
    glossaries: input.glossaries,
    ...(input.language ? { language: input.language } : {}),
  });
  const hter = computeHter(input.mt, input.postEdit, { diff: differ.diff(input.mt, input.postEdit) });
  return {
    issues,
    hter: hterFigures(hter),
    article: languageOnly(languages.article),
    foreignParagraphs: foreignParagraphs(languages.article, languages.paragraphs),
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

function hterFigures(report: HterReport): HterFigures {
  return {
    ter: report.ter,
    edits: report.edits,
    refWords: report.refWords,
    inserted: report.inserted,
    deleted: report.deleted,
    substituted: report.substituted,
    shifts: report.shifts,
    charsChanged: report.charsChanged,
    changedParagraphs: report.paragraphs.filter((p) => p.edits > 0).length,
    paragraphs: report.paragraphs.length,
  };
}

function languageOnly(language: DetectedLanguage): { language: string; iso6391?: string } {
  return language.iso6391 === undefined ? { language: language.language } : { language: language.language, iso6391: language.iso6391 };
}
