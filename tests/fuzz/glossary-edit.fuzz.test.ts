// Properties of glossary write-back on generated files that reach the hard cases on
// purpose: padding, quoting with doubled quotes and line breaks inside, mixed line
// endings, missing final line breaks, byte order marks, UTF-16, header rows, blank and
// comment lines, note and extra columns, JSON in every layout (pretty, one-line entries,
// compact, tabs, CRLF, \u-escaped non-ASCII).
//
// 1. serialise(open(bytes)) is bytes, and the document is editable.
// 2. After any sequence of edits, loadGlossary reads the new bytes as exactly the entries
//    a simple model of the edits expects, and the document's entries are those.
// 3. An edit changes the file only inside the edited entry (an added entry: only where it
//    goes); every other byte stays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  editGlossary,
  GlossaryEditError,
  openGlossaryDocument,
  serialiseGlossary,
  type EntryFields,
  type GlossaryDocument,
  type GlossaryEdit,
} from '../../core/glossary/edit-document';
import { loadGlossary } from '../../core/glossary/load-glossary';
import type { GlossaryEntry } from '../../core/types';

type Format = 'tsv' | 'csv' | 'json';

const CHARS = ['a', 'b', 'K', 'ж', 'Ж', '日', 'é', 'ß', ' ', ' ', '-', '.', '’', '😀', '\u00a0', '#', "'"];
const text = (chars: string[], maxLength = 7) => fc.string({ unit: fc.constantFrom(...chars), maxLength });
const nonBlank = (arbitrary: fc.Arbitrary<string>) => arbitrary.filter((v) => v.trim() !== '');
const pad = fc.constantFrom('', '', ' ', '  ', '\u00a0');
const eol = fc.constantFrom('\n', '\n', '\r\n', '\r');

// ── TSV ────────────────────────────────────────────────────────────────────────────
const tsvValue = text([...CHARS, '"', ',']);
const tsvSource = nonBlank(tsvValue).filter((v) => !v.trim().startsWith('#'));
const tsvEntryLine = fc
  .tuple(pad, tsvSource, pad, pad, tsvValue, pad, fc.array(tsvValue, { maxLength: 3 }))
  .map(([a, source, b, c, target, d, rest]) => [a + source + b, c + target + d, ...rest].join('\t'));
