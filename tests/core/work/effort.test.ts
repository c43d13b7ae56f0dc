// Active editing time and keystrokes, driven by timestamps the test chooses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeHter } from '../../../core/review/hter';
import { ACTIVE_WINDOW_MS, EffortTracker } from '../../../core/work/effort';
import { effortFigures } from '../../../core/work/effort-figures';
import { paragraphStatus, setConfirmed } from '../../../core/work/paragraph-status';

const text = 'Kerry met Lavrov.\n\nPeskov said nothing.\n\nThe talks ended late.';
const at = (fragment: string, source = text) => source.indexOf(fragment);

describe('EffortTracker', () => {
  it('time between activities counts up to 30 s, for the paragraph of the earlier one', () => {
    const tracker = new EffortTracker(text);
    tracker.activity(0, at('Kerry'), 'keystroke');
    tracker.activity(1_000, at('Kerry'), 'keystroke');
    tracker.activity(2_000, at('Lavrov'), 'selection');
    tracker.activity(102_000, at('Peskov'), 'keystroke'); // 100 s away: 30 s count
    const snapshot = tracker.snapshot(110_000);
    expect(snapshot.paragraphs.map((p) => [p.activeMs, p.keystrokes, p.words])).toEqual([
      [2_000 + ACTIVE_WINDOW_MS, 2, 3],
      [8_000, 1, 3],
      [0, 0, 4],
    ]);
    expect(snapshot).toMatchObject({ activeMs: 40_000, keystrokes: 3, words: 10 });
    // Long after, only the window counts; the snapshot does not change the tracker.
    expect(tracker.snapshot(10_000_000).paragraphs[1]!.activeMs).toBe(ACTIVE_WINDOW_MS);
    expect(tracker.snapshot(110_000).activeMs).toBe(40_000);
  });

  it('a clock that goes backwards adds no time', () => {
    const tracker = new EffortTracker(text);
    tracker.activity(10_000, 0, 'keystroke');
    tracker.activity(5_000, 0, 'keystroke');
    tracker.activity(12_000, 0, 'keystroke');
    expect(tracker.snapshot(12_000).activeMs).toBe(2_000);
  });

  it('figures follow their paragraph when paragraphs are inserted before it', () => {
    const tracker = new EffortTracker(text);
    tracker.activity(0, at('Peskov'), 'keystroke');
    tracker.activity(5_000, at('Peskov'), 'keystroke');
    const edited = `A new first paragraph.\n\n${text}`;
    tracker.textChanged(edited);
    tracker.activity(6_000, at('A new', edited), 'keystroke');
    const snapshot = tracker.snapshot(6_000);
    expect(snapshot.paragraphs.map((p) => [p.activeMs, p.keystrokes])).toEqual([[0, 1], [0, 0], [6_000, 2], [0, 0]]);
  });

  it('a paragraph edited in place keeps its figures; merged ones add up; deleted ones stay in the totals', () => {
    const tracker = new EffortTracker(text);
    tracker.activity(0, at('Kerry'), 'keystroke');
    tracker.activity(4_000, at('Peskov'), 'keystroke');
    tracker.activity(7_000, at('talks'), 'keystroke');
    const typed = text.replace('nothing', 'very little');
    tracker.textChanged(typed);
    expect(tracker.snapshot(7_000).paragraphs.map((p) => p.activeMs)).toEqual([4_000, 3_000, 0]);
    const merged = typed.replace('little.\n\nThe', 'little. The');
    tracker.textChanged(merged);
    expect(tracker.snapshot(7_000).paragraphs.map((p) => [p.activeMs, p.keystrokes])).toEqual([[4_000, 1], [3_000, 2]]);
    tracker.textChanged('Kerry met Lavrov.');
    const snapshot = tracker.snapshot(9_000);
    expect(snapshot.paragraphs.map((p) => p.activeMs)).toEqual([4_000]);
    expect(snapshot.removed).toEqual({ activeMs: 5_000, keystrokes: 2 });
    expect(snapshot).toMatchObject({ activeMs: 9_000, keystrokes: 3 });
  });

  it('save and restore keep the figures (the time up to the save included, once)', () => {
    const tracker = new EffortTracker(text);
    tracker.activity(0, at('Peskov'), 'keystroke');
    const saved = JSON.parse(JSON.stringify(tracker.save(20_000)));
    const restored = new EffortTracker(text, saved);
    expect(restored.snapshot(1_000_000)).toEqual(tracker.snapshot(20_000));
    restored.activity(50, at('Kerry'), 'keystroke'); // a new session's clock
    expect(restored.snapshot(1_050).activeMs).toBe(21_000);
  });

  it('property: totals are the capped gaps between activities, whatever the edits in between', () => {
    const event = fc.record({
      gap: fc.integer({ min: 0, max: 90_000 }),
      offset: fc.nat(),
      kind: fc.constantFrom('keystroke' as const, 'selection' as const),
      edit: fc.constantFrom('none', 'type', 'new paragraph', 'delete paragraph', 'merge'),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.integer({ min: 0, max: 90_000 }), (events, tail) => {
        let current = text;
        const tracker = new EffortTracker(current);
        let now = 0;
        let expected = 0;
        let keystrokes = 0;
        events.forEach(({ gap, offset, kind, edit }, k) => {
          if (k > 0) expected += Math.min(gap, ACTIVE_WINDOW_MS);
          now += gap;
          if (edit === 'type') current = `${current.slice(0, offset % (current.length + 1))}x${current.slice(offset % (current.length + 1))}`;
          else if (edit === 'new paragraph') current = `New ${k}.\n\n${current}`;
          else if (edit === 'delete paragraph') current = current.split('\n\n').slice(1).join('\n\n');
          else if (edit === 'merge') current = current.replace('\n\n', ' ');
          if (edit !== 'none') tracker.textChanged(current);
          tracker.activity(now, offset % (current.length + 1), kind);
          if (kind === 'keystroke') keystrokes++;
        });
        if (events.length > 0) expected += Math.min(tail, ACTIVE_WINDOW_MS);
        const snapshot = tracker.snapshot(now + tail);
        expect(snapshot.activeMs).toBe(expected);
        expect(snapshot.keystrokes).toBe(keystrokes);
        const sum = snapshot.paragraphs.reduce((total, p) => total + p.activeMs, snapshot.removed.activeMs);
        expect(sum).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('effortFigures', () => {
  it('seconds, keystrokes and seconds per word per paragraph, next to each paragraph’s TER', () => {
    const seeds = path.resolve(__dirname, '../../../seeds');
    const mt = readFileSync(path.join(seeds, 'kremlin-kerry.mt.txt'), 'utf8');
    const pe = readFileSync(path.join(seeds, 'kremlin-kerry.pe.txt'), 'utf8');
    const tracker = new EffortTracker(pe);
    tracker.activity(0, 0, 'keystroke');
    tracker.activity(12_340, 0, 'keystroke');
    const status = setConfirmed(paragraphStatus(pe), 0, true);
    const figures = effortFigures(tracker.snapshot(12_340), { hter: computeHter(mt, pe), status });
    expect(figures).toMatchObject({ activeSeconds: 12.3, keystrokes: 2, hter: 39.05, confirmed: { confirmed: 1, total: 10 } });
    expect(figures.paragraphs[0]).toMatchObject({ paragraph: 0, activeSeconds: 12.3, keystrokes: 2, ter: 100, confirmed: true });
    expect(figures.paragraphs[0]!.secondsPerWord).toBeCloseTo(12.34 / figures.paragraphs[0]!.words, 2);
    expect(figures.paragraphs[1]).toMatchObject({ activeSeconds: 0, keystrokes: 0, secondsPerWord: 0, confirmed: false });
    expect(figures.paragraphs.map((p) => p.ter)).toEqual(computeHter(mt, pe).paragraphs.map((p) => Math.round(p.ter * 100) / 100));
  });

  it('no words, no seconds per word', () => {
    const figures = effortFigures(new EffortTracker('').snapshot(0));
    expect(figures).toEqual({ activeSeconds: 0, keystrokes: 0, words: 0, secondsPerWord: null, paragraphs: [], removed: { activeSeconds: 0, keystrokes: 0 } });
  });
});
