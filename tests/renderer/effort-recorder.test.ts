// Effort counted in batches in the edit meter worker (renderer/effort/effort-recorder.ts)
// is the effort core's EffortTracker counts when told of every keystroke as it happens:
// the article's time and keystrokes always, and each paragraph's as long as the edits
// keep the paragraphs (typing inside them, as post-editing mostly is).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EffortTracker } from '../../core/work/effort';
import { EffortRecorder, mapOffset, placeActivity, type Activity } from '../../renderer/effort/effort-recorder';
import type { TextEdit, TextUpdate } from '../../renderer/engine/text-mirror';

const base = 'Sands said the talks went on.\n\nKerry met Lavrov in Geneva.\n\nThe press secretary of state spoke.';

/** One step of a session: an edit (or none) at a fraction of the text, then a keystroke
 *  or cursor move at another, `gap` ms after the previous step. */
const step = (inserts: fc.Arbitrary<string>) =>
  fc.record({
    editAt: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat(4),
    insert: inserts,
    cursorAt: fc.double({ min: 0, max: 1, noNaN: true }),
    kind: fc.constantFrom('keystroke' as const, 'selection' as const),
    gap: fc.integer({ min: 0, max: 45_000 }),
    send: fc.boolean(),
  });

type Step = { editAt: number; remove: number; insert: string; cursorAt: number; kind: 'keystroke' | 'selection'; gap: number; send: boolean };

function run(steps: Step[]) {
  const direct = new EffortTracker(base);
  const recorder = new EffortRecorder();
  recorder.reset(base);
  let text = base;
  let version = 1;
  let from = 1;
  let edits: TextEdit[] = [];
  let activities: Activity[] = [];
  let at = 1000;
  const flush = () => {
    const update: TextUpdate = { kind: 'edits', doc: 1, from, version, edits, length: text.length };
    recorder.record(text, update, activities);
    from = version;
    edits = [];
    activities = [];
  };
  for (const s of steps) {
    const offset = Math.floor(s.editAt * text.length);
    const length = Math.min(s.remove, text.length - offset);
    if (length > 0 || s.insert !== '') {
      text = text.slice(0, offset) + s.insert + text.slice(offset + length);
      version++;
      edits.push({ offset, length, text: s.insert, version });
      direct.textChanged(text);
    }
    at += s.gap;
    const cursor = Math.floor(s.cursorAt * text.length);
    direct.activity(at, cursor, s.kind);
    activities.push({ at, offset: cursor, kind: s.kind, version });
    if (s.send) flush();
  }
  flush();
  return { direct: direct.snapshot(at + 5000), batched: recorder.snapshot(at + 5000)! };
}

describe('EffortRecorder', () => {
  it('counts the article’s time and keystrokes as the tracker does, whatever the edits', () => {
    fc.assert(
      fc.property(fc.array(step(fc.constantFrom('', 'x', ' word', '\n\n', 'Peskov')), { maxLength: 30 }), (steps) => {
        const { direct, batched } = run(steps);
        expect([batched.activeMs, batched.keystrokes]).toEqual([direct.activeMs, direct.keystrokes]);
      }),
    );
  });

  it('counts each paragraph as the tracker does while the paragraphs stay', () => {
    fc.assert(
      fc.property(fc.array(step(fc.constantFrom('', 'x', ' word', 'Peskov')), { maxLength: 30 }), (steps) => {
        const { direct, batched } = run(steps);
        expect(batched.paragraphs).toEqual(direct.paragraphs);
      }),
    );
  });

  it('places an offset after the edits that came after it, and only those', () => {
    expect(mapOffset(5, { offset: 2, length: 0, text: 'ab' })).toBe(7);
    expect(mapOffset(2, { offset: 2, length: 0, text: 'ab' })).toBe(2);
    expect(mapOffset(4, { offset: 2, length: 5, text: 'x' })).toBe(3);
    const edits: TextEdit[] = [
      { offset: 0, length: 0, text: 'abc', version: 2 },
      { offset: 0, length: 0, text: 'Z', version: 3 },
    ];
    expect(placeActivity(4, 1, edits)).toBe(8);
    expect(placeActivity(4, 2, edits)).toBe(5);
    expect(placeActivity(4, 3, edits)).toBe(4);
  });
});
