// Shapes shared by the glossary editor (edit-document.ts) and its per-format writers.

import type { GlossaryEntry } from '../types';

/** What an editor can set on an entry. Strings are trimmed; an empty target or note is none. */
export interface EntryFields {
  source: string;
  target?: string;
  note?: string;
  /** JSON glossaries only: TSV and CSV have no column for it. */
  caseSensitive?: boolean;
  /** JSON glossaries only. */
  forbidden?: boolean;
}

/** A glossary entry as loadGlossary gives it, plus an id that stays the same across edits. */
export interface DocumentEntry extends GlossaryEntry {
  readonly id: number;
}

export type GlossaryEdit =
  /** New entry after the entry `after` (an id), else after the file's last entry. */
  | { type: 'add'; entry: EntryFields; after?: number }
  | { type: 'update'; id: number; entry: EntryFields }
  | { type: 'delete'; id: number };

/** Why an edit was refused; the document it was applied to is unchanged. */
export class GlossaryEditError extends Error {
  override readonly name = 'GlossaryEditError';
  constructor(
    message: string,
    /** The field at fault, when one is. */
    readonly field?: keyof EntryFields,
  ) {
    super(message);
  }
}

/** The fields of an entry as the loader reports them (no line, no id). */
export interface LoadedFields {
  source: string;
  target?: string;
  note?: string;
  caseSensitive?: boolean;
  forbidden?: boolean;
}

/**
 * One format's editable view of a file: the pieces of its text in order, the pieces that
 * hold an entry tagged with the entry's id. Pieces keep their text as written and only
 * edited pieces are rebuilt, so untouched ones serialise byte for byte. Immutable: every
 * edit returns a new body sharing the untouched pieces.
 */
export interface EditableBody {
  /** The whole text, pieces joined. */
  text(): string;
  /** Entry ids in file order, one per entry the loader reads. */
  ids(): number[];
  /** What each entry piece holds, in file order, as this writer reads it. */
  fields(): LoadedFields[];
  /** Throws GlossaryEditError when the format cannot hold `fields`. */
  check(fields: LoadedFields): void;
  update(id: number, fields: LoadedFields): EditableBody;
  add(fields: LoadedFields, after: number | undefined, id: number): EditableBody;
  delete(id: number): EditableBody;
}

/** Trimmed fields with empty optional strings dropped: how every loader reads a cell. */
export function normaliseFields(fields: EntryFields): LoadedFields {
  const source = fields.source.trim();
  if (!source) throw new GlossaryEditError('the source term is empty', 'source');
  const target = fields.target?.trim();
  const note = fields.note?.trim();
  return {
    source,
    ...(target ? { target } : {}),
    ...(note ? { note } : {}),
    ...(fields.caseSensitive !== undefined ? { caseSensitive: fields.caseSensitive } : {}),
    ...(fields.forbidden !== undefined ? { forbidden: fields.forbidden } : {}),
  };
}

/** Fields from a row's cells as TSV and CSV read them: source, target, note; empty ones absent. */
export function fieldsOfCells(values: readonly string[]): LoadedFields {
  const [source = '', target, note] = values;
  return { source, ...(target ? { target } : {}), ...(note ? { note } : {}) };
}

export function sameFields(a: LoadedFields, b: LoadedFields): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.note === b.note &&
    a.caseSensitive === b.caseSensitive &&
    a.forbidden === b.forbidden
  );
}

