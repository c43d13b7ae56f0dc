// (), [] and {} must pair up within a paragraph. Two shapes use a lone bracket on purpose:
// list markers ("1)", "a)") at the start of a line, and emoticons (":)", ";(").
import type { Paragraph } from '../text/paragraphs.js';
import type { QaIssue } from './types.js';

const OPENER_OF: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
const LIST_MARKER = /(?:^|\n)[ \t]*[\p{L}\p{N}]{1,3}$/u;

export function checkBrackets(paragraph: Paragraph): QaIssue[] {
  const issues: QaIssue[] = [];
  const open: Array<{ bracket: string; offset: number }> = [];
  const text = paragraph.text;
  const report = (offset: number, message: string): void => {
    const start = paragraph.start + offset;
    issues.push({ check: 'unpaired-bracket', severity: 'error', start, end: start + 1, paragraph: paragraph.index, message });
  };
  for (let i = 0; i < text.length; i++) {
    const bracket = text[i]!;
    const emoticon = text[i - 1] === ':' || text[i - 1] === ';';
    if (bracket === '(' || bracket === '[' || bracket === '{') {
      if (!(emoticon && bracket === '(')) open.push({ bracket, offset: i });
      continue;
    }
    const opener = OPENER_OF[bracket];
    if (opener === undefined) continue;
    const k = open.map((entry) => entry.bracket).lastIndexOf(opener);
    if (k >= 0) {
      for (const unclosed of open.splice(k).slice(1)) report(unclosed.offset, `Bracket ${unclosed.bracket} is not closed in this paragraph`);
    } else if (!(bracket === ')' && (emoticon || LIST_MARKER.test(text.slice(0, i))))) {
      report(i, `Closing bracket ${bracket} has no opening ${opener} in this paragraph`);
    }
  }
  for (const unclosed of open) report(unclosed.offset, `Bracket ${unclosed.bracket} is not closed in this paragraph`);
  return issues;
}