const tsvLine = fc.oneof(
  { weight: 5, arbitrary: tsvEntryLine },
  { weight: 1, arbitrary: tsvValue.map((v) => `#${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', ' \t ') },
);
const tsvText = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(tsvLine, eol), { maxLength: 10 }), fc.boolean())
  .map(([coding, lines, finalBreak]) => {
    let out = coding ? '# Glossary in tab-separated format -*- coding: utf-8 -*-\n' : '';
    lines.forEach(([line, end], k) => (out += line + (k < lines.length - 1 || finalBreak ? end : '')));
    return out;
  });

// ── CSV ────────────────────────────────────────────────────────────────────────────
const plainCell = fc.tuple(pad.filter((p) => p !== '\u00a0'), text(CHARS), pad.filter((p) => p !== '\u00a0')).map(([a, v, b]) => a + v + b);
const quotedCell = fc
  .tuple(fc.constantFrom('', ' '), text([...CHARS, '"', ',', '\n', '\r\n']), fc.constantFrom('', ' '))
  .map(([a, v, b]) => `${a}"${v.replace(/"/g, '""')}"${b}`);
const csvCell = fc.oneof(plainCell, quotedCell);
const csvSourceCell = csvCell.filter((cell) => cellValue(cell) !== '');
const csvRecord = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(csvSourceCell, fc.array(csvCell, { minLength: 1, maxLength: 3 })).map(([s, rest]) => [s, ...rest].join(',')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' , ', ',,') },
);
const csvText = fc
  .tuple(fc.constantFrom('', 'source,target\n', 'en,ru\n', '"source","target","note"\n'), fc.array(csvRecord, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([header, records, delimiter, finalBreak]) => header.replace('\n', delimiter) + records.join(delimiter) + (finalBreak && records.length ? delimiter : ''));

/** A CSV cell's value as parse-csv reads it (generated cells only). */
function cellValue(cell: string): string {
  const core = cell.trim();
  return (core.startsWith('"') ? core.slice(1, -1).replace(/""/g, '"') : core).trim();
}

// ── JSON ───────────────────────────────────────────────────────────────────────────
const jsonString = text([...CHARS, '"', '\\', '\n', '/', '\t']);
const jsonEntry = fc.record(
  { source: nonBlank(jsonString), target: jsonString, note: jsonString, caseSensitive: fc.boolean(), forbidden: fc.boolean() },
  { requiredKeys: ['source'] },
);
const jsonStyle = fc.record({
  indent: fc.constantFrom('  ', '    ', '\t', ''),
  colon: fc.constantFrom(': ', ':'),
  eol: fc.constantFrom('\n', '\r\n'),
  oneLineEntries: fc.boolean(),
  ascii: fc.boolean(),
  finalBreak: fc.boolean(),
  name: fc.boolean(),
  shuffle: fc.boolean(),
});
const jsonText = fc.tuple(fc.array(jsonEntry, { maxLength: 6 }), jsonStyle).map(([entries, style]) => writeJson(entries, style));

interface JsonStyle {
  indent: string;
  colon: string;
  eol: string;
  oneLineEntries: boolean;
  ascii: boolean;
  finalBreak: boolean;
  name: boolean;
  shuffle: boolean;
}

function writeJson(entries: ReadonlyArray<Record<string, unknown>>, style: JsonStyle): string {
  const str = (value: unknown) => {
    const json = JSON.stringify(value);
    return style.ascii ? json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
  };
  const compact = style.indent === '';
  const nl = compact ? '' : style.eol;
  const i1 = style.indent;
  const object = (entry: Record<string, unknown>, depth: string, oneLine: boolean) => {
    const keys = Object.keys(entry);
    if (style.shuffle) keys.reverse();
    const members = keys.map((key) => `${str(key)}${style.colon}${str(entry[key])}`);
    if (oneLine || compact) return `{${members.join(compact ? ',' : ', ')}}`;
    return `{${nl}${members.map((m) => depth + i1 + m).join(`,${nl}`)}${nl}${depth}}`;
  };
  const items = entries.map((entry) => i1 + i1 + object(entry, i1 + i1, style.oneLineEntries));
  const root = [
    ...(style.name ? [`${i1}${str('name')}${style.colon}${str('Desk glossary')}`] : []),
    `${i1}${str('entries')}${style.colon}[${items.length ? nl + items.join(`,${nl}`) + nl + i1 : ''}]`,
  ];
  return `{${nl}${root.join(`,${nl}`)}${nl}}${style.finalBreak ? style.eol : ''}`;
}

// ── Files as bytes ─────────────────────────────────────────────────────────────────
function utf16le(value: string): Uint8Array {
  const bytes = new Uint8Array(2 + value.length * 2);
  bytes.set([0xff, 0xfe]);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < value.length; i++) view.setUint16(2 + i * 2, value.charCodeAt(i), true);
  return bytes;
}
const encoded = (value: string) =>
  fc.constantFrom('utf-8', 'utf-8 bom', 'utf-16le').map((encoding) => {
    if (encoding === 'utf-16le') return utf16le(value);
    const bytes = new TextEncoder().encode(value);
    return encoding === 'utf-8' ? bytes : Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
  });
const files: Record<Format, fc.Arbitrary<Uint8Array>> = {
  tsv: tsvText.chain(encoded),
  csv: csvText.chain(encoded),
  json: jsonText.chain(encoded),
};

/** Only files the loader accepts are "valid files"; the generators aim at those. */
function loads(format: Format, bytes: Uint8Array): boolean {
  try {
    loadGlossary(`g.${format}`, bytes);
    return true;
  } catch {
    return false;
  }
}

// ── Edits ──────────────────────────────────────────────────────────────────────────
const fieldsFor: Record<Format, fc.Arbitrary<EntryFields>> = {
  tsv: fc.record({ source: tsvSource, target: tsvValue, note: tsvValue }, { requiredKeys: ['source'] }),
  csv: fc.record(
    { source: nonBlank(text([...CHARS, '"', ',', '\n'])), target: text([...CHARS, '"', ',', '\n']), note: text([...CHARS, '"', ',']) },
    { requiredKeys: ['source'] },
  ),
  json: jsonEntry,
};
type EditPlan = { type: 'add' | 'update' | 'delete'; pick: number; after: boolean; fields: EntryFields };
const plans = (format: Format) =>
  fc.array(fc.record({ type: fc.constantFrom('add', 'update', 'delete'), pick: fc.nat(), after: fc.boolean(), fields: fieldsFor[format] }), {
    minLength: 1,
    maxLength: 6,
  }) as fc.Arbitrary<EditPlan[]>;

interface ModelEntry {
  id: number;
  fields: Omit<GlossaryEntry, 'line'>;
}

/** The entry the loader should read for `fields`: trimmed, empty target and note dropped. */
function expectedFields(fields: EntryFields): Omit<GlossaryEntry, 'line'> {
  const target = fields.target?.trim();
  const note = fields.note?.trim();
  return {
    source: fields.source.trim(),
    ...(target ? { target } : {}),
    ...(note ? { note } : {}),
    ...(fields.caseSensitive !== undefined ? { caseSensitive: fields.caseSensitive } : {}),
    ...(fields.forbidden !== undefined ? { forbidden: fields.forbidden } : {}),
  };
}

const withoutLine = ({ line: _line, ...fields }: GlossaryEntry) => fields;

