// Node-only file access shared by the command line (cli/) and the Electron main process
// (electron/): one bounded read, one atomic write, one same-file check.
//
// Reads stop at a hard byte limit WHILE reading, so a pipe, a device (/dev/zero) or stdin
// can never grow the process past it; a regular file over the limit is refused by its size
// before any byte is read.
//
// Writes leave the target either as it was or fully replaced, never half-written: a temp
// file in the target's folder (same file system, so the rename is atomic), fsync, rename,
// fsync of the folder. The target's mode (and, as root, its owner) is kept. A symlink is
// followed: the link stays and its target is replaced. An existing FIFO or device is
// written into, never replaced by a regular file. Temp files left by a killed writer are
// removed by the next write into the same folder. Errors name the file as the caller
// named it, never a temp file.
import { randomBytes } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors';

/** Why a file could not be read or written, for front ends that word it their own way. */
export type FileProblem =
  | 'missing'
  | 'permission'
  | 'folder'
  | 'not-a-folder'
  | 'not-regular'
  | 'too-large'
  | 'no-space'
  | 'read-only'
  | 'other';

/** A read that failed: an InputError (`file:1: what`), with the reason as data. */
export class FileReadError extends InputError {
  constructor(
    file: string,
    readonly problem: FileProblem,
    detail: string,
  ) {
    super(file, 1, detail);
  }
}

/** A write that failed: `file: cannot write: what`, naming the file the caller named. */
export class FileWriteError extends Error {
  override readonly name = 'FileWriteError';
  constructor(
    readonly file: string,
    readonly problem: FileProblem,
    readonly detail: string,
  ) {
    super(`${file}: cannot write: ${detail}`);
  }
}

export interface BoundedReadOptions {
  /** Most bytes accepted: reading one more is an error. */
  limit: number;
  /** The file as messages name it (default: the path as given, or `stdin` for `-`). */
  label?: string;
  /** What `-` reads (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Refuse anything but a regular file, without opening it (a FIFO would block the open). */
  regularOnly?: boolean;
}

/** 50 MB, 512 MB, 10 bytes: sizes in messages. */
export function describeBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
}

/**
 * Reads a whole file, `-` meaning stdin, refusing more than `limit` bytes: by its size for
 * a regular file, else by counting while reading, so an endless device stops at the limit.
 */
