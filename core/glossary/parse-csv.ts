// RFC 4180 CSV glossaries (OmegaT, spreadsheets): `source,target[,note]` per record.
// Quotes that do not open a quoted field are literal, as spreadsheet programs read them:
// `"Signature" Portrait,…` and `d"e` keep their quotes (a 26,000-row game glossary has
// such lines). A quoted field followed by blanks is still the quoted text. A quoted field
// that never closes is an error naming file:line:col.
//
// csv-parse is imported from its browser build on purpose: `csv-parse/sync` is the Node
// build and calls the global `Buffer` at runtime, which a browser or Web Worker lacks;
// `csv-parse/browser/esm/sync` bundles its own Buffer shim and imports nothing.
//
// csv-parse's own line numbers drift (it counts CR and LF inside quoted fields apart and
// reports the end of input for an unclosed quote), so locations are computed here from
// the exact byte offsets it reports: where each record ends, and which field failed.

import { CsvError, parse } from 'csv-parse/browser/esm/sync';
import { InputError } from '../errors';
import type { GlossaryEntry } from '../types';
import { decodeGlossaryBytes } from './decode';
import { isKnownLanguageTag, sameLanguage } from './language';
import { makeEntry, type ParsedGlossary } from './parsed';

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

export function parseCsv(file: string, bytes: Uint8Array, encoding?: string): ParsedGlossary {
  // Decode (any encoding) then re-encode: csv-parse counts UTF-8 bytes, and so do we.
  const utf8 = new TextEncoder().encode(decodeGlossaryBytes(file, bytes, undefined, encoding));
  const lines = new LineIndex(utf8);
  const records: Array<{ cells: string[]; line: number }> = [];
  let recordsEnd = 0;
  try {
    parse(utf8, {
      relax_column_count: true,
      skip_empty_lines: true,
      // Blanks before an opening quote are skipped; a quote anywhere else is literal.
      ltrim: true,
      relax_quotes: true,
      on_record: (cells: string[], context: { bytes: number }) => {
        const start = skipSpace(utf8, recordsEnd);
        records.push({ cells: cells.map((cell, field) => cellText(cell, utf8, start, field)), line: lines.lineAt(start) });
        recordsEnd = context.bytes;
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) throw csvInputError(file, utf8, lines, recordsEnd, error);
    throw error;
  }
  return toGlossary(file, records);
}

function toGlossary(file: string, records: Array<{ cells: string[]; line: number }>): ParsedGlossary {
  const result: ParsedGlossary = { entries: [] };
  const entries: GlossaryEntry[] = result.entries;
  let first = true;
  for (const { cells, line } of records) {
    if (cells.every((cell) => cell.trim() === '')) continue; // `,,` or a line of blanks
    const [source = '', target = '', note] = cells;
    if (first) {
      first = false;
      if (isHeader(source, target)) {
        if (isKnownLanguageTag(source)) {
          result.sourceLanguage = source;
          result.targetLanguage = target;
        }
        continue;
      }
    }
    if (cells.length < 2) {
      const hint = /[;\t]/.test(source) ? ' (is the file separated by ";" or tabs? a CSV glossary uses commas)' : '';
      throw new InputError(file, line, `expected "source,target", found one column${hint}`);
    }
    if (!source) throw new InputError(file, line, 'empty source term in the first column');
    entries.push(makeEntry(source, target, note, line));
  }
  return result;
}

/**
 * A cell's text, trimmed. Once quotes are relaxed, csv-parse gives a quoted field followed
 * by blanks as its (unescaped) text between the quotes it kept: `"a ""b""" ` arrives as
 * `"a "b"" `, and is still the quoted text a "b". A properly quoted field can unescape to
 * the same shape (`"""x""  "` is `"x"  `), so the raw field decides, looked at only for
 * the rare cells of that shape.
 */
function cellText(cell: string, utf8: Uint8Array, recordStart: number, field: number): string {
  const quoted = /^"([\s\S]*)"[ \t]+$/.exec(cell);
  if (quoted && closesBeforeBlanks(utf8, findFieldStart(utf8, recordStart, field))) return quoted[1]!.trim();
  return cell.trim();
}

/** Whether the raw field at `start` is a quoted field whose closing quote is followed by
 *  blanks and then the end of the field. */
function closesBeforeBlanks(utf8: Uint8Array, start: number): boolean {
  if (utf8[start] !== QUOTE) return false;
  let i = start + 1;
  for (; i < utf8.length; i++) {
    if (utf8[i] !== QUOTE) continue;
    if (utf8[i + 1] === QUOTE) i++;
    else break;
  }
  let j = i + 1;
  while (isSpace(utf8[j])) j++;
  return j > i + 1 && (j >= utf8.length || utf8[j] === COMMA || utf8[j] === CR || utf8[j] === LF);
}

/** `source,target` (any case) or two different known language codes (`en,ru`, `en-US,de`). */
function isHeader(first: string, second: string): boolean {
  if (first.toLowerCase() === 'source' && second.toLowerCase() === 'target') return true;
  return isKnownLanguageTag(first) && isKnownLanguageTag(second) && !sameLanguage(first, second);
}

function csvInputError(file: string, utf8: Uint8Array, lines: LineIndex, recordsEnd: number, error: CsvError): InputError {
  // `index` is the 0-based field within the failing record, which starts after the last good one.
  const field = typeof error.index === 'number' ? error.index : 0;
  const fieldStart = findFieldStart(utf8, skipSpace(utf8, recordsEnd), field);
  const at = (offset: number, detail: string): InputError =>
    new InputError(file, lines.lineAt(offset), detail, lines.columnAt(offset));
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return at(fieldStart, `field ${field + 1}: quoted field is never closed (missing closing ")`);
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return at(fieldStart, `field ${field + 1}: text after the closing quote of a quoted field (write a quote inside a field as "")`);
    case 'INVALID_OPENING_QUOTE': {
      const quote = utf8.indexOf(QUOTE, fieldStart);
      return at(quote >= 0 ? quote : fieldStart, `field ${field + 1}: quote inside an unquoted field (quote the whole field and double the inner quote: "a ""b""")`);
    }
    default:
      return at(fieldStart, `malformed CSV (${error.code})`);
  }
}

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09;
}

