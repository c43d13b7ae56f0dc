// The pure parts of the window's navigation and paragraph keys: paragraphs read from the
// editor's lines are core's splitParagraphs; F8's target from the caret or a selection;
// F7's announcement; the effort as the work file keeps it and back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../core/text/paragraphs';
import { fromWorkEffort, toWorkEffort, totalMs } from '../../renderer/effort/work-effort';
import { describeChange } from '../../renderer/navigation/change-navigator';
import { stepTarget } from '../../renderer/navigation/suggestion-step';
import { modelParagraphs, paragraphAtLine, paragraphCount, paragraphLines } from '../../renderer/paragraphs/model-paragraphs';

/** A text model's line API over a string with \n line ends, as Monaco's. */
function linesOf(text: string) {
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const offsetAt = ({ lineNumber, column }: { lineNumber: number; column: number }) => starts[lineNumber - 1]! + column - 1;
  return {
    getLineCount: () => lines.length,
    getLineContent: (n: number) => lines[n - 1]!,
    getOffsetAt: offsetAt,
    getValueInRange: (r: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number }) =>
      text.slice(offsetAt({ lineNumber: r.startLineNumber, column: r.startColumn }), offsetAt({ lineNumber: r.endLineNumber, column: r.endColumn })),
  };
}

const piece = fc.constantFrom('Putin', 'met', ' ', '  ', '\t', '\n', '\n\n', '\n \n', 'Kerry.', '\u00a0', '«да»', '\n\n\n');
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('paragraphs from the editor lines', () => {
  it('are splitParagraphs of the text, offsets and texts alike', () => {
    fc.assert(
      fc.property(text, (value) => {
        const model = linesOf(value);
        expect(modelParagraphs(model)).toEqual(splitParagraphs(value));
        expect(paragraphCount(model)).toBe(splitParagraphs(value).length);
      }),
    );
  });

  it('a line belongs to its paragraph; a blank line to the next one', () => {
    const lines = paragraphLines(linesOf('One\ntwo\n\n\nThree\n\nFour'));
    expect(lines.map((p) => [p.startLine, p.endLine])).toEqual([[1, 2], [5, 5], [7, 7]]);
    expect([1, 2, 3, 4, 5, 6, 7, 9].map((line) => paragraphAtLine(lines, line))).toEqual([0, 0, 1, 1, 1, 2, 2, 2]);
    expect(paragraphAtLine([], 1)).toBe(-1);
  });
});

describe('F8 target', () => {
  const pending = [{ start: 0, end: 5 }, { start: 10, end: 20 }, { start: 30, end: 31 }];

  it('from a caret: the suggestion at it, or the first after it', () => {
    expect(stepTarget(pending, { start: 0, end: 0 }, 1)).toBe(0);
    expect(stepTarget(pending, { start: 3, end: 3 }, 1)).toBe(0);
    expect(stepTarget(pending, { start: 5, end: 5 }, 1)).toBe(1);
    expect(stepTarget(pending, { start: 25, end: 25 }, 1)).toBe(2);
    expect(stepTarget(pending, { start: 40, end: 40 }, 1)).toBe(0);
  });

  it('from a selected suggestion: the next or the previous, wrapping', () => {
    expect(stepTarget(pending, { start: 0, end: 5 }, 1)).toBe(1);
    expect(stepTarget(pending, { start: 30, end: 31 }, 1)).toBe(0);
    expect(stepTarget(pending, { start: 0, end: 5 }, -1)).toBe(2);
    expect(stepTarget(pending, { start: 10, end: 20 }, -1)).toBe(0);
  });

  it('Shift+F8 from a caret: the last one starting before it', () => {
    expect(stepTarget(pending, { start: 12, end: 12 }, -1)).toBe(1);
    expect(stepTarget(pending, { start: 10, end: 10 }, -1)).toBe(0);
    expect(stepTarget(pending, { start: 0, end: 0 }, -1)).toBe(2);
    expect(stepTarget([], { start: 0, end: 0 }, 1)).toBeUndefined();
  });
});

describe('F7 announcement', () => {
  it('names what changed, in the MT and the post-edit words', () => {
    const base = { peStart: 0, peEnd: 0, mtStart: 0, mtEnd: 0 };
    expect(describeChange({ ...base, kind: 'replace', mtText: 'Sands', peText: 'Peskov' }, 2, 58)).toBe('Change 3 of 58: “Sands” replaced by “Peskov”');
    expect(describeChange({ ...base, kind: 'insert', mtText: '', peText: 'US' }, 0, 1)).toBe('Change 1 of 1: “US” added');
    expect(describeChange({ ...base, kind: 'delete', mtText: 'far enough', peText: '' }, 0, 2)).toBe('Change 1 of 2: “far enough” deleted');
    expect(describeChange({ ...base, kind: 'insert', mtText: '', peText: 'x'.repeat(80) }, 0, 1)).toBe(`Change 1 of 1: “${'x'.repeat(57)}…” added`);
  });
});

describe('effort in the work file', () => {
  it('round-trips, leaving out paragraphs without effort', () => {
    const saved = {
      paragraphs: [{ activeMs: 1200, keystrokes: 7 }, { activeMs: 0, keystrokes: 0 }, { activeMs: 400, keystrokes: 2 }],
      removed: { activeMs: 300, keystrokes: 1 },
    };
    const work = toWorkEffort(saved);
    expect(work.paragraphs).toEqual([{ paragraph: 0, ms: 1200, keystrokes: 7 }, { paragraph: 2, ms: 400, keystrokes: 2 }]);
    expect(fromWorkEffort({ effort: work, editingMs: totalMs(saved) })).toEqual(saved);
    expect(totalMs(saved)).toBe(1900);
  });

  it('a work with only its editing time keeps that time as spent on no paragraph', () => {
    expect(fromWorkEffort({ editingMs: 65_000 })).toEqual({ paragraphs: [], removed: { activeMs: 65_000, keystrokes: 0 } });
    expect(fromWorkEffort({ editingMs: 5000, effort: { paragraphs: [{ paragraph: 1, ms: 2000, keystrokes: 3 }] } })).toEqual({
      paragraphs: [{ activeMs: 0, keystrokes: 0 }, { activeMs: 2000, keystrokes: 3 }],
      removed: { activeMs: 3000, keystrokes: 0 },
    });
  });
});
