// The user's own writable glossary: a TSV file in the user data folder that the UI
// appends to ("Add to glossary"). Stored as bytes: parsing and formatting are core's job.
// Its name is the one both halves know (USER_GLOSSARY in shared/contract.ts), and what is
// read is marked as the user's glossary explicitly (`role`), never by its name.
//
// Earlier versions kept it as `user-glossary.tsv`; such a file is migrated on first use:
// renamed when it is the only one, merged (its lines that are missing appended) when both
// exist, and kept as `<name>.migrated` either way, so no term is ever lost.
// No Electron import: the folder is injected.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { USER_GLOSSARY, type PickedFile } from '../shared/contract';
import { readFileLimited, writeFileAtomic } from './files';

export const USER_GLOSSARY_FILE = USER_GLOSSARY.fileName;

export interface UserGlossaryStore {
  read(): Promise<PickedFile | null>;
  write(bytes: Uint8Array): Promise<void>;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

/** `current` plus the lines of `legacy` it does not have yet, in legacy's order. */
export function mergeGlossaryTexts(current: string, legacy: string): string {
  if (current.trim() === '') return legacy;
  const have = new Set(current.split(/\r?\n/));
  const missing = legacy.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#') && !have.has(line));
  if (missing.length === 0) return current;
  const separator = current === '' || current.endsWith('\n') ? '' : '\n';
  return `${current}${separator}${missing.join('\n')}\n`;
}

export function createUserGlossaryStore(options: { dir: string; log?: (message: string) => void }): UserGlossaryStore {
  const file = path.join(options.dir, USER_GLOSSARY_FILE);
  const log = options.log ?? ((message: string) => console.warn(message));
  let queue: Promise<void> = Promise.resolve();

  function enqueue(task: () => Promise<void>): Promise<void> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function migrate(): Promise<void> {
    for (const legacyName of USER_GLOSSARY.legacyFileNames) {
      const legacy = path.join(options.dir, legacyName);
      if (!(await exists(legacy))) continue;
      const legacyText = new TextDecoder().decode(await readFileLimited(legacy));
      const currentText = (await exists(file)) ? new TextDecoder().decode(await readFileLimited(file)) : '';
      await writeFileAtomic(file, mergeGlossaryTexts(currentText, legacyText));
      await fs.rename(legacy, `${legacy}.migrated`);
      log(`Glossa: moved the terms of ${legacyName} into ${USER_GLOSSARY_FILE} (the old file is kept as ${legacyName}.migrated)`);
    }
  }
  // Before the first read or write, whichever comes first.
  const migrated = enqueue(migrate).catch((error: unknown) => log(`Glossa: could not migrate the old user glossary: ${String(error)}`));

  return {
    async read() {
      await migrated;
      await queue;
      if (!(await exists(file))) return null; // none yet: the user has not added a term
      return { name: USER_GLOSSARY_FILE, path: file, bytes: await readFileLimited(file), role: 'user-glossary' };
    },
    async write(bytes) {
      await migrated;
      // Serialised so two quick additions cannot finish in the wrong order.
      return enqueue(async () => {
        await fs.mkdir(options.dir, { recursive: true });
        await writeFileAtomic(file, bytes);
      });
    },
  };
}
