import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors';
import { MAX_ARTICLE_BYTES, decodeText, dominantLineEnding } from '../../core/text/decode';
import { encodeLegacy } from './legacy-encode';

const RUSSIAN =
  'Пресс-секретарь президента России Дмитрий Песков заявил, что на встрече Владимира Путина с госсекретарем США ' +
  'Джоном Керри не обсуждалось прямое военное взаимодействие России и Соединенных Штатов в Сирии. ' +
  'Беседа закончилась далеко за полночь, она была честной и серьезной.';
const FRENCH = "Le secrétaire d'État américain a rencontré le président à Moscou. Les négociations ont été très franches, a déclaré le porte-parole du Kremlin à l'issue de la réunion. « Nous avons discuté de différents formats », a-t-il ajouté.";
const GERMAN = 'Der Außenminister äußerte sich über die Gespräche in Moskau. Die Verhandlungen über Syrien würden fortgesetzt, hieß es. Größere Fortschritte seien möglich, sagte der Sprecher des Präsidenten über das Treffen.';

describe('decodeText', () => {
  it('decodes UTF-8 without a BOM', () => {
    const decoded = decodeText(new TextEncoder().encode(RUSSIAN), 'a.txt');
    expect(decoded).toEqual({ text: RUSSIAN, encoding: 'utf-8', hadBom: false, lineEnding: '\n' });
  });
  it('strips a UTF-8 BOM and says it was there', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Peskov')]);
    expect(decodeText(bytes, 'a.txt')).toMatchObject({ text: 'Peskov', encoding: 'utf-8', hadBom: true });
  });
  it('decodes UTF-16 LE and BE with a BOM', () => {
    const text = 'Песков said\r\n“quoted”';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      le[2 + 2 * i] = code & 0xff;
      le[3 + 2 * i] = code >> 8;
      be[2 + 2 * i] = code >> 8;
      be[3 + 2 * i] = code & 0xff;
    }
    expect(decodeText(le, 'le.txt')).toMatchObject({ text, encoding: 'utf-16le', hadBom: true, lineEnding: '\r\n' });
    expect(decodeText(be, 'be.txt')).toMatchObject({ text, encoding: 'utf-16be', hadBom: true });
  });
  it('detects Windows-1251 and KOI8-R Russian', () => {
    expect(decodeText(encodeLegacy(RUSSIAN, 'windows-1251'), 'cp1251.txt')).toMatchObject({ text: RUSSIAN, encoding: 'windows-1251' });
    expect(decodeText(encodeLegacy(RUSSIAN, 'koi8-r'), 'koi8.txt')).toMatchObject({ text: RUSSIAN, encoding: 'koi8-r' });
  });
  it('detects Windows-1252 French and German', () => {
    expect(decodeText(encodeLegacy(FRENCH, 'windows-1252'), 'fr.txt').text).toBe(FRENCH);
    expect(decodeText(encodeLegacy(GERMAN, 'windows-1252'), 'de.txt').text).toBe(GERMAN);
  });
  it('keeps every line ending exactly', () => {
    const text = 'one\r\ntwo\nthree\rfour\r\n\r\n';
    expect(decodeText(new TextEncoder().encode(text), 'mixed.txt').text).toBe(text);
  });
  it('accepts an empty file', () => {
    expect(decodeText(new Uint8Array(), 'empty.txt')).toEqual({ text: '', encoding: 'utf-8', hadBom: false, lineEnding: '\n' });
  });
  it('refuses a binary file, naming the file and the line of the NUL', () => {
    const bytes = new TextEncoder().encode('line one\nline two\u0000\nthree');
    const error = (() => {
      try {
        decodeText(bytes, 'photo.jpg');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('photo.jpg:2: binary file (NUL byte); expected a text article');
  });
  it('refuses a file over 50 MB, naming the limit', () => {
    const bytes = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    expect(() => decodeText(bytes, 'huge.txt')).toThrow('huge.txt:1: file is 50.0 MB, over the 50 MB limit for articles');
  });
});

describe('dominantLineEnding', () => {
  it('picks the most frequent line ending', () => {
    expect(dominantLineEnding('a\r\nb\r\nc\nd')).toBe('\r\n');
    expect(dominantLineEnding('a\nb\r\nc\nd')).toBe('\n');
    expect(dominantLineEnding('a\rb\rc')).toBe('\r');
    expect(dominantLineEnding('no breaks')).toBe('\n');
  });
});

describe('decodeText: encodings people really send', () => {
  // A short Russian/English article: few Cyrillic words, which chardet alone reads as Windows-1252.
  const MIXED = 'Kremlin spokesman Dmitry Peskov (Дмитрий Песков) said the talks went "far beyond midnight".\nThe meeting (встреча) was long.\n';

  it('reads a short mixed Russian/English article in Windows-1251 or KOI8-R as Cyrillic', () => {
    expect(decodeText(encodeLegacy(MIXED, 'windows-1251'), 'a.txt')).toMatchObject({ text: MIXED, encoding: 'windows-1251' });
    expect(decodeText(encodeLegacy(MIXED, 'koi8-r'), 'a.txt')).toMatchObject({ text: MIXED, encoding: 'koi8-r' });
  });

  it('keeps other scripts and Western text where they were', () => {
    const greek = 'Ο υπουργός Εξωτερικών συναντήθηκε με τον πρόεδρο στη Μόσχα. Οι συνομιλίες ήταν ειλικρινείς.';
    expect(decodeText(encodeLegacy(greek, 'windows-1253'), 'el.txt').text).toBe(greek);
    const portuguese = 'A informação sobre a situação da nação e a população é confidencial. Então, não há acção.';
    expect(decodeText(encodeLegacy(portuguese, 'windows-1252'), 'pt.txt')).toMatchObject({ text: portuguese, encoding: 'windows-1252' });
  });

  it('decodes Windows-1252 curly quotes and dashes as the standard says (Node alone gives C1 controls)', () => {
    const bytes = Uint8Array.from([0x93, 0x51, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0xe9, 0x74, 0xe9]);
    expect(decodeText(bytes, 'q.txt', { encoding: 'windows-1252' }).text).toBe('“Q” – €5 été');
  });

  it('reads UTF-8 with a stray bad byte as UTF-8: U+FFFD and a warning naming the line', () => {
    const good = new TextEncoder().encode('Песков said\nthe talks were long.\nДалеко за полночь.\n');
    const at = good.length - new TextEncoder().encode('long.\nДалеко за полночь.\n').length; // "long", line 2
    const bytes = new Uint8Array([...good.subarray(0, at), 0xe9, ...good.subarray(at)]);
    const decoded = decodeText(bytes, 'a.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('Песков said\nthe talks were \ufffdlong.\nДалеко за полночь.\n');
    expect(decoded.warnings).toEqual([{ line: 2, detail: `byte 0xE9 (offset ${at}) is not valid UTF-8; shown as U+FFFD` }]);
  });

  it('an ASCII text with one high byte has no UTF-8 to go by: a legacy 8-bit text', () => {
    const decoded = decodeText(Uint8Array.from([...new TextEncoder().encode('caf'), 0xe9, 0x0a]), 'a.txt');
    expect(decoded).toMatchObject({ text: 'café\n', encoding: 'windows-1252' });
    expect(decoded.warnings).toBeUndefined();
  });

  it('a forced encoding wins over detection; its own BOM is skipped; an unknown label names the file', () => {
    const bytes = encodeLegacy('Привет', 'windows-1251');
    expect(decodeText(bytes, 'a.txt', { encoding: 'cp1251' })).toMatchObject({ text: 'Привет', encoding: 'windows-1251' });
    expect(decodeText(bytes, 'a.txt', { encoding: 'koi8-r' }).text).not.toBe('Привет');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('x')]);
    expect(decodeText(withBom, 'a.txt', { encoding: 'utf-8' })).toMatchObject({ text: 'x', hadBom: true });
    expect(() => decodeText(bytes, 'a.txt', { encoding: 'klingon' })).toThrow(/^a\.txt:1: unknown encoding "klingon"/);
  });

  it('refuses random bytes without a NUL as binary, naming the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1024, maxLength: 4096, min: 1, max: 255 }), (bytes) => {
        expect(() => decodeText(bytes, 'noise.bin')).toThrow(/^noise\.bin:\d+: binary file \(\d+ % control characters or undecodable bytes\); expected a text article$/);
      }),
      { numRuns: 50 },
    );
  });

  it('accepts text with the odd form feed, tab or escape', () => {
    const text = 'Page one.\fPage two\twith a tab and \u001b[1mbold\u001b[0m.\n'.repeat(5);
    expect(decodeText(new TextEncoder().encode(text), 'a.txt').text).toBe(text);
  });
});
