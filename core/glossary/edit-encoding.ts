// Text → bytes in the encoding a glossary file came in, so an edited glossary is written
// back as the program that made it expects. TextEncoder only writes UTF-8: UTF-16 is
// written by hand, and a single-byte legacy encoding (Windows-1251, KOI8-R, ISO-8859-x…)
// by inverting its decoder byte by byte. Multi-byte legacy encodings (Shift_JIS, GBK…)
// have no encoder here: such a file is shown read-only rather than written wrongly.

import { bomOf } from '../text/decode';

export interface TextEncoding {
  /** WHATWG name, as TextDecoder reports it. */
  readonly name: string;
  /** The byte order mark the file started with (empty for none). */
  readonly bom: Uint8Array;
}

/** A character the encoding cannot hold, found while encoding. */
export class UnencodableCharacterError extends Error {
  constructor(
    readonly character: string,
    readonly encoding: string,
  ) {
    super(`“${character}” (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) cannot be written in ${encoding}, the encoding of this glossary`);
  }
}

export type Encoder = (text: string) => Uint8Array;

const singleByteTables = new Map<string, Map<number, number> | null>();

/** The encoder for `name`, or undefined when Glossa cannot write that encoding. */
export function encoderFor(name: string): Encoder | undefined {
  if (name === 'utf-8') return (text) => encodeUtf8Checked(text);
  if (name === 'utf-16le' || name === 'utf-16be') return (text) => encodeUtf16(text, name === 'utf-16le');
  const table = singleByteTable(name);
  if (!table) return undefined;
  return (text) => {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const byte = table.get(text.charCodeAt(i));
      if (byte === undefined) throw new UnencodableCharacterError(String.fromCodePoint(text.codePointAt(i)!), name);
      bytes[i] = byte;
    }
    return bytes;
  };
}

/** Lone surrogates have no UTF-8 form (TextEncoder would write U+FFFD in their place). */
function encodeUtf8Checked(text: string): Uint8Array {
  // ES2024's isWellFormed where the runtime has it (Node 20, current browsers).
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed?.call(text);
  if (wellFormed) return new TextEncoder().encode(text);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else throw new UnencodableCharacterError(text.charAt(i), 'utf-8');
  }
  return new TextEncoder().encode(text);
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/**
 * UTF-16 unit → byte for a single-byte encoding: one where every byte decodes alone to one
 * unit and a run of bytes decodes to the run of those units. Bytes that decode to U+FFFD
 * (unassigned) have no character to come back from. null for other encodings.
 */
function singleByteTable(name: string): Map<number, number> | null {
  let table = singleByteTables.get(name);
  if (table !== undefined) return table;
  table = null;
  try {
    const decoder = new TextDecoder(name);
    const units: number[] = [];
    for (let byte = 0; byte < 256; byte++) {
      const text = decoder.decode(Uint8Array.of(byte));
      if (text.length !== 1) throw new Error('not single-byte');
      units.push(text.charCodeAt(0));
    }
    const together = decoder.decode(Uint8Array.from({ length: 256 }, (_, byte) => byte));
    if (together === String.fromCharCode(...units)) {
      table = new Map();
      units.forEach((unit, byte) => {
        if (unit !== 0xfffd && !table!.has(unit)) table!.set(unit, byte);
      });
    }
  } catch {
    table = null;
  }
  singleByteTables.set(name, table);
  return table;
}

/** The BOM of `bytes` as bytes (empty when none). */
export function bomBytes(bytes: Uint8Array): Uint8Array {
  const bom = bomOf(bytes);
  return bom ? bytes.slice(0, bom.length) : new Uint8Array(0);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
