// How the window lines the source up with the post-edit (renderer/source): paragraphs as
// editor lines must be exactly core's paragraphs, whatever the line endings and blank
// lines; the spacer plan must start every aligned group at the same height in both panes
// for any line heights (word wrap) and any alignment, stale ones included; and the scroll
// mapping must meet the anchors exactly and go back where it came from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../core/text/paragraphs';
import {
  mapScroll, monotonicAnchors, samePlan, spacerPlan, withoutSpacers, type AlignedLines, type Spacer,
} from '../../renderer/source/pane-geometry';
import { paragraphAround, paragraphAtLine, paragraphLineRanges } from '../../renderer/source/paragraph-lines';

/** A text's lines as Monaco splits them (\r\n, \r and \n all end a line). */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The 1-based line of a UTF-16 offset. */
function lineAtOffset(text: string, offset: number): number {
  return linesOf(text.slice(0, offset)).length;
}

const lineText = fc.oneof(
  fc.constantFrom('', ' ', '\t', '  \t ', 'Word', 'Two words.', '«Цитата»', ' leading space', 'trailing space  '),
  fc.string({ unit: fc.constantFrom('a', ' ', '\t', 'б', '.', '\u00a0'), maxLength: 12 }),
);
const texts = fc.tuple(fc.array(lineText, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, ending]) => lines.join(ending));

