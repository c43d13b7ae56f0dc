import { parse as nodeBuildParse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/glossary/parse-csv';
import { UTF8_BOM, concatBytes, inputErrorOf, utf8 } from './glossary-helpers';

const parse = (text: string) => parseCsv('x.csv', utf8(text));
const message = (text: string) => inputErrorOf(() => parse(text)).message;

describe('CSV glossary (RFC 4180)', () => {
  it('reads source, target and note with quoting, embedded commas, doubled quotes and line breaks', () => {
    const glossary = parse('kde,csv kde\n"kde, qu","comma dot","a ""quoted"" note"\n"two\nlines",target\nlast,one\n');
    expect(glossary.entries).toEqual([
      { source: 'kde', target: 'csv kde', line: 1 },
      { source: 'kde, qu', target: 'comma dot', note: 'a "quoted" note', line: 2 },
      { source: 'two\nlines', target: 'target', line: 3 },
      { source: 'last', target: 'one', line: 5 },
    ]);
  });

  it('numbers each entry by the line its record starts on, across multi-line records and blank lines', () => {
    const glossary = parse('a,b\r\n"multi\r\nline\r\nfield",t\r\n\r\n\r\nc,d');
    expect(glossary.entries.map((e) => [e.source, e.line])).toEqual([
      ['a', 1],
      ['multi\r\nline\r\nfield', 2],
      ['c', 7],
    ]);
  });

  it('trims cells, allows blanks before a quote, and keeps an empty target as no target', () => {
    expect(parse(' us , "US" \nflag me,\n').entries).toEqual([
      { source: 'us', target: 'US', line: 1 },
      { source: 'flag me', line: 2 },
    ]);
  });

  it('skips blank records and lines of blanks', () => {
    expect(parse('\n,,\n   \na,b\n').entries).toEqual([{ source: 'a', target: 'b', line: 4 }]);
  });

  it('strips a BOM and handles CR-only line endings', () => {
    const glossary = parseCsv('x.csv', concatBytes(UTF8_BOM, utf8('source,target\rкит,whale\r')));
    expect(glossary.entries).toEqual([{ source: 'кит', target: 'whale', line: 2 }]);
  });

  describe('header row', () => {
    it.each(['source,target', 'Source,Target,Note', 'SOURCE,TARGET'])('skips %j', (header) => {
      const glossary = parse(`${header}\na,b\n`);
      expect(glossary.entries).toEqual([{ source: 'a', target: 'b', line: 2 }]);
      expect(glossary.sourceLanguage).toBeUndefined();
    });

    it.each([
      ['en,ru', 'en', 'ru'],
      ['en-US,de', 'en-US', 'de'],
      ['eng,rus', 'eng', 'rus'],
      ['pt-BR,es-419,comment', 'pt-BR', 'es-419'],
    ])('reads language codes from %j', (header, source, target) => {
      const glossary = parse(`${header}\na,b\n`);
      expect(glossary).toEqual({ sourceLanguage: source, targetLanguage: target, entries: [{ source: 'a', target: 'b', line: 2 }] });
    });

    it.each(['gas,oil', 'bus,Bus', 'en,en-GB', 'kde,csv kde'])('takes %j as an entry, not a header', (row) => {
      expect(parse(`${row}\n`).entries).toHaveLength(1);
    });

    it('only looks at the first record', () => {
      expect(parse('a,b\nsource,target\n').entries).toHaveLength(2);
    });
  });

  describe('errors', () => {
    it('points an unterminated quote at the line and column where the field starts', () => {
      expect(message('kde,ok\nfoo,"bar\nbaz,qux\n')).toBe('x.csv:2:5: field 2: quoted field is never closed (missing closing ")');
    });

    it('counts lines correctly after a multi-line record with CRLF endings', () => {
      expect(message('a,"x\r\ny"\r\nb,"open\r\nmore\r\n')).toBe('x.csv:3:3: field 2: quoted field is never closed (missing closing ")');
    });

    it('counts columns in characters, not UTF-8 bytes', () => {
      expect(message('ü,"x')).toBe('x.csv:1:3: field 2: quoted field is never closed (missing closing ")');
    });

    it('keeps quotes that do not open a quoted field, as spreadsheet programs do', () => {
      // A game glossary's line: the quotes are part of the term.
      expect(parse('"Signature" Portrait,Portrait "signature"\n').entries).toEqual([
        { source: '"Signature" Portrait', target: 'Portrait "signature"', line: 1 },
      ]);
      expect(parse('a,b\nc,"d"e\nf,d"e\n').entries.map((e) => e.target)).toEqual(['b', '"d"e', 'd"e']);
      expect(parse('"one\ntwo",x\n"three\nfour" y,z\n').entries.map((e) => e.source)).toEqual(['one\ntwo', '"three\nfour" y']);
    });

    it('reads a quoted field followed by blanks as the quoted text, commas and doubled quotes included', () => {
      expect(parse(' "x, y" , "a ""b"""  ,note\n').entries).toEqual([{ source: 'x, y', target: 'a "b"', note: 'note', line: 1 }]);
    });

    it('still refuses a quoted field that never closes, after literal quotes', () => {
      expect(message('"Signature" Portrait,ok\nfoo,"bar\nbaz,qux\n')).toBe('x.csv:2:5: field 2: quoted field is never closed (missing closing ")');
    });

    it('refuses a one-column row, naming its line', () => {
      expect(message('a,b\nlonely\nc,d\n')).toBe('x.csv:2: expected "source,target", found one column');
      expect(message('a;b\n')).toBe('x.csv:1: expected "source,target", found one column (is the file separated by ";" or tabs? a CSV glossary uses commas)');
    });

    it('refuses an empty source', () => {
      expect(message('a,b\n,target\n')).toBe('x.csv:2: empty source term in the first column');
    });
  });

  it('uses the csv-parse build that needs no global Buffer (browser, Web Worker)', () => {
    const saved = globalThis.Buffer;
    Reflect.deleteProperty(globalThis, 'Buffer');
    try {
      // The Node build would fail here: it calls the global Buffer at runtime.
      expect(() => nodeBuildParse('a,b\n')).toThrow(ReferenceError);
      expect(parse('a,b\n').entries).toEqual([{ source: 'a', target: 'b', line: 1 }]);
    } finally {
      globalThis.Buffer = saved;
    }
  });
});
