// Huge paragraphs: the word diff stays exact and near-linear when few words changed, and
// falls back to a bounded, coarser diff (by sentence, else whole) when a huge paragraph
// was rewritten; HTER is exact piecewise or estimated, and both say which. Functional
// assertions only: the timings are `npm run bench` rows (review bench).
import { describe, expect, it } from 'vitest';
import { diffArticle, precisionNotes } from '../../../core/review/article-diff.js';
import { computeHter, scoreGroup, TER_SENTENCE_WORDS } from '../../../core/review/hter.js';
import { diffSequencesWithin } from '../../../core/text/myers.js';
import { terWords, translationEditRate } from '../../../core/review/ter.js';
import { wordDiffDetailed, type DiffOp } from '../../../core/review/word-diff.js';
import { exportReport } from '../../../core/export/report.js';

const mtSide = (ops: readonly DiffOp[]): string => ops.filter((op) => op.type !== 'insert').map((op) => op.text).join('');
const peSide = (ops: readonly DiffOp[]): string => ops.filter((op) => op.type !== 'delete').map((op) => op.text).join('');

/** Deterministic sentences from a small vocabulary, as one paragraph. */
function sentences(count: number, seed: number): string[] {
  const words = 'the minister said that talks on trade would continue next week in moscow after a long night of'.split(' ');
  let state = seed;
  const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff);
  return Array.from({ length: count }, () => {
    const length = 8 + (next() % 10);
    const sentence = Array.from({ length }, () => words[next() % words.length]).join(' ');
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
  });
}

describe('diffSequencesWithin', () => {
  it('gives the same runs as an unbounded diff within budget, and undefined past it', () => {
    const a = Int32Array.from({ length: 4000 }, (_, i) => i % 97);
    const b = Int32Array.from({ length: 4000 }, (_, i) => (i * 7) % 89);
    expect(diffSequencesWithin(a, b, 1_000)).toBeUndefined();
    const runs = diffSequencesWithin(a, b, Infinity)!;
    expect(diffSequencesWithin(a, b, 1e9)).toEqual(runs);
  });
});

describe('the word diff of a huge paragraph', () => {
  const mt = sentences(40_000, 7); // about 2.7 MB, one paragraph

  it('with a few edited words: exact, word by word, and the ops rebuild both texts', () => {
    const pe = [...mt];
    const edited = [1_000, 15_000, 39_999];
    for (const index of edited) pe[index] = pe[index]!.replace(/^\w+/, 'Yesterday');
    const { ops, level } = wordDiffDetailed(mt.join(' '), pe.join(' '));
    expect(level).toBe('words');
    expect(mtSide(ops)).toBe(mt.join(' '));
    expect(peSide(ops)).toBe(pe.join(' '));
    expect(ops.filter((op) => op.type === 'insert').map((op) => op.text)).toEqual(edited.map(() => 'Yesterday'));
  });

  it('rewritten end to end: compared as a whole, within the budget, and still exact text', () => {
    const other = sentences(40_000, 99).join(' ');
    const { ops, level } = wordDiffDetailed(mt.join(' '), other);
    expect(level).not.toBe('words');
    expect(mtSide(ops)).toBe(mt.join(' '));
    expect(peSide(ops)).toBe(other);
  });

  it('with every tenth sentence rewritten: by sentence, unchanged sentences kept, small changes word by word', () => {
    const pe = mt.map((sentence, index) => (index % 10 === 3 ? sentences(1, index)[0]! : sentence));
    const { ops, level } = wordDiffDetailed(mt.join(' '), pe.join(' '));
    expect(level).toBe('sentences');
    expect(mtSide(ops)).toBe(mt.join(' '));
    expect(peSide(ops)).toBe(pe.join(' '));
    // Unchanged sentences are equal text, never deleted and inserted again.
    const equalText = ops.filter((op) => op.type === 'equal').map((op) => op.text).join('');
    expect(equalText).toContain(mt[4]!.slice(0, -1));
    // Inside a changed sentence the diff is word-level: some words of it are kept.
    expect(ops.some((op) => op.type === 'delete' && op.text.length < mt[3]!.length)).toBe(true);
  });
});

describe('the article diff and HTER of a huge paragraph', () => {
  const mt = sentences(6_000, 3).join(' ');

  it('a few changes: no notes, HTER of the words changed', () => {
    const pe = mt.replace('The minister', 'The Minister of trade');
    const diff = diffArticle(mt, pe);
    expect(diff.groups.map((group) => group.coarse)).toEqual([undefined]);
    const hter = computeHter(mt, pe, { diff });
    expect(hter.estimatedParagraphs).toBeUndefined();
    expect(hter.edits).toBeGreaterThan(0);
    expect(hter.edits).toBeLessThan(5);
    expect(precisionNotes(diff.groups, hter.paragraphs)).toEqual([]);
  });

  it('rewritten: the diff and the HTER say they are coarse, and the report says so', () => {
    const pe = sentences(6_000, 1234).join(' ');
    const diff = diffArticle(mt, pe);
    expect(diff.groups[0]!.coarse).toBeDefined();
    const hter = computeHter(mt, pe, { diff });
    expect(hter.estimatedParagraphs).toBe(1);
    expect(hter.paragraphs[0]!.estimated).toBe(true);
    const notes = precisionNotes(diff.groups, hter.paragraphs);
    expect(notes).toHaveLength(2);
    const report = new TextDecoder().decode(exportReport({ mt, postEdit: pe, language: 'en', lineEnding: '\n' }));
    expect(report).toContain('Note: MT ¶1: too long for an exact TER');
    expect(report).toMatch(/TER ≈ [\d.]+ % \(estimated\)/);
  }, 30_000);
});

describe('scoreGroup', () => {
  it('cut at long unchanged runs, a long group scores what one TER sentence scores', () => {
    const hyp = terWords(sentences(700, 11).join(' '));
    expect(hyp.length).toBeGreaterThan(TER_SENTENCE_WORDS);
    const ref = [...hyp];
    for (const at of [100, 2_000, 4_000, hyp.length - 5]) ref[at] = 'changed';
    ref.splice(3_000, 0, 'inserted', 'words');
    ref.splice(5_000, 3);
    const { counts, estimated } = scoreGroup(hyp, ref);
    expect(estimated).toBe(false);
    expect(counts).toEqual(translationEditRate(hyp, ref));
  });

  it('estimates a long group with nothing in common, erring high', () => {
    const hyp = terWords(sentences(700, 5).join(' '));
    const ref = terWords(sentences(700, 6).join(' '));
    const { counts, estimated } = scoreGroup(hyp, ref);
    expect(estimated).toBe(true);
    expect(counts.refWords).toBe(ref.length);
    expect(counts.shifts).toBe(0);
    expect(counts.edits).toBeGreaterThanOrEqual(Math.abs(hyp.length - ref.length));
  });
});
