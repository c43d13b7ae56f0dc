// One article of a batch, as a worker does it: read and decode, clean with the compiled
// glossaries, write the result (and its report) atomically, count QA errors. Every failure
// becomes a result naming the file, so one bad article never stops the others.
import { applyGlossaries, compileGlossaries, type CompiledGlossaries } from '../../core/engine';
import { InputError } from '../../core/errors';
import { buildReviewSummary, type ExportInput } from '../../core/export';
import { exportReport } from '../../core/export/report';
import { detectLanguage } from '../../core/language/detect';
import { runQa, type QaIssue } from '../../core/qa';
import type { Glossary } from '../../core/types';
import { readArticleFile, writeFileAtomic } from '../files';
import type { ArticleResult, ArticleTask } from './protocol';

export interface CleanContext {
  compiled: CompiledGlossaries;
  glossaries: Glossary[];
  /** --target-lang, else each article's detected language. */
  targetLanguage?: string | undefined;
  cwd: string;
}

export function cleanArticle(task: ArticleTask, context: CleanContext): ArticleResult {
  try {
    const article = readArticleFile(task.file, context.cwd);
    const detected = context.targetLanguage === undefined ? detectLanguage(article.text) : undefined;
    const language = context.targetLanguage ?? detected?.iso6391;
    // Compiled once per folding (Turkish and Azerbaijani fold i their own way), then remembered.
    const compiled = language === undefined ? context.compiled : compileGlossaries(context.glossaries, { language });
    const { text, changes } = applyGlossaries(compiled, article.text);
    writeOutput(task.output, text);

    let qa: QaIssue[];
    const qaInput = { mt: article.text, glossaries: context.glossaries, ...(language !== undefined ? { language } : {}) };
    if (task.report !== undefined) {
      const input: ExportInput = { ...qaInput, postEdit: text, changes, lineEnding: article.lineEnding };
      // One summary for both the report and the table, so they cannot disagree.
      const summary = buildReviewSummary(input);
      qa = summary.qa;
      writeOutput(task.report, exportReport(input, summary));
    } else {
      qa = runQa(text, qaInput);
    }
    return {
      index: task.index,
      ok: true,
      changes: changes.length,
      language: language ?? detected?.language ?? 'und',
      qaErrors: qa.filter((issue) => issue.severity === 'error').length,
      qaWarnings: qa.filter((issue) => issue.severity === 'warning').length,
    };
  } catch (error) {
    return { index: task.index, ok: false, error: describeFailure(error) };
  }
}

function writeOutput(path: string, data: string | Uint8Array): void {
  try {
    writeFileAtomic(path, data);
  } catch (error) {
    throw new InputError(path, 1, `cannot write: ${(error as Error).message}`);
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof Error) return error.message.split('\n')[0] ?? 'unexpected error';
  return String(error);
}
