// Which glossary entries are terms of the source language, for the bilingual term check.
// Correction glossaries map MT output to better English ("Sands" → "Peskov"); bilingual
// ones map source terms to their translation ("Песков" → "Peskov"). An entry is a
// source-language term when:
//   - the entry says so (TBX entries carry the language of their term: a termbase yields
//     source-language terms and banned target-language ones);
//   - else its glossary declares the source's language (CSV header `ru,en`, JSON
//     `sourceLanguage`, TBX's source language);
//   - else, the glossary declaring nothing (OmegaT's tab-separated files), when the term
//     is written in the source language's script and the target language uses another:
//     Cyrillic terms in a glossary for Russian → English. Same-script pairs stay unknown.
import { samePrimaryLanguage } from '../language/detect.js';
import { iso6393Of } from '../language/tags.js';
import { dominantScript, scriptOfLanguage } from '../language/scripts.js';
import type { Glossary, GlossaryEntry } from '../types.js';

/** The entry as the glossary engine is extending it: the language of its `source` term. */
type LanguageTaggedEntry = GlossaryEntry & { sourceLanguage?: string };

/** The language of the entry's source term, when the entry or its glossary says it. */
export function declaredTermLanguage(glossary: Glossary, entry: GlossaryEntry): string | undefined {
  return (entry as LanguageTaggedEntry).sourceLanguage ?? glossary.sourceLanguage;
}

/** Whether `entry`'s source is a term in `sourceLanguage`, for a text in `targetLanguage`
 *  (both BCP 47 / ISO 639-1 / ISO 639-3). */
export function isSourceLanguageEntry(glossary: Glossary, entry: GlossaryEntry, sourceLanguage: string, targetLanguage: string | undefined): boolean {
  const declared = declaredTermLanguage(glossary, entry);
  if (declared !== undefined) return samePrimaryLanguage(declared, sourceLanguage);
  const sourceScript = scriptOf(sourceLanguage);
  const targetScript = targetLanguage === undefined ? undefined : scriptOf(targetLanguage);
  if (sourceScript === undefined || targetScript === undefined || sourceScript === targetScript) return false;
  return dominantScript(entry.source) === sourceScript;
}

// Cut-down glossaries by original and language pair: the same objects come back on every
// QA run, so the engine compiles them once.
const cutDown = new WeakMap<Glossary, Map<string, Glossary | null>>();

/** The glossaries cut down to their source-language entries with a target (the ones the
 *  term check can ask for); glossaries left with none are dropped. */
export function sourceLanguageGlossaries(glossaries: readonly Glossary[], sourceLanguage: string, targetLanguage: string | undefined): Glossary[] {
  const pair = `${sourceLanguage}\u0000${targetLanguage ?? ''}`;
  const result: Glossary[] = [];
  for (const glossary of glossaries) {
    let byPair = cutDown.get(glossary);
    if (!byPair) cutDown.set(glossary, (byPair = new Map()));
    let kept = byPair.get(pair);
    if (kept === undefined) {
      const entries = glossary.entries.filter(
        (entry) => entry.target !== undefined && entry.target.trim() !== '' && !entry.forbidden &&
          isSourceLanguageEntry(glossary, entry, sourceLanguage, targetLanguage),
      );
      kept = entries.length > 0 ? { ...glossary, entries } : null;
      byPair.set(pair, kept);
    }
    if (kept) result.push(kept);
  }
  return result;
}

function scriptOf(language: string): string | undefined {
  return scriptOfLanguage(iso6393Of(language));
}
