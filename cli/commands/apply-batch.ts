// `glossa apply --out-dir`: cleans every article named (files, or .txt/.md found in
// folders) into --out-dir across worker threads, then prints a summary table. One bad
// article is reported and skipped; exit 1 tells scripts that something failed.
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { compileGlossaries } from '../../core/engine';
import { warnAboutCycles } from './apply';
import { inputContext, loadGlossaryFiles } from '../files';
import { planBatch } from '../batch/plan';
import { progressLine } from '../batch/progress';
import { runBatch } from '../batch/run-batch';
import { formatSummary } from '../batch/summary';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../io';

/** The `glossa apply` options the batch reads (parsed by apply.ts). */
export interface ApplyBatchValues {
  glossary?: string[] | undefined;
  'target-lang'?: string | undefined;
  'source-lang'?: string | undefined;
  'out-dir'?: string | undefined;
  report?: boolean | undefined;
  jobs?: string | undefined;
  out?: string | undefined;
  json?: boolean | undefined;
  'in-place'?: boolean | undefined;
  encoding?: string | undefined;
}

/** Two workers keep a laptop responsive and already halve a large batch; --jobs raises it. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(2, cpus().length));
}

export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    throw new UsageError(`--jobs takes a whole number from 1 to 256, not '${value}'`, 'apply');
  }
  return Number(value);
}

export async function runApplyBatch(values: ApplyBatchValues, positionals: string[], io: CliIo): Promise<number> {
  for (const single of ['out', 'json', 'in-place'] as const) {
    if (values[single] !== undefined) throw new UsageError(`--${single} cannot be combined with --out-dir`, 'apply');
  }
  const glossaryFiles = values.glossary ?? [];
  if (glossaryFiles.length === 0) throw new UsageError('at least one --glossary is needed', 'apply');
  const jobs = parseJobs(values.jobs);
  const outDir = values['out-dir'] as string;
  if (positionals.includes('-')) throw new UsageError('a batch reads files and folders, not stdin (-)', 'apply');
  const items = planBatch(positionals, { cwd: io.cwd, outDir, reports: values.report === true, protectedFiles: glossaryFiles });

  // Loaded (and so validated) once, before any article is touched: a bad glossary stops
  // the batch with exit 2 instead of failing every article the same way.
  const targetLanguage = values['target-lang'];
  const glossaries = await loadGlossaryFiles(glossaryFiles, inputContext(io, values.encoding), {
    ...(targetLanguage !== undefined ? { target: targetLanguage } : {}),
    ...(values['source-lang'] !== undefined ? { source: values['source-lang'] } : {}),
  });
  warnAboutCycles(compileGlossaries(glossaries, { language: targetLanguage }), io);

  const { results } = await runBatch(items, {
    glossaries,
    cwd: io.cwd,
    outDir: resolve(io.cwd, outDir),
    jobs,
    ...(targetLanguage !== undefined ? { targetLanguage } : {}),
    ...(values.encoding !== undefined ? { encoding: values.encoding } : {}),
    progress: io.isTTY ? (total) => progressLine(io.stderr, total) : undefined,
  });

  io.stdout(formatSummary(items, results));
  for (const result of results) if (!result.ok) io.stderr(`glossa: ${result.error}\n`);
  return results.every((result) => result.ok) ? EXIT_OK : EXIT_FINDINGS;
}
