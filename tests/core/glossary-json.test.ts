import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors';
import { locateJson } from '../../core/glossary/json-locate';
import { LANGUAGE_TAG_PATTERN } from '../../core/glossary/language';
import { JSON_ENTRY_KEYS, JSON_ROOT_KEYS, jsonErrorLocation, parseJson } from '../../core/glossary/parse-json';
import { UTF8_BOM, concatBytes, inputErrorOf, utf8 } from './glossary-helpers';

const parse = (text: string) => parseJson('g.json', utf8(text));
const message = (text: string) => inputErrorOf(() => parse(text)).message;

const SAMPLE = `{
  "name": "Kremlin desk",
  "sourceLanguage": "en",
  "targetLanguage": "en",
  "entries": [
    {"source": "Sands", "target": "Peskov", "note": "surname"},
    {
      "source": " us ",
      "target": "US",
      "caseSensitive": true
    },
    { "source": "Islamic state", "forbidden": true, "target": "" }
  ]
}
`;

describe('JSON glossary', () => {
  it('reads name, languages and entries; each entry is numbered by the line of its {', () => {
    expect(parse(SAMPLE)).toEqual({
      name: 'Kremlin desk',
      sourceLanguage: 'en',
      targetLanguage: 'en',
      entries: [
        { source: 'Sands', target: 'Peskov', note: 'surname', line: 6 },
        { source: 'us', target: 'US', caseSensitive: true, line: 7 },
        { source: 'Islamic state', forbidden: true, line: 12 },
      ],
    });
  });

  it('accepts a BOM, a $schema link and no name', () => {
    const bytes = concatBytes(UTF8_BOM, utf8('{"$schema": "../schemas/glossary.schema.json", "entries": [{"source": "a"}]}'));
    expect(parseJson('g.json', bytes)).toEqual({ entries: [{ source: 'a', line: 1 }] });
  });

  describe('entry and shape errors point at the offending spot', () => {
    it('an entry without "source": the line and column of its {', () => {
      const error = inputErrorOf(() => parse('{"entries": [\n  {"source": "a", "target": "b"},\n  {"target": "c"}\n]}'));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe('g.json:3:3: entry 2 has no "source"');
    });

    it('a "source" that is not a non-empty string: its entry', () => {
      expect(message('{"entries": [\n  {"source": 5}\n]}')).toBe('g.json:2:3: entry 1: "source" must be a non-empty string');
      expect(message('{"entries": [\n  {"source": "  "}\n]}')).toBe('g.json:2:3: entry 1: "source" must be a non-empty string');
    });

    it('a field of the wrong type: its value', () => {
      expect(message('{"entries": [{"source": "a",\n "target": 7}]}')).toBe('g.json:2:12: entry 1: "target" must be a string');
      expect(message('{"entries": [{"source": "a", "forbidden": "yes"}]}')).toBe('g.json:1:43: entry 1: "forbidden" must be true or false');
    });

    it('an unknown property: its name', () => {
      expect(message('{"entries": [{"source": "a", "traget": "b"}]}')).toBe(
        'g.json:1:30: unknown property "traget"; expected "source", "target", "note", "caseSensitive", "forbidden"',
      );
      expect(message('{"entries": [], "a/b~c": 1}')).toMatch(/^g\.json:1:17: unknown property "a\/b~c"/);
    });

    it('an entry that is not an object', () => {
      expect(message('{"entries": ["a"]}')).toBe('g.json:1:14: entry 1 must be an object such as {"source": "…", "target": "…"}');
    });

    it('the root, "entries" and languages', () => {
      expect(message('[]')).toBe('g.json:1:1: a JSON glossary must be an object with an "entries" array');
      expect(message('{"name": "x"}')).toBe('g.json:1:1: missing "entries": the list of glossary entries');
      expect(message('{\n  "entries": {}\n}')).toBe('g.json:2:14: "entries" must be an array');
      expect(message('{"targetLanguage": "English", "entries": []}')).toBe('g.json:1:20: "targetLanguage" must be a language code such as "en" or "pt-BR"');
      expect(message('{"name": " ", "entries": []}')).toBe('g.json:1:10: "name" must be a non-empty string');
    });

    it('follows JSON.parse when a key repeats (the last one wins)', () => {
      expect(message('{"entries": [{"source": "x"}],\n"entries": [\n{"target": "y"}]}')).toBe('g.json:3:1: entry 1 has no "source"');
    });
  });

  describe('syntax errors carry line and column', () => {
    it('from V8\'s "at position N"', () => {
      expect(message('{\n  "name": "x"\n  "entries": []\n}')).toBe("g.json:3:3: invalid JSON: Expected ',' or '}' after property value");
    });

    it('from our scanner when V8 gives no position', () => {
      expect(message('{\n  "entries": [\n    {"source": "a"},\n  ]\n}')).toBe("g.json:4:3: invalid JSON: Unexpected token ']'");
      expect(message('{"entries": [')).toBe('g.json:1:14: invalid JSON: Unexpected end of JSON input');
    });

    it('from "(line L column C)" as newer V8 writes it', () => {
      const text = '{\n\n  x';
      expect(jsonErrorLocation("Unexpected token 'x', \"...\" is not valid JSON (line 3 column 3)", text)).toEqual({ line: 3, column: 3 });
      expect(jsonErrorLocation('Unexpected token in JSON at position 5', text)).toEqual({ line: 3, column: 3 });
      expect(jsonErrorLocation('Unexpected token', text)).toEqual({ line: 3, column: 3 });
    });
  });
});

