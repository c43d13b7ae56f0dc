import type { Glossary } from '../types.js';

export type QaCheckId =
  | 'unpaired-quote'
  | 'unpaired-bracket'
  | 'double-space'
  | 'space-before-punctuation'
  | 'repeated-word'
  | 'untranslated'
  | 'glossary-term'
  | 'glossary-cycle'
  | 'forbidden-term'
  | 'number-mismatch';

/** error: the text is broken (unbalanced quotes, a forbidden term); warning: most likely
 *  wrong, a reviewer decides; info: worth a look (a term the glossary flags). */
export type QaSeverity = 'error' | 'warning' | 'info';

export interface QaIssue {
  check: QaCheckId;
  severity: QaSeverity;
  /** UTF-16 offsets of the offending span in the checked text. */
  start: number;
  end: number;
  /** 0-based paragraph of the checked text the span is in. */
  paragraph: number;
  message: string;
}

export interface QaOptions {
  /** The MT the text was post-edited from: enables `number-mismatch`. */
  mt?: string;
  /** Enables `glossary-term`, `glossary-cycle` and `forbidden-term`. */
  glossaries?: readonly Glossary[];
  /** The article's language (BCP 47, ISO 639-1 or 639-3); detected when absent. */
  language?: string;
}
