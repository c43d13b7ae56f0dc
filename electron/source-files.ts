// The article's source beside it on disk: the folder of an article the window opened is
// listed and the sibling that core's naming rule names (core/text/source-name.ts:
// `name.src.txt`, or `name.<lang>.txt` in another language than the MT's) is read. Only
// that one file is read, only beside an article file, and within the article size limit.
// No Electron import: unit-tested under plain Node.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { findSourceFileName } from '../core/text/source-name';
import type { PickedFile } from '../shared/contract';
import { isArticleFileName } from './file-names';
import { readFileLimited } from './files';
import { UserFacingError } from './ipc-main';

/** The source of the article at `articlePath` (absolute), if one lies beside it. */
export async function findSourceBeside(articlePath: string, mtLanguage: string | undefined): Promise<PickedFile | null> {
  if (!path.isAbsolute(articlePath) || !isArticleFileName(articlePath)) {
    throw new UserFacingError(`${path.basename(articlePath)} is not an article file`);
  }
  const folder = path.dirname(articlePath);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return null; // the folder is gone or unreadable: there is simply no source to offer
  }
  const name = findSourceFileName(path.basename(articlePath), mtLanguage, names);
  if (name === undefined || !isArticleFileName(name)) return null;
  const sourcePath = path.join(folder, name);
  const stats = await fs.stat(sourcePath).catch(() => null);
  if (!stats?.isFile()) return null;
  return { name, path: sourcePath, bytes: await readFileLimited(sourcePath) };
}
