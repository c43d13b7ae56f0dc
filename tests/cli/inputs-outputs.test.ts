// The command line at its edges, through the real built binary: reads bounded while
// reading (FIFOs, stdin), '-' and --encoding in every command, what is not text, --out
// that never lands on an input, writes through symlinks and into FIFOs, write errors in
// one line, and temp files of a killed run swept by the next. Devices are only ever
// stood in for by FIFOs made in a temp folder (as root, a failing test must never
// replace a real device node).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeLegacy } from '../core/legacy-encode';
import { ensureCliBuilt, repoRoot, runGlossa } from './run-cli';

const bin = join(repoRoot, 'bin', 'glossa.js');
const SEED = join(repoRoot, 'seeds', 'kremlin-kerry.mt.txt');
const GLOSSARY = join(repoRoot, 'glossaries', 'ru-en-politics.tsv');
const LIMIT = 50 * 1024 * 1024;
let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'glossa-io-'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function fifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

/** A child that writes `a`s into `path` until the reader goes away. */
function endlessWriter(path: string) {
  return spawn(process.execPath, ['-e', `
    const fs = require('node:fs');
    const fd = fs.openSync(${JSON.stringify(path)}, 'w');
    const chunk = Buffer.alloc(1 << 20, 0x61);
    try { for (;;) fs.writeSync(fd, chunk); } catch { process.exit(0); }
  `], { stdio: 'ignore' });
}

