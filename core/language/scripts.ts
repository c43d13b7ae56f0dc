// Writing systems as franc groups them: "Latin", "Cyrillic", "Arabic"… for scripts many
// languages share, or a language code ("cmn", "jpn", "ell", "kor"…) for a script only one
// language uses. Sharing franc's grouping keeps "which script is this" consistent with
// what the detector compares.
import { data as francModels } from 'franc/data.js';
import { expressions as scriptExpressions } from 'franc/expressions.js';

const SCRIPTS = Object.entries(scriptExpressions).map(([script, expression]) => ({
  script,
  // franc's expressions are global (/g) and spell astral ranges as surrogate pairs, so
  // the anchored copy stays a non-Unicode regex.
  test: new RegExp(`^(?:${expression.source})`),
}));
const MODELS = francModels as Record<string, Record<string, string>>;
const byCodePoint = new Map<number, string | undefined>();

/** The script group of one character, `undefined` for digits, punctuation, symbols. */
export function scriptOfCharacter(character: string): string | undefined {
  const codePoint = character.codePointAt(0) ?? -1;
  if (byCodePoint.has(codePoint)) return byCodePoint.get(codePoint);
  const found = SCRIPTS.find(({ test }) => test.test(character))?.script;
  byCodePoint.set(codePoint, found);
  return found;
}

/** The script group most of the text's letters belong to, `undefined` without letters. */
export function dominantScript(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const character of text) {
    const script = scriptOfCharacter(character);
    if (script !== undefined) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best;
}

/** The languages franc models in a script group (the group itself for a one-language script). */
export function scriptLanguages(script: string): string[] {
  const models = MODELS[script];
  return models ? Object.keys(models) : [script];
}

/** The script group a language is normally written in, as franc models it (the first one
 *  for languages franc knows in two, e.g. Serbian: Latin). */
export function scriptOfLanguage(iso6393: string): string | undefined {
  for (const [script, models] of Object.entries(MODELS)) if (iso6393 in models) return script;
  return iso6393 in scriptExpressions ? iso6393 : undefined;
}

/** Whether text in `script` belongs in an article written in `articleScript`: the same
 *  group, or Han in Japanese or Korean text (kanji, hanja) and kana in Chinese text. */
export function scriptFitsArticle(script: string, articleScript: string): boolean {
  if (script === articleScript) return true;
  if (script === 'cmn') return articleScript === 'jpn' || articleScript === 'kor';
  return script === 'jpn' && articleScript === 'cmn';
}
