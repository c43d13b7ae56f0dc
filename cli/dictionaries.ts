// Spelling dictionaries for the command line: the npm packages dictionary-<code>, read
// from node_modules beside the installed glossa. core/spell takes the bytes; only this
// module touches the file system.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createSpellChecker, type SpellChecker } from '../core/spell/checker';
import { dictionaryPackage, spellLanguageOf } from '../core/spell/languages';
import type { SpellDictionary } from '../core/spell/types';

const resolver = createRequire(import.meta.url);

/** The dictionary for a language tag ("en", "de-AT", "rus"), or undefined when Glossa has
 *  none for it or its package is not installed. */
export function readDictionary(language: string | undefined): SpellDictionary | undefined {
  const code = spellLanguageOf(language);
  if (code === undefined) return undefined;
  let folder: string;
  try {
    folder = dirname(resolver.resolve(dictionaryPackage(code)));
  } catch {
    return undefined;
  }
  return {
    language: code,
    aff: new Uint8Array(readFileSync(join(folder, 'index.aff'))),
    dic: new Uint8Array(readFileSync(join(folder, 'index.dic'))),
  };
}

/** A spell checker for the language, when Glossa has its dictionary (the caller disposes
 *  of it). */
export async function loadSpellChecker(language: string | undefined): Promise<SpellChecker | undefined> {
  const dictionary = readDictionary(language);
  return dictionary === undefined ? undefined : createSpellChecker(dictionary);
}
