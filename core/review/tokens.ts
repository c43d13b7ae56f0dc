// Tokens for the word diff: words, whitespace runs and single other characters (one code
// point, so an emoji's surrogate pair stays whole). Nothing is dropped, so joining the
// tokens gives the text back exactly and diff ops can carry exact offsets.

const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[\s\S]/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WHITESPACE_ONLY = /^\s+$/;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Lower-cased words (letters, marks, digits) for similarity scores. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function isWhitespace(token: string): boolean {
  return WHITESPACE_ONLY.test(token);
}

/** Maps strings to small integers so sequences compare with `===` on numbers. */
export class Interner {
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }

  idsOf(values: readonly string[]): Int32Array {
    const result = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) result[i] = this.id(values[i]!);
    return result;
  }
}
