// Everything the json and report exports say about a post-edit besides its text: the
// glossary replacements applied and the suggestions skipped (grouped by term), HTER and the word diff against the MT, word counts
// and QA. Computed once here so both formats (and the batch) agree to the digit.
import { compileGlossaries, findMatches } from '../engine';
import { runQa } from '../qa';
import type { QaIssue } from '../qa/types';
import { diffArticle, type ArticleDiff } from '../review/article-diff';
import { computeHter, type HterReport } from '../review/hter';
import { countWords, splitParagraphs } from '../text/paragraphs';
import type { Change } from '../types';
import { effortFigures, type EffortFigures } from '../work/effort-figures';
import { paragraphStatus, setConfirmed, type ParagraphStatus } from '../work/paragraph-status';
import { splitIgnoredIssues } from '../work/ignored-issues';
import { articleBlocks, documentTitle } from './article-text';
import { exportLanguage } from './language';
import type { ExportInput } from './types';

/** The replacements one glossary entry made, for "Sands → Peskov ×2" style summaries. */
export interface ChangeGroup {
  source: string;
  glossary: string;
  line: number;
  /** Each distinct replacement text, in order of first use (case transfer can vary it). */
  targets: string[];
  count: number;
  note?: string;
}

export interface ArticleCounts {
  /** Words of the post-edit. */
  words: number;
  paragraphs: number;
  /** Words of the MT; null without one. */
  mtWords: number | null;
  /** Post-edit words the editor wrote or changed (the word diff's insertions); null without MT. */
  changedWords: number | null;
  /** MT words the editor removed or replaced (the word diff's deletions); null without MT. */
  deletedWords: number | null;
  /** Glossary replacements applied (the `changes`). */
  glossaryChanges: number;
  /** Glossary hits the editor skipped. */
  skippedSuggestions: number;
  qaErrors: number;
  qaWarnings: number;
}

export interface ReviewSummary {
  title: string;
  /** ISO 639-1 (or `und`). */
  language: string;
  changes: Change[];
  /** Where `changes`' offsets point. */
  changesIn: 'mt' | 'postEdit';
  changeGroups: ChangeGroup[];
  /** Hits the editor skipped, and the same grouped by term. */
  skipped: Change[];
  skippedGroups: ChangeGroup[];
  /** Absent without an MT. */
  diff?: ArticleDiff;
  hter?: HterReport;
  counts: ArticleCounts;
  /** QA issues, less those the editor ignored. */
  qa: QaIssue[];
  /** PET/MateCat-style effort figures, when the input carries the editing effort. */
  effort?: EffortFigures;
  /** QA issues the editor ignored (ExportInput.ignoredIssues) still in the text. */
  qaIgnored: QaIssue[];
}

export function buildReviewSummary(input: ExportInput): ReviewSummary {
  const language = exportLanguage(input);
  const changes = input.changes ?? glossaryChangesInMt(input);
  const changesIn = input.changes !== undefined ? (input.changesIn ?? 'mt') : 'mt';
  const skipped = input.skipped ?? [];
  const diff = input.mt !== undefined ? diffArticle(input.mt, input.postEdit) : undefined;
  const hter = diff !== undefined && input.mt !== undefined ? computeHter(input.mt, input.postEdit, { diff }) : undefined;
  const allQa = runQa(input.postEdit, {
    ...(input.mt !== undefined ? { mt: input.mt } : {}),
    ...(input.source !== undefined ? { source: input.source } : {}),
    ...(input.sourceLanguage !== undefined ? { sourceLanguage: input.sourceLanguage } : {}),
    ...(input.spelling !== undefined ? { spelling: input.spelling } : {}),
    ...(input.glossaries !== undefined ? { glossaries: input.glossaries } : {}),
    ...(language !== 'und' ? { language } : {}),
    // Skipped hits are decisions; text the editor's replacements wrote is done.
    decided: { skipped, ...(changesIn === 'postEdit' ? { applied: changes } : {}) },
  });
  const { shown: qa, ignored: qaIgnored } = splitIgnoredIssues(allQa, input.postEdit, input.ignoredIssues ?? []);
  const summary: ReviewSummary = {
    title: documentTitle(input.title, articleBlocks(input.postEdit)),
    language,
    changes,
    changesIn,
    changeGroups: groupChanges(changes),
    skipped,
    skippedGroups: groupChanges(skipped),
    counts: {
      words: countWords(input.postEdit),
      paragraphs: splitParagraphs(input.postEdit).length,
      mtWords: input.mt !== undefined ? countWords(input.mt) : null,
      changedWords: diff !== undefined ? wordsIn(diff, 'insert') : null,
      deletedWords: diff !== undefined ? wordsIn(diff, 'delete') : null,
      glossaryChanges: changes.length,
      skippedSuggestions: skipped.length,
      qaErrors: qa.filter((issue) => issue.severity === 'error').length,
      qaWarnings: qa.filter((issue) => issue.severity === 'warning').length,
    },
    qa,
    qaIgnored,
  };
  if (diff !== undefined) summary.diff = diff;
  if (hter !== undefined) summary.hter = hter;
  if (input.effort !== undefined) {
    const status = input.confirmedParagraphs !== undefined ? confirmedStatus(input.postEdit, input.confirmedParagraphs) : undefined;
    summary.effort = effortFigures(input.effort, { ...(hter !== undefined ? { hter } : {}), ...(status !== undefined ? { status } : {}) });
  }
  return summary;
}

function confirmedStatus(postEdit: string, confirmed: readonly number[]): ParagraphStatus {
  let status = paragraphStatus(postEdit);
  for (const paragraph of confirmed) status = setConfirmed(status, paragraph, true);
  return status;
}

/** What the glossaries replace in the MT: the cleaning step the post-edit started from. */
function glossaryChangesInMt(input: ExportInput): Change[] {
  if (input.mt === undefined || input.glossaries === undefined || input.glossaries.length === 0) return [];
  return findMatches(compileGlossaries(input.glossaries, input.language ? { language: input.language } : {}), input.mt);
}

export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const key = `${change.glossary}\u0000${change.line}\u0000${change.source}`;
    let group = groups.get(key);
    if (!group) {
      group = { source: change.source, glossary: change.glossary, line: change.line, targets: [], count: 0 };
      if (change.note !== undefined) group.note = change.note;
      groups.set(key, group);
    }
    group.count++;
    if (!group.targets.includes(change.to)) group.targets.push(change.to);
  }
  // Most frequent first; ties keep first appearance (Map order, stable sort).
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

function wordsIn(diff: ArticleDiff, type: 'insert' | 'delete'): number {
  let words = 0;
  for (const op of diff.ops) if (op.type === type) words += countWords(op.text);
  return words;
}
