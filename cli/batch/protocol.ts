// Messages between the batch's main thread and its workers. Plain data only: everything
// crosses the thread boundary by structured clone.
import type { Glossary } from '../../core/types';

/** Given to each worker once, as workerData: it compiles the glossaries a single time. */
export interface WorkerSetup {
  glossaries: Glossary[];
  /** --target-lang: the language of every article instead of detecting each one's. */
  targetLanguage?: string;
  /** --encoding: forced on every article. */
  encoding?: string;
  cwd: string;
}

export interface ArticleTask {
  /** Position in the batch, so results can be put back in order. */
  index: number;
  /** The article as the user would name it (messages), and where things are. */
  file: string;
  input: string;
  output: string;
  report?: string;
}

export interface ArticleDone {
  index: number;
  ok: true;
  changes: number;
  /** ISO 639-1 when known, else 639-3, else `und`. */
  language: string;
  qaErrors: number;
  qaWarnings: number;
}

export interface ArticleFailed {
  index: number;
  ok: false;
  /** One line: `file:line: detail` for bad input, else the error's message. */
  error: string;
}

export type ArticleResult = ArticleDone | ArticleFailed;

/** What a worker posts: `ready` once its glossaries are compiled, then one result per task. */
export type WorkerMessage = { type: 'ready' } | { type: 'result'; result: ArticleResult };
