// The repo root, whether a bench runs from bench/ (tsx) or bundled into dist/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above `from` (a module URL) that holds `marker`. */
export function findRepoRoot(from: string, marker: string): string {
  let dir = path.dirname(fileURLToPath(from));
  while (!existsSync(path.join(dir, marker))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find ${marker} above ${fileURLToPath(from)}`);
    dir = parent;
  }
  return dir;
}
