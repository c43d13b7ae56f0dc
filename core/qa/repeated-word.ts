// The same word twice in a row ("the the", "The the"), separated only by whitespace.
import type { Paragraph } from '../text/paragraphs.js';
import type { QaIssue } from './types.js';

const REPEATED = /(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)\s+\1(?![\p{L}\p{M}\p{N}])/giu;
/** Doubles English grammar allows ("what he had had", "said that that was"). */
const GRAMMATICAL_DOUBLES = new Set(['had', 'that']);

export function checkRepeatedWords(paragraph: Paragraph): QaIssue[] {
  const issues: QaIssue[] = [];
  for (const match of paragraph.text.matchAll(REPEATED)) {
    const word = match[1]!;
    if (GRAMMATICAL_DOUBLES.has(word.toLowerCase())) continue;
    issues.push({
      check: 'repeated-word',
      severity: 'warning',
      start: paragraph.start + match.index,
      end: paragraph.start + match.index + match[0].length,
      paragraph: paragraph.index,
      message: `"${word}" is repeated`,
    });
  }
  return issues;
}
