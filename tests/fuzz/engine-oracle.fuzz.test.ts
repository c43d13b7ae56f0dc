// Differential test: the engine's matches equal those of a slow, obviously-correct
// reference that applies the matching rules with one sticky RegExp per entry at every
// position (leftmost-longest, ties to the first entry, one pass).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossaries, findTermHits } from '../../core/engine';
import type { Glossary } from '../../core/types';

const PIECES = ['a', 'b', 'ab', 'ba', 'A', 'B', 'Ab', 'п', 'П', '\u0301', '𝐀', ' ', '  ', '\t', '\n', '\r\n', '\n\n', '.', '-', '(', '1'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((parts) => parts.join(''));
const sourceArb = fc.array(fc.constantFrom(...PIECES.filter((piece) => piece.trim() !== '')), { minLength: 1, maxLength: 4 })
  .chain((tokens) => fc.constantFrom(' ', '  ').map((gap) => tokens.join(gap)));
const entriesArb = fc.array(fc.record({ source: sourceArb, caseSensitive: fc.option(fc.boolean(), { nil: undefined }) }), { minLength: 1, maxLength: 10 });

const WORD = /[\p{L}\p{N}\p{M}]/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Whitespace between tokens in the fuzzed texts: spaces, tabs and at most one line break.
const GAP = '[ \\t]*(?:\\r\\n|\\n)?[ \\t]*';

function reference(text: string, glossary: Glossary): Array<[number, number, number]> {
  const rules = glossary.entries.map((entry) => {
    const tokens = entry.source.trim().split(/\s+/u);
    const caseSensitive = entry.caseSensitive ?? entry.source !== entry.source.toLowerCase();
    const pattern = tokens.map(escape).join(`(?=[ \\t\\r\\n])${GAP}`);
    return {
      regex: new RegExp(pattern, caseSensitive ? 'uy' : 'iuy'),
      before: WORD.test(String.fromCodePoint(tokens[0]!.codePointAt(0)!)),
      after: WORD.test([...tokens.at(-1)!].at(-1)!),
    };
  });
  const spans: Array<[number, number, number]> = [];
  for (let start = 0; start < text.length; ) {
    let best: [number, number] | undefined;
    rules.forEach((rule, index) => {
      rule.regex.lastIndex = start;
      const match = rule.regex.exec(text);
      if (!match) return;
      const end = start + match[0].length;
      const previous = start > 0 ? String.fromCodePoint(text.codePointAt(start - 1 - (/[\udc00-\udfff]/.test(text[start - 1]!) ? 1 : 0))!) : '';
      const next = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
      if (rule.before && previous !== '' && WORD.test(previous)) return;
      if (rule.after && next !== '' && WORD.test(next)) return;
      if (!best || end > best[0]) best = [end, index];
    });
    if (best) {
      spans.push([start, best[0], best[1]]);
      start = best[0];
    } else start++;
  }
  return spans;
}

describe('engine against a reference implementation of the rules', () => {
  it('finds exactly the same spans and entries', () => {
    fc.assert(
      fc.property(textArb, entriesArb, (text, entries) => {
        const glossary: Glossary = {
          name: 'g', file: 'g.tsv', format: 'tsv',
          entries: entries.map((entry, line) => ({ ...(entry.caseSensitive === undefined ? { source: entry.source } : entry), line: line + 1 })),
        };
        const hits = findTermHits(compileGlossaries([glossary]), text).map((hit) => [hit.start, hit.end, hit.entry.line - 1]);
        expect(hits).toEqual(reference(text, glossary));
      }),
      { numRuns: 3000 },
    );
  });
});
