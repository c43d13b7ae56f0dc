// Any bytes given as a glossary of any format load or fail with an InputError that
// names the file and a line: never another exception, never a hang. Below, generated deep
// and entity-heavy files reach each parser limit on purpose.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors';
import { MAX_JSON_NESTING } from '../../core/glossary/json-locate';
import { loadGlossary } from '../../core/glossary/load-glossary';
import { MAX_ENTITY_CHARS, MAX_EXPANDED_CHARS, MAX_XML_DEPTH } from '../../core/glossary/xml-tree';

const FILES = ['fuzz.tsv', 'fuzz.csv', 'fuzz.json', 'fuzz.tbx'];

function expectResultOrInputError(file: string, bytes: Uint8Array): void {
  try {
    const glossary = loadGlossary(file, bytes, { targetLanguage: 'en' });
    for (const entry of glossary.entries) {
      expect(typeof entry.source).toBe('string');
      expect(entry.line).toBeGreaterThanOrEqual(1);
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message.startsWith(`${file}:`)).toBe(true);
    expect(error.line).toBeGreaterThanOrEqual(1);
  }
}

// Fragments of each format, so the fuzzer gets past the first byte of the grammar.
const FRAGMENTS = [
  '\t', '\n', '\r\n', '#', '# -*- coding: koi8-r -*-', '"', '""', ',', 'source,target', 'en,ru', 'Sands', 'Песков',
  '{', '}', '[', ']', ':', '"entries"', '"source"', '"target"', 'true', 'null', '1e5',
  '<?xml version="1.0" encoding="windows-1251"?>', '<martif type="TBX">', '</martif>', '<tbx>', '<text><body>',
  '<termEntry>', '</termEntry>', '<langSet xml:lang="en">', '<langSet xml:lang="ru">', '</langSet>', '<tig>', '</tig>',
  '<term>', '</term>', '<conceptEntry>', '<langSec xml:lang="en">', '<termSec>',
  '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>', '&amp;', '&#233;', '&bogus;', '<!--', ']]>',
];
const structuredText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => new TextEncoder().encode(parts.join('')));

describe('glossary parsers under fuzzing', () => {
  for (const file of FILES) {
    it(`${file}: random bytes`, () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectResultOrInputError(file, bytes)), { numRuns: 400 });
    });
    it(`${file}: structured fragments`, () => {
      fc.assert(fc.property(structuredText, (bytes) => expectResultOrInputError(file, bytes)), { numRuns: 400 });
    });
  }
});

// ---- The parsers' limits, reached on purpose --------------------------------------------
// Random small inputs never get near a nesting or an entity limit: these generators build
// deep and entity-heavy files and require the one InputError each limit gives, naming the
// file and the line where the limit was crossed.

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function errorOf(file: string, text: string): InputError {
  try {
    loadGlossary(file, encode(text), { targetLanguage: 'en' });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`${file} loaded; expected an InputError`);
}

/** Blank lines before the content, so the line an error names is not always the same. */
const padding = fc.integer({ min: 0, max: 30 }).map((lines) => '\n'.repeat(lines));

const TBX_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const concept = (body: string) =>
  `<martif type="TBX"><text><body><termEntry><langSet xml:lang="ru"><tig><term>${body}</term></tig></langSet>` +
  '<langSet xml:lang="en"><tig><term>Peskov</term></tig></langSet></termEntry></body></text></martif>';

