// The user's own writable glossary: a TSV file in the user data folder that the UI
// appends to ("Add to glossary"). Stored as bytes: parsing and formatting are core's job.
// No Electron import: the folder is injected.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { PickedFile } from '../shared/contract';
import { readFileLimited, writeFileAtomic } from './files';

export const USER_GLOSSARY_FILE = 'user-glossary.tsv';

export interface UserGlossaryStore {
  read(): Promise<PickedFile | null>;
  write(bytes: Uint8Array): Promise<void>;
}

export function createUserGlossaryStore(options: { dir: string }): UserGlossaryStore {
  const file = path.join(options.dir, USER_GLOSSARY_FILE);
  let queue: Promise<void> = Promise.resolve();
  return {
    async read() {
      await queue;
      try {
        await fs.stat(file);
      } catch {
        return null; // none yet: the user has not added a term
      }
      return { name: USER_GLOSSARY_FILE, path: file, bytes: await readFileLimited(file) };
    },
    write(bytes) {
      // Serialised so two quick additions cannot finish in the wrong order.
      const run = queue.then(async () => {
        await fs.mkdir(options.dir, { recursive: true });
        await writeFileAtomic(file, bytes);
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
