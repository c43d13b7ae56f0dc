// A worker's spell-check session that follows what the window asks for: the dictionary of
// the requested language (loaded once, replaced when the language changes), the user's
// own words (added and removed as the list changes) and the article's ignored words.
// The reviewing engine worker keeps one for QA's `spelling` check and the report.
import type { SpellChecker } from '../../core/spell/checker';
import { loadSpellChecker } from './load-dictionary';
import type { DictionaryFiles } from './spell-protocol';

export interface SpellingRequest {
  dictionary: DictionaryFiles;
  userWords: readonly string[];
  ignoredWords: readonly string[];
}

export class SpellSession {
  private loading: { language: string; checker: Promise<SpellChecker> } | undefined;

  /** The session for `request`, its word lists brought up to date. */
  async checker(request: SpellingRequest): Promise<SpellChecker> {
    const { dictionary } = request;
    if (!this.loading || this.loading.language !== dictionary.language) {
      const previous = this.loading?.checker;
      this.loading = { language: dictionary.language, checker: loadSpellChecker(dictionary) };
      void previous?.then((checker) => checker.dispose(), () => undefined);
    }
    const loading = this.loading;
    let checker: SpellChecker;
    try {
      checker = await loading.checker;
    } catch (error) {
      // Try again on the next request rather than keep a failed load forever.
      if (this.loading === loading) this.loading = undefined;
      throw error;
    }
    syncWords(checker.userWords(), request.userWords, (word) => checker.addWord(word), (word) => checker.removeWord(word));
    syncWords(checker.ignoredWords(), request.ignoredWords.map((word) => word.toLowerCase()), (word) => checker.ignoreWord(word), (word) => checker.unignoreWord(word));
    return checker;
  }
}

function syncWords(have: readonly string[], want: readonly string[], add: (word: string) => void, remove: (word: string) => void): void {
  const wanted = new Set(want);
  const had = new Set(have);
  for (const word of had) if (!wanted.has(word)) remove(word);
  for (const word of wanted) if (!had.has(word)) add(word);
}
