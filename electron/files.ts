// File access for the main process: bounded reads and atomic writes.
// Atomic means a crash, a kill or a full disk at any moment leaves the target either as
// it was or fully replaced, never half-written: we write a temp file in the same folder
// (same file system, so rename is atomic), fsync it, then rename it over the target.
// No Electron import: unit-tested (including SIGKILL mid-write) under plain Node.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserFacingError } from './ipc-main';
import { MAX_FILE_BYTES } from '../shared/contract';

export { MAX_FILE_BYTES };

/** Node's fs errors carry a code; map the common ones to words a user understands. */
function describeFsError(error: unknown, filePath: string): UserFacingError | unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const name = path.basename(filePath);
  switch (code) {
    case 'ENOENT': return new UserFacingError(`${name}: the file no longer exists`);
    case 'EACCES':
    case 'EPERM': return new UserFacingError(`${name}: permission denied`);
    case 'EISDIR': return new UserFacingError(`${name}: is a folder, not a file`);
    case 'ENOSPC': return new UserFacingError(`${name}: the disk is full`);
    case 'EROFS': return new UserFacingError(`${name}: the disk is read-only`);
    default: return error;
  }
}

/**
 * Reads a whole file, refusing anything over `limit` bytes. The size is checked before
 * reading and again while reading, so a file that grows in between cannot slip through.
 */
export async function readFileLimited(filePath: string, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(filePath, 'r');
    const stats = await handle.stat();
    if (!stats.isFile()) throw new UserFacingError(`${path.basename(filePath)}: not a regular file`);
    if (stats.size > limit) throw tooLarge(filePath, limit);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooLarge(filePath, limit);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } catch (error) {
    throw describeFsError(error, filePath);
  } finally {
    await handle?.close();
  }
}

function tooLarge(filePath: string, limit: number): UserFacingError {
  return new UserFacingError(
    `${path.basename(filePath)}: larger than ${Math.round(limit / (1024 * 1024))} MB, which Glossa does not open`,
  );
}

/** Temp files are hidden siblings of the target, so the final rename never crosses devices. */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Flushes a folder's entry list so the rename itself survives a power cut (POSIX only). */
async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync there
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort: some file systems refuse fsync on folders; the data itself is synced.
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `target` with `data` atomically. Keeps the mode of an existing target.
 * On any failure the temp file is removed and the target is untouched.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temp = tempPathFor(target);
  let mode = 0o666;
  try {
    mode = (await fs.stat(target)).mode & 0o777;
  } catch {
    // New file: default mode (minus umask).
  }
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw describeFsError(error, target);
  }
  await fsyncDirectory(path.dirname(target));
}

/** True when both paths name the same existing file (symlinks and case folding resolved). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  try {
    const [statA, statB] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return statA.dev === statB.dev && statA.ino === statB.ino;
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}
