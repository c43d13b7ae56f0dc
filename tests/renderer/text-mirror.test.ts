// The workers' copy of the post-edit (renderer/engine/text-mirror.ts), kept up to date by
// the edits TextSync records (renderer/engine/text-sync.ts): after any session of edits —
// several per event as Apply all makes them, requests at any moment, a worker that missed
// an update — the copy is the editor's text, or the worker says it cannot follow.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, TextMirror, type TextUpdate } from '../../renderer/engine/text-mirror';
import { TextSync, type SyncedModel } from '../../renderer/engine/text-sync';

type Change = { rangeOffset: number; rangeLength: number; text: string };

/** A text model as TextSync sees Monaco's: a version per event, the event's changes
 *  listed from the end of the text backwards (so applying them in order is right). */
class FakeModel implements SyncedModel {
  private version = 1;
  private listeners = new Set<(event: { versionId: number; changes: readonly Change[] }) => void>();
  constructor(public value: string) {}
  getVersionId(): number {
    return this.version;
  }
  getValue(): string {
    return this.value;
  }
  getValueLength(): number {
    return this.value.length;
  }
  isDisposed(): boolean {
    return false;
  }
  onDidChangeContent(listener: (event: { versionId: number; changes: readonly Change[] }) => void) {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }
  /** Non-overlapping replacements in offsets of the current text, made at once. */
  edit(replacements: Array<{ start: number; end: number; text: string }>): void {
    const sorted = [...replacements].sort((a, b) => b.start - a.start);
    const changes = sorted.map((r) => ({ rangeOffset: r.start, rangeLength: r.end - r.start, text: r.text }));
    for (const change of changes) this.value = this.value.slice(0, change.rangeOffset) + change.text + this.value.slice(change.rangeOffset + change.rangeLength);
    this.version++;
    for (const listener of this.listeners) listener({ versionId: this.version, changes });
  }
}

const insertText = fc.constantFrom('', 'a', ' ', 'Peskov', '\n\n', 'Зеленский ', '“x”', '😀');
/** An event: up to four replacements at fractions of the text, made non-overlapping. */
const event = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(6), insertText), { minLength: 1, maxLength: 4 });
const step = fc.oneof(
  { weight: 6, arbitrary: event.map((e) => ({ type: 'edit' as const, e })) },
  { weight: 3, arbitrary: fc.constant({ type: 'request' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'lost' as const }) },
);

function replacementsOf(text: string, e: Array<[number, number, string]>): Array<{ start: number; end: number; text: string }> {
  const taken: Array<{ start: number; end: number; text: string }> = [];
  for (const [at, length, insert] of e) {
    const start = Math.floor(at * text.length);
    const end = Math.min(text.length, start + length);
    if (taken.some((r) => start <= r.end && r.start <= end)) continue;
    taken.push({ start, end, text: insert });
  }
  return taken;
}

describe('TextSync → TextMirror', () => {
  it('the copy is the editor text after every request, through lost updates and resyncs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(step, { maxLength: 40 }), (initial, steps) => {
        const model = new FakeModel(initial);
        const sync = new TextSync();
        sync.attach(model, 'the MT');
        const mirror = new TextMirror();
        for (const s of [...steps, { type: 'request' as const }]) {
          if (s.type === 'edit') model.edit(replacementsOf(model.value, s.e));
          else if (s.type === 'lost') sync.update(); // sent, never arrived
          else {
            let got = mirror.apply(sync.update());
            if (got === undefined) {
              sync.resync();
              got = mirror.apply(sync.update());
            }
            expect(got).toBe(model.value);
            expect(mirror.mt).toBe('the MT');
          }
        }
      }),
    );
  });

  it('sends edits, not the text, once the worker has it', () => {
    const model = new FakeModel('Sands said. '.repeat(1000));
    const sync = new TextSync();
    sync.attach(model);
    expect(sync.update().kind).toBe('full');
    model.edit([{ start: 5, end: 5, text: 'x' }]);
    const update = sync.update();
    expect(update).toMatchObject({ kind: 'edits', from: 1, version: 2, length: model.value.length });
    expect(update.kind === 'edits' && update.edits).toEqual([{ offset: 5, length: 0, text: 'x', version: 2 }]);
  });

  it('falls back to the whole text when the edits outweigh it', () => {
    const model = new FakeModel('short');
    const sync = new TextSync();
    sync.attach(model);
    sync.update();
    model.edit([{ start: 0, end: 5, text: 'a much longer text than before' }]);
    expect(sync.update().kind).toBe('full');
  });

  it('a new article starts from its whole text, and an old update is refused', () => {
    const first = new FakeModel('one '.repeat(50));
    const sync = new TextSync();
    const mirror = new TextMirror();
    sync.attach(first);
    mirror.apply(sync.update());
    first.edit([{ start: 3, end: 3, text: '!' }]);
    const stale = sync.update();
    sync.attach(new FakeModel('two'));
    expect(mirror.apply(sync.update())).toBe('two');
    expect(mirror.apply(stale)).toBeUndefined();
  });

  it('refuses edits that do not add up to the announced length', () => {
    const mirror = new TextMirror();
    mirror.apply({ kind: 'full', doc: 1, version: 1, text: 'abc' });
    const wrong: TextUpdate = { kind: 'edits', doc: 1, from: 1, version: 2, edits: [{ offset: 1, length: 0, text: 'x' }], length: 5 };
    expect(mirror.apply(wrong)).toBeUndefined();
    expect(mirror.text).toBe('abc');
    expect(() => applyEdits('abc', [{ offset: 2, length: 5, text: '' }])).toThrow(RangeError);
  });
});
