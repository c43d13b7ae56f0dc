// Shared data shapes of the engine. Pure types: no runtime code, importable from anywhere.
// A loaded Glossary is treated as immutable: the engine caches what it compiles from one.

/** The glossary file formats Glossa reads. */
export type GlossaryFormat = 'tsv' | 'csv' | 'json' | 'tbx';

/** One correction: `source` as it appears in MT output, `target` what it should read. */
export interface GlossaryEntry {
  source: string;
  /** Absent: a term to flag, never applied (see QA `glossary-term`). */
  target?: string;
  note?: string;
  /** Overrides smart case (uppercase in source ⇒ case-sensitive). */
  caseSensitive?: boolean;
  /** A term that must not appear; never applied, flagged by QA `forbidden-term`. */
  forbidden?: boolean;
  /** 1-based line in the glossary file the entry came from. */
  line: number;
  /**
   * Language tag of the term in `source`, when the file says (TBX always): a TBX entry's
   * source is a source-language term, or a target-language term (banned, or kept).
   */
  sourceLanguage?: string;
  /** TBX administrative status of the source term, when the termbase gives one. */
  status?: 'preferred' | 'admitted' | 'deprecated' | 'superseded' | 'forbidden';
}

/** A loaded glossary: its entries in file order plus what the file said about itself. */
export interface Glossary {
  /** Display name: the JSON `name`, else the file's base name. */
  name: string;
  /** The path or file name it was loaded from (used in messages and change reports). */
  file: string;
  format: GlossaryFormat;
  /** ISO 639-1 (or BCP 47 as written in the file) codes, when the file declares them. */
  sourceLanguage?: string;
  targetLanguage?: string;
  entries: GlossaryEntry[];
}

/** One replacement the engine made (or proposes) in a text. Offsets are UTF-16 indices. */
export interface Change {
  /** Start of the matched span in the input text. */
  start: number;
  /** End (exclusive) of the matched span in the input text. */
  end: number;
  /** The matched text, exactly as it was in the input. */
  from: string;
  /** The replacement after case transfer. */
  to: string;
  /** The glossary entry's source as written. */
  source: string;
  /** The glossary's file (as given when loading). */
  glossary: string;
  /** 1-based line of the entry in its glossary file. */
  line: number;
  note?: string;
}

/** A decoded article: the text plus how it was stored, so it can be written back alike. */
export interface DecodedText {
  text: string;
  /** WHATWG encoding label that decoded it, e.g. "utf-8", "windows-1251". */
  encoding: string;
  hadBom: boolean;
  /** The dominant line ending of the file ("\n" when it has none). */
  lineEnding: '\n' | '\r\n' | '\r';
  /** What decoding had to repair, by line (e.g. a byte that is not valid UTF-8, shown as
   *  U+FFFD). Absent when nothing was. */
  warnings?: DecodeWarning[];
}

export interface DecodeWarning {
  /** 1-based line of the text. */
  line: number;
  detail: string;
}
