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
import { readArticleFile, writeOutput } from '../files';
import type { ArticleResult, ArticleTask } from './protocol';

export interface CleanContext {
  compiled: CompiledGlossaries;
  glossaries: Glossary[];
  /** --target-lang, else each article's detected language. */
  targetLanguage?: string | undefined;
  /** --encoding: forced on every article. */
  encoding?: string | undefined;
  cwd: string;
}

export async function cleanArticle(task: ArticleTask, context: CleanContext): Promise<ArticleResult> {
  try {
    // Decoding warnings are not printed from a worker: the summary names failures only.
    const article = await readArticleFile(task.file, { cwd: context.cwd, encoding: context.encoding });
    const detected = context.targetLanguage === undefined ? detectLanguage(article.text) : undefined;
    const language = context.targetLanguage ?? detected?.iso6391;
    // Compiled once per folding (Turkish and Azerbaijani fold i their own way), then remembered.
    const compiled = language === undefined ? context.compiled : compileGlossaries(context.glossaries, { language });
    const { text, changes } = applyGlossaries(compiled, article.text);
    await writeOutput(task.output, text, context.cwd);

    let qa: QaIssue[];
    const qaInput = { mt: article.text, glossaries: context.glossaries, ...(language !== undefined ? { language } : {}) };
    if (task.report !== undefined) {
      const input: ExportInput = { ...qaInput, postEdit: text, changes, lineEnding: article.lineEnding };
      // One summary for both the report and the table, so they cannot disagree.
      const summary = buildReviewSummary(input);
      qa = summary.qa;
      await writeOutput(task.report, exportReport(input, summary), context.cwd);
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

function describeFailure(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof Error) return error.message.split('\n')[0] ?? 'unexpected error';
  return String(error);
}
