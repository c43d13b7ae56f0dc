// Confirmed paragraphs follow their text through edits elsewhere; editing one drops it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../core/text/paragraphs';
import { mapParagraphs } from '../../../core/work/paragraph-map';
import {
  confirmedCount,
  nextUnconfirmed,
  paragraphIndexAt,
  paragraphStatus,
  restoreParagraphStatus,
  saveParagraphStatus,
  setConfirmed,
  updateParagraphStatus,
} from '../../../core/work/paragraph-status';

const article = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('paragraph status', () => {
  const base = article('Kerry met Lavrov.', 'Peskov said nothing.', 'The talks ended late.', 'Both sides were pleased.');

  it('inserting or deleting paragraphs before a confirmed one keeps it confirmed', () => {
    let status = setConfirmed(paragraphStatus(base), 2, true);
    expect(confirmedCount(status)).toEqual({ confirmed: 1, total: 4 });
    status = updateParagraphStatus(status, article('A new lead paragraph.', 'Kerry met Lavrov.', 'Peskov said nothing.', 'The talks ended late.', 'Both sides were pleased.'));
    expect(status.confirmed).toEqual([false, false, false, true, false]);
    status = updateParagraphStatus(status, article('Kerry met Lavrov.', 'The talks ended late.', 'Both sides were pleased.'));
    expect(status.confirmed).toEqual([false, true, false]);
  });

  it('editing, splitting or merging a confirmed paragraph un-confirms it; its neighbours keep theirs', () => {
    const all = [0, 1, 2, 3].reduce((s, k) => setConfirmed(s, k, true), paragraphStatus(base));
    expect(updateParagraphStatus(all, base.replace('nothing', 'little')).confirmed).toEqual([true, false, true, true]);
    expect(updateParagraphStatus(all, base.replace('The talks ended late.', 'The talks ended.\n\nIt was late.')).confirmed).toEqual([true, true, false, false, true]);
    expect(updateParagraphStatus(all, base.replace('nothing.\n\nThe', 'nothing. The')).confirmed).toEqual([true, false, true]);
  });

  it('re-wrapping other paragraphs or changing the blank lines between them keeps confirmations', () => {
    const status = setConfirmed(paragraphStatus(base), 3, true);
    expect(updateParagraphStatus(status, base.replace(/\n\n/g, '\n\n\n')).confirmed).toEqual([false, false, false, true]);
  });

  it('next unconfirmed paragraph after the cursor’s, wrapping round; none when all are done', () => {
    let status = setConfirmed(setConfirmed(paragraphStatus(base), 1, true), 2, true);
    expect(nextUnconfirmed(status, 0)).toBe(3);
    expect(nextUnconfirmed(status, 3)).toBe(0);
    status = setConfirmed(setConfirmed(status, 0, true), 3, true);
    expect(nextUnconfirmed(status, 3)).toBeUndefined();
    expect(nextUnconfirmed(paragraphStatus(''), 0)).toBeUndefined();
  });

  it('saves and restores by paragraph and fingerprint; an edited paragraph is not restored', () => {
    const status = setConfirmed(setConfirmed(paragraphStatus(base), 0, true), 3, true);
    const saved = JSON.parse(JSON.stringify(saveParagraphStatus(status)));
    expect(restoreParagraphStatus(base, saved).confirmed).toEqual([true, false, false, true]);
    const moved = article('New first paragraph.', 'Kerry met Lavrov.', 'Peskov said nothing.', 'The talks ended late.', 'Both sides were pleased!');
    expect(restoreParagraphStatus(moved, saved).confirmed).toEqual([false, true, false, false, false]);
  });

  it('paragraphIndexAt: inside, between (the next one) and after the last', () => {
    const paragraphs = splitParagraphs(base);
    expect(paragraphIndexAt(paragraphs, 0)).toBe(0);
    expect(paragraphIndexAt(paragraphs, base.indexOf('Peskov') + 3)).toBe(1);
    expect(paragraphIndexAt(paragraphs, base.indexOf('Peskov') - 1)).toBe(1);
    expect(paragraphIndexAt(paragraphs, base.indexOf('nothing.') + 'nothing.'.length)).toBe(1);
    expect(paragraphIndexAt(paragraphs, base.length + 5)).toBe(3);
    expect(paragraphIndexAt([], 0)).toBe(-1);
  });

  // Model: paragraphs with identities; a confirmation survives until its paragraph is edited.
  it('property: a paragraph stays confirmed exactly until it is edited, whatever happens elsewhere', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), sync: fc.boolean() }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), sync: fc.boolean() }),
      fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), sync: fc.boolean() }),
      fc.record({ kind: fc.constant('confirm' as const), at: fc.nat(), sync: fc.constant(true) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(op, { maxLength: 25 }), (count, ops) => {
        let serial = 0;
        const fresh = () => ({ text: `Paragraph ${serial++} of the article.`, confirmed: false });
        const model = Array.from({ length: count }, fresh);
        let status = paragraphStatus(article(...model.map((p) => p.text)));
        // Several edits may reach the status at once (`sync` false: the window has not
        // told it yet), as when an undo restores many paragraphs.
        const sync = () => (status = updateParagraphStatus(status, article(...model.map((p) => p.text))));
        for (const { kind, at, sync: now } of ops) {
          const k = model.length ? at % model.length : 0;
          if (kind === 'insert') model.splice(at % (model.length + 1), 0, fresh());
          else if (kind === 'delete' && model.length) model.splice(k, 1);
          else if (kind === 'edit' && model.length) model[k] = { text: `${model[k]!.text} Edited ${serial++}.`, confirmed: false };
          else if (kind === 'confirm' && model.length) {
            sync();
            model[k] = { ...model[k]!, confirmed: true };
            status = setConfirmed(status, k, true);
            continue;
          }
          if (now) sync();
        }
        sync();
        expect(status.confirmed).toEqual(model.map((p) => p.confirmed));
      }),
      { numRuns: 300 },
    );
  });

  it('mapParagraphs: equal paragraphs found after a common head and tail; edits pair in order; merges add up', () => {
    const mapping = mapParagraphs(['a', 'b', 'c', 'd', 'e'], ['a', 'X', 'c', 'e']);
    expect([...mapping.unchanged]).toEqual([0, -1, 2, 4]);
    expect(mapping.carried).toEqual([[0], [1], [2], [4]]);
    expect(mapping.dropped).toEqual([3]);
    expect(mapParagraphs(['a', 'b', 'c', 'd'], ['a', 'bc', 'd']).carried).toEqual([[0], [1, 2], [3]]);
    expect(mapParagraphs(['a', 'b'], ['new', 'a', 'b']).carried).toEqual([[], [0], [1]]);
  });
});
