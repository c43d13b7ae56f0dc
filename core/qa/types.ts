import type { SourceAlignmentGroup } from '../review/align-source.js';
import type { SpellingCheck } from '../spell/types.js';
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
  | 'number-mismatch'
  | 'term-missing'
  | 'spelling';

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
  /** Checks against the source (term-missing, number-mismatch): the span in the source
   *  text the issue is about, so a window can show it beside the post-edit. */
  sourceSpan?: { start: number; end: number; paragraph: number };
}

export interface QaOptions {
  /** The MT the text was post-edited from: enables `number-mismatch`. */
  mt?: string;
  /** The original the MT was translated from: `number-mismatch` then compares with it,
   *  not the MT; enables `term-missing` and untranslated-against-the-source. */
  source?: string;
  /** The source's language (BCP 47, ISO 639-1 or 639-3); detected when absent. */
  sourceLanguage?: string;
  /** The source–post-edit paragraph alignment, when the caller keeps one (the window
   *  aligns the source with the MT once and composes it on each keystroke); computed
   *  from `source` (and `mt`) when absent. */
  sourceAlignment?: readonly SourceAlignmentGroup[];
  /** A spell checker for the text's language: enables `spelling`. */
  spelling?: SpellingCheck;
  /** Enables `glossary-term`, `glossary-cycle` and `forbidden-term`. */
  glossaries?: readonly Glossary[];
  /** The article's language (BCP 47, ISO 639-1 or 639-3); detected when absent. */
  language?: string;
}
