// The article work's contract (shared/work.ts) against its documented JSON Schema
// (schemas/glossa.schema.json): every key the schema names is required or optional in the
// validator exactly as in the schema, and both refuse what the other refuses; `.glossa`
// files round-trip; and the pure helpers both processes rely on (content hash, base64,
// the bounded index) are checked against Node's own implementations.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../shared/base64';
import { hashBytes, hashText } from '../../shared/hash';
import {
  articleWork, KEPT_ARTICLE_WORKS, parseWorkFile, recordWork, serializeWorkFile, workFileName, WorkFileError, workKey,
  type ArticleWork, type WorkIndexEntry,
} from '../../shared/work';
import { validate } from '../export/json-schema';
import { workOf } from './work-fixtures';

const schema = JSON.parse(readFileSync(new URL('../../schemas/glossa.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
type Schema = Record<string, unknown>;

function resolve(node: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  let target: unknown = schema;
  for (const part of ref.slice(2).split('/')) target = (target as Schema)[part];
  return resolve(target as Schema);
}

const validatorAccepts = (value: unknown) => {
  try {
    articleWork(value, 'work');
    return true;
  } catch {
    return false;
  }
};
const schemaAccepts = (value: unknown) => validate(schema, value).length === 0;

/** Every object in `value` with the schema node that describes it, and its path. */
function objectsWithSchemas(value: unknown, node: Schema, path: (string | number)[] = []): { path: (string | number)[]; node: Schema }[] {
  const resolved = resolve(node);
  const found: { path: (string | number)[]; node: Schema }[] = [];
  if (Array.isArray(value) && resolved.items) {
    value.forEach((item, index) => found.push(...objectsWithSchemas(item, resolved.items as Schema, [...path, index])));
  } else if (value && typeof value === 'object' && resolved.properties) {
    found.push({ path, node: resolved });
    for (const [key, child] of Object.entries(value)) {
      const property = (resolved.properties as Record<string, Schema>)[key];
      if (property) found.push(...objectsWithSchemas(child, property, [...path, key]));
    }
  }
  return found;
}

function without(value: unknown, path: (string | number)[], key: string): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const part of path) node = node[part as string] as Record<string, unknown>;
  delete node[key];
  return copy;
}

function withExtra(value: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const part of path) node = node[part as string] as Record<string, unknown>;
  node.unexpected = 1;
  return copy;
}

describe('the .glossa schema and the work validator agree', () => {
  const full = workOf({ full: true, path: '/docs/a.mt.txt', glossaries: [{ file: '/g/n.tsv', bytes: new Uint8Array([65, 9, 66, 10]), embed: true }] });
  const minimal = workOf();

  it('both accept a work with every field, and one with only the required ones', () => {
    for (const work of [full, minimal]) {
      expect(validate(schema, JSON.parse(JSON.stringify(work)))).toEqual([]);
      expect(validatorAccepts(work)).toBe(true);
    }
  });

  it('every key of every object is required by both, or optional in both; unknown keys are refused by both', () => {
    const objects = objectsWithSchemas(full, schema);
    expect(objects.length).toBeGreaterThan(10);
    let keys = 0;
    for (const { path, node } of objects) {
      for (const key of Object.keys(node.properties as object)) {
        const value = path.reduce<unknown>((at, part) => (at as Record<string, unknown>)[part as string], full);
        if (!(key in (value as object))) continue;
        keys++;
        const reduced = without(full, path, key);
        expect(validatorAccepts(reduced), `${[...path, key].join('.')}`).toBe(schemaAccepts(reduced));
      }
      const extended = withExtra(full, path);
      expect(schemaAccepts(extended), `${path.join('.')}.unexpected`).toBe(false);
      expect(validatorAccepts(extended), `${path.join('.')}.unexpected`).toBe(false);
    }
    expect(keys).toBeGreaterThan(40);
  });

  it('both refuse wrong types and values where the schema constrains them', () => {
    const bad: [string, (string | number)[], unknown][] = [
      ['version', ['version'], 2],
      ['format', ['format'], 'glossa-session'],
      ['lineEnding', ['article', 'lineEnding'], '\n\n'],
      ['hash', ['article', 'mtHash'], 'XYZ'],
      ['negative offset', ['applied', 0, 'start'], -1],
      ['line 0', ['applied', 0, 'line'], 0],
      ['editing time', ['editingMs'], -5],
      ['cursor', ['view', 'cursor', 'lineNumber'], 0],
      ['user flag', ['glossaries', 0, 'user'], false],
      ['base64', ['glossaries', 0, 'base64'], 'not base64!'],
      ['empty name', ['article', 'name'], ''],
    ];
    for (const [what, at, value] of bad) {
      const work = structuredClone(full) as unknown as Record<string | number, unknown>;
      const parent = at.slice(0, -1).reduce<Record<string | number, unknown>>((node, part) => node[part] as Record<string | number, unknown>, work);
      parent[at.at(-1)!] = value;
      expect(schemaAccepts(work), what).toBe(false);
      expect(validatorAccepts(work), what).toBe(false);
    }
  });

  it('the validator also checks what the schema cannot say: offsets within the post-edit', () => {
    const work = structuredClone(full);
    work.applied[0]!.end = work.postEdit.length + 1;
    expect(validatorAccepts(work)).toBe(false);
    work.applied[0]!.end = work.applied[0]!.start - 1;
    expect(validatorAccepts(work)).toBe(false);
  });
});

