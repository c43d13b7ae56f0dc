// Spell-check of a post-edit, usable in a Web Worker and in Node alike: the dictionary's
// bytes are passed in (the CLI reads the npm dictionaries, the window fetches them).
export { createSpellChecker, SpellChecker, type SpellCheckerOptions } from './checker.js';
export { protectedWordsOf } from './protected-words.js';
export { dictionaryPackage, SPELL_LANGUAGES, spellLanguageOf, type SpellLanguage } from './languages.js';
export { spellTokens, type SpellToken } from './tokens.js';
export type { Misspelling, SpellDictionary, SpellingCheck } from './types.js';
