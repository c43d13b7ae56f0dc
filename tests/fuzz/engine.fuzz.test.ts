// Property-based tests of the engine and the article decoder: any input gives a
// result or a clear error, never a crash, and the reported changes are the whole truth.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, applyGlossaries, compileGlossaries, findTermHits } from '../../core/engine';
import { InputError } from '../../core/errors';
import { decodeText } from '../../core/text/decode';
import type { Glossary } from '../../core/types';

// Texts built from a small alphabet hit far more matches than random Unicode would,
// while the extra characters cover case, Cyrillic, astral letters, marks and breaks.
const PIECES = ['a', 'b', 'A', 'B', 'ab', 'Ab', 'ß', 'İ', 'п', 'П', '\u0301', '😀', '𝐀', ' ', '  ', '\t', '\n', '\r\n', '\n\n', '.', "'", '-', '1'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const sourceArb = fc.array(fc.constantFrom(...PIECES.filter((p) => p !== '\n\n')), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
const entryArb = fc.record(
  {
    source: sourceArb,
    target: fc.option(textArb, { nil: undefined }),
    caseSensitive: fc.option(fc.boolean(), { nil: undefined }),
    forbidden: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: ['source'] },
);
const glossariesArb = fc
  .array(fc.array(entryArb, { maxLength: 8 }), { maxLength: 3 })
  .map((lists) =>
    lists.map(
      (entries, index): Glossary => ({
        name: `g${index}`,
        file: `g${index}.tsv`,
        format: 'tsv',
        entries: entries.map((entry, line) => {
          const clean = Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
          return { ...(clean as typeof entry), line: line + 1 };
        }),
      }),
    ),
  );

describe('engine properties', () => {
  it('an empty glossary changes nothing', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(applyGlossaries(compileGlossaries([]), text)).toEqual({ text, changes: [] });
        const empty: Glossary = { name: 'e', file: 'e.tsv', format: 'tsv', entries: [] };
        expect(applyGlossaries(compileGlossaries([empty]), text)).toEqual({ text, changes: [] });
      }),
    );
  });

  it('the output is the input with exactly the reported changes spliced in, none overlapping', () => {
    fc.assert(
      fc.property(textArb, glossariesArb, (text, glossaries) => {
        const { text: output, changes } = applyGlossaries(compileGlossaries(glossaries), text);
        let previousEnd = 0;
        for (const change of changes) {
          expect(change.start).toBeGreaterThanOrEqual(previousEnd);
          expect(change.end).toBeGreaterThan(change.start);
          expect(text.slice(change.start, change.end)).toBe(change.from);
          expect(change.to).not.toBe(change.from);
          previousEnd = change.end;
        }
        expect(applyChanges(text, changes)).toBe(output);
      }),
      { numRuns: 500 },
    );
  });

  it('never applies forbidden or target-less entries, and term hits never overlap', () => {
    fc.assert(
      fc.property(textArb, glossariesArb, (text, glossaries) => {
        const compiled = compileGlossaries(glossaries);
        for (const change of applyGlossaries(compiled, text).changes) {
          const entry = glossaries.flatMap((g) => g.entries).find((e) => e.source === change.source && !e.forbidden && e.target !== undefined);
          expect(entry).toBeDefined();
        }
        let previousEnd = 0;
        for (const hit of findTermHits(compiled, text)) {
          expect(hit.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = hit.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a match never crosses a blank line', () => {
    fc.assert(
      fc.property(textArb, glossariesArb, (text, glossaries) => {
        for (const change of applyGlossaries(compileGlossaries(glossaries), text).changes) {
          expect(change.from).not.toMatch(/\n[^\S\n]*\n|\r\n[^\S\n]*\r\n/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeText properties', () => {
  it('any bytes decode to text or give an InputError naming the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const decoded = decodeText(bytes, 'fuzz.txt');
          expect(typeof decoded.text).toBe('string');
          expect(decoded.text.includes('\u0000')).toBe(false);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as InputError).message).toMatch(/^fuzz\.txt:\d+: /);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('UTF-8 text round-trips exactly, line endings included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        fc.pre(!text.includes('\u0000') && !text.startsWith('\ufeff'));
        expect(decodeText(new TextEncoder().encode(text), 'a.txt').text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
