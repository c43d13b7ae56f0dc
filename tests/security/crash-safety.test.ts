// Crash safety: processes SIGKILLed at random points while they write, then the disk is
// inspected. A target is only ever absent, its old content or the complete new content;
// temp files may be left behind, but they are hidden `.tmp` siblings that nothing takes for
// an output; and after a kill during autosave, reading each article's autosave returns its
// last complete work. Three writers:
// - the work store (electron/work-store.ts) writing large works on two articles in turn;
// - the real, built command line, `node bin/glossa.js export <30 MB post-edit> --out …`;
// - a loop of core exports written with the command line's writeFileAtomic (what batch does).
// A third of the rounds kill on purpose mid-write: once the writer's temp file shows, the
// writer is frozen (SIGSTOP), the temp file is seen still there, and only then killed;
// those kills are counted and the count asserted. The other rounds kill at a random
// moment (right away, or after a random pause), wherever that lands.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportArticle, formatForFileName, type ExportFormatId } from '../../core/export';
import { createWorkStore, INDEX_FILE, WORK_DIR } from '../../electron/work-store';
import { articleWork, workId, workKey } from '../../shared/work';
import { ensureCliBuilt, repoRoot } from '../cli/run-cli';
import { articleOfGeneration, autosaveWork, CRASH_ARTICLES, exportInput } from './fixtures/crash-data';

const ROUNDS = 12;
let workDir: string;
const children: Record<'autosave' | 'exports', string> = { autosave: '', exports: '' };

beforeAll(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'glossa-crash-'));
  // The children run without a TypeScript loader: bundle them (with the modules under test).
  for (const [name, entry] of [['autosave', 'autosave-loop.ts'], ['exports', 'export-loop.ts']] as const) {
    children[name] = path.join(workDir, `${name}-loop.mjs`);
    await build({
      entryPoints: [path.join(import.meta.dirname, 'fixtures', entry)],
      outfile: children[name],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
  }
  ensureCliBuilt();
}, 180_000);

