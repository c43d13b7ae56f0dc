// QA issues the editor chose to ignore, kept with the article's work. An ignored issue is
// remembered by what it is, not where: its check, the text it flags and a few words
// around it inside its paragraph. Edits elsewhere (other paragraphs, or further along the
// same paragraph) move its offsets but not its key, so it stays ignored; editing the
// flagged text or the words next to it brings it back, as the situation is new.
import type { QaIssue } from '../qa/types.js';
import { splitParagraphs, type Paragraph } from '../text/paragraphs.js';

/** Characters of context kept on each side of the flagged text. */
const CONTEXT = 24;

export interface IgnoredIssueKey {
  check: string;
  /** The flagged text. */
  text: string;
  /** Context before and after it within its paragraph, whitespace runs as one space. */
  before: string;
  after: string;
}

export function ignoredIssueKey(issue: QaIssue, text: string, paragraphs: readonly Paragraph[] = splitParagraphs(text)): IgnoredIssueKey {
  const paragraph = paragraphs[issue.paragraph];
  const from = paragraph && paragraph.start <= issue.start ? paragraph.start : 0;
  const to = paragraph && paragraph.end >= issue.end ? paragraph.end : text.length;
  return {
    check: issue.check,
    text: text.slice(issue.start, issue.end),
    before: squeeze(text.slice(Math.max(from, issue.start - CONTEXT), issue.start)),
    after: squeeze(text.slice(issue.end, Math.min(to, issue.end + CONTEXT))),
  };
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function keyString(key: IgnoredIssueKey): string {
  return [key.check, key.text, key.before, key.after].join('\u0000');
}

/** The issues of `text` split into those still shown and those the editor ignored. */
export function splitIgnoredIssues(
  issues: readonly QaIssue[],
  text: string,
  ignored: readonly IgnoredIssueKey[],
): { shown: QaIssue[]; ignored: QaIssue[] } {
  const shown: QaIssue[] = [];
  const hidden: QaIssue[] = [];
  if (ignored.length === 0) return { shown: [...issues], ignored: hidden };
  const keys = new Set(ignored.map(keyString));
  const paragraphs = splitParagraphs(text);
  for (const issue of issues) (keys.has(keyString(ignoredIssueKey(issue, text, paragraphs))) ? hidden : shown).push(issue);
  return { shown, ignored: hidden };
}
