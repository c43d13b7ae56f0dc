// Editing glossaries in place: each test names a feature of a real glossary file and
// checks that an edit keeps it, byte for byte, and that the file loads back as meant.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  editGlossary,
  entryAtLine,
  entryById,
  openGlossaryDocument,
  serialiseGlossary,
  GlossaryEditError,
  type GlossaryDocument,
} from '../../core/glossary/edit-document';
import { loadGlossary } from '../../core/glossary/load-glossary';
import { encoderFor } from '../../core/glossary/edit-encoding';
import { sniffEncoding } from '../../core/text/decode';
import { concatBytes, cp1251, errorOf, utf8, UTF8_BOM } from './glossary-helpers';

const text = (document: GlossaryDocument): string => new TextDecoder().decode(serialiseGlossary(document));
const open = (file: string, content: string | Uint8Array) => openGlossaryDocument(file, typeof content === 'string' ? utf8(content) : content);
const pairs = (document: GlossaryDocument) => document.entries.map((e) => `${e.source} → ${e.target ?? '∅'}${e.note ? ` (${e.note})` : ''} @${e.line}`);

const editError = (run: () => unknown): GlossaryEditError => errorOf(GlossaryEditError, run);

describe('TSV (OmegaT tab-separated)', () => {
  const omegat = '# Glossary in tab-separated format -*- coding: utf-8 -*-\n# source\ttarget\tnote\n\nSands\tPeskov\tDmitry Peskov\nstate Department\tState Department\t\n  press-Secretary \t press secretary \n# end of list\n';

  it('opens editable and writes back the same bytes', () => {
    const document = open('g.tsv', omegat);
    expect(document.readOnly).toBeUndefined();
    expect(text(document)).toBe(omegat);
    expect(pairs(document)).toEqual(['Sands → Peskov (Dmitry Peskov) @4', 'state Department → State Department @5', 'press-Secretary → press secretary @6']);
  });

  it('update keeps comments, blank lines, the other lines and the padding of the changed cell', () => {
    const document = editGlossary(open('g.tsv', omegat), { type: 'update', id: 2, entry: { source: 'press-Secretary', target: 'spokesman' } });
    expect(text(document)).toBe(omegat.replace(' press secretary ', ' spokesman '));
    expect(document.lastEdit).toEqual({ added: [], updated: [2], deleted: [] });
  });

  it('adding a note to a two-column line adds the third column; clearing it removes it again', () => {
    const first = open('g.tsv', omegat);
    const noted = editGlossary(first, { type: 'update', id: 2, entry: { source: 'press-Secretary', target: 'press secretary', note: 'Russian usage' } });
    expect(text(noted)).toContain('  press-Secretary \t press secretary \tRussian usage\n');
    const cleared = editGlossary(noted, { type: 'update', id: 2, entry: { source: 'press-Secretary', target: 'press secretary' } });
    expect(text(cleared)).toBe(omegat);
  });

  it('a line that had an empty note column keeps it when the note stays empty', () => {
    const document = editGlossary(open('g.tsv', omegat), { type: 'update', id: 1, entry: { source: 'state Department', target: 'State Dept.' } });
    expect(text(document)).toContain('state Department\tState Dept.\t\n');
  });

  it('cells past the note are kept when the entry changes', () => {
    const source = 'kde\tkoo moo\tcomment\textra\tmore\n';
    const document = editGlossary(open('g.tab', source), { type: 'update', id: 0, entry: { source: 'kde', target: 'KDE', note: 'c2' } });
    expect(text(document)).toBe('kde\tKDE\tc2\textra\tmore\n');
  });

  it('a new entry goes after the last entry (trailing comments stay last), in the file’s line ending', () => {
    const crlf = omegat.replace(/\n/g, '\r\n');
    const document = editGlossary(open('g.tsv', crlf), { type: 'add', entry: { source: 'Kiev', target: 'Kyiv' } });
    // Two of the three entry lines carry a note column, so the new line has one too.
    expect(text(document)).toBe(crlf.replace('# end of list', 'Kiev\tKyiv\t\r\n# end of list'));
    expect(entryAtLine(document, 7)).toMatchObject({ source: 'Kiev', target: 'Kyiv', id: 3 });
    expect(entryById(document, 3)).toBe(entryAtLine(document, 7));
    expect(document.ids).toEqual(document.entries.map((entry) => entry.id));
    expect(document.glossary.entries.map((entry) => entry.source)).toEqual(document.entries.map((entry) => entry.source));
  });

  it('new lines get a note column when most entry lines have one', () => {
    const document = editGlossary(open('g.tsv', 'a\tb\tn1\nc\td\t\ne\tf\n'), { type: 'add', entry: { source: 'x', target: 'y' } });
    expect(text(document)).toBe('a\tb\tn1\nc\td\t\ne\tf\nx\ty\t\n');
  });

  it('after: puts the entry right after the given one', () => {
    const document = editGlossary(open('g.tsv', omegat), { type: 'add', after: 0, entry: { source: 'Lavrov', target: 'Lavrov' } });
    expect(pairs(document).slice(0, 2)).toEqual(['Sands → Peskov (Dmitry Peskov) @4', 'Lavrov → Lavrov @5']);
  });

  it('a file without a final line break still has none after adding or deleting the last line', () => {
    const added = editGlossary(open('g.tsv', 'a\tb\nc\td'), { type: 'add', entry: { source: 'e', target: 'f' } });
    expect(text(added)).toBe('a\tb\nc\td\ne\tf');
    const deleted = editGlossary(open('g.tsv', 'a\tb\nc\td'), { type: 'delete', id: 1 });
    expect(text(deleted)).toBe('a\tb');
  });

  it('delete removes the line and nothing else', () => {
    const document = editGlossary(open('g.tsv', omegat), { type: 'delete', id: 1 });
    expect(text(document)).toBe(omegat.replace('state Department\tState Department\t\n', ''));
    expect(document.entries.map((e) => e.id)).toEqual([0, 2]);
  });

  it('keeps a UTF-8 byte order mark', () => {
    const bytes = concatBytes(UTF8_BOM, utf8('a\tb\n'));
    const document = editGlossary(openGlossaryDocument('g.tsv', bytes), { type: 'add', entry: { source: 'c', target: 'd' } });
    expect([...serialiseGlossary(document)]).toEqual([...concatBytes(UTF8_BOM, utf8('a\tb\nc\td\n'))]);
  });

  it('writes back in the legacy encoding the coding comment declares', () => {
    const source = '# -*- coding: windows-1251 -*-\nПесок\tПесков\n';
    const document = editGlossary(openGlossaryDocument('g.tsv', cp1251(source)), { type: 'add', entry: { source: 'Керри', target: 'Керри (госсекретарь)' } });
    expect(document.encoding).toBe('windows-1251');
    expect([...serialiseGlossary(document)]).toEqual([...cp1251(`${source}Керри\tКерри (госсекретарь)\n`)]);
  });

  it('refuses a character the legacy encoding cannot hold, naming it', () => {
    const document = openGlossaryDocument('g.tsv', cp1251('# -*- coding: windows-1251 -*-\nа\tб\n'));
    const error = editError(() => editGlossary(document, { type: 'add', entry: { source: 'Орбан', target: 'Orbán' } }));
    expect(error.message).toContain('“á”');
    expect(error.message).toContain('windows-1251');
  });

  it('writes UTF-16 files in UTF-16 with their byte order mark', () => {
    const le = (s: string) => {
      const bytes = new Uint8Array(2 + s.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < s.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, s.charCodeAt(i), true);
      return bytes;
    };
    const document = editGlossary(openGlossaryDocument('g.tsv', le('a\tb\r\n')), { type: 'add', entry: { source: 'ж', target: 'z' } });
    expect([...serialiseGlossary(document)]).toEqual([...le('a\tb\r\nж\tz\r\n')]);
  });

  it('refuses values TSV cannot hold', () => {
    const document = open('g.tsv', omegat);
    expect(editError(() => editGlossary(document, { type: 'add', entry: { source: 'a\tb', target: 'c' } })).field).toBe('source');
    expect(editError(() => editGlossary(document, { type: 'add', entry: { source: 'a', target: 'line\nbreak' } })).field).toBe('target');
    expect(editError(() => editGlossary(document, { type: 'add', entry: { source: '#hashtag', target: 'c' } })).message).toContain('comment');
    expect(editError(() => editGlossary(document, { type: 'add', entry: { source: 'a', target: 'b', caseSensitive: true } })).field).toBe('caseSensitive');
    expect(editError(() => editGlossary(document, { type: 'add', entry: { source: '   ', target: 'b' } })).field).toBe('source');
    expect(editError(() => editGlossary(document, { type: 'delete', id: 99 })).message).toContain('99');
    // A lone surrogate has no UTF-8 form: refused rather than written as U+FFFD.
    expect(editError(() => editGlossary(document, { type: 'add', entry: { source: 'half \ud83d pair', target: 'x' } })).message).toContain('U+D83D');
  });

  it('a refused batch changes nothing: the document given stays as it was', () => {
    const document = open('g.tsv', omegat);
    expect(() => editGlossary(document, [{ type: 'delete', id: 0 }, { type: 'add', entry: { source: 'a\tb', target: 'c' } }])).toThrow(GlossaryEditError);
    expect(text(document)).toBe(omegat);
    expect(document.entries).toHaveLength(3);
  });

  it('documents are values: the undo stack is the list of documents', () => {
    const stack = [open('g.tsv', omegat)];
    stack.push(editGlossary(stack.at(-1)!, { type: 'delete', id: 0 }));
    stack.push(editGlossary(stack.at(-1)!, { type: 'add', entry: { source: 'x', target: 'y' } }));
    expect(pairs(stack[2]!)).toEqual(['state Department → State Department @4', 'press-Secretary → press secretary @5', 'x → y @6']);
    stack.pop();
    stack.pop();
    expect(text(stack[0]!)).toBe(omegat);
  });

  it('the sample glossary round-trips and takes an edit', () => {
    const bytes = readFileSync(path.resolve(__dirname, '../../glossaries/ru-en-politics.tsv'));
    const document = openGlossaryDocument('ru-en-politics.tsv', bytes);
    expect([...serialiseGlossary(document)]).toEqual([...bytes]);
    const edited = editGlossary(document, { type: 'update', id: 0, entry: { source: 'Sands', target: 'Dmitry Peskov', note: document.entries[0]!.note } });
    expect(loadGlossary('ru-en-politics.tsv', serialiseGlossary(edited)).entries[0]).toMatchObject({ source: 'Sands', target: 'Dmitry Peskov', line: 4 });
    expect(new TextDecoder().decode(serialiseGlossary(edited)).split('\n').filter((_, k) => k !== 3)).toEqual(
      new TextDecoder().decode(bytes).split('\n').filter((_, k) => k !== 3),
    );
  });
});

