// Batch bench: `glossa apply --out-dir` throughput (articles per second) over 1,000
// generated articles of ~800 words with a 10,000-entry glossary, with one worker thread
// and with two. It runs the command itself (cli/main), so the figures include what a user
// waits for: loading the glossary, starting and compiling in each worker, reading,
// cleaning, QA and atomic writes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main';
import type { CliIo } from '../cli/io';
import { countWords } from '../core/text/paragraphs';
import { makeArticle, makeGlossary, makeVocabulary, seededRandom } from './generate';
import { formatTable, ms } from './timing';

const ARTICLES = 1_000;
const GLOSSARY_ENTRIES = 10_000;
/** Characters per article: about 800 of the generator's words. */
const ARTICLE_CHARS = 8_300;
const WORKER_COUNTS = [1, 2];

export async function runBatchBench(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'glossa-batch-bench-'));
  try {
    const random = seededRandom(20261128);
    // As in the engine bench, terms and running text come from disjoint vocabularies.
    const words = makeVocabulary(40_000, random);
    const glossary = makeGlossary(GLOSSARY_ENTRIES, words.slice(0, 20_000), random);
    const glossaryFile = join(dir, 'glossary.tsv');
    writeFileSync(glossaryFile, glossary.entries.map((entry) => `${entry.source}\t${entry.target ?? ''}`).join('\n') + '\n');
    const terms = glossary.entries.map((entry) => entry.source);
    const articles = join(dir, 'articles');
    let totalWords = 0;
    for (let i = 0; i < ARTICLES; i++) {
      const folder = join(articles, `section-${i % 10}`);
      if (i < 10) mkdirSync(folder, { recursive: true });
      const article = makeArticle(ARTICLE_CHARS, words.slice(20_000), terms, random);
      totalWords += countWords(article);
      writeFileSync(join(folder, `article-${String(i).padStart(4, '0')}.txt`), article);
    }

    const rows: string[][] = [];
    let baseline = 0;
    let summary = '';
    for (const jobs of WORKER_COUNTS) {
      const out = join(dir, `out-${jobs}`);
      const io = quietIo(dir);
      const start = performance.now();
      const code = await main(['apply', '--glossary', glossaryFile, '--out-dir', out, '--jobs', String(jobs), articles], io);
      const elapsed = performance.now() - start;
      if (code !== 0) throw new Error(`batch bench: glossa apply exited ${code}: ${io.errors.join('').trim()}`);
      summary = io.output.join('').trim().split('\n').pop() ?? '';
      const perSecond = ARTICLES / (elapsed / 1000);
      if (jobs === 1) baseline = perSecond;
      rows.push([String(jobs), ms(elapsed), perSecond.toFixed(1), `${(perSecond / baseline).toFixed(2)}×`]);
      rmSync(out, { recursive: true, force: true });
    }

    return [
      `${ARTICLES.toLocaleString('en')} articles, ${Math.round(totalWords / ARTICLES)} words each on average, ` +
        `${GLOSSARY_ENTRIES.toLocaleString('en')}-entry glossary, ${cpus().length} CPUs; each run is the whole command ` +
        '(glossary load, worker start-up, clean + QA + atomic write per article).',
      '',
      formatTable(['workers', 'wall time', 'articles/s', 'vs 1 worker'], rows),
      '',
      `Last run's summary: ${summary}`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The command's streams, captured: the bench prints only its own table. */
function quietIo(cwd: string): CliIo & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return {
    output,
    errors,
    stdout: (text) => void output.push(typeof text === 'string' ? text : new TextDecoder().decode(text)),
    stderr: (text) => void errors.push(text),
    isTTY: false,
    cwd,
  };
}