describe('paragraphs as editor lines', () => {
  it('are core’s paragraphs, line for line, with any line endings and blank lines', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const lines = linesOf(text);
        const ranges = paragraphLineRanges(lines.length, (line) => lines[line - 1]!);
        const paragraphs = splitParagraphs(text);
        expect(ranges).toHaveLength(paragraphs.length);
        paragraphs.forEach((paragraph, index) => {
          expect(ranges[index]).toEqual({ start: lineAtOffset(text, paragraph.start), end: lineAtOffset(text, paragraph.end) });
        });
      }),
      { numRuns: 400 },
    );
  });

  it('find the paragraph of a line by bisection, and around a line by its neighbours only', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, pick) => {
        const lines = linesOf(text);
        const ranges = paragraphLineRanges(lines.length, (line) => lines[line - 1]!);
        const line = (pick % lines.length) + 1;
        const index = ranges.findIndex((range) => line >= range.start && line <= range.end);
        expect(paragraphAtLine(ranges, line)).toBe(index);
        const read: number[] = [];
        const around = paragraphAround(lines.length, (n) => (read.push(n), lines[n - 1]!), line);
        expect(around).toEqual(index < 0 ? undefined : ranges[index]);
        // Only the paragraph's own lines and the blank ones (or ends) around it were read.
        if (around) for (const n of read) expect(n >= around.start - 1 && n <= around.end + 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

/** Line tops of a pane whose lines have the given heights (word wrap) plus spacers. */
function topsOf(heights: readonly number[], spacers: readonly Spacer[] = []): (line: number) => number {
  return (line) => {
    let top = 0;
    for (let i = 1; i < line; i++) top += heights[i - 1] ?? 23;
    for (const spacer of spacers) if (spacer.beforeLine <= line) top += spacer.height;
    return top;
  };
}

/** Groups of consecutive paragraph lines on both sides, with a blank line between groups. */
const alignedPanes = fc
  .array(fc.record({ source: fc.integer({ min: 1, max: 6 }), postEdit: fc.integer({ min: 1, max: 6 }) }), { minLength: 1, maxLength: 30 })
  .chain((sizes) => {
    const groups: AlignedLines[] = [];
    let s = 1;
    let p = 1;
    for (const size of sizes) {
      groups.push({ source: { start: s, end: s + size.source - 1 }, postEdit: { start: p, end: p + size.postEdit - 1 } });
      s += size.source + 1;
      p += size.postEdit + 1;
    }
    const wrapped = (lines: number) => fc.array(fc.constantFrom(23, 46, 69, 92, 161), { minLength: lines, maxLength: lines });
    return fc.record({ groups: fc.constant(groups), source: wrapped(s), postEdit: wrapped(p) });
  });

describe('the spacer plan', () => {
  it('starts every aligned group at the same height in both panes, whatever the wrapping', () => {
    fc.assert(
      fc.property(alignedPanes, ({ groups, source, postEdit }) => {
        const plan = spacerPlan(groups, topsOf(source), topsOf(postEdit));
        const sourceTop = topsOf(source, plan.source);
        const postEditTop = topsOf(postEdit, plan.postEdit);
        for (const group of groups) {
          // The first group of the post-edit has no room above it: only later ones must meet.
          if (group.postEdit.start === 1 && sourceTop(group.source.start) > postEditTop(group.postEdit.start)) continue;
          expect(sourceTop(group.source.start)).toBe(postEditTop(group.postEdit.start));
        }
        // Never more blank space than needed: one pane at most gets a spacer per group.
        for (const group of groups) {
          const inSource = plan.source.some((spacer) => spacer.beforeLine === group.source.start);
          const inPostEdit = plan.postEdit.some((spacer) => spacer.beforeLine === group.postEdit.start);
          expect(inSource && inPostEdit).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is found again from the panes as they show it (spacers counted out): the layout settles', () => {
    fc.assert(
      fc.property(alignedPanes, ({ groups, source, postEdit }) => {
        const plan = spacerPlan(groups, topsOf(source), topsOf(postEdit));
        const again = spacerPlan(groups, withoutSpacers(topsOf(source, plan.source), plan.source), withoutSpacers(topsOf(postEdit, plan.postEdit), plan.postEdit));
        expect(samePlan(again, plan)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('pads only the source while the post-edit’s unchanged paragraphs are folded', () => {
    fc.assert(
      fc.property(alignedPanes, ({ groups, source, postEdit }) => {
        const plan = spacerPlan(groups, topsOf(source), topsOf(postEdit), { sourceOnly: true });
        expect(plan.postEdit).toEqual([]);
        const sourceTop = topsOf(source, plan.source);
        const postEditTop = topsOf(postEdit);
        // The source is never above its post-edit group.
        for (const group of groups) expect(sourceTop(group.source.start)).toBeGreaterThanOrEqual(postEditTop(group.postEdit.start));
      }),
      { numRuns: 200 },
    );
  });

  it('skips groups out of order (a stale alignment) instead of misplacing the panes', () => {
    const groups: AlignedLines[] = [
      { source: { start: 1, end: 2 }, postEdit: { start: 1, end: 1 } },
      { source: { start: 4, end: 4 }, postEdit: { start: 3, end: 3 } },
      // Behind the previous group on the source side: a paragraph joined since the review.
      { source: { start: 3, end: 3 }, postEdit: { start: 5, end: 5 } },
      { source: { start: 6, end: 6 }, postEdit: { start: 7, end: 7 } },
    ];
    const plan = spacerPlan(groups, topsOf([]), topsOf([]));
    // Nothing for the skipped group's source line 3; the groups around it still meet.
    expect(plan.source.map((spacer) => spacer.beforeLine)).not.toContain(3);
    expect(plan).toEqual({ source: [{ beforeLine: 6, height: 46 }], postEdit: [{ beforeLine: 3, height: 23 }] });
    expect(topsOf([], plan.source)(6)).toBe(topsOf([], plan.postEdit)(7));
  });
});

describe('the scroll mapping', () => {
  const anchorLists = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 })), { maxLength: 30 })
    .map((steps) => {
      let postEdit = 0;
      let source = 0;
      return steps.map(([a, b]) => ({ postEdit: (postEdit += a), source: (source += b) }));
    });

  it('meets every anchor exactly, never runs backwards, and maps back where it came from', () => {
    fc.assert(
      fc.property(anchorLists, fc.array(fc.integer({ min: 0, max: 12_000 }), { minLength: 2, maxLength: 20 }), (anchors, positions) => {
        for (const anchor of anchors) {
          expect(mapScroll(anchors, anchor.postEdit)).toBeCloseTo(anchor.source, 6);
          expect(mapScroll(anchors, anchor.source, true)).toBeCloseTo(anchor.postEdit, 6);
        }
        const sorted = [...positions].sort((a, b) => a - b);
        const mapped = sorted.map((y) => mapScroll(anchors, y));
        for (let i = 1; i < mapped.length; i++) expect(mapped[i]!).toBeGreaterThanOrEqual(mapped[i - 1]! - 1e-9);
        for (const y of positions) {
          const there = mapScroll(anchors, y);
          if (there > 0) expect(mapScroll(anchors, there, true)).toBeCloseTo(y, 6);
          expect(there).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps only anchors that increase on both sides', () => {
    expect(monotonicAnchors([
      { postEdit: 0, source: 0 },
      { postEdit: 100, source: 80 },
      { postEdit: 90, source: 200 },
      { postEdit: 150, source: 60 },
      { postEdit: 300, source: 300 },
    ])).toEqual([{ postEdit: 0, source: 0 }, { postEdit: 100, source: 80 }, { postEdit: 300, source: 300 }]);
  });
});
