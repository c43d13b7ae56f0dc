// Spacing slips MT and hurried editing leave behind: doubled spaces between words, and a
// space before punctuation ("reports correspondent ." where MT dropped a link).
import type { Paragraph } from '../text/paragraphs.js';
import type { QaIssue } from './types.js';

// Spaces (plain or no-break) between two visible characters on one line; indentation and
// trailing spaces are layout, not typos.
const DOUBLE_SPACE = /(?<=\S)[ \u00a0]{2,}(?=\S)/g;
// Plain spaces or tabs after a word, a number, or a closing quote or bracket. A no-break
// space before punctuation is deliberate typography (French « ; : ! ? »), never reported.
const SPACE_BEFORE = /(?<=[\p{L}\p{M}\p{N}\p{Pe}\p{Pf}"'])[ \t]+([.,;:!?])/gu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const FRENCH_SPACED = ';:!?';

export function checkDoubleSpaces(paragraph: Paragraph): QaIssue[] {
  return [...paragraph.text.matchAll(DOUBLE_SPACE)].map((match) => ({
    check: 'double-space',
    severity: 'warning',
    start: paragraph.start + match.index,
    end: paragraph.start + match.index + match[0].length,
    paragraph: paragraph.index,
    message: `${match[0].length} spaces between words`,
  }));
}

/** `language` is the article's ISO 639-3 code: French puts a space before ; : ! ? by rule. */
export function checkSpaceBeforePunctuation(paragraph: Paragraph, language: string): QaIssue[] {
  const issues: QaIssue[] = [];
  const text = paragraph.text;
  for (const match of text.matchAll(SPACE_BEFORE)) {
    const mark = match[1]!;
    const after = text[match.index + match[0].length] ?? '';
    // An ellipsis ("and so on ..."), a decimal (" .5", " ,75") or a name (".NET") starts
    // with the mark; only a mark that ends something is misplaced.
    if (mark === '.' && after === '.') continue;
    if (WORD_CHARACTER.test(after)) continue;
    if (language === 'fra' && FRENCH_SPACED.includes(mark)) continue;
    issues.push({
      check: 'space-before-punctuation',
      severity: 'warning',
      start: paragraph.start + match.index,
      end: paragraph.start + match.index + match[0].length,
      paragraph: paragraph.index,
      message: `Space before "${mark}"`,
    });
  }
  return issues;
}
