// The batch's parts in-process: planning (what is cleaned, where it goes, what is refused),
// the worker pool (a crashing worker fails one article only), progress and summary text.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { planBatch } from '../../cli/batch/plan';
import { runInWorkers } from '../../cli/batch/pool';
import { progressLine, renderProgress } from '../../cli/batch/progress';
import type { ArticleTask } from '../../cli/batch/protocol';
import { formatSummary } from '../../cli/batch/summary';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'glossa-plan-'));
});

function touch(...parts: string[]): string {
  const path = join(dir, ...parts);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'text');
  return path;
}

describe('planBatch', () => {
  it('walks folders recursively for .txt/.md, sorted, skipping hidden entries and other files', () => {
    touch('in', 'b.txt');
    touch('in', 'a', 'z.MD');
    touch('in', 'a', 'notes.pdf');
    touch('in', '.git', 'x.txt');
    touch('in', '.draft.txt');
    const items = planBatch(['in'], { cwd: dir, outDir: 'out', reports: false });
    expect(items.map((item) => [item.file, item.relativeOutput])).toEqual([
      [join('in', 'a', 'z.MD'), join('a', 'z.MD')],
      [join('in', 'b.txt'), 'b.txt'],
    ]);
    expect(items[1]?.output).toBe(join(dir, 'out', 'b.txt'));
  });

  it('takes a file named explicitly whatever its extension, once even if also found via its folder', () => {
    touch('in', 'a.txt');
    touch('story.text');
    const items = planBatch(['in', join('in', 'a.txt'), 'story.text'], { cwd: dir, outDir: 'out', reports: false });
    expect(items.map((item) => item.relativeOutput)).toEqual(['a.txt', 'story.text']);
  });

  it('puts reports beside outputs, keeping the extension when a.txt and a.md would share one', () => {
    touch('in', 'a.txt');
    touch('in', 'a.md');
    touch('in', 'b.txt');
    const items = planBatch(['in'], { cwd: dir, outDir: 'out', reports: true });
    expect(items.map((item) => item.report)).toEqual([
      join(dir, 'out', 'a.md.report.html'),
      join(dir, 'out', 'a.txt.report.html'),
      join(dir, 'out', 'b.report.html'),
    ]);
  });

  it('refuses outputs onto inputs, including through a symlinked output folder', () => {
    touch('in', 'a.txt');
    expect(() => planBatch(['in'], { cwd: dir, outDir: 'in', reports: false })).toThrow(/would be written onto the input/);
    symlinkSync(join(dir, 'in'), join(dir, 'alias'));
    expect(() => planBatch(['in'], { cwd: dir, outDir: 'alias', reports: false })).toThrow(/would be written onto the input/);
  });

  it('refuses two inputs that would be written to one output', () => {
    touch('x', 'a.txt');
    touch('y', 'a.txt');
    expect(() => planBatch(['x', 'y'], { cwd: dir, outDir: 'out', reports: false })).toThrow(/x\/a\.txt and y\/a\.txt would both be written to/);
  });

  it('skips an output folder nested in the input, and says when nothing is left', () => {
    touch('in', 'out', 'old.txt');
    touch('in', 'a.txt');
    expect(planBatch(['in'], { cwd: dir, outDir: join('in', 'out'), reports: false }).map((item) => item.relativeOutput)).toEqual(['a.txt']);
    mkdirSync(join(dir, 'empty'));
    expect(() => planBatch(['empty'], { cwd: dir, outDir: 'out', reports: false })).toThrow(/no \.txt or \.md articles in empty/);
    expect(() => planBatch(['missing'], { cwd: dir, outDir: 'out', reports: false })).toThrow(/no such file or folder: missing/);
  });
});

