// Glossary bytes → text. An encoding the user forces (`--encoding`) wins, then a byte order
// mark, then what the file declares about itself (TSV coding comment, XML declaration),
// then UTF-8, then the legacy guess articles use (Cyrillic statistics, chardet).
// Everything is decoded strictly: a file that lies about its encoding, or UTF-8 with a
// stray bad byte, is refused with the line that does not decode, rather than loaded with
// U+FFFD in its terms. Binary files (NUL bytes, mostly control characters) are refused
// with their line, as articles are.

import { InputError } from '../errors';
import { bomOf, decodeWith, encodingOfLabel, refuseBinary, sniffEncoding } from '../text/decode';

/** An encoding the file names for itself, and where, for error messages. */
export interface DeclaredEncoding {
  label: string;
  line: number;
  column: number;
  /** What declared it, e.g. "coding comment" or "XML declaration". */
  source: string;
}

/**
 * One character per byte (after a UTF-8 BOM), for finding an encoding declaration before
 * the encoding is known: in any ASCII-compatible encoding the ASCII text and the line
 * breaks sit exactly where they are in this view.
 */
export function asciiView(bytes: Uint8Array, maxBytes = bytes.length): string {
  const start = bomOf(bytes)?.encoding === 'utf-8' ? 3 : 0;
  const view = bytes.subarray(start, start + maxBytes);
  let text = '';
  // Byte n → U+00nn (ISO-8859-1 proper, reversible), in chunks that fit the argument limit.
  for (let i = 0; i < view.length; i += 8192) text += String.fromCharCode(...view.subarray(i, i + 8192));
  return text;
}

/** Characters (UTF-16 units) that the UTF-8 bytes behind an asciiView slice decode to. */
export function utf8LengthOfView(view: string): number {
  return new TextDecoder().decode(Uint8Array.from(view, (char) => char.charCodeAt(0))).length;
}

export function decodeGlossaryBytes(file: string, bytes: Uint8Array, declared?: DeclaredEncoding, forced?: string): string {
  const text = decodeBytes(file, bytes, declared, forced);
  refuseBinary(text, file, 'glossary');
  return text;
}

function decodeBytes(file: string, bytes: Uint8Array, declared: DeclaredEncoding | undefined, forced: string | undefined): string {
  const bom = bomOf(bytes);
  if (forced !== undefined) {
    const encoding = encodingOfLabel(forced, file);
    const start = bom?.encoding === encoding ? bom.length : 0;
    return decodeStrictly(file, bytes.subarray(start), encoding, 'by --encoding');
  }
  if (bom) {
    return decodeStrictly(file, bytes.subarray(bom.length), bom.encoding, 'by its byte order mark');
  }
  if (declared) {
    let encoding: string;
    try {
      encoding = new TextDecoder(declared.label).encoding;
    } catch {
      throw new InputError(file, declared.line, `unknown encoding "${declared.label}" in the ${declared.source}`, declared.column);
    }
    return decodeStrictly(file, bytes, encoding, `by the ${declared.source} on line ${declared.line}`);
  }
  // UTF-8 (strictly: nearly-UTF-8 is refused at its bad byte) else a legacy 8-bit guess.
  // Most files are UTF-8: one native decode decides, before any byte is looked at in JS.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8 as it stands: see below
  }
  const { encoding } = sniffEncoding(bytes);
  if (encoding === 'utf-8') return decodeStrictly(file, bytes, 'utf-8', 'by the rest of the file; give --encoding if it is another');
  return decodeWith(encoding, bytes);
}

function decodeStrictly(file: string, bytes: Uint8Array, encoding: string, why: string): string {
  try {
    return decodeWith(encoding, bytes, { fatal: true, ignoreBOM: true });
  } catch {
    const line = encoding.startsWith('utf-16') ? 1 : firstUndecodableLine(bytes, encoding);
    throw new InputError(file, line, `not valid ${encoding} text (the encoding declared ${why})`);
  }
}

/**
 * 1-based line holding the first bytes that do not decode. Decoding line by line is exact
 * for ASCII-compatible encodings: their multi-byte sequences never contain CR or LF bytes.
 */
export function firstUndecodableLine(bytes: Uint8Array, encoding: string): number {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = bytes[i];
    if (i < bytes.length && b !== 0x0a && b !== 0x0d) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
    line++;
    start = i + 1;
  }
  return 1;
}
