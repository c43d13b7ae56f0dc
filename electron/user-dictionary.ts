// The user's own spelling words ("Add to dictionary"), one file per language in the user
// data folder: `dictionaries/<lang>.txt`, one word a line (UTF-8), so the words can be
// read, edited and carried to another machine. Written atomically, one write at a time.
// No Electron import: the folder is injected.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SpellLanguage } from '../shared/contract';
import { MAX_USER_WORDS } from '../shared/contract';
import { readFileLimited, writeFileAtomic } from './files';

export const USER_DICTIONARY_FOLDER = 'dictionaries';

export interface UserDictionaryStore {
  read(language: SpellLanguage): Promise<string[]>;
  write(language: SpellLanguage, words: readonly string[]): Promise<void>;
}

/** The words of a dictionary file: one a line, blank lines and `#` comments skipped. */
export function parseUserWords(text: string): string[] {
  const words = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const word = line.trim();
    if (word !== '' && !word.startsWith('#') && word.length <= 200) words.add(word);
  }
  return [...words].slice(0, MAX_USER_WORDS);
}

export function createUserDictionaryStore(options: { dir: string }): UserDictionaryStore {
  const folder = path.join(options.dir, USER_DICTIONARY_FOLDER);
  const fileOf = (language: SpellLanguage) => path.join(folder, `${language}.txt`);
  let queue: Promise<void> = Promise.resolve();

  return {
    async read(language) {
      await queue;
      const file = fileOf(language);
      // None yet: the user has not added a word in this language.
      if (!(await fs.stat(file).catch(() => null))) return [];
      return parseUserWords(new TextDecoder().decode(await readFileLimited(file)));
    },
    write(language, words) {
      const run = queue.then(async () => {
        await fs.mkdir(folder, { recursive: true });
        await writeFileAtomic(fileOf(language), words.length === 0 ? '' : `${words.join('\n')}\n`);
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
