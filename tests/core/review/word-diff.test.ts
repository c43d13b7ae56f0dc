import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequences } from '../../../core/text/myers.js';
import { Interner, tokenIds, tokenize } from '../../../core/review/tokens.js';
import { wordDiff, type DiffOp } from '../../../core/review/word-diff.js';

const mtSide = (ops: DiffOp[]): string => ops.filter((op) => op.type !== 'insert').map((op) => op.text).join('');
const peSide = (ops: DiffOp[]): string => ops.filter((op) => op.type !== 'delete').map((op) => op.text).join('');
const marked = (ops: DiffOp[]): string =>
  ops.map((op) => (op.type === 'equal' ? op.text : op.type === 'delete' ? `[-${op.text}-]` : `{+${op.text}+}`)).join('');

/** Length of a longest common subsequence, by the textbook O(nm) table. */
function lcsLength(a: readonly number[], b: readonly number[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    for (let j = 1; j <= b.length; j++) next[j] = x === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  return row[b.length]!;
}

describe('diffSequences (Myers)', () => {
  it('finds a longest common subsequence', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(4), { maxLength: 40 }), fc.array(fc.nat(4), { maxLength: 40 }), (a, b) => {
        const runs = diffSequences(a, b);
        let matched = 0;
        let aEnd = 0;
        let bEnd = 0;
        for (const run of runs) {
          expect(run.aStart).toBeGreaterThanOrEqual(aEnd);
          expect(run.bStart).toBeGreaterThanOrEqual(bEnd);
          for (let k = 0; k < run.length; k++) expect(a[run.aStart + k]).toBe(b[run.bStart + k]);
          matched += run.length;
          aEnd = run.aStart + run.length;
          bEnd = run.bStart + run.length;
        }
        expect(matched).toBe(lcsLength(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles empty and identical inputs', () => {
    expect(diffSequences([], [])).toEqual([]);
    expect(diffSequences([1, 2], [])).toEqual([]);
    expect(diffSequences([1, 2, 3], [1, 2, 3])).toEqual([{ aStart: 0, bStart: 0, length: 3 }]);
  });
});

describe('tokenize', () => {
  it('keeps words, whitespace runs and single punctuation, losing nothing', () => {
    expect(tokenize('Russia’s  “best wishes”,\n—')).toEqual(['Russia', '’', 's', '  ', '“', 'best', ' ', 'wishes', '”', ',', '\n', '—']);
    expect(tokenize('a😀b')).toEqual(['a', '😀', 'b']);
  });

  it('tokenIds cuts and numbers tokens as tokenize and an Interner do', () => {
    const text = fc.array(
      fc.constantFrom('a', 'Ab', 'ab', 'é', 'e\u0301', 'Кремль', '😀', '\ud83d', '\ude00', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '\u0085', ',', '’', '7', '𝔸'),
      { maxLength: 30 },
    ).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const aTokens = tokenize(a);
        const bTokens = tokenize(b);
        const interner = new Interner();
        const expected = [...interner.idsOf(aTokens), ...interner.idsOf(bTokens)];
        const ends = (tokens: string[]): number[] => tokens.map((_, k) => tokens.slice(0, k + 1).join('').length);
        const ids = tokenIds(a, b);
        expect([...ids.aEnds]).toEqual(ends(aTokens));
        expect([...ids.bEnds]).toEqual(ends(bTokens));
        const actual = [...ids.aIds, ...ids.bIds];
        // Same partition into equal tokens (the numbering itself may differ).
        for (let s = 0; s < actual.length; s++) {
          for (let t = 0; t < actual.length; t++) expect(actual[s] === actual[t]).toBe(expected[s] === expected[t]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('wordDiff', () => {
  it('marks the seed’s edits word by word', () => {
    const ops = wordDiff(
      'the conversation between Putin and Kerry ended “far enough for midnight.',
      'the talk between Putin and Kerry ended “well past midnight.”',
    );
    expect(marked(ops)).toBe(
      'the [-conversation-]{+talk+} between Putin and Kerry ended “[-far enough for-]{+well past+} midnight.{+”+}',
    );
  });

  it('changes whole words, never part of one, even where the texts share characters', () => {
    expect(marked(wordDiff('the cat sat', 'the cats sat'))).toBe('the [-cat-]{+cats+} sat');
    expect(marked(wordDiff('press-Secretary said', 'press secretary said'))).toBe('press[--Secretary-]{+ secretary+} said');
    expect(marked(wordDiff('ok 😀 now', 'ok 😃 now'))).toBe('ok [-😀-]{+😃+} now');
    expect(marked(wordDiff('Sands.', 'Sandstone.'))).toBe('[-Sands-]{+Sandstone+}.');
  });

  it('gives offsets into each side', () => {
    expect(wordDiff('said Sands.', 'said Peskov.', 100, 200)).toEqual([
      { type: 'equal', text: 'said ', mtStart: 100, peStart: 200 },
      { type: 'delete', text: 'Sands', mtStart: 105 },
      { type: 'insert', text: 'Peskov', peStart: 205 },
      { type: 'equal', text: '.', mtStart: 110, peStart: 211 },
    ]);
  });

  it('returns one equal op for equal texts and nothing for two empty ones', () => {
    expect(wordDiff('same text', 'same text')).toEqual([{ type: 'equal', text: 'same text', mtStart: 0, peStart: 0 }]);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'new')).toEqual([{ type: 'insert', text: 'new', peStart: 0 }]);
    expect(wordDiff('old', '')).toEqual([{ type: 'delete', text: 'old', mtStart: 0 }]);
  });

  it('reconstructs both texts exactly, with offsets that point at the op text', () => {
    const text = fc.array(fc.constantFrom('the', 'The', 'Kremlin', 'Песков', ' ', '  ', '\n', '\r\n', ',', '.', '“', '”', '’', '😀', 'é', '1,000'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (mt, pe) => {
        const ops = wordDiff(mt, pe);
        expect(mtSide(ops)).toBe(mt);
        expect(peSide(ops)).toBe(pe);
        for (const op of ops) {
          if (op.type !== 'insert') expect(mt.slice(op.mtStart, op.mtStart! + op.text.length)).toBe(op.text);
          if (op.type !== 'delete') expect(pe.slice(op.peStart, op.peStart! + op.text.length)).toBe(op.text);
          expect(op.text).not.toBe('');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
