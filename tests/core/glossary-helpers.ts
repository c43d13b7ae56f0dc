// Shared by the glossary tests: bytes in the encodings glossaries arrive in, and a way
// to catch the InputError a call must throw.
import { InputError } from '../../core/errors';

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Windows-1251 for ASCII and the Russian alphabet (Node's TextEncoder only writes UTF-8). */
export function cp1251(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (code === 0x401) bytes.push(0xa8); // Ё
    else if (code === 0x451) bytes.push(0xb8); // ё
    else throw new Error(`cp1251 helper cannot encode ${char}`);
  }
  return Uint8Array.from(bytes);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export const UTF8_BOM = Uint8Array.from([0xef, 0xbb, 0xbf]);

/** The InputError `run` throws; fails the test if it throws nothing or something else. */
export function inputErrorOf(run: () => unknown): InputError {
  return errorOf(InputError, run);
}

/** The error of class `type` that `run` throws; fails the test otherwise. */
export function errorOf<E extends Error>(type: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected ${type.name}, but nothing was thrown`);
}
