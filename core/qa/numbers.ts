// Numbers must survive post-editing: each number of an MT paragraph should be in the aligned
// post-edit paragraph and vice versa. Numbers are compared by value as written, so 1,000,
// 1 000 and 1000 are one number, and so are 1.5 and 1,5 (the MT's decimal comma).
import { alignParagraphs } from '../review/align.js';
import type { Paragraph } from '../text/paragraphs.js';
import type { QaIssue } from './types.js';

// Thousands groups (1,000 / 1 000 / 1.000 / 1 000 with a thin or no-break space) or digits
// with at most one decimal part. The look-behind stops "2016 300" reading as "016 300".
const NUMBER = /(?<![\p{N}])(?:\p{N}{1,3}(?:[,. \u00a0\u2009\u202f]\p{N}{3})+(?![\p{N}])|\p{N}+(?:[.,]\p{N}+)?)/gu;

interface FoundNumber {
  value: string;
  offset: number;
  text: string;
}

export function checkNumbers(paragraphs: readonly Paragraph[], mtParagraphs: readonly Paragraph[]): QaIssue[] {
  const issues: QaIssue[] = [];
  const groups = alignParagraphs(mtParagraphs.map((p) => p.text), paragraphs.map((p) => p.text));
  for (const group of groups) {
    if (group.pe.length === 0 || group.mt.length === 0) continue;
    const edited = group.pe.map((index) => paragraphs[index]!);
    const inEdited = edited.flatMap((paragraph) => numbersIn(paragraph.text).map((n) => ({ ...n, paragraph })));
    const inMt = group.mt.flatMap((index) => numbersIn(mtParagraphs[index]!.text));
    // Each post-edit number takes the first MT number of the same value not yet taken: a
    // queue per value, so a paragraph with a hundred thousand numbers stays linear.
    const byValue = new Map<string, number[]>();
    inMt.forEach((number, k) => {
      const queue = byValue.get(number.value);
      if (queue) queue.push(k);
      else byValue.set(number.value, [k]);
    });
    const heads = new Map<string, number>();
    const taken = new Uint8Array(inMt.length);
    const unmatchedEdited: typeof inEdited = [];
    for (const number of inEdited) {
      const queue = byValue.get(number.value);
      const head = heads.get(number.value) ?? 0;
      if (queue && head < queue.length) {
        taken[queue[head]!] = 1;
        heads.set(number.value, head + 1);
      } else {
        unmatchedEdited.push(number);
      }
    }
    const unmatchedMt = inMt.filter((_, k) => taken[k] === 0);
    for (const number of unmatchedEdited) {
      const start = number.paragraph.start + number.offset;
      issues.push({
        check: 'number-mismatch',
        severity: 'warning',
        start,
        end: start + number.text.length,
        paragraph: number.paragraph.index,
        message: `${number.text} is not in the MT of this paragraph`,
      });
    }
    const first = edited[0]!;
    const last = edited[edited.length - 1]!;
    for (const number of unmatchedMt) {
      issues.push({
        check: 'number-mismatch',
        severity: 'warning',
        start: first.start,
        end: last.end,
        paragraph: first.index,
        message: `${number.text} from the MT is missing in this paragraph`,
      });
    }
  }
  return issues;
}

function numbersIn(text: string): FoundNumber[] {
  return [...text.matchAll(NUMBER)].map((match) => ({ value: valueOf(match[0]), offset: match.index, text: match[0] }));
}

/** Grouping separators dropped, a decimal separator written as ".". */
function valueOf(number: string): string {
  if (/^\p{N}{1,3}(?:[,. \u00a0\u2009\u202f]\p{N}{3})+$/u.test(number)) {
    const separators = new Set(number.replace(/\p{N}/gu, ''));
    // "1,000,000" or "1 000" group thousands; a single "1.500" or "1,500" is ambiguous and
    // read as thousands too (MT from languages that group with "." or "," writes those).
    if (separators.size === 1) return number.replace(/[^\p{N}]/gu, '');
  }
  return number.replace(',', '.');
}