/** Offsets where each 1-based line starts, as the loaders count lines (LF, CRLF, CR). */
function lineStarts(value: string): number[] {
  const starts = [0];
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\n' || (c === '\r' && value[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

function decodedText(document: GlossaryDocument): string {
  const bytes = serialiseGlossary(document);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
    return out;
  }
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

/** The span of the edited entry in `document`'s text: from just before the start of its
 *  line to the start of the next entry's line (JSON: the end of it, where the separator
 *  before the next object ends), or the end of the text. */
function entrySpan(format: Format, document: GlossaryDocument, id: number): { low: number; high: number } {
  const value = decodedText(document);
  const starts = lineStarts(value);
  const index = document.entries.findIndex((entry) => entry.id === id);
  const entry = document.entries[index]!;
  const next = document.entries[index + 1];
  // Up to the line ending before the entry's line (and, in JSON, the comma before it).
  const low = Math.max(0, starts[entry.line - 1]! - (format === 'json' ? 3 : 2));
  const high = next ? (format === 'json' ? (starts[next.line] ?? value.length) : starts[next.line - 1]!) : value.length;
  return { low, high };
}

/** Checks that the two texts are the same outside `span` of `inner` (the text holding the
 *  edited entry: the old one for an update or delete, the new one for an add). */
function checkLocality(format: Format, before: GlossaryDocument, after: GlossaryDocument, edited: { type: string; id: number }): void {
  const [inner, outer] = edited.type === 'add' ? [after, before] : [before, after];
  const { low, high } = entrySpan(format, inner, edited.id);
  const innerText = decodedText(inner);
  const outerText = decodedText(outer);
  const tail = innerText.length - high;
  expect(outerText.slice(0, low)).toBe(innerText.slice(0, low));
  expect(outerText.slice(outerText.length - tail)).toBe(innerText.slice(high));
  expect(outerText.length - tail).toBeGreaterThanOrEqual(low);
}

describe('glossary write-back properties', () => {
  for (const format of ['tsv', 'csv', 'json'] as const) {
    it(`${format}: serialise(open(bytes)) === bytes, editable, entries as loaded`, () => {
      fc.assert(
        fc.property(files[format], (bytes) => {
          fc.pre(loads(format, bytes));
          const document = openGlossaryDocument(`g.${format}`, bytes);
          expect(document.readOnly).toBeUndefined();
          expect([...serialiseGlossary(document)]).toEqual([...bytes]);
          expect(document.entries.map(({ id: _id, ...entry }) => entry)).toEqual(loadGlossary(`g.${format}`, bytes).entries);
        }),
        { numRuns: 300 },
      );
    });

    it(`${format}: any edits load back as the model says, touching only the edited entry`, () => {
      fc.assert(
        fc.property(files[format], plans(format), (bytes, editPlans) => {
          fc.pre(loads(format, bytes));
          let document = openGlossaryDocument(`g.${format}`, bytes);
          let model: ModelEntry[] = document.entries.map(({ id, ...entry }) => ({ id, fields: withoutLine(entry) }));
          for (const plan of editPlans) {
            if (plan.type !== 'add' && model.length === 0) continue;
            const target = model[plan.pick % Math.max(1, model.length)];
            const edit: GlossaryEdit =
              plan.type === 'add'
                ? { type: 'add', entry: plan.fields, ...(plan.after && target ? { after: target.id } : {}) }
                : plan.type === 'update'
                  ? { type: 'update', id: target!.id, entry: plan.fields }
                  : { type: 'delete', id: target!.id };
            let next: GlossaryDocument;
            try {
              next = editGlossary(document, edit);
            } catch (error) {
              // The one refusal valid input can meet: a CSV entry that would read as the header row.
              if (error instanceof GlossaryEditError && format === 'csv' && error.message.includes('header row')) continue;
              throw error;
            }
            checkLocality(format, document, next, { type: edit.type, id: edit.type === 'add' ? next.lastEdit!.added[0]! : edit.id });
            if (edit.type === 'delete') model = model.filter((entry) => entry.id !== edit.id);
            else if (edit.type === 'update') model = model.map((entry) => (entry.id === edit.id ? { id: entry.id, fields: expectedFields(plan.fields) } : entry));
            else {
              const id = next.lastEdit!.added[0]!;
              const at = edit.after === undefined ? model.length : model.findIndex((entry) => entry.id === edit.after) + 1;
              model.splice(at, 0, { id, fields: expectedFields(plan.fields) });
            }
            const loaded = loadGlossary(`g.${format}`, serialiseGlossary(next)).entries;
            expect(loaded.map(withoutLine)).toEqual(model.map((entry) => entry.fields));
            expect(next.entries.map((entry) => entry.id)).toEqual(model.map((entry) => entry.id));
            expect(next.entries.map(({ id: _id, ...entry }) => entry)).toEqual(loaded);
            document = next;
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
