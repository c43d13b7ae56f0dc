// Numbers must survive post-editing: each number of the original paragraph should be in
// the aligned post-edit paragraph and vice versa. The original is the source where there
// is one (the MT may have got a number wrong: 47 → 74 is then the editor's fix, not a
// slip), else the MT. Numbers are compared by value (core/language/numbers): against the
// MT leniently, since MT keeps the source's formats (1,000 = 1 000 = 1000, 1,5 = 1.5);
// against the source each side in its own language's format (German "12.000" = English
// "12,000").
import { findNumbers, type WrittenNumber } from '../language/numbers.js';
import { alignParagraphs } from '../review/align.js';
import type { SourceAlignmentGroup } from '../review/align-source.js';
import type { Paragraph } from '../text/paragraphs.js';
import type { QaIssue } from './types.js';

export function checkNumbers(paragraphs: readonly Paragraph[], mtParagraphs: readonly Paragraph[]): QaIssue[] {
  const issues: QaIssue[] = [];
  const groups = alignParagraphs(mtParagraphs.map((p) => p.text), paragraphs.map((p) => p.text));
  for (const group of groups) {
    if (group.pe.length === 0 || group.mt.length === 0) continue;
    const edited = group.pe.map((index) => paragraphs[index]!);
    const { unmatchedOriginal, unmatchedEdited } = matchNumbers(
      group.mt.flatMap((index) => numbersOf(mtParagraphs[index]!, undefined)),
      edited.flatMap((paragraph) => numbersOf(paragraph, undefined)),
    );
    for (const number of unmatchedEdited) issues.push(numberIssue(number, `${number.text} is not in the MT of this paragraph`));
    for (const number of unmatchedOriginal) issues.push(wholeGroupIssue(edited, `${number.text} from the MT is missing in this paragraph`));
  }
  return issues;
}

export interface NumberLanguages {
  source?: string;
  target?: string;
}

/**
 * Numbers of each post-edit paragraph against its source paragraph(s). A post-edit number
 * the source lacks is flagged on the number itself, with the source number it most likely
 * replaced (the first unmatched one, in order: 47 → 74); a source number with no
 * counterpart at all is flagged on the whole paragraph, where it should have been.
 */
export function checkNumbersAgainstSource(
  paragraphs: readonly Paragraph[],
  sourceParagraphs: readonly Paragraph[],
  groups: readonly SourceAlignmentGroup[],
  languages: NumberLanguages = {},
): QaIssue[] {
  const issues: QaIssue[] = [];
  for (const group of groups) {
    if (group.target.length === 0 || group.source.length === 0) continue;
    const edited = group.target.map((index) => paragraphs[index]!);
    const { unmatchedOriginal, unmatchedEdited } = matchNumbers(
      group.source.flatMap((index) => numbersOf(sourceParagraphs[index]!, languages.source)),
      edited.flatMap((paragraph) => numbersOf(paragraph, languages.target)),
    );
    unmatchedEdited.forEach((number, k) => {
      const replaced = unmatchedOriginal[k];
      issues.push(
        replaced
          ? { ...numberIssue(number, `${described(number)} does not match the source, which has ${described(replaced)} here`), sourceSpan: spanOf(replaced) }
          : numberIssue(number, `${number.text} is not in the source of this paragraph`),
      );
    });
    for (const number of unmatchedOriginal.slice(unmatchedEdited.length)) {
      issues.push({ ...wholeGroupIssue(edited, `${number.text} from the source is missing in this paragraph`), sourceSpan: spanOf(number) });
    }
  }
  return issues;
}

interface PlacedNumber extends WrittenNumber {
  paragraph: Paragraph;
}

function numbersOf(paragraph: Paragraph, language: string | undefined): PlacedNumber[] {
  return findNumbers(paragraph.text, language).map((number) => ({ ...number, paragraph }));
}

/**
 * Pairs equal numbers in order, counting repeats; returns what is left on each side. Each
 * edited number takes the first original not yet taken that shares a value with it: one
 * queue of originals per value, whose head only moves forward, so a paragraph with a
 * hundred thousand numbers stays linear.
 */
function matchNumbers(original: readonly PlacedNumber[], edited: readonly PlacedNumber[]) {
  const byValue = new Map<string, { queue: number[]; head: number }>();
  original.forEach((number, k) => {
    for (const value of number.values) {
      const entry = byValue.get(value);
      if (entry) entry.queue.push(k);
      else byValue.set(value, { queue: [k], head: 0 });
    }
  });
  const taken = new Uint8Array(original.length);
  const unmatchedEdited: PlacedNumber[] = [];
  for (const number of edited) {
    let first = -1;
    for (const value of number.values) {
      const entry = byValue.get(value);
      if (!entry) continue;
      while (entry.head < entry.queue.length && taken[entry.queue[entry.head]!] === 1) entry.head++;
      const k = entry.queue[entry.head];
      if (k !== undefined && (first < 0 || k < first)) first = k;
    }
    if (first >= 0) taken[first] = 1;
    else unmatchedEdited.push(number);
  }
  const unmatchedOriginal = original.filter((_, k) => taken[k] === 0);
  return { unmatchedOriginal, unmatchedEdited };
}

/** "74", or "3.000 (read as 3)" where a separator decides the value: the same digits read
 *  differently in the two languages are the point of such an issue. */
function described(number: WrittenNumber): string {
  return /[.,]/.test(number.text) && number.values.length === 1 ? `${number.text} (read as ${number.values[0]})` : number.text;
}

function numberIssue(number: PlacedNumber, message: string): QaIssue {
  const start = number.paragraph.start + number.start;
  return { check: 'number-mismatch', severity: 'warning', start, end: start + number.text.length, paragraph: number.paragraph.index, message };
}

function wholeGroupIssue(edited: readonly Paragraph[], message: string): QaIssue {
  const first = edited[0]!;
  const last = edited[edited.length - 1]!;
  return { check: 'number-mismatch', severity: 'warning', start: first.start, end: last.end, paragraph: first.index, message };
}

function spanOf(number: PlacedNumber): { start: number; end: number; paragraph: number } {
  const start = number.paragraph.start + number.start;
  return { start, end: start + number.text.length, paragraph: number.paragraph.index };
}
