// Which paragraph of the old post-edit each paragraph of the new one continues, so
// per-paragraph work (confirmation, editing time) follows its paragraph when paragraphs
// are inserted or deleted elsewhere. Identical paragraphs are matched first (Myers over
// paragraph texts, after the common head and tail, which is all a keystroke leaves);
// between those, paragraphs pair up in order: an edited paragraph continues the one it was.
import { diffSequences } from '../text/myers.js';

export interface ParagraphMapping {
  /** For each new paragraph: the old paragraph it continues with the same text, or -1. */
  unchanged: Int32Array;
  /** For each new paragraph: the old paragraphs it carries on (itself edited, or others
   *  merged into it); empty for a new paragraph. */
  carried: number[][];
  /** Old paragraphs that no new paragraph carries on (deleted). */
  dropped: number[];
}

export function mapParagraphs(oldTexts: readonly string[], newTexts: readonly string[]): ParagraphMapping {
  const unchanged = new Int32Array(newTexts.length).fill(-1);
  const carried: number[][] = newTexts.map(() => []);
  const dropped: number[] = [];
  const pair = (i: number, j: number): void => {
    carried[j]!.push(i);
    if (oldTexts[i] === newTexts[j]) unchanged[j] = i;
  };

  let head = 0;
  const shorter = Math.min(oldTexts.length, newTexts.length);
  while (head < shorter && oldTexts[head] === newTexts[head]) pair(head, head++);
  let tail = 0;
  while (tail < shorter - head && oldTexts[oldTexts.length - 1 - tail] === newTexts[newTexts.length - 1 - tail]) tail++;

  const ids = new Map<string, number>();
  const idOf = (text: string): number => {
    let id = ids.get(text);
    if (id === undefined) ids.set(text, (id = ids.size));
    return id;
  };
  const oldEnd = oldTexts.length - tail;
  const newEnd = newTexts.length - tail;
  const oldIds = Int32Array.from(oldTexts.slice(head, oldEnd), idOf);
  const newIds = Int32Array.from(newTexts.slice(head, newEnd), idOf);
  let i = head;
  let j = head;
  const gap = (iTo: number, jTo: number): void => {
    if (jTo === j) for (; i < iTo; i++) dropped.push(i);
    for (; i < iTo && j < jTo; i++, j++) pair(i, j);
    for (; i < iTo; i++) carried[jTo - 1]!.push(i); // merged into the gap's last paragraph
    j = jTo;
  };
  for (const run of diffSequences(oldIds, newIds)) {
    gap(head + run.aStart, head + run.bStart);
    for (let k = 0; k < run.length; k++) pair(i++, j++);
  }
  gap(oldEnd, newEnd);
  for (let k = 0; k < tail; k++) pair(i++, j++);
  return { unchanged, carried, dropped };
}
