// A 64-bit content hash for naming things by what they hold: an article's MT (part of its
// work's key), a glossary file's bytes (the autosave keeps one copy per distinct file).
// Not cryptographic: a name, not a seal. Two independent 32-bit lanes (FNV-1a and a
// multiply-xorshift) over the UTF-8 bytes, printed as 16 hex digits. Synchronous and pure,
// so main, the page, workers and the CLI compute the same value from the same text.

export type ContentHash = string;

class Hasher {
  private a = 0x811c9dc5;
  private b = 0x9747b28c;

  byte(value: number): void {
    this.a = Math.imul(this.a ^ value, 0x01000193);
    let b = Math.imul(this.b ^ value, 0x5bd1e995);
    b ^= b >>> 15;
    this.b = b;
  }

  digest(length: number): ContentHash {
    // Fold the length in, so texts that differ only by trailing zero bytes differ.
    let a = Math.imul(this.a ^ length, 0x01000193);
    let b = Math.imul(this.b ^ length, 0x5bd1e995);
    a ^= a >>> 16;
    b ^= b >>> 13;
    b = Math.imul(b, 0xc2b2ae35);
    b ^= b >>> 16;
    return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
  }
}

export function hashBytes(bytes: Uint8Array): ContentHash {
  const hasher = new Hasher();
  for (let i = 0; i < bytes.length; i++) hasher.byte(bytes[i]!);
  return hasher.digest(bytes.length);
}

/** The hash of `text`'s UTF-8 bytes (what hashBytes gives for the encoded text), without
 *  encoding it first: a 50 MB article is hashed without a second copy in memory. */
export function hashText(text: string): ContentHash {
  const hasher = new Hasher();
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    // Lone surrogates encode as U+FFFD, as TextEncoder does.
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) {
      hasher.byte(code);
      length += 1;
    } else if (code < 0x800) {
      hasher.byte(0xc0 | (code >> 6));
      hasher.byte(0x80 | (code & 0x3f));
      length += 2;
    } else if (code < 0x10000) {
      hasher.byte(0xe0 | (code >> 12));
      hasher.byte(0x80 | ((code >> 6) & 0x3f));
      hasher.byte(0x80 | (code & 0x3f));
      length += 3;
    } else {
      hasher.byte(0xf0 | (code >> 18));
      hasher.byte(0x80 | ((code >> 12) & 0x3f));
      hasher.byte(0x80 | ((code >> 6) & 0x3f));
      hasher.byte(0x80 | (code & 0x3f));
      length += 4;
    }
  }
  return hasher.digest(length);
}
