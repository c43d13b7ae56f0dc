// The batch run itself, shared by `glossa apply --out-dir` and the batch bench: makes the
// output folders, hands the articles to the worker pool, draws progress.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Glossary } from '../../core/types';
import type { BatchItem } from './plan';
import { runInWorkers } from './pool';
import { NO_PROGRESS, type ProgressLine } from './progress';
import type { ArticleResult, ArticleTask } from './protocol';
import { locateWorkerBundle } from './worker-location';

export interface BatchRun {
  items: BatchItem[];
  results: ArticleResult[];
}

export interface RunBatchOptions {
  glossaries: Glossary[];
  cwd: string;
  outDir: string;
  jobs: number;
  targetLanguage?: string;
  /** --encoding, forced on every article. */
  encoding?: string;
  progress?: ((total: number) => ProgressLine) | undefined;
  /** Where the worker bundle is; default: found beside the running bundle. */
  workerFile?: string;
}

export async function runBatch(items: BatchItem[], options: RunBatchOptions): Promise<BatchRun> {
  const workerFile = options.workerFile ?? locateWorkerBundle(import.meta.url);
  const folders = new Set(items.flatMap((item) => [dirname(item.output), ...(item.report !== undefined ? [dirname(item.report)] : [])]));
  for (const folder of [options.outDir, ...folders]) mkdirSync(folder, { recursive: true });

  const tasks = items.map((item, index): ArticleTask => ({
    index,
    file: item.file,
    input: item.input,
    output: item.output,
    ...(item.report !== undefined ? { report: item.report } : {}),
  }));
  const progress = options.progress?.(tasks.length) ?? NO_PROGRESS;
  let done = 0;
  try {
    const results = await runInWorkers(tasks, {
      workerFile,
      jobs: options.jobs,
      setup: {
        glossaries: options.glossaries,
        cwd: options.cwd,
        ...(options.targetLanguage !== undefined ? { targetLanguage: options.targetLanguage } : {}),
        ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
      },
      onResult: (_result, task) => progress.update(++done, task.file),
    });
    return { items, results };
  } finally {
    progress.clear();
  }
}
