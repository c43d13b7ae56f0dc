// Turns an article file's bytes into text without losing anything. The encoding is, in
// order: the one the caller forces (a WHATWG label: `--encoding`, "Reopen with encoding…");
// the BOM's; UTF-8 when the bytes are UTF-8, or nearly so (a stray bad byte becomes U+FFFD
// and a warning names its line, rather than the whole article being read as Windows-1252);
// Cyrillic by the statistics of the high half (Windows-1251 or KOI8-R), which short
// mixed Russian/English texts need because chardet then guesses Windows-1252; else
// chardet's guess among the 8-bit encodings newsrooms still receive.
// Line endings are never touched; the dominant one is reported so exports match.

import { analyse } from 'chardet';
import { InputError } from '../errors';
import type { DecodeWarning, DecodedText } from '../types';
import { createLineIndex } from './line-index';
import { MAX_ARTICLE_BYTES } from './limits';

export { MAX_ARTICLE_BYTES };

/** chardet names we accept → WHATWG labels TextDecoder knows. */
const LEGACY_ENCODINGS: Record<string, string> = {
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'windows-1252': 'windows-1252',
  'windows-1253': 'windows-1253',
  'windows-1254': 'windows-1254',
  'windows-1255': 'windows-1255',
  'windows-1256': 'windows-1256',
  'windows-1257': 'windows-1257',
  'windows-1258': 'windows-1258',
  'windows-874': 'windows-874',
  'KOI8-R': 'koi8-r',
  'ISO-8859-1': 'windows-1252', // WHATWG decodes latin1 as its superset
  'ISO-8859-2': 'iso-8859-2',
  'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-6': 'iso-8859-6',
  'ISO-8859-7': 'iso-8859-7',
  'ISO-8859-8': 'iso-8859-8',
  'ISO-8859-9': 'windows-1254',
};

/** Scripts chardet can name whose letters also fill the high half: their verdict stands. */
const OTHER_SCRIPTS = new Set(['windows-1253', 'windows-1255', 'windows-1256', 'windows-874', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8']);

function describeSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

export function bomOf(bytes: Uint8Array): Bom | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Which encoding the bytes are in, and how many leading bytes are a BOM. */
export function sniffEncoding(bytes: Uint8Array): { encoding: string; bomLength: number } {
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom.encoding, bomLength: bom.length };
  if (isUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0 };
  const utf8 = utf8Health(bytes);
  if (utf8.invalid === 0 || isMostlyUtf8(utf8)) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: guessLegacyEncoding(bytes), bomLength: 0 };
}

/** Strict UTF-8, checked by the native decoder (a JS loop over 25 MB costs far more). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What a UTF-8 reading of the bytes finds: well-formed multi-byte sequences, and the
 *  byte offsets where ill-formed ones start. */
interface Utf8Health {
  multiByte: number;
  invalid: number;
  /** The first few ill-formed offsets (for warnings). */
  invalidAt: number[];
}

const MAX_WARNINGS = 20;

function utf8Health(bytes: Uint8Array): Utf8Health {
  const health: Utf8Health = { multiByte: 0, invalid: 0, invalidAt: [] };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      health.multiByte++;
      i += length;
    } else {
      health.invalid++;
      if (health.invalidAt.length < MAX_WARNINGS) health.invalidAt.push(i);
      i++;
    }
  }
  return health;
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629 table), 0 if ill-formed. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, low = 0x80, high = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= low && c <= high;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * UTF-8 with a few bad bytes, not a legacy encoding: well-formed multi-byte sequences
 * clearly outnumber ill-formed ones. (Legacy 8-bit text almost never forms a valid
 * sequence by chance; an ASCII text with one stray byte has no evidence either way and
 * stays a legacy guess.)
 */
function isMostlyUtf8(health: Utf8Health): boolean {
  return health.multiByte >= 2 && health.multiByte >= 4 * health.invalid;
}

/** One string per byte value, decoded in `encoding`. */
function byteTable(encoding: string): string[] {
  const decoder = new TextDecoder(encoding);
  return Array.from({ length: 256 }, (_, byte) => decoder.decode(new Uint8Array([byte])));
}

