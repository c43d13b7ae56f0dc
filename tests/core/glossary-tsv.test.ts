import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../core/glossary/parse-tsv';
import { UTF8_BOM, concatBytes, cp1251, inputErrorOf, utf8 } from './glossary-helpers';

const parse = (text: string) => parseTsv('g.tsv', utf8(text));

describe('TSV glossary (OmegaT tab format)', () => {
  it('reads source, target and note, skipping comments and blank lines, with 1-based lines', () => {
    const glossary = parse('# a comment\n\nSands\tPeskov\tthe surname\n   \n  # indented comment\nstate Department\tState Department\n');
    expect(glossary.entries).toEqual([
      { source: 'Sands', target: 'Peskov', note: 'the surname', line: 3 },
      { source: 'state Department', target: 'State Department', line: 6 },
    ]);
  });

  it('trims fields and drops an empty note', () => {
    expect(parse('  us  \t  US \t \n').entries).toEqual([{ source: 'us', target: 'US', line: 1 }]);
  });

  it('keeps an entry with an empty target as a term without target', () => {
    expect(parse('Islamic state\t\tbanned in Russia\nfoo\t\n').entries).toEqual([
      { source: 'Islamic state', note: 'banned in Russia', line: 1 },
      { source: 'foo', line: 2 },
    ]);
  });

  it('ignores fields after the note', () => {
    expect(parse('a\tb\tc\td\n').entries).toEqual([{ source: 'a', target: 'b', note: 'c', line: 1 }]);
  });

  it('refuses a line without a tab, naming file and line', () => {
    const error = inputErrorOf(() => parse('# header\na\tb\nno tab here\nc\td\n'));
    expect(error.message).toBe('g.tsv:3: expected "source<TAB>target", found no tab');
    expect(error.line).toBe(3);
    expect(error.column).toBeUndefined();
  });

  it('refuses an empty source', () => {
    expect(inputErrorOf(() => parse('a\tb\n  \ttarget\n')).message).toBe('g.tsv:2: empty source term before the tab');
  });

  it('strips a UTF-8 BOM', () => {
    const glossary = parseTsv('g.tsv', concatBytes(UTF8_BOM, utf8('# c\nкит\twhale\n')));
    expect(glossary.entries).toEqual([{ source: 'кит', target: 'whale', line: 2 }]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['LF', '\n'],
  ])('splits %s line endings and keeps line numbers', (_name, eol) => {
    const glossary = parse(['# c', 'a\tb', '', 'c\td\tnote'].join(eol) + eol);
    expect(glossary.entries).toEqual([
      { source: 'a', target: 'b', line: 2 },
      { source: 'c', target: 'd', note: 'note', line: 4 },
    ]);
  });

  describe('coding comment', () => {
    it('builds cp1251 bytes correctly (sanity check of the test encoder)', () => {
      expect([...cp1251('Песков')]).toEqual([0xcf, 0xe5, 0xf1, 0xea, 0xee, 0xe2]);
    });

    it('decodes a windows-1251 file as its first-line Emacs comment says', () => {
      const bytes = cp1251('# Glossary in tab-separated format -*- coding: windows-1251 -*-\nПесков\tPeskov\tпресс-секретарь\n');
      expect(parseTsv('g.tsv', bytes).entries).toEqual([{ source: 'Песков', target: 'Peskov', note: 'пресс-секретарь', line: 2 }]);
    });

    it('honours the comment on any leading comment line and among other file variables', () => {
      // "мир" in KOI8-R is CD C9 D2.
      const bytes = concatBytes(
        utf8('# OmegaT glossary\n\n# -*- mode: text; coding: koi8-r -*-\n'),
        Uint8Array.from([0xcd, 0xc9, 0xd2]),
        utf8('\tpeace\n'),
      );
      expect(parseTsv('g.tsv', bytes).entries).toEqual([{ source: 'мир', target: 'peace', line: 4 }]);
    });

    it('accepts Emacs coding-system names (cp1251-dos)', () => {
      const bytes = cp1251('# -*- coding: cp1251-dos -*-\r\nКремль\tKremlin\r\n');
      expect(parseTsv('g.tsv', bytes).entries).toEqual([{ source: 'Кремль', target: 'Kremlin', line: 2 }]);
    });

    it('ignores a coding comment after the first entry', () => {
      // UTF-8 bytes: if the KOI8-R comment were honoured, "мир" would decode as mojibake.
      expect(parse('мир\tpeace\n# -*- coding: koi8-r -*-\n').entries).toEqual([{ source: 'мир', target: 'peace', line: 1 }]);
    });

    it('refuses an unknown encoding, naming the line and column of the label', () => {
      const error = inputErrorOf(() => parse('# comment\n# -*- coding: klingon-8 -*-\na\tb\n'));
      expect(error.message).toBe('g.tsv:2:15: unknown encoding "klingon-8" in the coding comment');
      // Columns count characters, not the bytes of a UTF-8 comment.
      expect(inputErrorOf(() => parse('# Глоссарий -*- coding: klingon-8 -*-\n')).column).toBe(25);
    });

    it('refuses bytes that are not in the declared encoding, naming the bad line', () => {
      const bytes = concatBytes(utf8('# -*- coding: utf-8 -*-\na\tb\n'), cp1251('Песков\tPeskov\n'));
      const error = inputErrorOf(() => parseTsv('g.tsv', bytes));
      expect(error.message).toBe('g.tsv:3: not valid utf-8 text (the encoding declared by the coding comment on line 1)');
    });

    it('lets a BOM win over the comment', () => {
      const bytes = concatBytes(UTF8_BOM, utf8('# -*- coding: windows-1251 -*-\nкит\twhale\n'));
      expect(parseTsv('g.tsv', bytes).entries).toEqual([{ source: 'кит', target: 'whale', line: 2 }]);
    });
  });

  it('falls back to detection when the bytes are not UTF-8', () => {
    // ISO-8859-1 bytes (ß = DF, ä = E4, Ä = C4) are invalid as UTF-8.
    const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const bytes = latin1('Straße\tstreet\nMädchen\tgirl\nÄrger\ttrouble\n');
    expect(parseTsv('g.tsv', bytes).entries.map((e) => e.source)).toEqual(['Straße', 'Mädchen', 'Ärger']);
  });

  it('round-trips any entries written with any line endings (property)', () => {
    const field = fc
      .string({ minLength: 1, maxLength: 12 })
      .map((s) => s.replace(/[\t\r\n]/g, ' ').trim())
      .filter((s) => s !== '' && !s.startsWith('#'));
    const entry = fc.record({ source: field, target: fc.option(field, { nil: undefined }), note: fc.option(field, { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), (entries, eol) => {
        const text = entries.map((e) => [e.source, e.target ?? '', ...(e.note ? [e.note] : [])].join('\t')).join(eol);
        const parsed = parseTsv('p.tsv', utf8(text)).entries;
        expect(parsed).toEqual(
          entries.map((e, index) => ({
            source: e.source,
            ...(e.target ? { target: e.target } : {}),
            ...(e.note ? { note: e.note } : {}),
            line: index + 1,
          })),
        );
      }),
    );
  });
});
