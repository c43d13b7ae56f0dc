// Entry of dist/cli/batch-worker.js: one per --jobs. Compiles the glossaries it is given
// once, then cleans the articles the main thread hands it, one message each.
import { parentPort, workerData } from 'node:worker_threads';
import { compileGlossaries } from '../../core/engine';
import { cleanArticle } from './clean-article';
import type { ArticleTask, WorkerMessage, WorkerSetup } from './protocol';

const port = parentPort;
if (port === null) throw new Error('batch-worker.js runs as a worker thread of glossa apply --out-dir');
const setup = workerData as WorkerSetup;
const context = {
  compiled: compileGlossaries(setup.glossaries, { language: setup.targetLanguage }),
  glossaries: setup.glossaries,
  targetLanguage: setup.targetLanguage,
  encoding: setup.encoding,
  cwd: setup.cwd,
};
const post = (message: WorkerMessage): void => port.postMessage(message);

port.on('message', (task: ArticleTask) => {
  void cleanArticle(task, context).then((result) => post({ type: 'result', result }));
});
post({ type: 'ready' });
