// Editing an RFC 4180 CSV glossary in place. Records are cut as csv-parse cuts them for
// parse-csv: the record delimiter is the first line ending outside quotes, cells are
// comma-separated and trimmed, a quoted cell doubles its quotes, blank records and a
// header row (`source,target` or two language codes) are not entries. An edited record
// keeps unchanged cells as written, the quoting of a changed one (a quoted cell stays
// quoted), its padding, and cells past the note. New records quote like the file: every
// cell when the file quotes every cell, else only where a value needs it.

import { dominantLineEnding } from '../text/decode';
import { entryIds, insertPiece, insertionIndex, joinPieces, mostCommon, padded, removePiece, type Piece } from './edit-lines';
import { refuseFlags, rewriteCells, type CellCodec } from './edit-tsv';
import { fieldsOfCells, GlossaryEditError, type EditableBody, type LoadedFields } from './edit-types';
import { isKnownLanguageTag, sameLanguage } from './language';

interface CsvRecord extends Piece {
  readonly header?: boolean;
}

/** Records with their delimiters, and the delimiter new records get. */
function splitRecords(text: string): { records: CsvRecord[]; delimiter: string | undefined } {
  const records: CsvRecord[] = [];
  let delimiter: string | undefined;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      quoted = !quoted;
      continue;
    }
    if (quoted || (c !== '\r' && c !== '\n')) continue;
    delimiter ??= c === '\r' && text[i + 1] === '\n' ? '\r\n' : c;
    if (!text.startsWith(delimiter, i)) continue;
    records.push({ text: text.slice(start, i), eol: delimiter });
    i += delimiter.length - 1;
    start = i + 1;
  }
  if (start < text.length) records.push({ text: text.slice(start), eol: '' });
  return { records, delimiter };
}

/** Cells of a record: split at commas outside quotes, each as written (padding kept). */
export function splitCells(record: string): string[] {
  const cells: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < record.length; i++) {
    const c = record[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(record.slice(start, i));
      start = i + 1;
    }
  }
  cells.push(record.slice(start));
  return cells;
}

function isQuoted(cell: string): boolean {
  const core = cell.trim();
  return core.length >= 2 && core.startsWith('"') && core.endsWith('"');
}

function readCell(cell: string): string {
  const core = cell.trim();
  return (isQuoted(cell) ? core.slice(1, -1).replace(/""/g, '"') : core).trim();
}

function quote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function needsQuotes(value: string): boolean {
  return /[",\r\n]/.test(value);
}

function isBlank(record: Piece): boolean {
  return splitCells(record.text).every((cell) => readCell(cell) === '');
}

/** parse-csv's header test: `source,target` (any case) or two different known language codes. */
function isHeader(source: string, target: string): boolean {
  if (source.toLowerCase() === 'source' && target.toLowerCase() === 'target') return true;
  return isKnownLanguageTag(source) && isKnownLanguageTag(target) && !sameLanguage(source, target);
}

function fieldsOfRecord(text: string): LoadedFields {
  return fieldsOfCells(splitCells(text).map(readCell));
}

export class CsvBody implements EditableBody {
  private constructor(
    private readonly records: readonly CsvRecord[],
    private readonly delimiter: string,
    private readonly quoteAll: boolean,
    private readonly newColumns: number,
  ) {}

  static read(text: string): CsvBody {
    const split = splitRecords(text);
    let id = 0;
    let first = true;
    const records = split.records.map((record): CsvRecord => {
      if (isBlank(record)) return record;
      const cells = splitCells(record.text);
      if (first) {
        first = false;
        if (isHeader(readCell(cells[0] ?? ''), readCell(cells[1] ?? ''))) return { ...record, header: true };
      }
      return { ...record, id: id++, columns: cells.length };
    });
    const written = records
      .filter((record) => record.id !== undefined || record.header)
      .flatMap((record) => splitCells(record.text).filter((cell) => cell.trim() !== ''));
    const quoteAll = written.length > 0 && written.every(isQuoted);
    const columns = records.filter((record) => record.id !== undefined).map((record) => Math.min(record.columns ?? 2, 3));
    return new CsvBody(records, split.delimiter ?? dominantLineEnding(text), quoteAll, mostCommon(columns, 2));
  }

  text(): string {
    return joinPieces(this.records);
  }

  ids(): number[] {
    return entryIds(this.records);
  }

  fields(): LoadedFields[] {
    return this.records.flatMap((record) => (record.id === undefined ? [] : [fieldsOfRecord(record.text)]));
  }

  check(fields: LoadedFields): void {
    refuseFlags(fields, 'a CSV glossary');
  }

  update(id: number, fields: LoadedFields): CsvBody {
    const index = this.indexOf(id);
    const record = this.records[index]!;
    const records = [...this.records];
    records[index] = { ...record, text: rewriteCells(splitCells(record.text), fields, record.columns ?? 2, this.codec()).join(',') };
    return this.with(records);
  }

  add(fields: LoadedFields, after: number | undefined, id: number): CsvBody {
    const cells = rewriteCells([], fields, this.newColumns, this.codec());
    const at = insertionIndex(this.records, after, isBlank);
    return this.with(insertPiece(this.records, at, { text: cells.join(','), id, columns: cells.length }, this.delimiter));
  }

  delete(id: number): CsvBody {
    return this.with(removePiece(this.records, this.indexOf(id)));
  }

  /** A changed cell keeps its padding and its quotes; csv-parse allows only spaces and
   *  tabs around a quoted value, so other padding goes when the value gets quotes. */
  private codec(): CellCodec {
    return {
      read: readCell,
      write: (value, old) => {
        const { lead, trail } = padded(old ?? '');
        if (!needsQuotes(value) && !(old === undefined ? this.quoteAll : isQuoted(old))) return lead + value + trail;
        const blanks = (padding: string): string => padding.replace(/[^ \t]/g, '');
        return blanks(lead) + quote(value) + blanks(trail);
      },
    };
  }

  private with(records: CsvRecord[]): CsvBody {
    return new CsvBody(records, this.delimiter, this.quoteAll, this.newColumns);
  }

  private indexOf(id: number): number {
    const index = this.records.findIndex((record) => record.id === id);
    if (index < 0) throw new GlossaryEditError(`no entry with id ${id}`);
    return index;
  }
}
