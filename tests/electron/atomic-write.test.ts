import { fork, type ChildProcess } from 'node:child_process';
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
      // Kill at an arbitrary point of the next writes: sometimes right away, sometimes
      // after a random pause, sometimes as soon as a temp file (a write in flight) shows.
      const strategy = round % 3;
      if (strategy === 1) await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
      if (strategy === 2) {
        for (let polls = 0; polls < 500 && (await tempFilesIn(dir)).length === 0; polls++) {
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      child.kill('SIGKILL');
      await waitForExit(child);

      const leftovers = await tempFilesIn(dir);
      interruptedWrites += leftovers.length;
      const state = inspect(await fs.readFile(target));
      expect(state, `round ${round}`).not.toHaveProperty('torn');
      // Acknowledged writes are durable: the target is at least that new.
      expect((state as { generation: number }).generation).toBeGreaterThanOrEqual(lastAcknowledged);
      for (const name of leftovers) await fs.rm(path.join(dir, name));
    }
    // Informational only (how often the kill landed mid-write), not asserted: it depends on timing.
    console.info(`atomic-write: ${interruptedWrites} of ${ROUNDS} kills interrupted a write in flight`);
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
