// A glossary file as an editable document: entries can be added, changed and deleted, and
// the file is written back in its own format and encoding with everything else kept as
// written (comments, blank lines, header row, column layout, quoting, note columns, line
// endings, byte order mark, entry order). Untouched lines, records and JSON members
// serialise byte for byte.
//
// Safety first: a document is only editable when its bytes survive decoding and
// re-encoding unchanged and this module reads exactly the entries loadGlossary reads;
// otherwise it is read-only, with the reason. Every edit is checked by loading the new
// bytes with loadGlossary and comparing every entry with what was meant, so an edit that
// would change another entry or make the file unreadable is refused, never written.
//
// Documents are immutable: an edit returns a new document, so the manager's undo is a
// stack of documents.

import { InputError } from '../errors';
import { bomOf, sniffEncoding } from '../text/decode';
import type { Glossary, GlossaryFormat } from '../types';
import { decodeGlossaryBytes, type DeclaredEncoding } from './decode';
import { CsvBody } from './edit-csv';
import { bomBytes, concatBytes, encoderFor, sameBytes, UnencodableCharacterError, type Encoder } from './edit-encoding';
import { JsonBody } from './edit-json';
import { TsvBody } from './edit-tsv';
import {
  GlossaryEditError,
  normaliseFields,
  sameFields,
  type DocumentEntry,
  type EditableBody,
  type GlossaryEdit,
  type LoadedFields,
} from './edit-types';
import { loadGlossary, type LoadGlossaryOptions } from './load-glossary';
import { findCodingComment } from './parse-tsv';

export { GlossaryEditError, type DocumentEntry, type EntryFields, type GlossaryEdit } from './edit-types';

export interface GlossaryDocument {
  readonly file: string;
  readonly format: GlossaryFormat;
  /** The glossary as loadGlossary reads `bytes`: what the engine is given. */
  readonly glossary: Glossary;
  /** The id of each entry of `glossary.entries`, in the same order. */
  readonly ids: readonly number[];
  /** `glossary.entries` with their ids (built on first use: a list that shows a
   *  100,000-entry glossary a screen at a time can read `glossary.entries` and `ids`). */
  readonly entries: readonly DocumentEntry[];
  /** Why this file cannot be edited (TBX, an encoding Glossa cannot write…); undefined when it can. */
  readonly readOnly?: string;
  /** WHATWG name of the file's encoding. */
  readonly encoding: string;
  /** The file as this document writes it. */
  readonly bytes: Uint8Array;
  /** What the edit that made this document did, by entry id. */
  readonly lastEdit?: { added: number[]; updated: number[]; deleted: number[] };
  /** @internal */
  readonly state?: EditState;
}

/** @internal What editing needs beyond the public fields. */
interface EditState {
  body: EditableBody;
  encode: Encoder;
  bom: Uint8Array;
  nextId: number;
  options: LoadGlossaryOptions;
}

/**
 * Opens a glossary file for editing. Throws InputError exactly where loadGlossary does;
 * a file that loads but cannot be edited safely opens read-only with the reason.
 */
export function openGlossaryDocument(file: string, bytes: Uint8Array, options: LoadGlossaryOptions = {}): GlossaryDocument {
  const glossary = loadGlossary(file, bytes, options);
  const readOnly = (reason: string, encoding = ''): GlossaryDocument =>
    makeDocument({ file, format: glossary.format, glossary, ids: glossary.entries.map((_, id) => id), readOnly: reason, encoding, bytes });
  if (glossary.format === 'tbx') return readOnly('TBX termbases are read-only in Glossa: edit them in a terminology tool');

  const declared = glossary.format === 'tsv' ? findCodingComment(bytes) : undefined;
  const encoding = encodingOf(bytes, declared);
  const text = decodeGlossaryBytes(file, bytes, declared);
  const encode = encoderFor(encoding);
  if (!encode) return readOnly(`Glossa cannot write the ${encoding} encoding this file is in`, encoding);
  const bom = bomBytes(bytes);
  try {
    if (!sameBytes(concatBytes(bom, encode(text)), bytes)) throw new Error('changed');
  } catch {
    return readOnly(`some bytes of this file are not valid ${encoding} text, so it could not be written back unchanged`, encoding);
  }
  const body = glossary.format === 'tsv' ? TsvBody.read(text) : glossary.format === 'csv' ? CsvBody.read(text) : JsonBody.read(text);
  if (typeof body === 'string') return readOnly(`Glossa cannot edit this file in place: ${body}`, encoding);
  const fields = body.fields();
  if (fields.length !== glossary.entries.length || glossary.entries.some((entry, k) => !sameFields(entry, fields[k]!))) {
    return readOnly('Glossa could not match every line of this file to its entries, so it does not edit it', encoding);
  }
  const ids = body.ids();
  return makeDocument({ file, format: glossary.format, glossary, ids, encoding, bytes, state: { body, encode, bom, nextId: ids.length, options } });
}

/** A document whose `entries` are built from `glossary.entries` and `ids` when first read. */
function makeDocument(fields: Omit<GlossaryDocument, 'entries'>): GlossaryDocument {
  let entries: DocumentEntry[] | undefined;
  return {
    ...fields,
    get entries(): readonly DocumentEntry[] {
      return (entries ??= fields.glossary.entries.map((entry, k) => ({ ...entry, id: fields.ids[k]! })));
    },
  };
}

