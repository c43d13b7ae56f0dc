// Rule 6: a case-insensitive match carries the case of the text it replaces; and the
// replacement keeps the text's own apostrophes.
import { isApostrophe } from './chars';

const LETTER = /\p{L}/u;
const ASCII = /^[^\u0080-\uffff]*$/;
const ASCII_UPPER = /[A-Z]/;

function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER.test(char);
}

function isUpper(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return char === char.toUpperCase() && char !== char.toLowerCase();
}

/** True when `text` has an uppercase letter (a letter that lower-cases to something else). */
export function hasUppercase(text: string): boolean {
  if (ASCII.test(text)) return ASCII_UPPER.test(text);
  for (const char of text) {
    if (char !== char.toLowerCase() && char === char.toUpperCase()) return true;
  }
  return false;
}

/** Upper-cases for the language (Turkish and Azerbaijani i → İ). */
export function upperCase(text: string, locale: string | undefined): string {
  return locale ? text.toLocaleUpperCase(locale) : text.toUpperCase();
}

/**
 * All-caps matched text (two or more letters) upper-cases the target ("KIEV" → "KYIV");
 * matched text starting with an uppercase letter capitalises the target's first letter
 * ("Kiev's" → "Kyiv's"); anything else keeps the target as written.
 */
export function transferCase(matched: string, target: string, locale?: string): string {
  let letters = 0;
  let allUpper = true;
  for (let i = 0; i < matched.length && allUpper; i++) {
    const code = matched.charCodeAt(i);
    // ASCII without building a string per character; anything else by its code point.
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower < 0x61 || lower > 0x7a) continue;
      letters++;
      if (code >= 0x61) allUpper = false;
      continue;
    }
    const point = matched.codePointAt(i) as number;
    const char = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (!isLetter(char)) continue;
    letters++;
    if (!isUpper(char)) allUpper = false;
  }
  if (letters >= 2 && allUpper) return upperCase(target, locale);
  const first = String.fromCodePoint(matched.codePointAt(0) ?? 0);
  if (matched.length > 0 && isLetter(first) && isUpper(first)) return capitaliseFirstLetter(target, locale);
  return target;
}

export function capitaliseFirstLetter(text: string, locale?: string): string {
  let index = 0;
  for (const char of text) {
    if (isLetter(char)) return text.slice(0, index) + upperCase(char, locale) + text.slice(index + char.length);
    index += char.length;
  }
  return text;
}

/** Every form a case-insensitive rule can write for `target`: as written, all caps, capitalised. */
export function caseForms(target: string, locale: string | undefined): string[] {
  return [...new Set([target, upperCase(target, locale), capitaliseFirstLetter(target, locale)])];
}

/**
 * The n-th apostrophe of the replacement takes the form of the n-th apostrophe of the
 * matched text (or its last one): "Kiev’s" → "Kyiv’s" even where the glossary wrote '.
 */
export function keepApostrophes(matched: string, replacement: string): string {
  const styles: string[] = [];
  for (let i = 0; i < matched.length; i++) if (isApostrophe(matched.charCodeAt(i))) styles.push(matched.charAt(i));
  if (styles.length === 0) return replacement;
  let n = 0;
  let out = '';
  for (const char of replacement) {
    if (isApostrophe(char.charCodeAt(0))) out += styles[Math.min(n++, styles.length - 1)] as string;
    else out += char;
  }
  return out;
}
