import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleDiffer, diffArticle } from '../../../core/review/article-diff.js';
import type { DiffOp } from '../../../core/review/word-diff.js';

const seed = (name: string): string => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
const mt = seed('kremlin-kerry.mt.txt');
const pe = seed('kremlin-kerry.pe.txt');
const mtSide = (ops: DiffOp[]): string => ops.filter((op) => op.type !== 'insert').map((op) => op.text).join('');
const peSide = (ops: DiffOp[]): string => ops.filter((op) => op.type !== 'delete').map((op) => op.text).join('');

describe('diffArticle', () => {
  it('diffs the seed paragraph by paragraph and reconstructs both texts', () => {
    const diff = diffArticle(mt, pe);
    expect(diff.groups.map((g) => [g.mt, g.pe])).toEqual(Array.from({ length: 10 }, (_, k) => [[k], [k]]));
    expect(diff.groups.every((g) => g.changed)).toBe(true);
    expect(mtSide(diff.ops)).toBe(mt);
    expect(peSide(diff.ops)).toBe(pe);
    const lastGroup = diff.groups[9]!;
    // The post-edit's final newline is part of the last group.
    expect(lastGroup.ops.at(-1)).toEqual({ type: 'insert', text: '\n', peStart: pe.length - 1 });
    const sands = diff.ops.find((op) => op.type === 'delete' && op.text.includes('Sands'));
    expect(sands && mt.slice(sands.mtStart, sands.mtStart! + sands.text.length)).toBe(sands?.text);
  });

  it('reports unchanged paragraphs as single equal ops', () => {
    const edited = pe.replace('Kirby said.', 'Kirby said on Friday.');
    const diff = diffArticle(pe, edited);
    expect(diff.groups.map((g) => g.changed)).toEqual([...new Array<boolean>(9).fill(false), true]);
    expect(diff.groups[0]!.ops).toEqual([{ type: 'equal', text: 'Kremlin comments on Putin\'s meeting with Kerry', mtStart: 0, peStart: 0 }]);
    expect(diff.ops.filter((op) => op.type !== 'equal')).toEqual([
      { type: 'insert', text: ' on Friday', peStart: edited.indexOf(' on Friday') },
    ]);
  });

  it('keeps an inserted paragraph and its separator together', () => {
    const diff = diffArticle('First.\n\nThird.', 'First.\n\nSecond.\n\nThird.');
    expect(diff.ops).toEqual([
      { type: 'equal', text: 'First.', mtStart: 0, peStart: 0 },
      { type: 'insert', text: '\n\nSecond.', peStart: 6 },
      { type: 'equal', text: '\n\nThird.', mtStart: 6, peStart: 15 },
    ]);
  });

  it('handles texts with no paragraphs', () => {
    expect(diffArticle('', '').ops).toEqual([]);
    expect(peSide(diffArticle('\n\n', ' \n').ops)).toBe(' \n');
    expect(peSide(diffArticle('', 'New text.').ops)).toBe('New text.');
  });

  it('reconstructs any pair of texts exactly (inserted, deleted, split, merged paragraphs)', () => {
    const paragraph = fc.array(fc.constantFrom('Putin', 'met', 'Kerry', 'the', 'Кремль', ',', '.', ' ', '\n', '“'), { minLength: 1, maxLength: 12 })
      .map((words) => words.join(''));
    const separator = fc.constantFrom('\n\n', '\n \n', '\r\n\r\n', '\n\t\n\n');
    const article = fc.array(fc.tuple(paragraph, separator), { maxLength: 8 })
      .map((parts) => parts.map(([text, sep]) => text + sep).join(''));
    fc.assert(
      fc.property(article, article, (a, b) => {
        const diff = diffArticle(a, b);
        expect(mtSide(diff.ops)).toBe(a);
        expect(peSide(diff.ops)).toBe(b);
        for (const op of diff.ops) {
          if (op.type !== 'insert') expect(a.slice(op.mtStart, op.mtStart! + op.text.length)).toBe(op.text);
          if (op.type !== 'delete') expect(b.slice(op.peStart, op.peStart! + op.text.length)).toBe(op.text);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('ArticleDiffer', () => {
  it('re-diffs only the paragraph a keystroke changed', () => {
    const differ = new ArticleDiffer();
    differ.diff(mt, pe);
    expect(differ.lastStats).toEqual({ diffed: 10, reused: 0 });
    differ.diff(mt, pe);
    expect(differ.lastStats).toEqual({ diffed: 0, reused: 10 });

    const first = differ.diff(mt, pe);
    const typed = pe.replace('Peskov explained', 'Peskov explainedx');
    const diff = differ.diff(mt, typed);
    expect(differ.lastStats).toEqual({ diffed: 1, reused: 9 });
    // Paragraphs before the edit keep their place: the very same ops are handed out.
    expect(diff.groups[1]!.ops).toBe(first.groups[1]!.ops);
    expect(diff.groups[3]!.ops).not.toBe(first.groups[3]!.ops);
    expect(peSide(diff.ops)).toBe(typed);
    expect(mtSide(diff.ops)).toBe(mt);
  });

  it('shifts reused ops to their new offsets when an earlier paragraph grows', () => {
    const differ = new ArticleDiffer();
    const fresh = differ.diff(mt, pe);
    const typed = pe.replace('Kremlin comments', 'Kremlin comments briefly');
    const again = differ.diff(mt, typed);
    expect(differ.lastStats.reused).toBe(9);
    expect(again).toEqual(diffArticle(mt, typed));
    const lastBefore = fresh.ops.at(-1)!;
    const lastAfter = again.ops.at(-1)!;
    expect(lastAfter.peStart).toBe(lastBefore.peStart! + ' briefly'.length);
  });

  it('realigns around an edit: typing a paragraph break turns a 1-1 group into a split', () => {
    const differ = new ArticleDiffer();
    differ.diff(mt, pe);
    const cut = pe.indexOf(' Commenting on the conversation');
    const split = `${pe.slice(0, cut)}\n\n${pe.slice(cut + 1)}`;
    const diff = differ.diff(mt, split);
    expect(diff.groups.map((g) => [g.mt, g.pe])).toEqual([
      ...Array.from({ length: 6 }, (_, k) => [[k], [k]]),
      [[6], [6, 7]],
      ...Array.from({ length: 3 }, (_, k) => [[7 + k], [8 + k]]),
    ]);
    expect(diff).toEqual(diffArticle(mt, split));
    // …and deleting the break again restores the 1-1 group.
    expect(differ.diff(mt, pe).groups.map((g) => [g.mt, g.pe])).toEqual(Array.from({ length: 10 }, (_, k) => [[k], [k]]));
  });

  it('stays a valid alignment, the one diffArticle gives, through any sequence of edits', () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.nat(40),
      // Paragraphs typed twice on purpose: repeated paragraphs are where an alignment
      // patched around the edit parted from the one made from scratch.
      insert: fc.constantFrom('', 'x', ' ', '\n\n', 'Putin met Kerry. ', '\n\nA new paragraph.\n\n', '\n\nPutin.\n\nPutin.\n\n'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), (edits) => {
        const differ = new ArticleDiffer();
        let text = pe;
        differ.diff(mt, text);
        for (const { at, remove, insert } of edits) {
          const position = Math.floor(at * text.length);
          text = text.slice(0, position) + insert + text.slice(position + remove);
          const diff = differ.diff(mt, text);
          expect(mtSide(diff.ops)).toBe(mt);
          expect(peSide(diff.ops)).toBe(text);
          expect(diff.groups.flatMap((g) => g.mt)).toEqual(diff.mtParagraphs.map((p) => p.index));
          expect(diff.groups.flatMap((g) => g.pe)).toEqual(diff.peParagraphs.map((p) => p.index));
          expect(diff).toEqual(diffArticle(mt, text));
        }
      }),
      { numRuns: 200 },
    );
  });
});
