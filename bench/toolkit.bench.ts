// Toolkit bench (issue 13's engine parts): editing a glossary in place against loading it,
// the per-keystroke bookkeeping of paragraph status and effort against splitting the
// paragraphs (which the diff does anyway), and the F7 change list plus repeated-edit
// offers against the article diff they are built from. Fixed seeds: same inputs each run.
import { editGlossary, openGlossaryDocument } from '../core/glossary/edit-document';
import { loadGlossary } from '../core/glossary/load-glossary';
import { diffArticle } from '../core/review/article-diff';
import { wordChanges } from '../core/review/change-runs';
import { findRepeatedEdits } from '../core/review/repeated-edits';
import { splitParagraphs } from '../core/text/paragraphs';
import { EffortTracker } from '../core/work/effort';
import { paragraphStatus, setConfirmed, updateParagraphStatus } from '../core/work/paragraph-status';
import { makeVocabulary, seededRandom } from './generate';
import { formatTable, medianMs, ms, percentile, timeIt } from './timing';

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** An OmegaT-style TSV glossary of `count` entries, with comments and a note column. */
function tsvGlossary(count: number, vocabulary: readonly string[], random: () => number): Uint8Array {
  const word = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
  let text = '# Glossary in tab-separated format -*- coding: utf-8 -*-\n# source\ttarget\tnote\n';
  for (let k = 0; k < count; k++) {
    text += `${word()} ${word()} ${k}\t${word()} ${k}${random() < 0.5 ? `\tnote ${word()}` : ''}\n`;
    if (k % 1000 === 999) text += `\n# section ${k + 1}\n`;
  }
  return new TextEncoder().encode(text);
}

/** `words` words in paragraphs of 60–140 words; the post-edit replaces `rate` of them and
 *  fixes one recurring MT phrase everywhere but in every fifth paragraph. */
function articlePair(words: number, rate: number, vocabulary: readonly string[], random: () => number): { mt: string; pe: string } {
  const mt: string[] = [];
  const pe: string[] = [];
  for (let total = 0; total < words; ) {
    const length = 60 + Math.floor(random() * 81);
    const source: string[] = [];
    const edited: string[] = [];
    for (let i = 0; i < length; i++) {
      const word = vocabulary[Math.floor(random() ** 2 * vocabulary.length)]!;
      source.push(word);
      edited.push(random() < rate ? vocabulary[Math.floor(random() * vocabulary.length)]! : word);
    }
    source.push('far enough for midnight.');
    edited.push(mt.length % 5 === 4 ? 'far enough for midnight.' : 'well past midnight.');
    mt.push(source.join(' '));
    pe.push(edited.join(' '));
    total += length + 4;
  }
  return { mt: mt.join('\n\n'), pe: pe.join('\n\n') };
}