/** First byte at or after `offset` that is not a space, tab or line break. */
function skipSpace(utf8: Uint8Array, offset: number): number {
  let i = offset;
  while (i < utf8.length && (isSpace(utf8[i]) || utf8[i] === CR || utf8[i] === LF)) i++;
  return i;
}

/** Offset of field `field` of the record starting at `start`, quoting as RFC 4180 (leading blanks trimmed). */
function findFieldStart(utf8: Uint8Array, start: number, field: number): number {
  let i = start;
  for (let current = 0; ; current++) {
    while (isSpace(utf8[i])) i++;
    if (current === field || i >= utf8.length) return i;
    if (utf8[i] === QUOTE) {
      for (i++; i < utf8.length; i++) {
        if (utf8[i] !== QUOTE) continue;
        if (utf8[i + 1] === QUOTE) i++;
        else break;
      }
    }
    while (i < utf8.length && utf8[i] !== COMMA && utf8[i] !== CR && utf8[i] !== LF) i++;
    if (utf8[i] !== COMMA) return i;
    i++;
  }
}

/** Byte offset → 1-based line and (UTF-16) column. */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly utf8: Uint8Array) {
    for (let i = 0; i < utf8.length; i++) {
      if (utf8[i] === LF || (utf8[i] === CR && utf8[i + 1] !== LF)) this.starts.push(i + 1);
    }
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  columnAt(offset: number): number {
    const lineStart = this.starts[this.lineAt(offset) - 1] ?? 0;
    return new TextDecoder().decode(this.utf8.subarray(lineStart, offset)).length + 1;
  }
}