describe('CSV', () => {
  const quoting = 'kde,csv kde\nquestion,csv q\n"kde, qu",comma dot\n"""kde"",""q""",cdk\n';

  it('round-trips OmegaT-style quoting (embedded commas, doubled quotes)', () => {
    const document = open('g.csv', quoting);
    expect(text(document)).toBe(quoting);
    expect(document.entries.map((e) => e.source)).toEqual(['kde', 'question', 'kde, qu', '"kde","q"']);
  });

  it('a quoted cell stays quoted; an unquoted one is quoted only when its value needs it', () => {
    let document = editGlossary(open('g.csv', quoting), { type: 'update', id: 2, entry: { source: 'kde, qu', target: 'plain' } });
    expect(text(document)).toContain('"kde, qu",plain\n');
    document = editGlossary(document, { type: 'update', id: 3, entry: { source: 'simple', target: 'has, comma' } });
    expect(text(document)).toContain('"simple","has, comma"\n');
    document = editGlossary(document, { type: 'add', entry: { source: 'say "hi"', target: 'b' } });
    expect(text(document).endsWith('"say ""hi""",b\n')).toBe(true);
  });

  it('a file that quotes every cell gets every new cell quoted', () => {
    const all = '"source","target","note"\r\n"Kiev","Kyiv","city"\r\n';
    const document = editGlossary(open('g.csv', all), { type: 'add', entry: { source: 'Kharkov', target: 'Kharkiv' } });
    expect(text(document)).toBe(`${all}"Kharkov","Kharkiv",""\r\n`);
  });

  it('keeps the header row, blank lines, padding and multi-line quoted values', () => {
    const source = 'en,ru\n\n  Kremlin , Кремль \n"line one\nline two",two lines\n';
    const document = editGlossary(open('g.csv', source), { type: 'update', id: 0, entry: { source: 'Kremlin', target: 'Кремль (Москва)' } });
    expect(text(document)).toBe('en,ru\n\n  Kremlin , Кремль (Москва) \n"line one\nline two",two lines\n');
    expect(document.glossary).toMatchObject({ sourceLanguage: 'en', targetLanguage: 'ru' });
    expect(document.entries[1]).toMatchObject({ source: 'line one\nline two', line: 4 });
  });

  it('deleting the first entry is refused when the next would read as a header row', () => {
    const document = open('g.csv', 'Kiev,Kyiv\nsource,target\n');
    expect(editError(() => editGlossary(document, { type: 'delete', id: 0 })).message).toContain('header row');
  });
});

