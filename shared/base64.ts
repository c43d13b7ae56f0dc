// Base64 without the DOM's btoa/atob or Node's Buffer, so the contract's pure code, the
// page and the CLI turn glossary bytes into `.glossa` text (and back) the same way.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
const CODES = new Uint8Array(64);
for (let i = 0; i < ALPHABET.length; i++) {
  VALUES[ALPHABET.charCodeAt(i)] = i;
  CODES[i] = ALPHABET.charCodeAt(i);
}

export function bytesToBase64(bytes: Uint8Array): string {
  // Character codes into a buffer, decoded in one go: building the string by += or
  // String.fromCharCode is slow on large glossaries.
  const codes = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let out = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    codes[out++] = CODES[a >> 2]!;
    codes[out++] = CODES[((a & 3) << 4) | (b >> 4)]!;
    codes[out++] = i + 1 < bytes.length ? CODES[((b & 15) << 2) | (c >> 6)]! : 61;
    codes[out++] = i + 2 < bytes.length ? CODES[c & 63]! : 61;
  }
  // Base64 is ASCII, so any ASCII-compatible decoder turns the codes into the text at once.
  return new TextDecoder('utf-8').decode(codes);
}

/** Decodes base64 (padded, standard alphabet); throws RangeError on anything else. */
export function base64ToBytes(base64: string): Uint8Array {
  if (base64.length % 4 !== 0) throw new RangeError('base64 text must come in groups of four characters');
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((base64.length / 4) * 3 - padding);
  let out = 0;
  const valueAt = (index: number): number => {
    const code = base64.charCodeAt(index);
    if (code === 61 /* = */ && index >= base64.length - padding) return 0;
    const value = code < 128 ? VALUES[code]! : -1;
    if (value < 0) throw new RangeError(`not base64 at character ${index + 1}`);
    return value;
  };
  for (let i = 0; i < base64.length; i += 4) {
    const triple = (valueAt(i) << 18) | (valueAt(i + 1) << 12) | (valueAt(i + 2) << 6) | valueAt(i + 3);
    if (out < bytes.length) bytes[out++] = triple >> 16;
    if (out < bytes.length) bytes[out++] = (triple >> 8) & 255;
    if (out < bytes.length) bytes[out++] = triple & 255;
  }
  return bytes;
}