export async function readFileBounded(pathOrDash: string, options: BoundedReadOptions): Promise<Uint8Array> {
  const label = options.label ?? (pathOrDash === '-' ? 'stdin' : pathOrDash);
  if (pathOrDash === '-') return readStreamBounded(options.stdin ?? process.stdin, label, options.limit);
  let handle: fs.FileHandle | undefined;
  try {
    if (options.regularOnly) {
      const stats = await fs.stat(pathOrDash);
      if (stats.isDirectory()) throw new FileReadError(label, 'folder', 'is a folder, expected a file');
      if (!stats.isFile()) throw new FileReadError(label, 'not-regular', 'not a regular file');
    }
    handle = await fs.open(pathOrDash, 'r');
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new FileReadError(label, 'folder', 'is a folder, expected a file');
    if (stats.isFile() && stats.size > options.limit) {
      throw new FileReadError(label, 'too-large', `file is ${describeBytes(stats.size)}, over the ${describeBytes(options.limit)} limit`);
    }
    if (stats.isFile()) return await readRegularFile(handle, stats.size, label, options.limit);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // Never ask for more than one byte past the limit: that byte is the proof.
      const chunk = new Uint8Array(Math.min(1024 * 1024, options.limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > options.limit) throw overLimit(label, options.limit);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return concat(chunks, total);
  } catch (error) {
    throw readError(error, label);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * A regular file read into one buffer of its size (no chunks to join), plus room for one
 * byte more: a file that grew since its size was taken is still stopped at the limit.
 */
async function readRegularFile(handle: fs.FileHandle, size: number, label: string, limit: number): Promise<Uint8Array> {
  let buffer = new Uint8Array(Math.min(size, limit) + 1);
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > limit) throw overLimit(label, limit);
      const grown = new Uint8Array(Math.min(buffer.length * 2, limit + 1));
      grown.set(buffer);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  if (total > limit) throw overLimit(label, limit);
  return buffer.subarray(0, total);
}

async function readStreamBounded(stream: AsyncIterable<Uint8Array | string>, label: string, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const piece of stream) {
    const chunk = typeof piece === 'string' ? new TextEncoder().encode(piece) : piece;
    total += chunk.length;
    // Leaving the loop early ends the iteration: the stream is not read further.
    if (total > limit) throw overLimit(label, limit);
    chunks.push(chunk);
  }
  return concat(chunks, total);
}

function overLimit(label: string, limit: number): FileReadError {
  return new FileReadError(label, 'too-large', `more than ${describeBytes(limit)}, over the ${describeBytes(limit)} limit (stopped reading there)`);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function readError(error: unknown, label: string): unknown {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return new FileReadError(label, 'missing', 'cannot read: no such file');
    case 'EACCES':
    case 'EPERM': return new FileReadError(label, 'permission', 'cannot read: permission denied');
    case 'EISDIR': return new FileReadError(label, 'folder', 'is a folder, expected a file');
    case 'ENOTDIR': return new FileReadError(label, 'not-a-folder', 'cannot read: a file is in the way where a folder is expected');
    default: return new FileReadError(label, 'other', `cannot read: ${code ?? (error instanceof Error ? error.message : String(error))}`);
  }
}

export interface AtomicWriteOptions {
  /** The file as messages name it (default: the path as given). */
  label?: string;
}

/** Symlinks followed at most this deep (as the kernel's ELOOP limit). */
const MAX_LINK_HOPS = 40;

/**
 * Writes `data` to `target`: atomically for a regular file or a new one (through any
 * symlinks, which are kept), straight into an existing FIFO or device.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const label = options.label ?? target;
  let real: string;
  let existing: Stats | undefined;
  try {
    real = await followLinks(target);
    existing = await fs.stat(real).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
  } catch (error) {
    throw writeError(error, label, target);
  }
  if (existing?.isDirectory()) throw new FileWriteError(label, 'folder', 'is a folder');
  if (existing !== undefined && !existing.isFile()) return writeInto(real, data, label);

  const dir = path.dirname(real);
  await removeStaleTempFiles(dir);
  const temp = tempPathFor(real);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    if (existing) {
      // The open's mode is filtered by the umask: set the old one exactly, and keep the
      // owner when root rewrites someone's file.
      await handle.chmod(existing.mode & 0o7777);
      if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) await handle.chown(existing.uid, existing.gid);
    }
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, real);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw writeError(error, label, dir);
  }
  await fsyncDirectory(dir);
}

/** Where `target` really is: symlinks resolved (relative ones against their own folder),
 *  a dangling link's target included, so the write creates it. */
async function followLinks(target: string): Promise<string> {
  let current = path.resolve(target);
  for (let hops = 0; hops < MAX_LINK_HOPS; hops++) {
    let stats;
    try {
      stats = await fs.lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw error;
    }
    if (!stats.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), await fs.readlink(current));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/** A FIFO or a device: opened for writing as it is (no create, no truncate, no rename). */
async function writeInto(real: string, data: Uint8Array | string, label: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(real, constants.O_WRONLY);
    await handle.writeFile(data);
  } catch (error) {
    throw writeError(error, label, path.dirname(real));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function writeError(error: unknown, label: string, dir: string): FileWriteError {
  if (error instanceof FileWriteError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC': return new FileWriteError(label, 'no-space', 'the disk is full');
    case 'EDQUOT': return new FileWriteError(label, 'no-space', 'over the disk quota');
    case 'EACCES':
    case 'EPERM': return new FileWriteError(label, 'permission', 'permission denied');
    case 'EROFS': return new FileWriteError(label, 'read-only', 'the disk is read-only');
    case 'EISDIR': return new FileWriteError(label, 'folder', 'is a folder');
    case 'ENOENT': return new FileWriteError(label, 'missing', `the folder ${dir} does not exist`);
    case 'ENOTDIR': return new FileWriteError(label, 'not-a-folder', 'a file is in the way where a folder is expected');
    case 'ELOOP': return new FileWriteError(label, 'other', 'too many symbolic links');
    // Node's own message would name the temp file: only the code is kept.
    default: return new FileWriteError(label, 'other', code ?? (error instanceof Error ? error.name : 'unexpected error'));
  }
}

const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** Temp files are hidden siblings of the target, named after it and the writing process. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Folders already swept by this process: one look per folder, not per write. */
const sweptFolders = new Set<string>();

/**
 * Removes the temp files that writers which no longer run left in `dir` (a SIGKILL
 * between open and rename). Another live process's temp file, or one of this process's
 * threads, is left alone.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  if (sweptFolders.has(dir)) return [];
  sweptFolders.add(dir);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return []; // a missing folder fails the write itself, with its own message
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    try {
      await fs.rm(path.join(dir, name));
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: nothing to do.
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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
    await handle?.close().catch(() => undefined);
  }
}

/**
 * True when both paths name the same file: the same device and inode after following
 * symlinks (hard links and case-folding disks included), else the same resolved path.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (a === '-' || b === '-') return false;
  try {
    const [statA, statB] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return statA.dev === statB.dev && statA.ino === statB.ino;
  } catch {
    return (await realPathOrSelf(a)) === (await realPathOrSelf(b));
  }
}

/** The real path of an existing file, or of a missing one's folder joined with its name. */
async function realPathOrSelf(file: string): Promise<string> {
  try {
    return await fs.realpath(await followLinks(file));
  } catch {
    const followed = await followLinks(file).catch(() => path.resolve(file));
    const dir = await fs.realpath(path.dirname(followed)).catch(() => path.dirname(followed));
    return path.join(dir, path.basename(followed));
  }
}
