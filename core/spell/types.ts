// What QA needs of a spell checker: the session in checker.ts is one; tests may pass
// another. Pure types.

/** A word the dictionary does not know, as UTF-16 offsets into the checked text. */
export interface Misspelling {
  start: number;
  end: number;
  word: string;
}

export interface SpellingCheck {
  /** ISO 639-1 code of the dictionary's language. */
  readonly language: string;
  /** The misspelt words of `text`; words in `protectedWords` (lower-case) are never flagged. */
  check(text: string, protectedWords?: ReadonlySet<string>): Misspelling[];
}

/** A Hunspell dictionary's two files, as bytes (UTF-8, as every bundled one is). */
export interface SpellDictionary {
  /** ISO 639-1 code (or BCP 47 tag) of the dictionary's language. */
  language: string;
  aff: Uint8Array;
  dic: Uint8Array;
}