describe('JSON', () => {
  const pretty = `{
  "$schema": "https://glossa.example/glossary.schema.json",
  "name": "Kremlin desk",
  "sourceLanguage": "ru",
  "targetLanguage": "en",
  "entries": [
    {
      "source": "Sands",
      "target": "Peskov",
      "note": "Песков"
    },
    {
      "source": "Kiev",
      "target": "Kyiv",
      "caseSensitive": true
    }
  ]
}
`;

  it('update replaces only the changed value; a new member goes in canonical order', () => {
    const document = editGlossary(open('g.json', pretty), { type: 'update', id: 1, entry: { source: 'Kiev', target: 'Kyiv', note: 'city', caseSensitive: true } });
    expect(text(document)).toBe(pretty.replace('"target": "Kyiv",\n', '"target": "Kyiv",\n      "note": "city",\n'));
  });

  it('removing a member takes its comma with it', () => {
    const document = editGlossary(open('g.json', pretty), { type: 'update', id: 0, entry: { source: 'Sands', target: 'Peskov' } });
    expect(text(document)).toBe(pretty.replace(',\n      "note": "Песков"', ''));
  });

  it('a new entry copies the layout of its neighbour; root members stay as written', () => {
    const document = editGlossary(open('g.json', pretty), { type: 'add', entry: { source: 'Kharkov', target: 'Kharkiv', forbidden: false } });
    expect(text(document)).toBe(pretty.replace('      "caseSensitive": true\n    }\n', '      "caseSensitive": true\n    },\n    {\n      "source": "Kharkov",\n      "target": "Kharkiv",\n      "forbidden": false\n    }\n'));
  });

  it('one-line entries stay one-line; a compact file stays compact', () => {
    const oneLine = '{"entries": [\n  {"source": "a", "target": "b"},\n  {"source": "c", "target": "d"}\n]}\n';
    expect(text(editGlossary(open('g.json', oneLine), { type: 'add', entry: { source: 'e', target: 'f' } }))).toBe(
      '{"entries": [\n  {"source": "a", "target": "b"},\n  {"source": "c", "target": "d"},\n  {"source": "e", "target": "f"}\n]}\n',
    );
    const compact = '{"entries":[{"source":"a","target":"b"}]}';
    expect(text(editGlossary(open('g.json', compact), { type: 'add', entry: { source: 'c', target: 'd' } }))).toBe(
      '{"entries":[{"source":"a","target":"b"},{"source":"c","target":"d"}]}',
    );
  });

  it('writes non-ASCII as \\u escapes when the file does (Python json.dump)', () => {
    const ascii = '{\n    "entries": [\n        {\n            "source": "\\u041f\\u0435\\u0441\\u043e\\u043a",\n            "target": "Peskov"\n        }\n    ]\n}';
    const document = editGlossary(open('g.json', ascii), { type: 'add', entry: { source: 'Кремль', target: 'Kremlin' } });
    expect(text(document)).toContain('"source": "\\u041a\\u0440\\u0435\\u043c\\u043b\\u044c"');
    expect(document.entries[1]).toMatchObject({ source: 'Кремль', target: 'Kremlin', line: 7 });
  });

  it('deleting every entry leaves an empty array; adding into it indents like the file', () => {
    let document = open('g.json', pretty);
    document = editGlossary(document, [{ type: 'delete', id: 0 }, { type: 'delete', id: 1 }]);
    expect(text(document)).toContain('"entries": []\n}');
    document = editGlossary(document, { type: 'add', entry: { source: 'a', target: 'b' } });
    expect(text(document)).toContain('"entries": [\n    {\n      "source": "a",\n      "target": "b"\n    }\n  ]\n}');
  });

  it('deleting the first entry keeps the spacing before the array’s first element', () => {
    const document = editGlossary(open('g.json', pretty), { type: 'delete', id: 0 });
    expect(text(document)).toContain('"entries": [\n    {\n      "source": "Kiev"');
  });
});

