// The status bar's edit figures (renderer/engine/edit-meter.ts) are the review report's:
// on generated articles edited again and again through one long-lived meter (its caches
// warm, as in the window), HTER, TER edits and changed words equal what core's
// computeHter and the export summary compute from scratch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReviewSummary } from '../../core/export/summary';
import { computeHter } from '../../core/review/hter';
import { EditMeter } from '../../renderer/engine/edit-meter';

const word = fc.constantFrom('Putin', 'Kerry', 'met', 'the', 'minister', 'in', 'Moscow', 'said', 'Peskov', 'talks', 'Syria', 'on', 'Friday', '«да»', 'Лавров');
const paragraph = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => `${words.join(' ')}.`);
const article = fc.array(paragraph, { minLength: 1, maxLength: 8 }).map((paragraphs) => paragraphs.join('\n\n'));

/** An edit an editor makes: replace, insert or delete a stretch of the text. */
const edit = fc.tuple(fc.nat(), fc.nat(12), fc.constantFrom('', ' ', 'the ', 'State Duma', '\n\n', 'Peskov said ', 'x'));

function applyEdit(text: string, [at, length, insert]: [number, number, string]): string {
  const start = text.length === 0 ? 0 : at % (text.length + 1);
  return text.slice(0, start) + insert + text.slice(start + length);
}

describe('EditMeter', () => {
  it('gives the figures the report gives, after every edit of a long session', () => {
    fc.assert(
      fc.property(article, fc.array(edit, { minLength: 1, maxLength: 12 }), (mt, edits) => {
        const meter = new EditMeter();
        let postEdit = mt;
        for (const step of edits) {
          postEdit = applyEdit(postEdit, step);
          const figures = meter.measure(mt, postEdit);
          const hter = computeHter(mt, postEdit);
          expect(figures.ter).toBeCloseTo(hter.ter, 9);
          expect([figures.edits, figures.refWords, figures.inserted, figures.deleted, figures.substituted, figures.shifts, figures.charsChanged])
            .toEqual([hter.edits, hter.refWords, hter.inserted, hter.deleted, hter.substituted, hter.shifts, hter.charsChanged]);
          expect(figures.paragraphs).toBe(hter.paragraphs.length);
          expect(figures.changedParagraphs).toBe(hter.paragraphs.filter((p) => p.edits > 0).length);
          const { counts } = buildReviewSummary({ mt, postEdit, lineEnding: '\n', language: 'en' });
          expect([figures.changedWords, figures.deletedWords]).toEqual([counts.changedWords, counts.deletedWords]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