let cyrillicTables: { cp1251: string[]; koi8: string[] } | undefined;

// Letter frequencies of Russian text (per mille), lower case: how Russian a decoding reads.
const RUSSIAN_FREQUENCY: Readonly<Record<string, number>> = {
  о: 110, е: 85, а: 80, и: 74, н: 67, т: 63, с: 55, р: 47, в: 45, л: 44, к: 35, м: 32, д: 30, п: 28, у: 26,
  я: 20, ы: 19, ь: 17, г: 17, з: 16, б: 16, ч: 14, й: 12, х: 10, ж: 9, ш: 7, ю: 6, ц: 5, щ: 4, э: 3, ф: 3,
  ё: 1, ъ: 1, і: 10, ї: 4, є: 4, ґ: 1, ў: 2, ј: 2, љ: 1, њ: 1, ћ: 1, ђ: 1, џ: 1,
};

/**
 * Windows-1251 or KOI8-R when the high half spells Cyrillic words: runs of three or more
 * letters made mostly of high bytes (Western European text has an accented letter here
 * and there, Cyrillic text has whole words of them). Between the two, the decoding whose
 * letters are the more frequent in Russian wins (in KOI8-R the lower-case letters sit
 * where Windows-1251 has the upper-case ones, so the wrong table reads as shouting with
 * rare letters).
 */
export function guessCyrillic(bytes: Uint8Array): 'windows-1251' | 'koi8-r' | undefined {
  let highWords = 0;
  let cyrillicWords = 0;
  let letters = 0;
  let high = 0;
  const endWord = (): void => {
    if (letters >= 3 && high > 0) {
      highWords++;
      if (high * 5 >= letters * 3) cyrillicWords++;
    } else if (high > 0) highWords++;
    letters = 0;
    high = 0;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8 || b === 0xa3 || b === 0xb3) {
      letters++;
      high++;
    } else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) {
      letters++;
    } else {
      endWord();
    }
  }
  endWord();
  if (cyrillicWords < 2 || cyrillicWords * 2 < highWords) return undefined;
  cyrillicTables ??= { cp1251: byteTable('windows-1251'), koi8: byteTable('koi8-r') };
  let cp1251 = 0;
  let koi8 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    cp1251 += RUSSIAN_FREQUENCY[cyrillicTables.cp1251[b]!] ?? 0;
    koi8 += RUSSIAN_FREQUENCY[cyrillicTables.koi8[b]!] ?? 0;
  }
  return koi8 > cp1251 ? 'koi8-r' : 'windows-1251';
}

function guessLegacyEncoding(bytes: Uint8Array): string {
  const guesses = analyse(bytes).map((match) => LEGACY_ENCODINGS[match.name]).filter((label): label is string => label !== undefined);
  const chardet = guesses[0];
  if (chardet === undefined || !OTHER_SCRIPTS.has(chardet)) {
    const cyrillic = guessCyrillic(bytes);
    if (cyrillic) return cyrillic;
  }
  return chardet ?? 'windows-1252';
}

