// Words a spell-check must never flag in a post-edit: every word of the glossaries' terms,
// sources and targets alike (names such as "Peskov", house terms), and every word of the
// source text (a name or a brand carried over as written: "Deutsche Bahn").
import type { Glossary } from '../types.js';

const WORDS = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const glossaryWords = new WeakMap<Glossary, ReadonlySet<string>>();

/** Lower-case words of the glossaries' sources and targets and of `sourceText`. */
export function protectedWordsOf(glossaries: readonly Glossary[], sourceText?: string): Set<string> {
  const words = new Set<string>();
  for (const glossary of glossaries) for (const word of wordsOfGlossary(glossary)) words.add(word);
  if (sourceText !== undefined) addWords(words, sourceText);
  return words;
}

function wordsOfGlossary(glossary: Glossary): ReadonlySet<string> {
  let words = glossaryWords.get(glossary);
  if (!words) {
    const found = new Set<string>();
    for (const entry of glossary.entries) {
      addWords(found, entry.source);
      if (entry.target !== undefined) addWords(found, entry.target);
    }
    glossaryWords.set(glossary, (words = found));
  }
  return words;
}

function addWords(words: Set<string>, text: string): void {
  for (const match of text.matchAll(WORDS)) words.add(match[0].toLowerCase());
}