/** The encoding loadGlossary decodes `bytes` with (same order of evidence as decode.ts). */
function encodingOf(bytes: Uint8Array, declared: DeclaredEncoding | undefined): string {
  const bom = bomOf(bytes);
  if (bom) return bom.encoding;
  if (declared) return new TextDecoder(declared.label).encoding;
  return sniffEncoding(bytes).encoding;
}

/**
 * Applies edits in order as one step and returns the new document; `document` is left as
 * it was. Throws GlossaryEditError, changing nothing, when the document is read-only, an
 * id is unknown, the format cannot hold a value, or the result would not load back as
 * exactly the intended entries.
 */
export function editGlossary(document: GlossaryDocument, edits: GlossaryEdit | readonly GlossaryEdit[]): GlossaryDocument {
  const state = document.state;
  if (!state || document.readOnly) throw new GlossaryEditError(document.readOnly ?? 'this glossary cannot be edited');
  // What the edits set (undefined: deleted); every other entry must read back as before.
  const expected = new Map<number, LoadedFields | undefined>();
  let known: Set<number> | undefined;
  const exists = (id: number): boolean => (expected.has(id) ? expected.get(id) !== undefined : (known ??= new Set(document.ids)).has(id));
  const done = { added: [] as number[], updated: [] as number[], deleted: [] as number[] };
  let body = state.body;
  let nextId = state.nextId;
  for (const edit of Array.isArray(edits) ? (edits as readonly GlossaryEdit[]) : [edits as GlossaryEdit]) {
    if (edit.type === 'delete') {
      if (!exists(edit.id)) throw new GlossaryEditError(`no entry with id ${edit.id}`);
      expected.set(edit.id, undefined);
      body = body.delete(edit.id);
      done.deleted.push(edit.id);
      continue;
    }
    const fields = normaliseFields(edit.entry);
    body.check(fields);
    if (edit.type === 'update') {
      if (!exists(edit.id)) throw new GlossaryEditError(`no entry with id ${edit.id}`);
      body = body.update(edit.id, fields);
      expected.set(edit.id, fields);
      done.updated.push(edit.id);
    } else {
      if (edit.after !== undefined && !exists(edit.after)) throw new GlossaryEditError(`no entry with id ${edit.after}`);
      const id = nextId++;
      body = body.add(fields, edit.after, id);
      expected.set(id, fields);
      done.added.push(id);
    }
  }

  let bytes: Uint8Array;
  try {
    bytes = concatBytes(state.bom, state.encode(body.text()));
  } catch (error) {
    if (error instanceof UnencodableCharacterError) throw new GlossaryEditError(error.message);
    throw error;
  }
  let glossary: Glossary;
  try {
    glossary = loadGlossary(document.file, bytes, state.options);
  } catch (error) {
    if (error instanceof InputError) throw new GlossaryEditError(`the file would not load after this edit: ${error.detail} (line ${error.line})`);
    throw error;
  }
  const ids = body.ids();
  checkReadBack(document.format, glossary, ids.map(meantFor(document, expected)));
  return makeDocument({
    file: document.file,
    format: document.format,
    glossary,
    ids,
    encoding: document.encoding,
    bytes,
    lastEdit: done,
    state: { ...state, body, nextId },
  });
}

/**
 * What each entry of the edited file should read as, asked once each in file order: what
 * an edit set, else what it read before. Untouched entries keep their order through any
 * edit, so they are found by walking the old list alongside (no map of 100,000 entries).
 */
function meantFor(document: GlossaryDocument, edited: ReadonlyMap<number, LoadedFields | undefined>): (id: number) => LoadedFields {
  const oldIds = document.ids;
  const oldEntries = document.glossary.entries;
  let at = 0;
  return (id) => {
    const set = edited.get(id);
    if (set) return set;
    while (at < oldIds.length && oldIds[at] !== id) at++;
    if (at >= oldIds.length) throw new GlossaryEditError(`entry ${id} lost its place while editing`);
    return oldEntries[at++]!;
  };
}

function checkReadBack(format: GlossaryFormat, glossary: Glossary, meant: readonly LoadedFields[]): void {
  const loaded = glossary.entries;
  const shifted = loaded.length === meant.length - 1 && (loaded.length === 0 || sameFields(loaded[0]!, meant[1]!));
  if (format === 'csv' && shifted) {
    const first = meant[0]!;
    throw new GlossaryEditError(`“${first.source}, ${first.target ?? ''}” would be read as the header row of this CSV file, not as an entry`);
  }
  if (loaded.length !== meant.length) {
    throw new GlossaryEditError(`the file would read back as ${loaded.length} entries instead of ${meant.length}`);
  }
  for (let k = 0; k < loaded.length; k++) {
    const entry = loaded[k]!;
    const wanted = meant[k]!;
    if (!sameFields(entry, wanted)) {
      throw new GlossaryEditError(`line ${entry.line} would read back as “${entry.source} → ${entry.target ?? ''}” instead of “${wanted.source} → ${wanted.target ?? ''}”`);
    }
  }
}

/** The file's bytes as the document writes them (the input bytes for an unedited one). */
export function serialiseGlossary(document: GlossaryDocument): Uint8Array {
  return document.bytes;
}

/** The entry on 1-based `line`, as the loader numbers lines (GlossaryEntry.line, Change.line). */
export function entryAtLine(document: GlossaryDocument, line: number): DocumentEntry | undefined {
  return document.entries.find((entry) => entry.line === line);
}

export function entryById(document: GlossaryDocument, id: number): DocumentEntry | undefined {
  const at = document.ids.indexOf(id);
  return at < 0 ? undefined : document.entries[at];
}