// WHATWG's windows-1252 for bytes 0x80–0x9F. Node 20's TextDecoder decodes the label as
// ISO-8859-1, turning curly quotes and dashes into C1 control characters; browsers follow
// the standard. Mapping those characters afterwards gives the standard result everywhere.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Text decoded by TextDecoder(encoding), with windows-1252 made standard (see above). */
export function decodeWith(encoding: string, bytes: Uint8Array, options: { fatal?: boolean; ignoreBOM?: boolean } = {}): string {
  const text = new TextDecoder(encoding, options).decode(bytes);
  if (encoding !== 'windows-1252' || !/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

export function dominantLineEnding(text: string): DecodedText['lineEnding'] {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** 1-based line of a byte offset, counting LF, CRLF and lone CR bytes before it. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** The WHATWG name of `label`, or an InputError naming the file. */
export function encodingOfLabel(label: string, file: string): string {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    throw new InputError(file, 1, `unknown encoding "${label}" (use a label such as utf-8, windows-1251, koi8-r, windows-1252)`);
  }
}

export interface DecodeOptions {
  /** A WHATWG encoding label that forces the decoding (a BOM of that encoding is skipped). */
  encoding?: string;
}

/**
 * Decodes an article. Refuses (InputError naming the file and line) files over 50 MB,
 * binary files (a NUL character, or mostly control characters and undecodable bytes) and
 * unknown forced encodings. An empty file is an empty article.
 */
export function decodeText(bytes: Uint8Array, file: string, options: DecodeOptions = {}): DecodedText {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new InputError(file, 1, `file is ${describeSize(bytes.length)}, over the 50 MB limit for articles`);
  }
  let encoding: string;
  let bomLength: number;
  if (options.encoding !== undefined) {
    encoding = encodingOfLabel(options.encoding, file);
    const bom = bomOf(bytes);
    bomLength = bom?.encoding === encoding ? bom.length : 0;
  } else {
    ({ encoding, bomLength } = sniffEncoding(bytes));
  }
  const body = bytes.subarray(bomLength);
  const text = decodeWith(encoding, body, { ignoreBOM: true });
  refuseBinary(text, file, 'article');
  const decoded: DecodedText = { text, encoding, hadBom: bomLength > 0, lineEnding: dominantLineEnding(text) };
  const warnings = encoding === 'utf-8' ? utf8Warnings(body, bomLength) : replacementWarnings(text, encoding);
  if (warnings.length > 0) decoded.warnings = warnings;
  return decoded;
}

function utf8Warnings(body: Uint8Array, bomLength: number): DecodeWarning[] {
  const health = utf8Health(body);
  return health.invalidAt.map((offset) => ({
    line: lineOfByte(body, offset),
    detail: `byte 0x${body[offset]!.toString(16).toUpperCase().padStart(2, '0')} (offset ${offset + bomLength}) is not valid UTF-8; shown as U+FFFD`,
  }));
}

/** A forced legacy or UTF-16 decoding can still meet bytes it has no character for. */
function replacementWarnings(text: string, encoding: string): DecodeWarning[] {
  const warnings: DecodeWarning[] = [];
  if (!text.includes('\ufffd')) return warnings;
  const lines = createLineIndex(text);
  for (let at = text.indexOf('\ufffd'); at !== -1 && warnings.length < MAX_WARNINGS; at = text.indexOf('\ufffd', at + 1)) {
    warnings.push({ line: lines.lineOf(at), detail: `bytes that are not valid ${encoding}; shown as U+FFFD` });
  }
  return warnings;
}

/** Control characters other than the whitespace ones text uses (tab, line breaks, form
 *  feed, vertical tab) and escape, which coloured logs carry. */
function isSuspicious(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b;
  return c === 0x7f || (c >= 0x80 && c <= 0x9f) || c === 0xfffd;
}

// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const SUSPICIOUS = /[\u0001-\u0008\u000e-\u001a\u001c-\u001f\u007f-\u009f\ufffd]/;

/**
 * Refuses what is not text: a NUL anywhere, or control characters and undecodable bytes
 * making up more than one character in twenty (random bytes give about one in eight in
 * any 8-bit encoding; text has next to none).
 */
export function refuseBinary(text: string, file: string, kind: 'article' | 'glossary'): void {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new InputError(file, createLineIndex(text).lineOf(nul), `binary file (NUL byte); expected a text ${kind}`);
  }
  // Text has none: one native scan says so, the count below runs only when there are some.
  if (!SUSPICIOUS.test(text)) return;
  let suspicious = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (!isSuspicious(text.charCodeAt(i))) continue;
    if (first < 0) first = i;
    suspicious++;
  }
  if (suspicious >= 8 && suspicious * 20 > text.length) {
    const share = Math.round((suspicious / text.length) * 100);
    throw new InputError(file, createLineIndex(text).lineOf(first), `binary file (${share} % control characters or undecodable bytes); expected a text ${kind}`);
  }
}

/** UTF-8 bytes of `text` (no BOM): how Glossa writes every output. */
export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