describe('the JSON nesting limit (512 levels)', () => {
  it('deep values inside an entry: under the limit they load, over it one InputError at the line the limit is crossed', () => {
    fc.assert(
      fc.property(padding, fc.integer({ min: 1, max: 3000 }), fc.constantFrom('[', '{"a":'), (pad, depth, opener) => {
        const closer = opener === '[' ? ']' : '}';
        // Each level on its own line, so the crossing has a line of its own.
        const deep = `${`${opener}\n`.repeat(depth)}1${closer.repeat(depth)}`;
        const text = `${pad}{"entries": [{"source": "Sands", "target": "Peskov", "note": ${deep}}]}`;
        const levelsBefore = 3; // root object, entries array, the entry
        if (depth + levelsBefore <= MAX_JSON_NESTING) {
          // Deep but allowed: the value is refused for what it is (a note must be a string).
          expect(errorOf('deep.json', text).message).toMatch(/^deep\.json:\d+:\d+: entry 1: "note" must be a string$/);
          return;
        }
        const error = errorOf('deep.json', text);
        expect(error.message).toMatch(/^deep\.json:\d+:\d+: invalid JSON: JSON nested too deeply \(at most 512 levels\)$/);
        // The opener at level 513 is on line pad + (513 - levelsBefore) - 1 + 1.
        expect(error.line).toBe(pad.length + MAX_JSON_NESTING - levelsBefore + 1);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the XML nesting limit (256 elements)', () => {
  it('deep markup inside a term: over the limit one InputError at the element that crosses it', () => {
    fc.assert(
      fc.property(padding, fc.integer({ min: 1, max: 2000 }), (pad, depth) => {
        const deep = `${'<hi>\n'.repeat(depth)}Sands${'</hi>'.repeat(depth)}`;
        const text = `${TBX_HEAD}${pad}\n${concept(deep)}`;
        const levelsBefore = 8; // martif text body termEntry langSet tig term, then hi…
        if (depth + levelsBefore - 1 < MAX_XML_DEPTH) {
          // The Russian term leads to the English one, which comes back as its keep entry.
          expect(loadGlossary('deep.tbx', encode(text), { targetLanguage: 'en' }).entries).toEqual([
            { source: 'Sands', target: 'Peskov', sourceLanguage: 'ru', line: pad.length + 2 },
            { source: 'Peskov', target: 'Peskov', sourceLanguage: 'en', line: pad.length + 2 + depth },
          ]);
          return;
        }
        const error = errorOf('deep.tbx', text);
        expect(error.message).toMatch(/^deep\.tbx:\d+:\d+: XML nested deeper than 256 elements, which Glossa does not read$/);
        expect(error.line).toBe(pad.length + 2 + (MAX_XML_DEPTH - levelsBefore + 1));
      }),
      { numRuns: 40 },
    );
  });
});

describe('the XML entity limits', () => {
  /** A DOCTYPE starting at line pad + 2, one declaration per line. */
  const withEntities = (pad: string, declarations: string[], body: string) =>
    `${TBX_HEAD}${pad}\n<!DOCTYPE martif [\n${declarations.join('\n')}\n]>\n${concept(body)}`;
  const declarationLine = (pad: string, index: number) => pad.length + 3 + index;

  it('billion laughs (each entity ten of the previous): refused at the declaration that grows past 64 K', () => {
    fc.assert(
      fc.property(padding, fc.integer({ min: 5, max: 12 }), fc.integer({ min: 2, max: 16 }), (pad, levels, fanOut) => {
        const declarations = ['<!ENTITY e0 "lol">'];
        for (let k = 1; k <= levels; k++) declarations.push(`<!ENTITY e${k} "${`&e${k - 1};`.repeat(fanOut)}">`);
        const size = (k: number) => 3 * fanOut ** k;
        const text = withEntities(pad, declarations, `&e${levels};`);
        if (size(levels) <= MAX_ENTITY_CHARS) {
          expect(loadGlossary('laughs.tbx', encode(text), { targetLanguage: 'en' }).entries[0]!.source).toHaveLength(size(levels));
          return;
        }
        const error = errorOf('laughs.tbx', text);
        const first = [...Array(levels + 1).keys()].find((k) => size(k) > MAX_ENTITY_CHARS)!;
        expect(error.message).toMatch(new RegExp(`^laughs\\.tbx:\\d+:\\d+: the entity &e${first}; expands to more than 65,536 characters, which Glossa refuses$`));
        expect(error.line).toBe(declarationLine(pad, first));
      }),
      { numRuns: 40 },
    );
  });

  it('one large entity referenced many times: refused where the total passes 4 M characters', () => {
    fc.assert(
      fc.property(padding, fc.integer({ min: 10_000, max: 60_000 }), fc.integer({ min: 1, max: 600 }), (pad, size, references) => {
        // One reference per line: the error names the line of the reference that crossed.
        const text = withEntities(pad, [`<!ENTITY big "${'x'.repeat(size)}">`], `${'&big;\n'.repeat(references)}`);
        if (size * references <= MAX_EXPANDED_CHARS) {
          // All the references in one term (its last line break trimmed), and the keep entry.
          const entries = loadGlossary('big.tbx', encode(text), { targetLanguage: 'en' }).entries;
          expect(entries.map((entry) => [entry.source.length, entry.target])).toEqual([[size * references + references - 1, 'Peskov'], [6, 'Peskov']]);
          return;
        }
        const error = errorOf('big.tbx', text);
        expect(error.message).toMatch(/^big\.tbx:\d+:\d+: entity references expand to more than 4,194,304 characters, which Glossa refuses$/);
        const crossing = Math.floor(MAX_EXPANDED_CHARS / size); // 0-based index of the reference that crosses
        // References start on the line after the DOCTYPE's `]>`, one per line.
        expect(error.line).toBe(pad.length + 5 + crossing);
      }),
      { numRuns: 30 },
    );
  });

  it.each([
    ['a cycle', ['<!ENTITY a "&b;">', '<!ENTITY b "x&a;">'], '&a;', /the entity &a; refers to itself/],
    ['an external entity', ['<!ENTITY ext SYSTEM "file:///etc/passwd">'], '&ext;', /the entity &ext; names another file, which Glossa never opens/],
    ['markup in an entity', ['<!ENTITY m "&#60;b>x&#60;/b>">'], '&m;', /the entity &m; holds markup/],
    ['a predefined entity redefined', ['<!ENTITY lt "Sands">'], 'Peskov', /the DOCTYPE redefines the predefined entity &lt; which Glossa refuses/],
    ['amp redefined', ['<!ENTITY amp "and">'], 'Peskov', /redefines the predefined entity &amp;/],
  ])('refuses %s, naming the line of its declaration', (_name, declarations, body, message) => {
    const error = errorOf('bad.tbx', withEntities('\n\n', declarations, body));
    expect(error.message).toMatch(message);
    expect(error.message.startsWith('bad.tbx:')).toBe(true);
    expect(error.line).toBeGreaterThanOrEqual(declarationLine('\n\n', 0));
    expect(error.line).toBeLessThanOrEqual(declarationLine('\n\n', declarations.length - 1));
  });

  it('accepts the declarations XML allows for predefined entities, and internal entities within the limits', () => {
    const text = withEntities('', ['<!ENTITY lt "&#38;#60;">', '<!ENTITY gt ">">', '<!ENTITY who "Pes&k;">', '<!ENTITY k "kov">'], '&who; &lt;&gt;');
    expect(loadGlossary('ok.tbx', encode(text), { targetLanguage: 'en' }).entries[0]!.source).toBe('Peskov <>');
  });
});
