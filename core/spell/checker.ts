// A spell-check session for one language: the dictionary loaded once (in a worker, or in
// the CLI), then any number of texts or single paragraphs checked against it. Verdicts are
// remembered per word, so re-checking the paragraph being typed in asks Hunspell only
// about the word that changed. The user's own words ("Add to dictionary") and the words
// ignored in this article come in as lists; the caller stores them.
import { createHunspell, type SpellEngine } from './hunspell.js';
import { SPELL_SCRIPTS, spellLanguageOf } from './languages.js';
import { spellTokens, isExempt } from './tokens.js';
import type { Misspelling, SpellDictionary, SpellingCheck } from './types.js';

export interface SpellCheckerOptions {
  /** Words the user added to the dictionary for this language. */
  userWords?: readonly string[];
  /** Words to ignore in this article (any case). */
  ignoredWords?: readonly string[];
}

/** Suggestions offered for one word. */
const MAX_SUGGESTIONS = 8;
/** Remembered verdicts before the memory starts over (a long article has ~10k distinct words). */
const MAX_REMEMBERED = 200_000;

export async function createSpellChecker(dictionary: SpellDictionary, options: SpellCheckerOptions = {}): Promise<SpellChecker> {
  return new SpellChecker(dictionary.language, await createHunspell(dictionary.aff, dictionary.dic), options);
}

export class SpellChecker implements SpellingCheck {
  readonly language: string;
  /** The script group the dictionary's words are written in (franc's names). */
  readonly script: string | undefined;
  private readonly verdicts = new Map<string, boolean>();
  private readonly added = new Set<string>();
  private readonly ignored = new Set<string>();

  constructor(language: string, private readonly engine: SpellEngine, options: SpellCheckerOptions = {}) {
    this.language = language;
    const known = spellLanguageOf(language);
    this.script = known === undefined ? undefined : SPELL_SCRIPTS[known];
    for (const word of options.userWords ?? []) this.addWord(word);
    for (const word of options.ignoredWords ?? []) this.ignoreWord(word);
  }

  /** The misspelt words of `text` (offsets into it). */
  check(text: string, protectedWords: ReadonlySet<string> = EMPTY): Misspelling[] {
    const found: Misspelling[] = [];
    for (const token of spellTokens(text, this.script)) {
      if (this.accepts(token.word, protectedWords)) continue;
      if (token.parts.length === 0) {
        found.push({ start: token.start, end: token.end, word: token.word });
        continue;
      }
      // "пресс-секретрь": the unknown parts are the misspellings (and get suggestions).
      for (const part of token.parts) {
        if (!isExempt(part.word) && !this.accepts(part.word, protectedWords)) found.push(part);
      }
    }
    return found;
  }

  /** Whether the dictionary, the user's words or this article's ignore list accept `word`. */
  isCorrect(word: string): boolean {
    return this.accepts(word, EMPTY);
  }

  /** The dictionary's suggestions for a word, best first. */
  suggest(word: string): string[] {
    const suggestions = this.engine.suggest(dictionaryForm(word));
    return [...new Set(suggestions)].slice(0, MAX_SUGGESTIONS);
  }

  /** "Add to dictionary": accepted from now on in every article (the caller saves it). */
  addWord(word: string): void {
    const clean = word.trim();
    if (clean === '' || this.added.has(clean)) return;
    this.added.add(clean);
    this.engine.addWord(dictionaryForm(clean));
    this.verdicts.clear();
  }

  removeWord(word: string): void {
    const clean = word.trim();
    if (!this.added.delete(clean)) return;
    this.engine.removeWord(dictionaryForm(clean));
    this.verdicts.clear();
  }

  /** "Ignore in this article", in any case. */
  ignoreWord(word: string): void {
    const clean = word.trim().toLowerCase();
    if (clean !== '') this.ignored.add(clean);
  }

  unignoreWord(word: string): void {
    this.ignored.delete(word.trim().toLowerCase());
  }

  userWords(): string[] {
    return [...this.added];
  }

  ignoredWords(): string[] {
    return [...this.ignored];
  }

  dispose(): void {
    this.engine.dispose();
  }

  private accepts(word: string, protectedWords: ReadonlySet<string>): boolean {
    const lower = word.toLowerCase();
    if (this.ignored.has(lower) || protectedWords.has(lower)) return true;
    if (this.spell(word)) return true;
    // "Kerry’s", "GDL's": the possessive of an accepted or exempt word.
    if (word.length < 3 || !(word.endsWith("'s") || word.endsWith('’s'))) return false;
    const possessive = word.slice(0, -2);
    return isExempt(possessive) || protectedWords.has(possessive.toLowerCase()) || this.spell(possessive);
  }

  private spell(word: string): boolean {
    const form = dictionaryForm(word);
    let verdict = this.verdicts.get(form);
    if (verdict === undefined) {
      if (this.verdicts.size >= MAX_REMEMBERED) this.verdicts.clear();
      verdict = this.engine.spell(form);
      this.verdicts.set(form, verdict);
    }
    return verdict;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** Typographic apostrophes as the dictionaries write them (ASCII), "‐" as "-". */
function dictionaryForm(word: string): string {
  if (!word.includes('’') && !word.includes('\u2010')) return word;
  return word.replace(/’/g, "'").replace(/\u2010/g, '-');
}
