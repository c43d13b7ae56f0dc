// Marks follow the text (renderer/editor/span-carry.ts): a span the edits left alone is
// where the same text now is; one they touched is given up, never misplaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carrySpan } from '../../renderer/editor/span-carry';
import { applyEdits, type TextEdit } from '../../renderer/engine/text-mirror';

const text = fc.string({ minLength: 1, maxLength: 60 });
const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(5), fc.constantFrom('', 'x', 'Peskov ', '\n\n'));

describe('carrySpan', () => {
  it('a carried span holds the same text after the edits', () => {
    fc.assert(
      fc.property(text, fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(8), fc.array(edit, { maxLength: 6 }), (value, at, length, raw) => {
        const start = Math.floor(at * value.length);
        const span = { start, end: Math.min(value.length, start + length) };
        let current = value;
        const edits: TextEdit[] = [];
        for (const [where, remove, insert] of raw) {
          const offset = Math.floor(where * current.length);
          const e = { offset, length: Math.min(remove, current.length - offset), text: insert };
          edits.push(e);
          current = applyEdits(current, [e]);
        }
        const carried = carrySpan(span, edits);
        if (carried) expect(current.slice(carried.start, carried.end)).toBe(value.slice(span.start, span.end));
      }),
    );
  });

  it('a span no edit touches is always carried, to where its text now is', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }),
        text,
        text,
        fc.array(fc.tuple(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(5), fc.constantFrom('', 'x', 'Peskov ', '\n\n')), { maxLength: 8 }),
        (marked, before, after, raw) => {
          let current = `${before}${marked}${after}`;
          const span = { start: before.length, end: before.length + marked.length };
          // Where the span is now, to aim each edit clear of it (a gap of one on each side).
          let where = { ...span };
          const edits: TextEdit[] = [];
          for (const [ahead, at, remove, insert] of raw) {
            const [from, to] = ahead ? [0, where.start - 1] : [where.end + 1, current.length];
            if (to < from) continue;
            const offset = from + Math.floor(at * (to - from));
            const length = Math.min(remove, to - offset);
            const e = { offset, length, text: insert };
            edits.push(e);
            current = applyEdits(current, [e]);
            if (ahead) where = { start: where.start + insert.length - length, end: where.end + insert.length - length };
          }
          expect(carrySpan(span, edits)).toEqual(where);
          expect(current.slice(where.start, where.end)).toBe(marked);
        },
      ),
    );
  });

  it('gives up a span an edit touches, keeps one before, shifts one after', () => {
    const span = { start: 10, end: 15 };
    expect(carrySpan(span, [{ offset: 15, length: 0, text: 'x' }])).toBeUndefined();
    expect(carrySpan(span, [{ offset: 10, length: 0, text: 'x' }])).toBeUndefined();
    expect(carrySpan(span, [{ offset: 12, length: 1, text: '' }])).toBeUndefined();
    expect(carrySpan(span, [{ offset: 16, length: 3, text: '' }])).toEqual(span);
    expect(carrySpan(span, [{ offset: 2, length: 3, text: 'abcdef' }])).toEqual({ start: 13, end: 18 });
  });
});
