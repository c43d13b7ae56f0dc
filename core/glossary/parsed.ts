// What a format parser gives back: the entries and what the file says about itself.
// loadGlossary adds the parts that come from outside the file (file, format, name).

import type { GlossaryEntry } from '../types';

export interface ParsedGlossary {
  /** Only JSON glossaries name themselves. */
  name?: string;
  sourceLanguage?: string;
  targetLanguage?: string;
  entries: GlossaryEntry[];
}

/** An entry with its optional fields present only when they have a value. */
export function makeEntry(source: string, target: string | undefined, note: string | undefined, line: number): GlossaryEntry {
  return {
    source,
    ...(target ? { target } : {}),
    ...(note ? { note } : {}),
    line,
  };
}

/** Split into lines on \r\n, \r or \n (glossaries arrive from every platform). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
