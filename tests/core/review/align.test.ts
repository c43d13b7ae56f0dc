import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, ParagraphAligner } from '../../../core/review/align.js';
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

describe('ParagraphAligner', () => {
  const texts = (text: string): string[] => splitParagraphs(text).map((p) => p.text);

  it('re-measures only the paragraph a keystroke changed', () => {
    const aligner = new ParagraphAligner();
    aligner.align(mt, pe);
    const typed = pe.map((text, k) => (k === 3 ? text.replace(' ', ' x') : text));
    expect(aligner.align(mt, typed)).toEqual(alignParagraphs(mt, typed));
    const fresh = new ParagraphAligner();
    fresh.align(mt, typed);
    // Every paragraph was edited: one stretch of ten, aligned by the DP. Afresh, that
    // measures every paragraph's bag and its overlaps with its neighbours; after the
    // keystroke, only the typed paragraph's (its bag, and at most one pair, merge and
    // split per MT paragraph, plus the split with the paragraph before it).
    expect(fresh.lastStats.measured).toBeGreaterThan(60);
    expect(aligner.lastStats.measured).toBeLessThanOrEqual(1 + 4 * mt.length);
    expect(aligner.lastStats.measured).toBeLessThan(fresh.lastStats.measured / 3);
  });

  it('reuses a stretch whose paragraphs are unchanged, and aligns the typed one afresh', () => {
    // Paragraphs 0–4 split in two (five stretches of DP), 5–9 as in the MT (anchors), then
    // one of the split paragraphs is typed in.
    const split = [...mt.slice(0, 5).flatMap((text) => splitAfterFirstSentence(text)), ...mt.slice(5)];
    const withBreaks = split.map((text, k) => (k % 2 === 0 && k < 10 ? `${text} Peskov said.` : text));
    const aligner = new ParagraphAligner();
    expect(aligner.align(mt, withBreaks)).toEqual(alignParagraphs(mt, withBreaks));
    const typed = withBreaks.map((text, k) => (k === 12 ? `${text} x` : text));
    expect(aligner.align(mt, typed)).toEqual(alignParagraphs(mt, typed));
    expect(aligner.lastStats.reusedStretches).toBeGreaterThan(0);
  });

  it('starts afresh when the MT changes', () => {
    const aligner = new ParagraphAligner();
    aligner.align(mt, pe);
    const otherMt = [...mt.slice(1), mt[0]!];
    expect(aligner.align(otherMt, pe)).toEqual(alignParagraphs(otherMt, pe));
    expect(aligner.lastStats.reusedStretches).toBe(0);
  });

  // A few paragraphs repeated on purpose (the case where reusing the previous groups went
  // wrong), in articles long enough to leave the DP's band, edited by keystrokes, paragraph
  // breaks typed and deleted (splits and merges), and whole paragraphs copied or dropped.
  const sentence = fc.constantFrom('Putin.', 'Kerry met Putin.', 'Putin met Kerry in Moscow.', 'Talks on Syria, said Peskov.', 'Лавров «да».');
  const paragraph = fc.oneof(
    sentence,
    fc.array(sentence, { minLength: 2, maxLength: 4 }).map((sentences) => sentences.join(' ')),
  );
  const article = fc.oneof(
    fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    fc.array(paragraph, { minLength: 20, maxLength: 45 }),
  ).map((paragraphs) => paragraphs.join('\n\n'));
  const textEdit = fc.record({
    kind: fc.constant('text' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.oneof(fc.nat(3), fc.nat(60)),
    insert: fc.constantFrom('', 'x', ' ', '\n\n', 'Putin.', '\n\nPutin.\n\n', 'Kerry met Putin. ', '\n\nPutin.'),
  });
  const paragraphEdit = fc.record({
    kind: fc.constantFrom('copy' as const, 'drop' as const, 'merge' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  type Edit = { kind: 'text'; at: number; remove: number; insert: string } | { kind: 'copy' | 'drop' | 'merge'; at: number };

  function applyEdit(text: string, edit: Edit): string {
    if (edit.kind === 'text') {
      const position = Math.floor(edit.at * text.length);
      return text.slice(0, position) + edit.insert + text.slice(position + edit.remove);
    }
    const paragraphs = texts(text);
    if (paragraphs.length === 0) return text;
    const k = Math.min(paragraphs.length - 1, Math.floor(edit.at * paragraphs.length));
    if (edit.kind === 'copy') paragraphs.splice(k, 0, paragraphs[k]!);
    else if (edit.kind === 'drop') paragraphs.splice(k, 1);
    else if (k + 1 < paragraphs.length) paragraphs.splice(k, 2, `${paragraphs[k]} ${paragraphs[k + 1]}`);
    return paragraphs.join('\n\n');
  }

  it('gives alignParagraphs\' alignment after every edit of a session', () => {
    fc.assert(
      fc.property(article, fc.array(fc.oneof(textEdit, textEdit, paragraphEdit), { minLength: 1, maxLength: 15 }), (mtText, edits) => {
        const mtTexts = texts(mtText);
        const aligner = new ParagraphAligner();
        let peText = mtText;
        expect(aligner.align(mtTexts, texts(peText))).toEqual(alignParagraphs(mtTexts, texts(peText)));
        for (const edit of edits) {
          peText = applyEdit(peText, edit);
          const peTexts = texts(peText);
          expect(aligner.align(mtTexts, peTexts)).toEqual(alignParagraphs(mtTexts, peTexts));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives alignParagraphs\' alignment when the session goes back to an earlier text', () => {
    // Undo: the memos of paragraphs that came back are fresh, those kept are reused.
    fc.assert(
      fc.property(article, fc.array(fc.oneof(textEdit, paragraphEdit), { minLength: 1, maxLength: 6 }), (mtText, edits) => {
        const mtTexts = texts(mtText);
        const aligner = new ParagraphAligner();
        const history = [mtText];
        for (const edit of edits) history.push(applyEdit(history.at(-1)!, edit));
        for (const peText of [...history, ...history.slice().reverse()]) {
          const peTexts = texts(peText);
          expect(aligner.align(mtTexts, peTexts)).toEqual(alignParagraphs(mtTexts, peTexts));
        }
      }),
      { numRuns: 150 },
    );
  });
});

function splitAfterFirstSentence(text: string): [string, string] {
  const cut = text.indexOf('. ') + 1;
  return [text.slice(0, cut), text.slice(cut + 1)];
}
