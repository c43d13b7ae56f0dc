// The languages Glossa has a spelling dictionary for: the npm packages dictionary-<code>
// (LibreOffice's Hunspell dictionaries), listed in package.json.
import { ISO6393_TO_ISO6391 } from '../language/iso639.js';
import { SPELL_LANGUAGES, type SpellLanguage } from './language-list.js';

export { SPELL_LANGUAGES, type SpellLanguage } from './language-list.js';

/** The dictionary for a language tag ("en-GB", "eng", "EN" → "en"), if there is one. */
export function spellLanguageOf(tag: string | undefined): SpellLanguage | undefined {
  if (tag === undefined) return undefined;
  const primary = tag.trim().split(/[-_]/)[0]!.toLowerCase();
  const code = primary.length === 3 ? ISO6393_TO_ISO6391[primary] : primary;
  return SPELL_LANGUAGES.find((language) => language === code);
}

/** The script group (franc's names) each dictionary's words are written in: words in
 *  another script are never looked up. */
export const SPELL_SCRIPTS: Readonly<Record<SpellLanguage, string>> = {
  cs: 'Latin', de: 'Latin', en: 'Latin', es: 'Latin', fr: 'Latin', it: 'Latin', nl: 'Latin', pl: 'Latin', pt: 'Latin',
  ru: 'Cyrillic', uk: 'Cyrillic',
};

/** The npm package holding the dictionary (its index.aff and index.dic). */
export function dictionaryPackage(language: SpellLanguage): string {
  return `dictionary-${language}`;
}
