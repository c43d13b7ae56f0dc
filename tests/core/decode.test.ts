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
