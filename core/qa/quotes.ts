// Quotes must pair up within a paragraph (a quotation never runs across a paragraph break in
// news copy). English “…”, Russian/French «…», German and Russian-inner „…“, Polish „…”,
// straight "…", and single ‘…’ — where ’ is far more often an apostrophe (Russia’s,
// Kerrys’), so a stray ’ is never reported, only a ‘ left open.
import type { Paragraph } from '../text/paragraphs.js';
import type { QaIssue } from './types.js';

interface Open {
  quote: string;
  offset: number;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;

export function checkQuotes(paragraph: Paragraph): QaIssue[] {
  const issues: QaIssue[] = [];
  const open: Open[] = [];
  const text = paragraph.text;
  const report = (offset: number, message: string): void => {
    const start = paragraph.start + offset;
    issues.push({ check: 'unpaired-quote', severity: 'error', start, end: start + 1, paragraph: paragraph.index, message });
  };
  /** Closes the innermost open quote among `openers`; quotes opened after it are unclosed. */
  const close = (openers: string): boolean => {
    for (let k = open.length - 1; k >= 0; k--) {
      if (!openers.includes(open[k]!.quote)) continue;
      for (const unclosed of open.splice(k).slice(1)) report(unclosed.offset, unclosedMessage(unclosed.quote));
      return true;
    }
    return false;
  };

  for (let i = 0; i < text.length; i++) {
    const quote = text[i]!;
    const between = LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '');
    switch (quote) {
      case '„':
      case '«':
        open.push({ quote, offset: i });
        break;
      case '“':
        // Closes „ in German and Russian-inner quotes; opens everywhere else.
        if (!close('„')) open.push({ quote, offset: i });
        break;
      case '”':
        if (!close('“„')) report(i, 'Closing quote ” has no opening quote in this paragraph');
        break;
      case '»':
        if (!close('«')) report(i, 'Closing quote » has no opening « in this paragraph');
        break;
      case '"':
        // 12" after a digit is an inch mark unless a straight quote is open.
        if (close('"')) break;
        if (!(DIGIT.test(text[i - 1] ?? '') && !LETTER.test(text[i + 1] ?? ''))) open.push({ quote, offset: i });
        break;
      case '‘':
        if (!between) open.push({ quote, offset: i });
        break;
      case '’':
        if (!between) close('‘');
        break;
    }
  }
  for (const unclosed of open) report(unclosed.offset, unclosedMessage(unclosed.quote));
  return issues;
}

function unclosedMessage(quote: string): string {
  return `Opening quote ${quote} is not closed in this paragraph`;
}
