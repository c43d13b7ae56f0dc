// One error type for every bad input (article or glossary), so each front end (CLI,
// window, batch) can show the same `file:line[:col]: message` without guessing.

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The file as the user named it. */
    readonly file: string,
    /** 1-based line; whole-file problems (format, size, binary) report line 1. */
    readonly line: number,
    readonly detail: string,
    /** 1-based column, when the parser knows it. */
    readonly column?: number,
  ) {
    super(`${file}:${line}${column !== undefined ? `:${column}` : ''}: ${detail}`);
  }
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