describe('runInWorkers', () => {
  const tasks = (count: number): ArticleTask[] =>
    Array.from({ length: count }, (_, index) => ({ index, file: `f${index}.txt`, input: `/in/${index}`, output: `/out/${index}` }));

  /** A stand-in worker: answers each task, and dies on the one whose file is `crash.txt`. */
  function fakeWorker(): string {
    const file = join(dir, 'fake-worker.mjs');
    writeFileSync(
      file,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (task) => {
  if (task.file === 'crash.txt') process.exit(3);
  parentPort.postMessage({ type: 'result', result: { index: task.index, ok: true, changes: task.index, language: 'en', qaErrors: 0, qaWarnings: 0 } });
});
parentPort.postMessage({ type: 'ready' });
`,
    );
    return file;
  }

  it('returns results in task order from several workers', async () => {
    const seen: number[] = [];
    const results = await runInWorkers(tasks(25), { workerFile: fakeWorker(), jobs: 3, setup: { glossaries: [], cwd: dir }, onResult: (result) => seen.push(result.index) });
    expect(results.map((result) => result.index)).toEqual([...Array(25).keys()]);
    expect(results.every((result) => result.ok && result.changes === result.index)).toBe(true);
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(25).keys()]);
  });

  it('fails only the article a worker died on and carries on with a fresh worker', async () => {
    const list = tasks(6);
    list[2]!.file = 'crash.txt';
    const results = await runInWorkers(list, { workerFile: fakeWorker(), jobs: 1, setup: { glossaries: [], cwd: dir } });
    expect(results.map((result) => result.ok)).toEqual([true, true, false, true, true, true]);
    expect(results[2]).toMatchObject({ ok: false, error: expect.stringMatching(/^crash\.txt: worker crashed: exited with code 3/) });
  });

  it('rejects when the worker cannot start at all', async () => {
    const broken = join(dir, 'broken-worker.mjs');
    writeFileSync(broken, 'throw new Error("bundle is broken");');
    await expect(runInWorkers(tasks(3), { workerFile: broken, jobs: 2, setup: { glossaries: [], cwd: dir } })).rejects.toThrow(/batch worker failed to start: bundle is broken/);
  });
});

describe('progress and summary', () => {
  it('draws a bar that fits 79 columns, shortening long names from the left', () => {
    const line = renderProgress(50, 200, `${'deep/'.repeat(30)}article.txt`);
    expect(line).toMatch(/^\[######------------------\] 50\/200 …/);
    expect(line.length).toBe(79);
    expect(line.endsWith('article.txt')).toBe(true);
  });

  it('redraws at most every 50 ms but always draws the last article, then erases itself', () => {
    const written: string[] = [];
    let now = 0;
    const progress = progressLine((text) => written.push(text), 3, () => now);
    progress.update(1, 'a');
    now = 10;
    progress.update(2, 'b');
    progress.update(3, 'c');
    progress.clear();
    expect(written).toEqual([`\r\x1b[K${renderProgress(1, 3, 'a')}`, `\r\x1b[K${renderProgress(3, 3, 'c')}`, '\r\x1b[K']);
  });

  it('lists every article with its changes, language and QA errors, and names failures', () => {
    const failure = 'failed: long/name/b.txt:1: binary file (NUL byte); expected a text article';
    const text = formatSummary(
      [{ file: 'a.txt' }, { file: 'long/name/b.txt' }],
      [
        { index: 0, ok: true, changes: 12, language: 'en', qaErrors: 3, qaWarnings: 0 },
        { index: 1, ok: false, error: 'long/name/b.txt:1: binary file (NUL byte); expected a text article' },
      ],
    );
    expect(text.split('\n')).toEqual([
      'file             changes  language  QA errors  result',
      `---------------  -------  --------  ---------  ${'-'.repeat(failure.length)}`,
      'a.txt                 12  en                3  ok',
      'long/name/b.txt        -  -                 -  failed: long/name/b.txt:1: binary file (NUL byte); expected a text article',
      '1 of 2 articles cleaned, 12 changes; 1 failed',
      '',
    ]);
  });
});