/** Runs glossa asynchronously (the FIFO's writer runs meanwhile); resolves on exit. */
function glossaAsync(args: string[], feed?: (stdin: NodeJS.WritableStream) => void): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => undefined); // EPIPE once glossa stops reading
    if (feed) feed(child.stdin);
    else child.stdin.end();
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('reads stop at the 50 MB limit while reading', () => {
  it('an endless FIFO as the article or as a glossary: exit 2, one line, nothing written', async () => {
    for (const role of ['article', 'glossary'] as const) {
      const pipe = fifo(`endless-${role}.fifo`);
      const writer = endlessWriter(pipe);
      const out = join(dir, `never-${role}.txt`);
      const args = role === 'article' ? ['apply', pipe, '-g', GLOSSARY, '--out', out] : ['apply', SEED, '-g', pipe, '--out', out];
      const result = await glossaAsync(args);
      writer.kill();
      expect(result.status, role).toBe(2);
      expect(result.stderr).toBe(`glossa: ${pipe}:1: more than 50 MB, over the 50 MB limit (stopped reading there)\n`);
      expect(existsSync(out)).toBe(false);
    }
  }, 60_000);

  it('endless stdin (-): the same', async () => {
    const chunk = Buffer.alloc(1 << 20, 0x61);
    const result = await glossaAsync(['detect', '-'], (stdin) => {
      let sent = 0;
      const pump = (): void => {
        while (sent <= LIMIT + 4 * chunk.length) {
          sent += chunk.length;
          if (!stdin.write(chunk)) return void stdin.once('drain', pump);
        }
        stdin.end();
      };
      pump();
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('glossa: stdin:1: more than 50 MB, over the 50 MB limit (stopped reading there)\n');
  }, 60_000);
});

describe("'-' reads the article from stdin in every command", () => {
  const seed = readFileSync(SEED, 'utf8');

  it('apply, diff, qa, detect and export', () => {
    const fromFile = runGlossa(['apply', SEED, '-g', GLOSSARY]);
    const fromStdin = runGlossa(['apply', '-', '-g', GLOSSARY], { input: seed });
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);

    const diff = runGlossa(['diff', '-', join(repoRoot, 'seeds', 'kremlin-kerry.pe.txt'), '--json'], { input: seed });
    expect(diff.status).toBe(0);
    expect(JSON.parse(diff.stdout)).toEqual(JSON.parse(runGlossa(['diff', SEED, join(repoRoot, 'seeds', 'kremlin-kerry.pe.txt'), '--json']).stdout));

    const qa = runGlossa(['qa', '-', '--json'], { input: seed });
    expect(JSON.parse(qa.stdout)).toEqual(JSON.parse(runGlossa(['qa', SEED, '--json']).stdout));

    const detect = runGlossa(['detect', '-'], { input: seed });
    expect(detect.status).toBe(0);
    expect(detect.stdout.split('\n')[0]).toBe('stdin: eng (English)');

    const exported = runGlossa(['export', '-', '--format', 'txt', '--out', '-'], { input: seed });
    expect(exported.status).toBe(0);
    expect(exported.stdout).toBe(seed);
  });

  it('stdin can be read once: two inputs named - are refused', () => {
    const result = runGlossa(['diff', '-', '-'], { input: 'text' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^glossa: only one input can be read from stdin \(-\)/);
  });
});

describe('encodings', () => {
  // A short Russian/English article: chardet alone calls it Windows-1252.
  const article = 'Kremlin spokesman Dmitry Peskov (Дмитрий Песков) said on Monday that the talks went well.\nThe meeting (встреча) was long.\n';

  it('a short Windows-1251 or KOI8-R article is read as Cyrillic, not Windows-1252', () => {
    for (const encoding of ['windows-1251', 'koi8-r']) {
      const file = join(dir, `short-${encoding}.txt`);
      writeFileSync(file, encodeLegacy(article, encoding));
      const result = runGlossa(['export', file, '--format', 'txt', '--out', '-']);
      expect(result.stdout, encoding).toBe(article);
    }
  });

  it('--encoding forces the decoding in every command that reads an article or a glossary', () => {
    // Latin-1 bytes that the detector would take for something else: forced, they read as written.
    const file = join(dir, 'forced.txt');
    const text = 'Peskov said: «über» café.\n';
    writeFileSync(file, encodeLegacy(text, 'windows-1252'));
    const glossary = join(dir, 'forced.tsv');
    writeFileSync(glossary, encodeLegacy('café\tcoffee shop\n', 'windows-1252'));
    const runs: string[][] = [
      ['apply', file, '-g', glossary, '--encoding', 'windows-1252'],
      ['export', file, '--format', 'txt', '--out', '-', '--encoding', 'windows-1252'],
      ['diff', file, file, '--encoding', 'windows-1252'],
      ['qa', file, '--encoding', 'windows-1252', '--json'],
      ['detect', file, '--encoding', 'windows-1252', '--json'],
    ];
    for (const args of runs) {
      const result = runGlossa(args);
      expect(result.stderr, args[0]).toBe('');
      expect(result.status, args[0]).toBe(0);
    }
    expect(runGlossa(runs[0]!).stdout).toBe('Peskov said: «über» coffee shop.\n');
    expect(runGlossa(runs[1]!).stdout).toBe(text);
    // Forced as KOI8-R the same bytes are other letters: the label really decides.
    expect(runGlossa(['export', file, '--format', 'txt', '--out', '-', '--encoding', 'koi8-r']).stdout).not.toBe(text);
  });

  it('an unknown label is refused naming the file, exit 2', () => {
    const result = runGlossa(['detect', SEED, '--encoding', 'klingon']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^glossa: .*kremlin-kerry\.mt\.txt:1: unknown encoding "klingon"/);
  });

  it('a UTF-8 article with one bad byte is read as UTF-8, with a warning naming its line', () => {
    const file = join(dir, 'one-bad-byte.txt');
    const good = Buffer.from('Песков said\nthe talks were long.\nДалеко за полночь.\n');
    const at = good.indexOf('long');
    writeFileSync(file, Buffer.concat([good.subarray(0, at), Buffer.from([0xe9]), good.subarray(at)]));
    const result = runGlossa(['export', file, '--format', 'txt', '--out', '-']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Песков said\nthe talks were \ufffdlong.\nДалеко за полночь.\n');
    expect(result.stderr).toBe(`glossa: warning: ${file}:2: byte 0xE9 (offset ${at}) is not valid UTF-8; shown as U+FFFD\n`);
  });
});

describe('what is not text is refused with file and line', () => {
  it('a NUL byte in a glossary', () => {
    const glossary = join(dir, 'nul.tsv');
    writeFileSync(glossary, 'Sands\tPeskov\nKerry\u0000\tKerry\n');
    const result = runGlossa(['apply', SEED, '-g', glossary]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`glossa: ${glossary}:2: binary file (NUL byte); expected a text glossary\n`);
  });

  it('random bytes without a NUL, as an article and as a glossary', () => {
    let state = 12345;
    const random = Buffer.from(Array.from({ length: 4096 }, () => 1 + ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % 255)));
    const file = join(dir, 'noise.txt');
    writeFileSync(file, random);
    const asArticle = runGlossa(['detect', file]);
    expect(asArticle.status).toBe(2);
    expect(asArticle.stderr).toMatch(new RegExp(`^glossa: ${file}:\\d+: binary file \\(\\d+ % control characters or undecodable bytes\\); expected a text article\\n$`));
    const glossary = join(dir, 'noise.tsv');
    writeFileSync(glossary, random);
    const asGlossary = runGlossa(['apply', SEED, '-g', glossary]);
    expect(asGlossary.status).toBe(2);
    expect(asGlossary.stderr).toMatch(/binary file \(\d+ % control characters or undecodable bytes\); expected a text glossary/);
  });
});

describe('--out never lands on an input', () => {
  it('apply and export refuse a glossary as --out, through any path, and leave it intact', () => {
    const glossary = join(dir, 'keep.tsv');
    writeFileSync(glossary, 'Sands\tPeskov\n');
    const link = join(dir, 'keep-link.tsv');
    symlinkSync(glossary, link);
    for (const args of [
      ['apply', SEED, '-g', glossary, '--out', glossary],
      ['apply', SEED, '-g', glossary, '--out', link, '--in-place'],
      ['export', SEED, '-g', glossary, '--format', 'json', '--out', link],
    ]) {
      const result = runGlossa(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^glossa: refusing to overwrite the glossary .*keep\.tsv/);
    }
    expect(readFileSync(glossary, 'utf8')).toBe('Sands\tPeskov\n');
  });

  it('a batch refuses an --out-dir where a result would replace a glossary', () => {
    const folder = join(dir, 'batch-onto-glossary');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Sands said.\n');
    const glossary = join(folder, 'out', 'a.txt');
    mkdirSync(join(folder, 'out'));
    writeFileSync(glossary, 'Sands\tPeskov\n');
    const result = runGlossa(['apply', '-g', glossary, '--out-dir', join(folder, 'out'), join(folder, 'a.txt')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/would be written onto the input .*a\.txt/);
    expect(readFileSync(glossary, 'utf8')).toBe('Sands\tPeskov\n');
  });
});

describe('writes respect what is there', () => {
  it('into a FIFO: written into it, and it stays a FIFO', async () => {
    const pipe = fifo('out.fifo');
    const reader = spawn('cat', [pipe]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const done = new Promise((resolve) => reader.on('exit', resolve));
    const result = await glossaAsync(['export', SEED, '--format', 'txt', '--out', pipe]);
    await done;
    expect(result.status).toBe(0);
    expect(received).toBe(readFileSync(SEED, 'utf8'));
    expect(statSync(pipe).isFIFO()).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('--out through a symlink replaces the target and keeps the link', () => {
    const target = join(dir, 'real-output.txt');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o640);
    const link = join(dir, 'output-link.txt');
    symlinkSync('real-output.txt', link);
    const result = runGlossa(['apply', SEED, '-g', GLOSSARY, '--out', link]);
    expect(result.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real-output.txt');
    expect(readFileSync(target, 'utf8')).toBe(runGlossa(['apply', SEED, '-g', GLOSSARY]).stdout);
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('--in-place on a symlinked article updates the real article', () => {
    const real = join(dir, 'real-article.txt');
    writeFileSync(real, 'Sands said so.\n');
    const link = join(dir, 'article-link.txt');
    symlinkSync(real, link);
    const result = runGlossa(['apply', link, '-g', GLOSSARY, '--out', link, '--in-place']);
    expect(result.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('Peskov said so.\n');
  });
});

describe('write errors are one line naming the file, never a temp file', () => {
  const expectOneLine = (result: { status: number | null; stderr: string }, pattern: RegExp): void => {
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\.tmp/);
  };

  it('a missing folder, and a file where a folder is expected', () => {
    const missing = join(dir, 'no-such-folder', 'out.txt');
    expectOneLine(runGlossa(['apply', SEED, '-g', GLOSSARY, '--out', missing]), /^glossa: .*no-such-folder\/out\.txt: cannot write: the folder .* does not exist\n$/);
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    expectOneLine(runGlossa(['apply', SEED, '-g', GLOSSARY, '--out', join(file, 'out.txt')]), /plain-file\/out\.txt: cannot write: a file is in the way where a folder is expected\n$/);
  });

  const isRoot = process.getuid?.() === 0;
  let tmpfs: string | undefined;
  beforeAll(() => {
    if (!isRoot) return;
    const mountPoint = mkdtempSync(join(tmpdir(), 'glossa-full-'));
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]);
    if (mounted.status === 0) tmpfs = mountPoint;
  });
  afterAll(() => {
    if (tmpfs) spawnSync('umount', [tmpfs]);
  });

  it('ENOSPC: a full disk (a 64 KB tmpfs), and the disk keeps no temp file', (context) => {
    if (!tmpfs) context.skip(); // needs root and mount(8): the real thing or nothing
    // Fill the disk but for a few KB, less than the report needs.
    writeFileSync(join(tmpfs!, 'filler'), Buffer.alloc(56 * 1024));
    const out = join(tmpfs!, 'review.report.html');
    expectOneLine(runGlossa(['export', SEED, '--out', out, '--mt', SEED]), /review\.report\.html: cannot write: the disk is full\n$/);
    expect(readdirSync(tmpfs!)).toEqual(['filler']);
  });

  it('EACCES: a folder the user may not write to', (context) => {
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    const out = join(locked, 'out.txt');
    // Root may write anywhere: run the command as nobody then (the repository is world-readable).
    const asNobody = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];
    if (isRoot && spawnSync('setpriv', ['--version']).status !== 0) context.skip();
    const [command, ...args] = [...asNobody, process.execPath, bin, 'export', SEED, '--format', 'txt', '--out', out];
    const run = spawnSync(command!, args, { cwd: repoRoot });
    expectOneLine({ status: run.status, stderr: run.stderr.toString() }, /locked\/out\.txt: cannot write: permission denied\n$/);
  });
});

describe('temp files of a killed run', () => {
  it('are removed by the next run writing into the same folder; a live writer’s are kept', () => {
    const folder = join(dir, 'sweep');
    mkdirSync(join(folder, 'in'), { recursive: true });
    writeFileSync(join(folder, 'in', 'a.txt'), 'Sands said.\n');
    const out = join(folder, 'out');
    mkdirSync(out);
    // A pid no process has (above any pid_max) left this one; the test runner's own is alive.
    const stale = '.a.txt.99999999.0123456789ab.tmp';
    const live = `.b.txt.${process.pid}.0123456789ab.tmp`;
    writeFileSync(join(out, stale), 'half a file');
    writeFileSync(join(out, live), 'being written');
    const result = runGlossa(['apply', '-g', GLOSSARY, '--out-dir', out, join(folder, 'in')]);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([live, 'a.txt'].sort());
  });
});
