// Deterministic synthetic inputs for the benches: pseudo-words, glossaries of single
// words and multiword terms, and articles that contain some of those terms.
import type { Glossary, GlossaryEntry } from '../core/types';

/** Mulberry32: a tiny seeded PRNG, so every run measures the same inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'vo', 'ri', 'pe', 'dan', 'gor', 'lis', 'mer', 'tov', 'shi', 'bra', 'kel', 'zu', 'ost', 'ven'];

export function makeVocabulary(size: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = 1 + Math.floor(random() * 4);
    let word = '';
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

/** A glossary of `count` distinct entries: ~60 % single words, the rest 2–4 word terms. */
export function makeGlossary(count: number, vocabulary: readonly string[], random: () => number): Glossary {
  const seen = new Set<string>();
  const entries: GlossaryEntry[] = [];
  while (entries.length < count) {
    const length = random() < 0.6 ? 1 : 2 + Math.floor(random() * 3);
    const tokens = Array.from({ length }, () => vocabulary[Math.floor(random() * vocabulary.length)] as string);
    if (random() < 0.3) tokens[0] = capitalise(tokens[0] as string);
    const source = tokens.join(' ');
    if (seen.has(source)) continue;
    seen.add(source);
    entries.push({ source, target: `${source.toUpperCase()}-fixed`, line: entries.length + 1 });
  }
  return { name: `generated-${count}`, file: `generated-${count}.tsv`, format: 'tsv', entries };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * An article of about `bytes` characters: paragraphs of sentences made of vocabulary
 * words, with a glossary source dropped in every `termEvery` words.
 */
export function makeArticle(bytes: number, vocabulary: readonly string[], terms: readonly string[], random: () => number, termEvery = 40): string {
  const paragraphs: string[] = [];
  let size = 0;
  let wordIndex = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    const sentenceCount = 3 + Math.floor(random() * 4);
    for (let s = 0; s < sentenceCount; s++) {
      const words: string[] = [];
      const length = 8 + Math.floor(random() * 14);
      for (let w = 0; w < length; w++, wordIndex++) {
        if (terms.length > 0 && wordIndex % termEvery === 0) words.push(terms[Math.floor(random() * terms.length)] as string);
        else words.push(vocabulary[Math.floor(random() * vocabulary.length)] as string);
      }
      words[0] = capitalise(words[0] as string);
      sentences.push(`${words.join(' ')}${random() < 0.1 ? ',' : '.'}`);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** An article of exactly `words` words (for diff and HTER benches). */
export function makeWords(words: number, vocabulary: readonly string[], random: () => number, wordsPerParagraph = 80): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const word = vocabulary[Math.floor(random() * vocabulary.length)] as string;
    const end = (i + 1) % wordsPerParagraph === 0 ? '.\n\n' : (i + 1) % 12 === 0 ? '. ' : ' ';
    out.push(word, end);
  }
  return out.join('').trimEnd();
}
