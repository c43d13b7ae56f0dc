// File access for the command line (Node only): articles and glossaries in,
// atomic outputs out. Messages always name the file as the user typed it.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../core/errors';
import { MAX_ARTICLE_BYTES, decodeText } from '../core/text/decode';
import type { DecodedText } from '../core/types';

/** Reads a file's bytes, refusing folders, missing files and files over the article limit. */
export function readInputBytes(file: string, cwd: string): Uint8Array {
  const path = resolve(cwd, file);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(file, 1, 'is a folder, expected a file');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, 1, `cannot read: ${describeFsError(error)}`);
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new InputError(file, 1, `file is ${(size / (1024 * 1024)).toFixed(1)} MB, over the 50 MB limit`);
  }
  return new Uint8Array(readFileSync(path));
}

export function readArticleFile(file: string, cwd: string): DecodedText {
  return decodeText(readInputBytes(file, cwd), file);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes `data` to `path` so that a reader (or a crash) sees either the old file or
 * the whole new one: a temp file in the same folder, fsync, then rename over.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created or is already gone
    }
    throw error;
  }
}

/** True when two paths name the same file (after resolving). */
export function isSameFile(a: string, b: string, cwd: string): boolean {
  const pathA = resolve(cwd, a);
  const pathB = resolve(cwd, b);
  if (pathA === pathB) return true;
  try {
    const statA = statSync(pathA);
    const statB = statSync(pathB);
    return statA.ino === statB.ino && statA.dev === statB.dev;
  } catch {
    return false;
  }
}
