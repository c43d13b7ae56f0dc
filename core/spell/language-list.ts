// The languages Glossa has a spelling dictionary for (the npm packages dictionary-<code>,
// LibreOffice's Hunspell dictionaries, listed in package.json), as a bare list: the IPC
// contract and the window's UI thread name them without the language tables languages.ts
// needs for spellLanguageOf.
export const SPELL_LANGUAGES = ['cs', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'uk'] as const;
export type SpellLanguage = (typeof SPELL_LANGUAGES)[number];

/** The dictionary for an ISO 639-1 code ("en"), if there is one. */
export function spellLanguageOfCode(iso6391: string | undefined): SpellLanguage | undefined {
  return SPELL_LANGUAGES.find((language) => language === iso6391);
}