export async function runToolkitBench(): Promise<string> {
  const random = seededRandom(20261113);
  const vocabulary = makeVocabulary(6_000, random);
  const lines: string[] = [];

  // 1. One edit (update an entry in the middle) against loading the same file: an edit
  //    rewrites the changed line and checks the result by loading it, so ≈ 1–2 loads.
  const editRows: string[][] = [];
  for (const count of [1_000, 10_000, 100_000]) {
    const bytes = tsvGlossary(count, vocabulary, random);
    collectGarbage();
    const loadMs = medianMs(3, () => loadGlossary('g.tsv', bytes));
    const openMs = medianMs(3, () => openGlossaryDocument('g.tsv', bytes));
    const document = openGlossaryDocument('g.tsv', bytes);
    const middle = document.entries[Math.floor(count / 2)]!;
    const editMs = medianMs(3, () => editGlossary(document, { type: 'update', id: middle.id, entry: { source: middle.source, target: 'edited' } }));
    editRows.push([count.toLocaleString('en'), ms(loadMs), ms(openMs), ms(editMs), `${(editMs / loadMs).toFixed(2)}×`]);
  }
  lines.push('Glossary manager: open a TSV glossary for editing, and one edit (update + read-back check), median of 3; goal: an edit ≤ 3 × loading the file:', '');
  lines.push(formatTable(['entries', 'loadGlossary', 'open document', 'one edit', 'edit / load'], editRows));

  // 2. Per keystroke on a 50,000-word article: confirmation status and effort follow the
  //    paragraphs (given already split, as the review worker has them).
  const { mt, pe: edited } = articlePair(50_000, 0.1, vocabulary, random);
  let pe = edited;
  let status = setConfirmed(setConfirmed(paragraphStatus(pe), 3, true), 40, true);
  const tracker = new EffortTracker(pe);
  const splitTimes: number[] = [];
  const keepTimes: number[] = [];
  let cursor = Math.floor(pe.length / 3);
  collectGarbage();
  for (let key = 0; key < 200; key++) {
    if (random() < 0.1) cursor = Math.floor(random() * pe.length);
    pe = `${pe.slice(0, cursor)}x${pe.slice(cursor)}`;
    cursor++;
    const split = timeIt(() => splitParagraphs(pe));
    const kept = timeIt(() => {
      status = updateParagraphStatus(status, split.result);
      tracker.textChanged(split.result);
      tracker.activity(key * 150, cursor, 'keystroke');
    });
    splitTimes.push(split.ms);
    keepTimes.push(kept.ms);
  }
  const ratio = (p: number) => (percentile(keepTimes, p) / percentile(splitTimes, p)).toFixed(2);
  lines.push('', `Per keystroke, 50,000-word article (${splitParagraphs(pe).length} paragraphs), 200 keystrokes: paragraph status + effort, given the paragraphs; goal: p50 and p95 ≤ 0.5 × splitting the paragraphs (which the diff does on every keystroke anyway):`, '');
  lines.push(formatTable(['work', 'median', 'p95', 'max'], [
    ['splitParagraphs (baseline)', ms(percentile(splitTimes, 50)), ms(percentile(splitTimes, 95)), ms(Math.max(...splitTimes))],
    ['status + effort update', ms(percentile(keepTimes, 50)), ms(percentile(keepTimes, 95)), ms(Math.max(...keepTimes))],
    ['ratio', `${ratio(50)}×`, `${ratio(95)}×`, ''],
  ]));

  // 3. F7's change list and the repeated-edit offers against the diff they read.
  collectGarbage();
  findRepeatedEdits(mt, pe, diffArticle(mt, pe)); // warm-up (the engine's Unicode tables)
  const diffMs = medianMs(5, () => diffArticle(mt, pe));
  const diff = diffArticle(mt, pe);
  const changesMs = medianMs(5, () => wordChanges(diff));
  const offersMs = medianMs(5, () => findRepeatedEdits(mt, pe, diff));
  const changes = wordChanges(diff);
  const offers = findRepeatedEdits(mt, pe, diff);
  const top = offers[0];
  lines.push('', `Word-level changes and repeated-edit offers, the same 50,000-word article (10 % of words replaced), median of 5; goals: the change list ≤ 0.25 × the diff (it follows every diff), the offers ≤ 1 × the diff (they are looked for when typing pauses):`, '');
  lines.push(formatTable(['work', 'time', 'vs diff', 'result'], [
    ['diffArticle (baseline)', ms(diffMs), '1×', `${diff.ops.length} ops`],
    ['wordChanges (F7 list)', ms(changesMs), `${(changesMs / diffMs).toFixed(3)}×`, `${changes.length} changes`],
    ['findRepeatedEdits', ms(offersMs), `${(offersMs / diffMs).toFixed(3)}×`, top ? `${offers.length} offers; top “${top.from} → ${top.to}” done ${top.done.length}, remaining ${top.remaining.length}` : 'no offers'],
  ]));
  return lines.join('\n');
}
