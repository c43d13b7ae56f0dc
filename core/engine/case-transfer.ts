// Rule 6: a case-insensitive match carries the case of the text it replaces.
import { isLetter } from './unicode';

function isUpper(char: string): boolean {
  return char === char.toUpperCase() && char !== char.toLowerCase();
}

/**
 * All-caps matched text (two or more letters) upper-cases the target ("KIEV" → "KYIV");
 * matched text starting with an uppercase letter capitalises the target's first letter
 * ("Kiev's" → "Kyiv's"); anything else keeps the target as written.
 */
export function transferCase(matched: string, target: string): string {
  let letters = 0;
  let allUpper = true;
  for (const char of matched) {
    if (!isLetter(char)) continue;
    letters++;
    if (!isUpper(char)) allUpper = false;
  }
  if (letters >= 2 && allUpper) return target.toUpperCase();
  const first = String.fromCodePoint(matched.codePointAt(0) ?? 0);
  if (matched.length > 0 && isLetter(first) && isUpper(first)) return capitaliseFirstLetter(target);
  return target;
}

function capitaliseFirstLetter(text: string): string {
  let index = 0;
  for (const char of text) {
    if (isLetter(char)) return text.slice(0, index) + char.toUpperCase() + text.slice(index + char.length);
    index += char.length;
  }
  return text;
}
