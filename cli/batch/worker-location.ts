// Where the batch worker bundle is. esbuild writes it to dist/cli/batch-worker.js, but the
// code asking can sit in dist/cli/ (the glossa entry), dist/chunks/ (a split chunk) or
// dist/bench/, so look beside and above the running module instead of guessing one path.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKER_BUNDLE = 'batch-worker.js';

export function locateWorkerBundle(moduleUrl: string): string {
  const tried: string[] = [];
  let folder = dirname(fileURLToPath(moduleUrl));
  for (let level = 0; level < 3; level++) {
    for (const candidate of [join(folder, WORKER_BUNDLE), join(folder, 'cli', WORKER_BUNDLE)]) {
      if (existsSync(candidate)) return candidate;
      tried.push(candidate);
    }
    folder = dirname(folder);
  }
  throw new Error(`the batch worker is not built (looked for ${tried[0] ?? WORKER_BUNDLE}); run 'npm run build:cli'`);
}
