// node/files.ts, the one file module of the command line and the main process: bounded
// reads (regular files by size, FIFOs and streams while reading), atomic writes through
// symlinks, into FIFOs, with the mode kept and errors naming the caller's file, the sweep
// of dead writers' temp files, and the same-file check. Devices are stood in for by FIFOs
// made in a temp folder, never /dev/null or /dev/stdout.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors';
import {
  FileReadError, FileWriteError, isSameFile, readFileBounded, removeStaleTempFiles, tempPathFor, writeFileAtomic,
} from '../../node/files';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'glossa-node-files-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('readFileBounded', () => {
  it('reads up to the limit exactly, refuses one byte more by its size, naming the label', async () => {
    const file = join(dir, 'ten.txt');
    writeFileSync(file, '0123456789');
    expect(text(await readFileBounded(file, { limit: 10 }))).toBe('0123456789');
    const error = await rejection(readFileBounded(file, { limit: 9, label: 'ten.txt' }));
    expect(error).toBeInstanceOf(FileReadError);
    expect(error).toBeInstanceOf(InputError);
    expect((error as FileReadError).problem).toBe('too-large');
    expect((error as Error).message).toBe('ten.txt:1: file is 10 bytes, over the 9 bytes limit');
  });

  it('stops an endless FIFO at the limit while reading', async () => {
    const pipe = join(dir, 'endless.fifo');
    execFileSync('mkfifo', [pipe]);
    const writer = spawn(process.execPath, ['-e', `
      const fs = require('node:fs'); const fd = fs.openSync(${JSON.stringify(pipe)}, 'w');
      const chunk = Buffer.alloc(65536, 0x61); try { for (;;) fs.writeSync(fd, chunk); } catch { process.exit(0); }`], { stdio: 'ignore' });
    const error = await rejection(readFileBounded(pipe, { limit: 1_000_000 }));
    writer.kill();
    expect((error as Error).message).toBe(`${pipe}:1: more than 976.6 KB, over the 976.6 KB limit (stopped reading there)`);
  });

  it("reads '-' from the given stream, bounded the same way", async () => {
    expect(text(await readFileBounded('-', { limit: 10, stdin: Readable.from([Buffer.from('abc'), Buffer.from('def')]) }))).toBe('abcdef');
    const endless = Readable.from((function* () {
      for (;;) yield Buffer.alloc(1024, 0x62);
    })());
    const error = await rejection(readFileBounded('-', { limit: 4096, stdin: endless }));
    expect((error as Error).message).toBe('stdin:1: more than 4.0 KB, over the 4.0 KB limit (stopped reading there)');
  });

  it('names missing files, folders, and (regularOnly) anything but a regular file', async () => {
    expect((await rejection(readFileBounded(join(dir, 'absent'), { limit: 10, label: 'absent' })) as FileReadError).message).toBe('absent:1: cannot read: no such file');
    expect(((await rejection(readFileBounded(dir, { limit: 10, label: 'd' }))) as FileReadError).problem).toBe('folder');
    const pipe = join(dir, 'never-opened.fifo');
    execFileSync('mkfifo', [pipe]);
    // Refused by stat, before an open that would wait for a writer forever.
    expect(((await rejection(readFileBounded(pipe, { limit: 10, regularOnly: true }))) as FileReadError).problem).toBe('not-regular');
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file, keeps its mode exactly, and leaves no temp file', async () => {
    const folder = mkdtempSync(join(dir, 'plain-'));
    const target = join(folder, 'out.txt');
    writeFileSync(target, 'old');
    chmodSync(target, 0o664); // a mode the usual umask (022) would not give
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o664);
    expect(readdirSync(folder)).toEqual(['out.txt']);
  });

  it('as root, keeps the owner of a file it replaces', async (context) => {
    if (process.getuid?.() !== 0) context.skip();
    const target = join(mkdtempSync(join(dir, 'owner-')), 'theirs.txt');
    writeFileSync(target, 'old');
    chownSync(target, 65534, 65534);
    await writeFileAtomic(target, 'new');
    expect(statSync(target)).toMatchObject({ uid: 65534, gid: 65534 });
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('through a symlink (relative, chained, dangling): the target is replaced, the links stay', async () => {
    const folder = mkdtempSync(join(dir, 'links-'));
    mkdirSync(join(folder, 'real'));
    writeFileSync(join(folder, 'real', 'article.txt'), 'old');
    symlinkSync('real/article.txt', join(folder, 'first'));
    symlinkSync('first', join(folder, 'second'));
    await writeFileAtomic(join(folder, 'second'), 'new');
    expect(readFileSync(join(folder, 'real', 'article.txt'), 'utf8')).toBe('new');
    expect(readlinkSync(join(folder, 'second'))).toBe('first');
    expect(lstatSync(join(folder, 'first')).isSymbolicLink()).toBe(true);
    symlinkSync('real/new.txt', join(folder, 'dangling'));
    await writeFileAtomic(join(folder, 'dangling'), 'created');
    expect(readFileSync(join(folder, 'real', 'new.txt'), 'utf8')).toBe('created');
    expect(lstatSync(join(folder, 'dangling')).isSymbolicLink()).toBe(true);
  });

  it('into a FIFO: written into, never replaced by a regular file', async () => {
    const pipe = join(dir, 'out.fifo');
    execFileSync('mkfifo', [pipe]);
    const reader = spawn('cat', [pipe]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const done = new Promise((resolve) => reader.on('exit', resolve));
    await writeFileAtomic(pipe, 'through the pipe');
    await done;
    expect(received).toBe('through the pipe');
    expect(statSync(pipe).isFIFO()).toBe(true);
  });

  it('fails in one line naming the file as the caller named it, never the temp file', async () => {
    const folder = mkdtempSync(join(dir, 'errors-'));
    const cases: Array<[string, RegExp]> = [
      [join(folder, 'missing', 'out.txt'), /^out\.txt: cannot write: the folder .*missing does not exist$/],
      [folder, /^out\.txt: cannot write: is a folder$/],
    ];
    writeFileSync(join(folder, 'file'), 'x');
    cases.push([join(folder, 'file', 'out.txt'), /^out\.txt: cannot write: a file is in the way where a folder is expected$/]);
    for (const [target, message] of cases) {
      const error = await rejection(writeFileAtomic(target, 'data', { label: 'out.txt' }));
      expect(error).toBeInstanceOf(FileWriteError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toMatch(/\.tmp/);
    }
    expect(readdirSync(folder).sort()).toEqual(['file']);
  });

  it('the first write into a folder removes temp files whose writer is gone, not live ones', async () => {
    const folder = mkdtempSync(join(dir, 'sweep-'));
    const dead = '.x.txt.99999999.00112233aabb.tmp';
    const live = `.y.txt.${process.pid}.00112233aabb.tmp`;
    const other = '.notes.txt.tmp';
    for (const name of [dead, live, other]) writeFileSync(join(folder, name), 'partial');
    await writeFileAtomic(join(folder, 'x.txt'), 'whole');
    expect(readdirSync(folder).sort()).toEqual([other, live, 'x.txt'].sort());
    // Once per folder and process: a second sweep has nothing to do.
    expect(await removeStaleTempFiles(folder)).toEqual([]);
  });

  it('names temp files as hidden siblings carrying the pid', () => {
    expect(tempPathFor('/a/b/out.html')).toMatch(new RegExp(`^/a/b/\\.out\\.html\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`));
  });
});

describe('isSameFile', () => {
  it('sees through symlinks and hard links, and compares missing files by path', async () => {
    const folder = mkdtempSync(join(dir, 'same-'));
    const file = join(folder, 'g.tsv');
    writeFileSync(file, 'a\tb\n');
    symlinkSync(file, join(folder, 'link.tsv'));
    linkSync(file, join(folder, 'hard.tsv'));
    expect(await isSameFile(file, join(folder, 'link.tsv'))).toBe(true);
    expect(await isSameFile(join(folder, 'hard.tsv'), join(folder, 'link.tsv'))).toBe(true);
    expect(await isSameFile(file, join(folder, 'other.tsv'))).toBe(false);
    expect(await isSameFile(join(folder, 'new.txt'), join(folder, '.', 'new.txt'))).toBe(true);
    expect(await isSameFile('-', file)).toBe(false);
  });
});
