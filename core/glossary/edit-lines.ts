// Text helpers the line-based glossary writers (TSV, CSV) share: lines with their own
// endings, cells with their padding, and where a new line goes.

/** A line (or CSV record) as written: its text and the ending that followed it. */
export interface Piece {
  readonly text: string;
  /** "\n", "\r\n", "\r", or "" for a last line without one. */
  readonly eol: string;
  /** The entry this piece holds. */
  readonly id?: number;
  /** Cells the piece had when read (or was written with): trailing empty cells past this
   *  count are dropped again when a value is cleared. */
  readonly columns?: number;
}

/** Lines with their endings; no empty piece after a final line ending. */
export function splitWithEndings(text: string): Piece[] {
  // A plain loop: a sticky regex is several times slower on a 100,000-line glossary.
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const eol = c === 13 && text.charCodeAt(i + 1) === 10 ? '\r\n' : c === 13 ? '\r' : '\n';
    pieces.push({ text: text.slice(start, i), eol });
    i += eol.length - 1;
    start = i + 1;
  }
  if (start < text.length) pieces.push({ text: text.slice(start), eol: '' });
  return pieces;
}

/** Ids of the pieces that hold entries, in order. */
export function entryIds(pieces: readonly Piece[]): number[] {
  const ids: number[] = [];
  for (const piece of pieces) if (piece.id !== undefined) ids.push(piece.id);
  return ids;
}

export function joinPieces(pieces: readonly Piece[]): string {
  let text = '';
  for (const piece of pieces) text += piece.text + piece.eol;
  return text;
}

/** A cell split into the whitespace `trim()` removes and what it keeps. */
export interface PaddedCell {
  lead: string;
  core: string;
  trail: string;
}

export function padded(cell: string): PaddedCell {
  const core = cell.trim();
  if (core === '') return { lead: cell, core: '', trail: '' };
  const lead = cell.length - cell.trimStart().length;
  return { lead: cell.slice(0, lead), core, trail: cell.slice(lead + core.length) };
}

/**
 * Where a new entry goes: after the entry `after`, else after the last entry, else after
 * the last non-blank piece (a header or comments), else at the start.
 */
export function insertionIndex(pieces: readonly Piece[], after: number | undefined, isBlank: (piece: Piece) => boolean): number {
  if (after !== undefined) {
    const at = pieces.findIndex((piece) => piece.id === after);
    if (at >= 0) return at + 1;
  }
  for (let i = pieces.length - 1; i >= 0; i--) if (pieces[i]!.id !== undefined) return i + 1;
  for (let i = pieces.length - 1; i >= 0; i--) if (!isBlank(pieces[i]!)) return i + 1;
  return 0;
}

/**
 * `pieces` with `text` inserted at `index` as a new piece. A file that did not end with a
 * line ending still does not: the line before gets the file's ending, the new last line none.
 */
export function insertPiece(pieces: readonly Piece[], index: number, piece: Omit<Piece, 'eol'>, lineEnding: string): Piece[] {
  const result = [...pieces];
  const before = result[index - 1];
  let eol = lineEnding;
  if (before && before.eol === '') {
    result[index - 1] = { ...before, eol: lineEnding };
    eol = '';
  }
  result.splice(index, 0, { ...piece, eol });
  return result;
}

/** `pieces` without piece `index`; a file that did not end with a line ending still does not. */
export function removePiece(pieces: readonly Piece[], index: number): Piece[] {
  const result = [...pieces];
  const [removed] = result.splice(index, 1);
  const before = result[index - 1];
  if (removed && removed.eol === '' && before && index === result.length) result[index - 1] = { ...before, eol: '' };
  return result;
}

/** The most common value, ties to the smaller; `fallback` for none. */
export function mostCommon(values: readonly number[], fallback: number): number {
  const counts = new Map<number, number>();
  let best = fallback;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