describe('.glossa files', () => {
  it('round-trip exactly, every field included', () => {
    const work = workOf({ full: true, glossaries: [{ file: 'n.tsv', bytes: new TextEncoder().encode('Sands\tPeskov\n'), embed: true }] });
    expect(parseWorkFile(serializeWorkFile(work))).toEqual(work);
  });

  it('recompute the MT hash, so a hand-edited MT is found under its own key', () => {
    const work = workOf();
    const edited = { ...work, mt: 'A different MT.\n' };
    expect(parseWorkFile(serializeWorkFile(edited)).article.mtHash).toBe(hashText('A different MT.\n'));
  });

  it('say what is wrong with a file that is not one', () => {
    expect(() => parseWorkFile('{"format": "glossa-export", "version": 1}')).toThrow(/not a Glossa work file/);
    expect(() => parseWorkFile('{"format": "glossa-work", "version": 7}')).toThrow(/newer Glossa/);
    expect(() => parseWorkFile('{"format": "glossa-work"')).toThrow(WorkFileError);
    expect(() => parseWorkFile(JSON.stringify({ ...workOf(), postEdit: 5 }))).toThrow(/work\.postEdit must be a string/);
  });

  it('are named after their article', () => {
    expect(workFileName('kremlin-kerry.mt.txt')).toBe('kremlin-kerry.mt.glossa');
    expect(workFileName('story')).toBe('story.glossa');
  });
});

describe('the pure helpers under the contract', () => {
  it('hashText is hashBytes of the UTF-8 bytes, lone surrogates and all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(hashText(text)).toBe(hashBytes(new TextEncoder().encode(text)));
      }),
      { numRuns: 300 },
    );
    expect(hashText('\ud800x')).toBe(hashBytes(new TextEncoder().encode('\ud800x')));
    expect(hashBytes(new Uint8Array([0]))).not.toBe(hashBytes(new Uint8Array([0, 0])));
  });

  it('base64 agrees with Node’s in both directions', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
    );
    expect(() => base64ToBytes('ab!=')).toThrow(RangeError);
  });

  it('the index keeps the most recent articles and names the glossary copies nobody needs', () => {
    const g = (name: string) => hashText(name);
    let index: WorkIndexEntry[] = [];
    const works: ArticleWork[] = [];
    for (let i = 0; i < 5; i++) {
      const work = workOf({ name: `a${i}.txt`, savedAt: i });
      work.glossaries = [{ name: 'x', file: `g${i % 2}.tsv`, enabled: true, hash: g(`g${i % 2}`) }, { name: 'mine', file: 'mine.tsv', enabled: true, user: true, hash: g('user') }];
      works.push(work);
      const result = recordWork(index, work, 3);
      index = result.index;
      if (i < 3) expect(result.dropped).toEqual([]);
      else expect(result.dropped.map((e) => e.name)).toEqual([`a${i - 3}.txt`]);
      // The user's glossary is never a copy; g0/g1 stay needed by the kept works.
      expect(result.orphans).toEqual([]);
    }
    expect(index.map((e) => e.name)).toEqual(['a4.txt', 'a3.txt', 'a2.txt']);
    // Saving a kept article again moves it to the front without dropping anything.
    const again = recordWork(index, works[2]!, 3);
    expect(again.index.map((e) => e.name)).toEqual(['a2.txt', 'a4.txt', 'a3.txt']);
    // An article that stops using a glossary frees its copy when nobody else needs it.
    const changed = { ...works[2]!, glossaries: [] };
    const lone = recordWork([again.index[0]!], changed, 3);
    expect(lone.orphans).toEqual([g('g0')]);
    expect(KEPT_ARTICLE_WORKS).toBe(200);
    expect(workKey({ name: 'a.txt', path: '/d/a.txt', mtHash: 'h' })).not.toBe(workKey({ name: 'a.txt', mtHash: 'h' }));
  });
});
