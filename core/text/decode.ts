// Turns an article file's bytes into text without losing anything: the encoding is
// found from the BOM, else strict UTF-8, else chardet's guess among the 8-bit
// encodings newsrooms still receive (Windows-1251/1252, KOI8-R, ISO-8859-x).
// Line endings are never touched; the dominant one is reported so exports match.

import { analyse } from 'chardet';
import { InputError } from '../errors';
import type { DecodedText } from '../types';
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
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    for (const match of analyse(bytes)) {
      const label = LEGACY_ENCODINGS[match.name];
      if (label) return { encoding: label, bomLength: 0 };
    }
    return { encoding: 'windows-1252', bomLength: 0 };
  }
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

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** An encoding the user named: a WHATWG label; a BOM of that encoding is still skipped. */
function chosenEncoding(bytes: Uint8Array, file: string, label: string): { encoding: string; bomLength: number } {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    throw new InputError(file, 1, `unknown encoding '${label}'`);
  }
  const bom = bomOf(bytes);
  return { encoding, bomLength: bom?.encoding === encoding ? bom.length : 0 };
}

/**
 * Decodes an article. Refuses (InputError naming the file) files over 50 MB and
 * binary files (a NUL character once decoded). An empty file is an empty article.
 */
export function decodeText(bytes: Uint8Array, file: string, options: { encoding?: string } = {}): DecodedText {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new InputError(file, 1, `file is ${describeSize(bytes.length)}, over the 50 MB limit for articles`);
  }
  const { encoding, bomLength } = options.encoding === undefined ? sniffEncoding(bytes) : chosenEncoding(bytes, file, options.encoding);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bomLength));
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new InputError(file, lineOfOffset(text, nul), 'binary file (NUL byte); expected a text article');
  }
  return { text, encoding, hadBom: bomLength > 0, lineEnding: dominantLineEnding(text) };
}

/** UTF-8 bytes of `text` (no BOM): how Glossa writes every output. */
export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