describe('locateJson', () => {
  it('finds values and member names by JSON Pointer, escaping / and ~', () => {
    const text = '{"entries": [ {"source": "a"}, 7 ], "a/b~": null}';
    const { values, keys } = locateJson(text);
    expect(values.get('')).toBe(0);
    expect(values.get('/entries')).toBe(12);
    expect(values.get('/entries/0')).toBe(14);
    expect(values.get('/entries/0/source')).toBe(25);
    expect(values.get('/entries/1')).toBe(31);
    expect(keys.get('/a~1b~0')).toBe(36);
  });

  it.each(['{"a": 01}', '{"a": "\\x"}', '{"a" 1}', '[1,]', '{"a": tru}', '"a\tb"', '{} {}'])('rejects %j as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(() => locateJson(text)).toThrow();
  });

  it.each(['{"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]}', ' [ ] ', '"x"', '{"":{}}'])('accepts %j', (text) => {
    expect(() => locateJson(text)).not.toThrow();
  });
});

// ---- The JSON Schema and the parser must describe the same files. ----

type Schema = Record<string, unknown>;
const schemaFile = path.resolve(__dirname, '../../schemas/glossary.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Schema;

/** The subset of JSON Schema 2020-12 the glossary schema uses; anything else fails loudly. */
function conforms(value: unknown, node: Schema, root: Schema = node): boolean {
  const known = ['$schema', 'title', 'description', '$defs', '$ref', 'type', 'required', 'properties', 'additionalProperties', 'items', 'pattern'];
  for (const key of Object.keys(node)) if (!known.includes(key)) throw new Error(`test validator lacks keyword ${key}`);
  if (typeof node.$ref === 'string') {
    const target = node.$ref.replace(/^#\//, '').split('/').reduce<unknown>((at, part) => (at as Schema)[part], root);
    if (!conforms(value, target as Schema, root)) return false;
  }
  const type = node.type;
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (type === 'object' && !isObject) return false;
  if (type === 'array' && !Array.isArray(value)) return false;
  if (type === 'string' && typeof value !== 'string') return false;
  if (type === 'boolean' && typeof value !== 'boolean') return false;
  if (typeof node.pattern === 'string' && typeof value === 'string' && !new RegExp(node.pattern, 'u').test(value)) return false;
  if (Array.isArray(value) && node.items) return value.every((item) => conforms(item, node.items as Schema, root));
  if (isObject) {
    const object = value as Record<string, unknown>;
    const properties = (node.properties ?? {}) as Record<string, Schema>;
    if (((node.required ?? []) as string[]).some((key) => !(key in object))) return false;
    for (const [key, child] of Object.entries(object)) {
      if (!(key in properties)) {
        if (node.additionalProperties === false) return false;
        continue;
      }
      if (!conforms(child, properties[key] as Schema, root)) return false;
    }
  }
  return true;
}

function parserAccepts(document: unknown): boolean {
  try {
    parseJson('p.json', utf8(JSON.stringify(document, null, 2)));
    return true;
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
}

describe('schemas/glossary.schema.json', () => {
  const defs = schema.$defs as Record<string, Schema>;
  const entrySchema = defs.entry as Schema;

  it('is a draft 2020-12 schema whose keys are exactly what the parser accepts', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties as Schema).sort()).toEqual([...JSON_ROOT_KEYS].sort());
    expect(Object.keys(entrySchema.properties as Schema).sort()).toEqual([...JSON_ENTRY_KEYS].sort());
    expect(schema.required).toEqual(['entries']);
    expect(entrySchema.required).toEqual(['source']);
    expect(schema.additionalProperties).toBe(false);
    expect(entrySchema.additionalProperties).toBe(false);
    expect((defs.language as Schema).pattern).toBe(LANGUAGE_TAG_PATTERN);
  });

  it('accepts the sample glossaries, which the parser loads', () => {
    const samples = [JSON.parse(SAMPLE), { entries: [] }, { $schema: 'x', entries: [{ source: 'a', note: '' }] }];
    for (const sample of samples) {
      expect(conforms(sample, schema)).toBe(true);
      expect(parserAccepts(sample)).toBe(true);
    }
  });

  it('rejects what the parser rejects, and only that (property)', () => {
    const junk = fc.oneof(
      fc.constantFrom('', '  ', 'English', 'x', 'en_US'),
      fc.integer(),
      fc.constant(null),
      fc.constant([]),
      fc.constant({}),
    );
    // Mostly valid values, so that both verdicts come up often.
    const mostly = (valid: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: junk });
    const language = fc.constantFrom('en', 'pt-BR', 'zh-Hant-TW', 'rus');
    const extra = fc.oneof({ weight: 8, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.constant({ extra: 1 }) });
    const withExtra = (object: fc.Arbitrary<Record<string, unknown>>) => fc.tuple(object, extra).map(([o, e]) => ({ ...o, ...e }));
    // Records whose `key` is usually present: an absent required key is one reason among many.
    const usuallyWith = <T,>(fields: { [K in keyof T]: fc.Arbitrary<T[K]> }, key: keyof T & string) =>
      fc.oneof(
        { weight: 6, arbitrary: fc.record(fields, { requiredKeys: [key] }) },
        { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
      ) as fc.Arbitrary<Record<string, unknown>>;
    const entry = withExtra(
      usuallyWith(
        {
          source: mostly(fc.constantFrom(' Sands ', 'us')),
          target: mostly(fc.constantFrom('', 'Peskov', ' US ')),
          note: mostly(fc.string({ maxLength: 5 })),
          caseSensitive: mostly(fc.boolean()),
          forbidden: mostly(fc.boolean()),
        },
        'source',
      ),
    );
    const entries = fc.array(fc.oneof({ weight: 8, arbitrary: entry }, { weight: 1, arbitrary: junk }), { maxLength: 3 });
    const document = fc.oneof(
      {
        weight: 8,
        arbitrary: withExtra(
          usuallyWith(
            {
              $schema: mostly(fc.constant('../schemas/glossary.schema.json')),
              name: mostly(fc.constantFrom('Desk', ' Kremlin ')),
              sourceLanguage: mostly(language),
              targetLanguage: mostly(language),
              entries: fc.oneof({ weight: 12, arbitrary: entries }, { weight: 1, arbitrary: junk }),
            },
            'entries',
          ),
        ),
      },
      { weight: 1, arbitrary: junk },
    );
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(document, (doc) => {
        const accepted = parserAccepts(doc);
        expect(accepted).toBe(conforms(doc, schema));
        outcomes[accepted ? 'accepted' : 'rejected']++;
      }),
      { numRuns: 500 },
    );
    // Both sides must have been exercised for the agreement to mean anything.
    expect(outcomes.accepted).toBeGreaterThan(25);
    expect(outcomes.rejected).toBeGreaterThan(25);
  });
});
