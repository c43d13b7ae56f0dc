// The review the window shows beside the editor, computed in the engine worker: QA issues
// and the paragraphs left in another language. HTER and the word counts are not here: the
// edit meter (edit-meter.ts) measures them in a worker of its own within moments of the
// last keystroke, while a review of a long article takes a large part of a second.
import type { CompiledGlossaries } from '../../core/engine/index';
import { samePrimaryLanguage, type DetectedLanguage, type ParagraphLanguage } from '../../core/language/detect';
import { runQaReport, type GlossaryDecisions } from '../../core/qa/index';
import { sourcePostEditGroups, type ThreeWayGroup } from '../../core/review/align-three';
import type { SpellingCheck } from '../../core/spell/types';
import type { ArticleDiffer } from '../../core/review/article-diff';
import { findRepeatedEdits, repeatedEditKey } from '../../core/review/repeated-edits';
import type { Glossary } from '../../core/types';
import { splitIgnoredIssues, type IgnoredIssueKey } from '../../core/work/ignored-issues';
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
  /** Issues the editor ignored: returned apart, as `ignored`. */
  ignored?: readonly IgnoredIssueKey[];
  /** Learning from the editor's repeated fixes: the differ kept between reviews (so a
   *  pause in typing re-diffs one paragraph), the active glossaries compiled, and the
   *  offers the editor dismissed. Absent: no offers are looked for. */
  offers?: { differ: ArticleDiffer; compiled: CompiledGlossaries; dismissed: ReadonlyArray<{ from: string; to: string }> };
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
  const split = input.ignored && input.ignored.length > 0 ? splitIgnoredIssues(issues, input.postEdit, input.ignored) : { shown: issues, ignored: [] };
  const offers = input.offers
    ? findRepeatedEdits(input.mt, input.postEdit, input.offers.differ.diff(input.mt, input.postEdit), {
        glossaries: input.offers.compiled,
        dismissed: input.offers.dismissed.map((offer) => repeatedEditKey(offer.from, offer.to)),
      })
    : [];
  return {
    issues: split.shown,
    ignored: split.ignored,
    offers,
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