describe('read-only documents', () => {
  it('TBX is read-only, with entries and ids for the manager', () => {
    const tbx = '<?xml version="1.0"?><martif type="TBX"><text><body><termEntry><langSet xml:lang="ru"><tig><term>Песков</term></tig></langSet><langSet xml:lang="en"><tig><term>Peskov</term></tig></langSet></termEntry></body></text></martif>';
    const document = openGlossaryDocument('t.tbx', utf8(tbx), { targetLanguage: 'en' });
    expect(document.readOnly).toContain('TBX');
    // The preferred English term comes back as a keep entry (it protects its text).
    expect(document.entries).toEqual([
      { source: 'Песков', target: 'Peskov', sourceLanguage: 'ru', line: 1, id: 0 },
      { source: 'Peskov', target: 'Peskov', sourceLanguage: 'en', line: 1, id: 1 },
    ]);
    expect(editError(() => editGlossary(document, { type: 'delete', id: 0 })).message).toContain('TBX');
  });

  it('a file whose bytes do not decode cleanly opens read-only, never rewritten', () => {
    // Greek guessed as ISO-8859-7, which has no character for byte 0xD2: decoded as U+FFFD,
    // the file could not be written back as it was.
    const greek = 'Η Ελλάδα είναι μια χώρα στη νοτιοανατολική Ευρώπη\tGreece\nΑθήνα είναι η πρωτεύουσα της χώρας και η μεγαλύτερη πόλη\tAthens\n';
    const bytes = Uint8Array.from([...encoderFor('iso-8859-7')!(greek), 0x41, 0xd2, 0x09, 0x42, 0x0a]);
    expect(sniffEncoding(bytes).encoding).toBe('iso-8859-7');
    const document = openGlossaryDocument('g.tsv', bytes);
    expect(document.readOnly).toContain('not valid iso-8859-7');
    expect(document.entries.map((e) => e.target)).toEqual(['Greece', 'Athens', 'B']);
    expect(serialiseGlossary(document)).toBe(bytes);
    expect(() => editGlossary(document, { type: 'delete', id: 0 })).toThrow(GlossaryEditError);
  });

  it('a multi-byte legacy encoding (Shift_JIS) opens read-only: Glossa has no encoder for it', () => {
    const bytes = Uint8Array.from([...utf8('# -*- coding: shift_jis -*-\n'), 0x93, 0xfa, 0x96, 0x7b, 0x09, ...utf8('Japan\n')]);
    const document = openGlossaryDocument('g.tsv', bytes);
    expect(document.entries[0]).toMatchObject({ source: '日本', target: 'Japan' });
    expect(document.readOnly).toContain('shift_jis');
  });

  it('invalid files fail to open exactly as they fail to load', () => {
    expect(() => open('g.tsv', 'no tab here\n')).toThrow(/g\.tsv:1: expected "source<TAB>target"/);
  });
});
