// Fetches a Hunspell dictionary's two files and opens a spell-check session on them, in a
// worker: the spell worker (underlines, suggestions) and the reviewing engine worker (QA's
// `spelling` check, the report) each load their own.
import { createSpellChecker, type SpellChecker, type SpellCheckerOptions } from '../../core/spell/checker';
import type { DictionaryFiles } from './spell-protocol';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Cannot load the dictionary ${url.split('/').pop() ?? url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function loadSpellChecker(files: DictionaryFiles, options: SpellCheckerOptions = {}): Promise<SpellChecker> {
  const [aff, dic] = await Promise.all([fetchBytes(files.aff), fetchBytes(files.dic)]);
  return createSpellChecker({ language: files.language, aff, dic }, options);
}
