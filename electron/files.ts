// File access for the main process: node/files.ts (shared with the command line) with
// errors worded for the window. Reads are bounded while reading; writes are atomic (a
// crash, a kill or a full disk at any moment leaves the target as it was or fully
// replaced), keep the mode, follow symlinks and fsync the folder.
// No Electron import: unit-tested (including SIGKILL mid-write) under plain Node.
import path from 'node:path';
import {
  FileReadError, FileWriteError, describeBytes, isSameFile as isSameFileOnDisk, readFileBounded, tempPathFor as tempPathNextTo,
  writeFileAtomic as writeAtomically, type FileProblem,
} from '../node/files';
import { UserFacingError } from './ipc-main';
import { MAX_FILE_BYTES } from '../shared/contract';

export { MAX_FILE_BYTES };

/** What the window says for each problem; the file is named by its base name. */
const WORDING: Partial<Record<FileProblem, string>> = {
  missing: 'the file no longer exists',
  permission: 'permission denied',
  folder: 'is a folder, not a file',
  'not-regular': 'not a regular file',
  'no-space': 'the disk is full',
  'read-only': 'the disk is read-only',
  'not-a-folder': 'a file is in the way where a folder is expected',
};

function forTheWindow(error: unknown, filePath: string, limit: number): unknown {
  const name = path.basename(filePath);
  if (error instanceof FileReadError || error instanceof FileWriteError) {
    if (error.problem === 'too-large') return new UserFacingError(`${name}: larger than ${describeBytes(limit)}, which Glossa does not open`);
    if (error.problem === 'missing' && error instanceof FileWriteError) return new UserFacingError(`${name}: ${error.detail}`);
    const words = WORDING[error.problem];
    return new UserFacingError(`${name}: ${words ?? error.detail}`);
  }
  return error;
}

/**
 * Reads a whole regular file, refusing anything over `limit` bytes: by its size before
 * reading, and by counting while reading, so a file that grows in between cannot slip through.
 */
export async function readFileLimited(filePath: string, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
  try {
    return await readFileBounded(filePath, { limit, regularOnly: true });
  } catch (error) {
    throw forTheWindow(error, filePath, limit);
  }
}

/** Temp files are hidden siblings of the target, so the final rename never crosses devices. */
export function tempPathFor(target: string): string {
  return tempPathNextTo(target);
}

/**
 * Replaces `target` with `data` atomically, keeping its mode (and a symlink to it). On any
 * failure the temp file is removed and the target is untouched.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  try {
    await writeAtomically(target, data);
  } catch (error) {
    throw forTheWindow(error, target, MAX_FILE_BYTES);
  }
}

/** True when both paths name the same existing file (symlinks and case folding resolved). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  return isSameFileOnDisk(a, b);
}
