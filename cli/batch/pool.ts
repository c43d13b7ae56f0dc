// Runs a batch's tasks across worker threads. Each worker is handed one task at a time
// (the next as soon as it reports), so a slow article never holds up the others. A worker
// that dies fails only the article it was on; a fresh one takes over the rest.
import { Worker } from 'node:worker_threads';
import type { ArticleResult, ArticleTask, WorkerMessage, WorkerSetup } from './protocol';

export interface PoolOptions {
  workerFile: string;
  setup: WorkerSetup;
  jobs: number;
  /** Called after each article, in completion order. */
  onResult?: (result: ArticleResult, task: ArticleTask) => void;
}

/** Results in task order. Rejects only when a worker cannot start at all. */
export function runInWorkers(tasks: readonly ArticleTask[], options: PoolOptions): Promise<ArticleResult[]> {
  const results: ArticleResult[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  let stopped = false;
  const workers = new Set<Worker>();

  return new Promise((resolvePool, rejectPool) => {
    if (tasks.length === 0) {
      resolvePool([]);
      return;
    }
    const finish = (task: ArticleTask, result: ArticleResult): void => {
      results[task.index] = result;
      done++;
      options.onResult?.(result, task);
      if (done === tasks.length) resolvePool(results);
    };
    const stop = (error: Error): void => {
      if (stopped) return;
      stopped = true;
      for (const worker of workers) void worker.terminate();
      rejectPool(error);
    };

    const start = (): void => {
      const worker = new Worker(options.workerFile, { workerData: options.setup });
      workers.add(worker);
      let ready = false;
      let current: ArticleTask | undefined;
      const feed = (): void => {
        current = stopped ? undefined : tasks[next];
        if (current === undefined) {
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        next++;
        worker.postMessage(current);
      };
      const lost = (reason: string): void => {
        workers.delete(worker);
        // A worker that dies before compiling the glossaries would fail every article the
        // same way (broken build, bad bundle): stop the batch rather than respawn forever.
        if (!ready) {
          stop(new Error(`batch worker failed to start: ${reason}`));
          return;
        }
        const task = current;
        current = undefined;
        ready = false;
        if (next < tasks.length && !stopped) start();
        if (task !== undefined) finish(task, { index: task.index, ok: false, error: `${task.file}: worker crashed: ${reason}` });
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          ready = true;
          feed();
          return;
        }
        const task = current;
        if (task === undefined) return;
        feed();
        finish(task, message.result);
      });
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => {
        if (workers.has(worker)) lost(`exited with code ${code}`);
      });
    };
    const workerCount = Math.max(1, Math.min(options.jobs, tasks.length));
    for (let i = 0; i < workerCount; i++) start();
  });
}