afterAll(async () => {
  if (workDir) await fs.rm(workDir, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tick = () => new Promise((resolve) => setImmediate(resolve));

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Resolves after `count` acknowledged writes; `onAck` sees each generation. */
function acknowledged(child: ChildProcess, count: number, onAck: (generation: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    child.on('message', (message: { written: number }) => {
      onAck(message.written);
      if (++seen === count) resolve();
    });
    child.once('exit', (code, signal) => reject(new Error(`writer exited early (${code ?? signal})`)));
  });
}

/** Temp files of this writer: their names carry the writer's pid. */
async function tempFilesOf(child: ChildProcess, dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((name) => name.endsWith('.tmp') && name.includes(`.${child.pid}.`));
}

/** Whether a round kills on purpose mid-write (see killSomewhere). */
const killsMidWrite = (round: number): boolean => round % 3 === 2;

/**
 * SIGKILL: right away, after a random pause, or (killsMidWrite rounds) mid-write for
 * certain: wait for the writer's temp file, freeze the writer with SIGSTOP, check that the
 * temp file is still there (else let it run on and try again), then kill it frozen.
 * Returns whether the writer had a temp file when it was killed.
 */
async function killSomewhere(child: ChildProcess, dir: string, round: number, maxPauseMs: number): Promise<boolean> {
  if (round % 3 === 1) await pause(Math.random() * maxPauseMs);
  if (killsMidWrite(round)) {
    for (let tries = 0; tries < 200 && child.exitCode === null; tries++) {
      for (let polls = 0; polls < 50_000 && (await tempFilesOf(child, dir)).length === 0 && child.exitCode === null; polls++) await tick();
      child.kill('SIGSTOP');
      if ((await tempFilesOf(child, dir)).length > 0) break; // frozen mid-write
      child.kill('SIGCONT');
    }
  }
  const midWrite = (await tempFilesOf(child, dir)).length > 0;
  child.kill('SIGKILL');
  await waitForExit(child);
  return midWrite;
}

/** Rounds of `rounds` that kill on purpose mid-write. */
function deliberateKills(rounds: number): number {
  let count = 0;
  for (let round = 0; round < rounds; round++) if (killsMidWrite(round)) count++;
  return count;
}

describe('autosave of two articles under SIGKILL', () => {
  const CHARS = 3_000_000;
  const TEMP = /^\.[0-9a-f]{16}\.json\.\d+\.[0-9a-f]{12}\.tmp$|^\.index\.json\.\d+\.[0-9a-f]{12}\.tmp$/;
  const WORK_FILE = /^[0-9a-f]{16}(\.previous)?\.json$/;
  /** The key of each article, as the window computes it. */
  const keyOf = (name: string) => workKey(autosaveWork(CRASH_ARTICLES.indexOf(name as (typeof CRASH_ARTICLES)[number]), 0).article);

  async function workOnDisk(file: string) {
    if (!existsSync(file)) return undefined;
    // Whatever is there must be a whole work: it parses and validates in full.
    return articleWork(JSON.parse(await fs.readFile(file, 'utf8')), path.basename(file));
  }

  it('leaves whole works only, and each article reads back its last complete autosave', async () => {
    const dir = path.join(workDir, 'userData');
    const folder = path.join(dir, WORK_DIR);
    const lastAcknowledged = new Map<string, number>();
    let midWrite = 0;
    let deliberate = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const child = fork(children.autosave, [dir, String(CHARS), String(round * 1_000_000 + 1)], { stdio: 'ignore' });
      await acknowledged(child, 2 + Math.floor(Math.random() * 3), (generation) => lastAcknowledged.set(articleOfGeneration(generation), generation));
      const landed = await killSomewhere(child, folder, round, 150);
      if (landed) midWrite++;
      if (landed && killsMidWrite(round)) deliberate++;

      for (const name of await fs.readdir(folder)) {
        expect(name === INDEX_FILE || WORK_FILE.test(name) || TEMP.test(name), `round ${round}: unexpected ${name}`).toBe(true);
        if (WORK_FILE.test(name)) {
          const work = await workOnDisk(path.join(folder, name));
          if (work) expect(work, `round ${round}: ${name}`).toEqual(autosaveWork(work.savedAt, CHARS));
        }
      }
      const logs: string[] = [];
      const store = createWorkStore({ dir, log: (message) => logs.push(message) });
      for (const name of CRASH_ARTICLES) {
        const acknowledgedGeneration = lastAcknowledged.get(name);
        if (acknowledgedGeneration === undefined) continue;
        const restored = await store.read(keyOf(name));
        expect(restored, `round ${round}: ${name} lost`).not.toBeNull();
        expect(restored).toEqual(autosaveWork(restored?.savedAt ?? -1, CHARS));
        // Acknowledged autosaves are never lost, for either article.
        expect(restored?.savedAt ?? 0, `round ${round}: ${name}`).toBeGreaterThanOrEqual(acknowledgedGeneration);
        expect(articleOfGeneration(restored?.savedAt ?? 0)).toBe(name);
      }
      // A restart reopens one of the two, whole.
      const latest = await store.latest();
      expect(CRASH_ARTICLES).toContain(latest?.article.name);
      // Nothing was found corrupt or moved aside; temp files were not taken for works.
      expect(logs).toEqual([]);
      expect((await fs.readdir(folder)).filter((name) => name.includes('.corrupt-'))).toEqual([]);
      expect(workId(keyOf(CRASH_ARTICLES[0]))).not.toBe(workId(keyOf(CRASH_ARTICLES[1])));
    }
    console.info(`crash-safety autosave: ${midWrite} of ${ROUNDS} kills found a write in flight`);
    expect(deliberate).toBe(deliberateKills(ROUNDS));
    expect(midWrite).toBeGreaterThanOrEqual(deliberateKills(ROUNDS));
  });
});

describe('glossa export under SIGKILL (the built CLI)', () => {
  const bin = path.join(repoRoot, 'bin', 'glossa.js');
  const formats: { id: ExportFormatId; extension: string }[] = [{ id: 'html', extension: 'html' }, { id: 'txt', extension: 'txt' }];
  let dir: string;
  let postEdit: string;
  const reference = new Map<string, Buffer>();

  beforeAll(async () => {
    dir = path.join(workDir, 'cli-export');
    await fs.mkdir(dir);
    // A 30 MB post-edit (under the 50 MB limit): writing its export takes long enough for
    // kills to land mid-write.
    postEdit = path.join(workDir, 'large.pe.txt');
    const { postEdit: text } = exportInput(7, 30_000_000);
    await fs.writeFile(postEdit, text);
    for (const format of formats) {
      const out = path.join(workDir, `reference.${format.extension}`);
      const child = spawn(process.execPath, [bin, 'export', postEdit, '--lang', 'en', '--out', out], { stdio: 'ignore' });
      await waitForExit(child);
      expect(child.exitCode).toBe(0);
      reference.set(format.id, await fs.readFile(out));
    }
  }, 120_000);

  it('the output is absent, the old file or the whole export; leftovers are hidden .tmp files', async () => {
    let midWrite = 0;
    let deliberate = 0;
    const OLD = Buffer.from('the previous export\n');
    for (let round = 0; round < ROUNDS; round++) {
      const format = formats[round % formats.length] as (typeof formats)[number];
      const target = path.join(dir, `out.${format.extension}`);
      const hadOld = round % 4 >= 2;
      if (hadOld) await fs.writeFile(target, OLD);
      else await fs.rm(target, { force: true });

      const child = spawn(process.execPath, [bin, 'export', postEdit, '--lang', 'en', '--out', target], { stdio: 'ignore' });
      const landed = await killSomewhere(child, dir, round, 1500);
      if (landed) midWrite++;
      if (landed && killsMidWrite(round)) {
        deliberate++;
        // Killed mid-write: the target is exactly what was there before.
        expect(existsSync(target) ? (await fs.readFile(target)).equals(OLD) : !hadOld, `round ${round}: killed mid-write`).toBe(true);
      }

      const finished = child.exitCode === 0;
      const content = existsSync(target) ? await fs.readFile(target) : undefined;
      const expected = reference.get(format.id);
      if (finished) expect(content?.equals(expected ?? Buffer.alloc(0)), `round ${round}: finished run`).toBe(true);
      else if (content === undefined) expect(hadOld, `round ${round}: the old file vanished`).toBe(false);
      else if (!content.equals(expected ?? Buffer.alloc(0))) {
        expect(hadOld, `round ${round}: a partial file appeared`).toBe(true);
        expect(content.equals(OLD), `round ${round}: the old file was damaged (${content.length} bytes)`).toBe(true);
      }
    }
    for (const name of await fs.readdir(dir)) {
      if (name === 'out.html' || name === 'out.txt') continue;
      // `.out.html.<pid>.<hex>.tmp`: hidden, and no export format or article type claims it.
      expect(name).toMatch(/^\.out\.(html|txt)\.\d+\.[0-9a-f]{12}\.tmp$/);
      expect(formatForFileName(name), name).toBeUndefined();
    }
    console.info(`crash-safety glossa export: ${midWrite} of ${ROUNDS} kills found a write in flight`);
    expect(deliberate).toBe(deliberateKills(ROUNDS));
    expect(midWrite).toBeGreaterThanOrEqual(deliberateKills(ROUNDS));
  }, 240_000);
});

describe('exports written in a loop under SIGKILL (node/files.ts writeFileAtomic, as the CLI and batch write)', () => {
  const CHARS = 3_000_000;

  it('the target is always one whole export, at least as new as the last acknowledged one', async () => {
    const dir = path.join(workDir, 'export-loop');
    await fs.mkdir(dir);
    const target = path.join(dir, 'article.html');
    let lastAcknowledged = 0;
    let midWrite = 0;
    let deliberate = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const child = fork(children.exports, [target, 'html', String(CHARS), String(round * 1_000_000 + 1)], { stdio: 'ignore' });
      await acknowledged(child, 1 + Math.floor(Math.random() * 3), (generation) => (lastAcknowledged = generation));
      const landed = await killSomewhere(child, dir, round, 150);
      if (landed) midWrite++;
      if (landed && killsMidWrite(round)) deliberate++;

      const content = await fs.readFile(target);
      const generation = Number(/Generation (\d+) headline/.exec(content.subarray(0, 4096).toString('utf8'))?.[1]);
      expect(generation, `round ${round}: no generation in the file`).toBeGreaterThan(0);
      expect(generation).toBeGreaterThanOrEqual(lastAcknowledged);
      const whole = Buffer.from(await exportArticle('html', exportInput(generation, CHARS)));
      expect(content.equals(whole), `round ${round}: generation ${generation} is torn (${content.length} of ${whole.length} bytes)`).toBe(true);
    }
    for (const name of await fs.readdir(dir)) {
      if (name === 'article.html') continue;
      expect(name).toMatch(/^\.article\.html\.\d+\.[0-9a-f]{12}\.tmp$/);
      expect(formatForFileName(name), name).toBeUndefined();
    }
    console.info(`crash-safety export loop: ${midWrite} of ${ROUNDS} kills found a write in flight`);
    expect(deliberate).toBe(deliberateKills(ROUNDS));
    expect(midWrite).toBeGreaterThanOrEqual(deliberateKills(ROUNDS));
  }, 180_000);
});
