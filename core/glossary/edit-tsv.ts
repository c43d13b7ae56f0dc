// Editing an OmegaT tab-separated glossary in place. Lines are read as parse-tsv reads
// them (blank and `#` lines are not entries; cells are trimmed; cells past the note are
// kept but not read). An edited line keeps each unchanged cell as written, the padding
// around a changed one, and any columns past the note.

import { dominantLineEnding } from '../text/decode';
import {
  entryIds,
  insertPiece,
  insertionIndex,
  joinPieces,
  mostCommon,
  padded,
  removePiece,
  splitWithEndings,
  type Piece,
} from './edit-lines';
import { fieldsOfCells, GlossaryEditError, type EditableBody, type LoadedFields } from './edit-types';

function isBlankOrComment(piece: Piece): boolean {
  const trimmed = piece.text.trim();
  return trimmed === '' || trimmed.startsWith('#');
}

function fieldsOfLine(text: string): LoadedFields {
  return fieldsOfCells(text.split('\t').map((cell) => cell.trim()));
}

export class TsvBody implements EditableBody {
  private constructor(
    private readonly lines: readonly Piece[],
    private readonly lineEnding: string,
    /** Cells a new line gets: 3 when most entry lines carry a note column. */
    private readonly newColumns: number,
  ) {}

  static read(text: string): TsvBody {
    let id = 0;
    const columns: number[] = [];
    const lines = splitWithEndings(text).map((line): Piece => {
      if (isBlankOrComment(line)) return line;
      const count = line.text.split('\t').length;
      columns.push(Math.min(count, 3));
      return { text: line.text, eol: line.eol, id: id++, columns: count };
    });
    return new TsvBody(lines, dominantLineEnding(text), mostCommon(columns, 2));
  }

  text(): string {
    return joinPieces(this.lines);
  }

  ids(): number[] {
    return entryIds(this.lines);
  }

  fields(): LoadedFields[] {
    const fields: LoadedFields[] = [];
    for (const line of this.lines) if (line.id !== undefined) fields.push(fieldsOfLine(line.text));
    return fields;
  }

  check(fields: LoadedFields): void {
    for (const key of ['source', 'target', 'note'] as const) {
      const value = fields[key];
      if (value !== undefined && /[\t\r\n]/.test(value)) {
        throw new GlossaryEditError(`a tab-separated glossary cannot hold a tab or line break in the ${key}`, key);
      }
    }
    if (fields.source.startsWith('#')) {
      throw new GlossaryEditError('in a tab-separated glossary a line starting with "#" is a comment, so a source cannot start with "#"', 'source');
    }
    refuseFlags(fields, 'a tab-separated glossary');
  }

  update(id: number, fields: LoadedFields): TsvBody {
    const index = this.indexOf(id);
    const line = this.lines[index]!;
    const lines = [...this.lines];
    lines[index] = { ...line, text: rewriteCells(line.text.split('\t'), fields, line.columns ?? 2).join('\t') };
    return new TsvBody(lines, this.lineEnding, this.newColumns);
  }

  add(fields: LoadedFields, after: number | undefined, id: number): TsvBody {
    const cells = rewriteCells([], fields, this.newColumns);
    const at = insertionIndex(this.lines, after, isBlankOrComment);
    const lines = insertPiece(this.lines, at, { text: cells.join('\t'), id, columns: cells.length }, this.lineEnding);
    return new TsvBody(lines, this.lineEnding, this.newColumns);
  }

  delete(id: number): TsvBody {
    return new TsvBody(removePiece(this.lines, this.indexOf(id)), this.lineEnding, this.newColumns);
  }

  private indexOf(id: number): number {
    const index = this.lines.findIndex((line) => line.id === id);
    if (index < 0) throw new GlossaryEditError(`no entry with id ${id}`);
    return index;
  }
}

export function refuseFlags(fields: LoadedFields, what: string): void {
  if (fields.caseSensitive !== undefined) {
    throw new GlossaryEditError(`${what} has no column for "case-sensitive" (a JSON glossary has)`, 'caseSensitive');
  }
  if (fields.forbidden !== undefined) {
    throw new GlossaryEditError(`${what} has no column for "forbidden" (a JSON glossary has)`, 'forbidden');
  }
}

/** How a format reads a cell's value and writes a value into a cell. */
export interface CellCodec {
  read(cell: string): string;
  /** The cell's text for `value`, `old` the cell it replaces (undefined for a new cell). */
  write(value: string, old: string | undefined): string;
}

/** TSV cells: trimmed on reading; a changed cell keeps the padding around its value. */
const TSV_CELLS: CellCodec = {
  read: (cell) => cell.trim(),
  write: (value, old) => {
    const { lead, trail } = padded(old ?? '');
    return lead + value + trail;
  },
};

/**
 * Cells 0–2 set to source, target and note. A cell that already reads as its value stays
 * as written. Cells past the note stay; empty trailing cells past `columns` go.
 */
export function rewriteCells(cells: readonly string[], fields: LoadedFields, columns: number, codec: CellCodec = TSV_CELLS): string[] {
  const values = [fields.source, fields.target ?? '', fields.note ?? ''];
  const result = [...cells];
  values.forEach((value, k) => {
    const old = result[k];
    if (old === undefined || codec.read(old) !== value) result[k] = codec.write(value, old);
  });
  while (result.length > Math.max(columns, 2) && codec.read(result[result.length - 1]!) === '') result.pop();
  return result;
}
