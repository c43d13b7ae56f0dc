import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../../core/review/align.js';
import { splitParagraphs } from '../../../core/text/paragraphs.js';

const read = (name: string): string[] =>
  splitParagraphs(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8')).map((p) => p.text);
const mt = read('kremlin-kerry.mt.txt');
const pe = read('kremlin-kerry.pe.txt');
const oneToOne = (count: number, from = 0): Array<{ mt: number[]; pe: number[] }> =>
  Array.from({ length: count }, (_, k) => ({ mt: [from + k], pe: [from + k] }));

describe('alignParagraphs', () => {
  it('aligns the seed paragraph for paragraph (all edited, none identical)', () => {
    expect(alignParagraphs(mt, pe)).toEqual(oneToOne(10));
  });

  it('aligns identical texts one to one', () => {
    expect(alignParagraphs(pe, pe)).toEqual(oneToOne(10));
  });

  it('finds a paragraph inserted in the post-edit', () => {
    const inserted = 'Earlier, the State Department said the visit had been planned for several weeks.';
    const edited = [...pe.slice(0, 4), inserted, ...pe.slice(4)];
    expect(alignParagraphs(mt, edited)).toEqual([
      ...oneToOne(4),
      { mt: [], pe: [4] },
      ...Array.from({ length: 6 }, (_, k) => ({ mt: [4 + k], pe: [5 + k] })),
    ]);
  });

  it('finds a paragraph deleted in the post-edit', () => {
    const edited = [...pe.slice(0, 6), ...pe.slice(7)];
    expect(alignParagraphs(mt, edited)).toEqual([
      ...oneToOne(6),
      { mt: [6], pe: [] },
      ...Array.from({ length: 3 }, (_, k) => ({ mt: [7 + k], pe: [6 + k] })),
    ]);
  });

  it('finds an MT paragraph split in two', () => {
    // "On Friday, July 15, … a correspondent reports." | "The Secretary of State noted …"
    const [head, tail] = splitAfterFirstSentence(pe[6]!);
    const edited = [...pe.slice(0, 6), head, tail, ...pe.slice(7)];
    expect(alignParagraphs(mt, edited)).toEqual([
      ...oneToOne(6),
      { mt: [6], pe: [6, 7] },
      ...Array.from({ length: 3 }, (_, k) => ({ mt: [7 + k], pe: [8 + k] })),
    ]);
  });

  it('finds a split even when the split-off part is one short sentence of a long paragraph', () => {
    // "Commenting on the conversation with Putin, Kerry said that it was honest and serious."
    const cut = pe[6]!.lastIndexOf('. ') + 1;
    const edited = [...pe.slice(0, 6), pe[6]!.slice(0, cut), pe[6]!.slice(cut + 1), ...pe.slice(7)];
    expect(alignParagraphs(mt, edited).slice(6, 7)).toEqual([{ mt: [6], pe: [6, 7] }]);
  });

  it('finds two MT paragraphs merged into one', () => {
    const edited = [...pe.slice(0, 7), `${pe[7]} ${pe[8]}`, pe[9]!];
    expect(alignParagraphs(mt, edited)).toEqual([
      ...oneToOne(7),
      { mt: [7, 8], pe: [7] },
      { mt: [9], pe: [8] },
    ]);
  });

  it('does not merge a deleted paragraph into its neighbour', () => {
    // Paragraph 5 deleted and paragraph 6 edited: they share words ("the", "of", "Syria"…)
    // but 5 must show as deleted, not merged.
    const edited = [...pe.slice(0, 5), ...pe.slice(6)];
    expect(alignParagraphs(mt, edited).slice(5, 7)).toEqual([{ mt: [5], pe: [] }, { mt: [6], pe: [5] }]);
  });

  it('shows a moved paragraph as deleted at its old place and inserted at the new one', () => {
    // Post-edit moves paragraph 8 before paragraph 6.
    const edited = [...pe.slice(0, 6), pe[8]!, pe[6]!, pe[7]!, pe[9]!];
    const groups = alignParagraphs(mt, edited);
    expect(groups).toContainEqual({ mt: [6], pe: [7] });
    expect(groups).toContainEqual({ mt: [7], pe: [8] });
    expect(groups).toContainEqual({ mt: [9], pe: [9] });
    // Every paragraph appears exactly once, in order on both sides.
    expect(groups.flatMap((g) => g.mt)).toEqual(Array.from({ length: 10 }, (_, k) => k));
    expect(groups.flatMap((g) => g.pe)).toEqual(Array.from({ length: 10 }, (_, k) => k));
  });

  it('pairs a rewritten paragraph with the one in its place rather than deleting and inserting', () => {
    const edited = [...pe.slice(0, 2), 'Peskov declined to give details of the talks.', ...pe.slice(3)];
    expect(alignParagraphs(mt, edited)).toEqual(oneToOne(10));
  });

  it('handles empty sides', () => {
    expect(alignParagraphs([], [])).toEqual([]);
    expect(alignParagraphs(mt.slice(0, 2), [])).toEqual([{ mt: [0], pe: [] }, { mt: [1], pe: [] }]);
    expect(alignParagraphs([], pe.slice(0, 2))).toEqual([{ mt: [], pe: [0] }, { mt: [], pe: [1] }]);
  });

  it('covers every paragraph once, in order, in a long stretch without anchors', () => {
    const longMt = Array.from({ length: 120 }, (_, k) => `${mt[k % 10]} (${k})`);
    const longPe = Array.from({ length: 115 }, (_, k) => `${pe[k % 10]} [${k}]`);
    const groups = alignParagraphs(longMt, longPe);
    expect(groups.flatMap((g) => g.mt)).toEqual(Array.from({ length: 120 }, (_, k) => k));
    expect(groups.flatMap((g) => g.pe)).toEqual(Array.from({ length: 115 }, (_, k) => k));
  });
});

function splitAfterFirstSentence(text: string): [string, string] {
  const cut = text.indexOf('. ') + 1;
  return [text.slice(0, cut), text.slice(cut + 1)];
}
