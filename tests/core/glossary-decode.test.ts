import { iso6393 } from 'iso-639-3';
import { describe, expect, it } from 'vitest';
import { asciiView, decodeGlossaryBytes, firstUndecodableLine } from '../../core/glossary/decode';
import { bomOf } from '../../core/text/decode';
import { KNOWN_LANGUAGE_CODES, isKnownLanguageTag, primaryLanguage, sameLanguage } from '../../core/glossary/language';
import { loadGlossary } from '../../core/glossary';
import { concatBytes, cp1251, inputErrorOf, utf8 } from './glossary-helpers';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = [endian === 'le' ? 0xff : 0xfe, endian === 'le' ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (endian === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(bytes);
}

describe('glossary decoding', () => {
  it('reads UTF-16 files by their BOM, in every format', () => {
    expect(loadGlossary('g.tsv', utf16('кит\twhale\r\n', 'le')).entries).toEqual([{ source: 'кит', target: 'whale', line: 1 }]);
    expect(loadGlossary('g.csv', utf16('x,y\n"кит",whale\n', 'be')).entries).toEqual([
      { source: 'x', target: 'y', line: 1 },
      { source: 'кит', target: 'whale', line: 2 },
    ]);
    expect(loadGlossary('g.json', utf16('{"entries": [{"source": "ü"}]}', 'le')).entries).toEqual([{ source: 'ü', line: 1 }]);
  });

  it('recognises BOMs', () => {
    expect(bomOf(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(bomOf(Uint8Array.from([0xff, 0xfe]))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(bomOf(Uint8Array.from([0xfe, 0xff]))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(bomOf(utf8('abc'))).toBeUndefined();
  });

  it('gives an ASCII view with one character per byte, past a UTF-8 BOM', () => {
    const view = asciiView(concatBytes(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8('ab\nж\n# x')));
    expect(view.split('\n')).toHaveLength(3);
    expect(view.length).toBe(9); // 8 characters in 9 bytes: "ж" is two
  });

  it('finds the first line that does not decode, with any line ending', () => {
    const bytes = concatBytes(utf8('ok\r\nок\rok\n'), cp1251('плохо'), utf8('\nok'));
    expect(firstUndecodableLine(bytes, 'utf-8')).toBe(4);
    expect(firstUndecodableLine(utf8('all\nfine'), 'utf-8')).toBe(1);
  });

  it('refuses a declared encoding TextDecoder does not know', () => {
    const error = inputErrorOf(() => decodeGlossaryBytes('g.tbx', utf8('x'), { label: 'x-mac-klingon', line: 1, column: 31, source: 'XML declaration' }));
    expect(error.message).toBe('g.tbx:1:31: unknown encoding "x-mac-klingon" in the XML declaration');
  });
});

describe('language codes', () => {
  it('knows exactly the ISO 639-1 languages and their ISO 639-2/3 codes', () => {
    const expected = new Set(
      iso6393.filter((l) => l.iso6391).flatMap((l) => [l.iso6391, l.iso6393, l.iso6392B, l.iso6392T].filter((c): c is string => Boolean(c))),
    );
    expect([...KNOWN_LANGUAGE_CODES].sort()).toEqual([...expected].sort());
  });

  it('compares tags by primary subtag', () => {
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage('PT_br')).toBe('pt');
    expect(sameLanguage('EN', 'en-US')).toBe(true);
    expect(sameLanguage('en', 'eng')).toBe(false);
    expect(isKnownLanguageTag('zh-Hant-TW')).toBe(true);
    expect(isKnownLanguageTag('gas')).toBe(false);
    expect(isKnownLanguageTag('en US')).toBe(false);
  });
});

describe('what a glossary may not be', () => {
  const formats = ['g.tsv', 'g.csv', 'g.json', 'g.tbx'];

  it('a NUL byte anywhere is refused with its line, in every format', () => {
    const bodies: Record<string, string> = {
      'g.tsv': 'Sands\tPeskov\nKerry\u0000\tKerry\n',
      'g.csv': 'Sands,Peskov\nKerry\u0000,Kerry\n',
      'g.json': '{"entries": [\n{"source": "Kerry\u0000"}]}',
      'g.tbx': '<martif type="TBX">\n<text>\u0000</text></martif>',
    };
    for (const file of formats) {
      const error = inputErrorOf(() => loadGlossary(file, utf8(bodies[file]!), { targetLanguage: 'en' }));
      expect(error.message, file).toBe(`${file}:2: binary file (NUL byte); expected a text glossary`);
    }
  });

  it('random bytes without a NUL are refused as binary, in every format', () => {
    let state = 7;
    const bytes = Uint8Array.from({ length: 2048 }, () => 1 + ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % 255));
    for (const file of formats) {
      expect(() => loadGlossary(file, bytes, { targetLanguage: 'en' }), file).toThrow(/binary file \(\d+ % control characters or undecodable bytes\); expected a text glossary/);
    }
  });

  it('UTF-8 with one bad byte is refused at that line, not loaded with U+FFFD in a term', () => {
    const bytes = concatBytes(utf8('Песков\tPeskov\nКерри\tKerry\n'), Uint8Array.from([0xe9]), utf8('\tx\n'));
    expect(inputErrorOf(() => loadGlossary('g.tsv', bytes)).message).toMatch(/^g\.tsv:3: not valid utf-8 text/);
  });

  it('--encoding forces the decoding over detection and declarations; an unknown label names the file', () => {
    const bytes = concatBytes(utf8('# -*- coding: utf-8 -*-\n'), cp1251('Песков\tPeskov\n'));
    expect(loadGlossary('g.tsv', bytes, { encoding: 'windows-1251' }).entries).toEqual([{ source: 'Песков', target: 'Peskov', line: 2 }]);
    expect(inputErrorOf(() => loadGlossary('g.tsv', bytes, { encoding: 'nope' })).message).toMatch(/^g\.tsv:1: unknown encoding "nope"/);
    const tbx = concatBytes(utf8('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX"><text><body><termEntry><langSet xml:lang="ru"><tig><term>'),
      cp1251('Песков'), utf8('</term></tig></langSet><langSet xml:lang="en"><tig><term>Peskov</term></tig></langSet></termEntry></body></text></martif>'));
    // The Russian term decoded as forced; the English one comes back as its keep entry.
    expect(loadGlossary('g.tbx', tbx, { targetLanguage: 'en', encoding: 'windows-1251' }).entries).toEqual([
      { source: 'Песков', target: 'Peskov', sourceLanguage: 'ru', line: 2 },
      { source: 'Peskov', target: 'Peskov', sourceLanguage: 'en', line: 2 },
    ]);
  });
});
