import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileLimited, writeFileAtomic } from '../../electron/files';

const SIZE = 4 * 1024 * 1024;
const ROUNDS = 12;

let workDir: string;
let childScript: string;

beforeAll(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'glossa-atomic-'));
  // The child must run without a TypeScript loader: bundle it (with files.ts) to plain JS.
  childScript = path.join(workDir, 'atomic-write-loop.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'fixtures', 'atomic-write-loop.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
});

afterAll(async () => {
  await fs.rm(workDir, { recursive: true, force: true });
});

/** Generation of a complete file, or a description of how it is torn. */
function inspect(content: Buffer): { generation: number } | { torn: string } {
  if (content.length !== SIZE) return { torn: `length ${content.length}, expected ${SIZE}` };
  const match = /^GEN:(\d{10})\n/.exec(content.subarray(0, 15).toString('latin1'));
  if (!match) return { torn: 'header missing' };
  const generation = Number(match[1]);
  const fill = (generation % 251) + 1;
  for (let i = 15; i < content.length; i++) {
    if (content[i] !== fill) return { torn: `byte ${i} is ${content[i]}, generation ${generation} writes ${fill}` };
  }
  return { generation };
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function tempFilesIn(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'));
}

describe('writeFileAtomic under SIGKILL', () => {
  it('leaves the target either old or new, never partial', async () => {
    const dir = path.join(workDir, 'kill');
    await fs.mkdir(dir);
    const target = path.join(dir, 'article.txt');
    let lastAcknowledged = 0;
    let interruptedWrites = 0;
    let deliberate = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const child = fork(childScript, [target, String(SIZE), String(round * 1_000_000 + 1)], { stdio: 'ignore' });
      const acknowledgedNeeded = 1 + Math.floor(Math.random() * 3);
      let acknowledged = 0;
      await new Promise<void>((resolve, reject) => {
        child.on('message', (message: { written: number }) => {
          lastAcknowledged = message.written;
          if (++acknowledged === acknowledgedNeeded) resolve();
        });
        child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
      });
      // Kill right away, after a random pause, or (every third round) mid-write for
      // certain: once a temp file shows, freeze the writer (SIGSTOP), check the temp file
      // is still there (else let it run on and try again), and kill it frozen.
      const strategy = round % 3;
      if (strategy === 1) await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
      if (strategy === 2) {
        for (let tries = 0; tries < 200; tries++) {
          for (let polls = 0; polls < 50_000 && (await tempFilesIn(dir)).length === 0; polls++) {
            await new Promise((resolve) => setImmediate(resolve));
          }
          child.kill('SIGSTOP');
          if ((await tempFilesIn(dir)).length > 0) break;
          child.kill('SIGCONT');
        }
      }
      const inFlight = (await tempFilesIn(dir)).length > 0;
      child.kill('SIGKILL');
      await waitForExit(child);
      if (inFlight && strategy === 2) deliberate++;

      const leftovers = await tempFilesIn(dir);
      interruptedWrites += leftovers.length;
      const state = inspect(await fs.readFile(target));
      expect(state, `round ${round}`).not.toHaveProperty('torn');
      // Acknowledged writes are durable: the target is at least that new.
      expect((state as { generation: number }).generation).toBeGreaterThanOrEqual(lastAcknowledged);
      for (const name of leftovers) await fs.rm(path.join(dir, name));
    }
    console.info(`atomic-write: ${interruptedWrites} of ${ROUNDS} kills interrupted a write in flight`);
    // Every third round was frozen and killed mid-write on purpose; the others land anywhere.
    expect(deliberate).toBe(ROUNDS / 3);
    expect(interruptedWrites).toBeGreaterThanOrEqual(ROUNDS / 3);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the content and keeps no temp file', async () => {
    const dir = await fs.mkdtemp(path.join(workDir, 'plain-'));
    const target = path.join(dir, 'out.txt');
    await writeFileAtomic(target, 'first');
    await writeFileAtomic(target, new TextEncoder().encode('second'));
    expect(await fs.readFile(target, 'utf8')).toBe('second');
    expect(await fs.readdir(dir)).toEqual(['out.txt']);
  });

  it('keeps the mode of an existing file', async () => {
    if (process.platform === 'win32') return;
    const dir = await fs.mkdtemp(path.join(workDir, 'mode-'));
    const target = path.join(dir, 'out.txt');
    await fs.writeFile(target, 'old', { mode: 0o600 });
    await fs.chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('on failure leaves the target untouched and removes its temp file', async () => {
    const dir = await fs.mkdtemp(path.join(workDir, 'fail-'));
    // A folder where the file should go: the final rename fails (EISDIR / EPERM).
    const target = path.join(dir, 'taken');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'inside.txt'), 'keep me');
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual(['taken']);
    expect(await fs.readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep me');
  });
});

describe('readFileLimited', () => {
  it('reads a file within the limit', async () => {
    const file = path.join(workDir, 'small.txt');
    await fs.writeFile(file, 'hello');
    expect(new TextDecoder().decode(await readFileLimited(file, 5))).toBe('hello');
  });

  it('refuses a file over the limit with a readable message', async () => {
    const file = path.join(workDir, 'big.txt');
    await fs.writeFile(file, 'x'.repeat(11));
    await expect(readFileLimited(file, 10)).rejects.toThrow(/big\.txt: larger than/);
  });

  it('says so when the file is missing', async () => {
    await expect(readFileLimited(path.join(workDir, 'absent.txt'))).rejects.toThrow(/absent\.txt: the file no longer exists/);
  });
});

describe('the window wording over node/files.ts', () => {
  it('readFileLimited refuses a FIFO without opening it, and a folder', async () => {
    const pipe = path.join(workDir, 'pipe.fifo');
    execFileSync('mkfifo', [pipe]);
    await expect(readFileLimited(pipe)).rejects.toThrow(/^pipe\.fifo: not a regular file$/);
    await expect(readFileLimited(workDir)).rejects.toThrow(/: is a folder, not a file$/);
  });

  it('writeFileAtomic names a missing folder by the file, and writes through a symlink', async () => {
    await expect(writeFileAtomic(path.join(workDir, 'nowhere', 'out.txt'), 'x')).rejects.toThrow(/^out\.txt: the folder .*nowhere does not exist$/);
    const dir = await fs.mkdtemp(path.join(workDir, 'link-'));
    await fs.writeFile(path.join(dir, 'real.txt'), 'old');
    await fs.symlink('real.txt', path.join(dir, 'link.txt'));
    await writeFileAtomic(path.join(dir, 'link.txt'), 'new');
    expect(await fs.readFile(path.join(dir, 'real.txt'), 'utf8')).toBe('new');
    expect((await fs.lstat(path.join(dir, 'link.txt'))).isSymbolicLink()).toBe(true);
  });
});
