// Word-level changes of a post-edit against its MT, in text order, for F7 / Shift+F7: each
// run of inserted, deleted or replaced words with its place on both sides. Built from the
// article diff (paragraphs aligned, words diffed inside changed paragraphs), so it costs
// nothing beyond the diff the window already keeps.
import type { ArticleDiff } from './article-diff.js';
import type { DiffOp } from './word-diff.js';

export type WordChangeKind = 'insert' | 'delete' | 'replace';

export interface WordChange {
  kind: WordChangeKind;
  /** Post-edit range (UTF-16 offsets) of the changed words; empty, at the point where the
   *  words were, for a deletion. Whitespace at either end is left out. */
  peStart: number;
  peEnd: number;
  /** MT range of the words replaced or deleted; empty, at the point, for an insertion. */
  mtStart: number;
  mtEnd: number;
  /** The texts of the two ranges. */
  mtText: string;
  peText: string;
}

export interface WordChangeOptions {
  /** Also list changes of whitespace alone (a doubled space, a re-wrapped line, a split
   *  paragraph's blank line). Default false: they are not runs of words. */
  whitespace?: boolean;
}

const NON_SPACE = /\S/;

/** The changes in text order. `diff` is an ArticleDiff or its ops (which tile both texts). */
export function wordChanges(diff: ArticleDiff | readonly DiffOp[], options: WordChangeOptions = {}): WordChange[] {
  const ops = 'ops' in diff ? diff.ops : diff;
  const changes: WordChange[] = [];
  let mtAt = 0;
  let peAt = 0;
  for (let k = 0; k < ops.length; ) {
    const op = ops[k]!;
    if (op.type === 'equal') {
      mtAt = op.mtStart! + op.text.length;
      peAt = op.peStart! + op.text.length;
      k++;
      continue;
    }
    const mtFrom = mtAt;
    const peFrom = peAt;
    let mtText = '';
    let peText = '';
    for (; k < ops.length && ops[k]!.type !== 'equal'; k++) {
      const change = ops[k]!;
      if (change.type === 'delete') {
        mtText += change.text;
        mtAt = change.mtStart! + change.text.length;
      } else {
        peText += change.text;
        peAt = change.peStart! + change.text.length;
      }
    }
    const mtWords = NON_SPACE.test(mtText);
    const peWords = NON_SPACE.test(peText);
    if (!mtWords && !peWords) {
      if (options.whitespace) {
        changes.push({ kind: 'replace', peStart: peFrom, peEnd: peAt, mtStart: mtFrom, mtEnd: mtAt, mtText, peText });
      }
      continue;
    }
    const mt = trimmedRange(mtText, mtFrom);
    const pe = trimmedRange(peText, peFrom);
    changes.push({
      kind: mtWords && peWords ? 'replace' : peWords ? 'insert' : 'delete',
      peStart: pe.start,
      peEnd: pe.end,
      mtStart: mt.start,
      mtEnd: mt.end,
      mtText: mt.text,
      peText: pe.text,
    });
  }
  return changes;
}

/** `text` (placed at `offset`) without surrounding whitespace; all-whitespace collapses to
 *  an empty range at its start. */
function trimmedRange(text: string, offset: number): { start: number; end: number; text: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { start: offset, end: offset, text: '' };
  const lead = text.length - text.trimStart().length;
  return { start: offset + lead, end: offset + lead + trimmed.length, text: trimmed };
}
