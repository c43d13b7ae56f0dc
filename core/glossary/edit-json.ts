// Editing a Glossa JSON glossary in place. Only the `entries` array is touched: everything
// around it (name, languages, $schema, formatting) stays as written. In an edited entry,
// members whose value still reads the same stay as written, a changed value is replaced
// where it stands, a removed member takes its separator with it, and a new member is put
// in the canonical order with the separator and `:` spacing the object already uses. New
// entries copy the layout of a neighbouring entry (one line or one member per line), and
// non-ASCII characters are written as \u escapes when the file writes them so.

import { dominantLineEnding } from '../text/decode';
import { GlossaryEditError, type EditableBody, type LoadedFields } from './edit-types';

const KEYS = ['source', 'target', 'note', 'caseSensitive', 'forbidden'] as const;
type Key = (typeof KEYS)[number];

interface Item {
  /** Text between the previous element (or `[`) and this one: whitespace, and the comma. */
  readonly before: string;
  /** The entry object as written. */
  readonly text: string;
  readonly id: number;
}

interface Member {
  key: string;
  /** Offsets in the object's text. */
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

const WHITESPACE = ' \t\n\r';

function skipSpace(text: string, i: number): number {
  while (i < text.length && WHITESPACE.includes(text.charAt(i))) i++;
  return i;
}

function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
  }
  return i;
}

/** End of the JSON value starting at `i` (the text is known to be valid JSON). */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    while (i < text.length) {
      const d = text[i];
      if (d === '"') {
        i = skipString(text, i);
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return i;
  }
  while (i < text.length && !',]}'.includes(text.charAt(i)) && !WHITESPACE.includes(text.charAt(i))) i++;
  return i;
}

/** Members of the object starting at `open` (its `{`). */
function membersOf(text: string, open: number): { members: Member[]; close: number } {
  const members: Member[] = [];
  let i = skipSpace(text, open + 1);
  if (text[i] === '}') return { members, close: i };
  for (;;) {
    const keyStart = i;
    const keyEnd = skipString(text, i);
    i = skipSpace(text, keyEnd) + 1; // past ':'
    const valueStart = skipSpace(text, i);
    const valueEnd = skipValue(text, valueStart);
    members.push({ key: JSON.parse(text.slice(keyStart, keyEnd)) as string, keyStart, keyEnd, valueStart, valueEnd });
    i = skipSpace(text, valueEnd);
    if (text[i] !== ',') return { members, close: i };
    i = skipSpace(text, i + 1);
  }
}

/** How the loader reads one member's value (undefined: as if absent). */
function readValue(key: Key, raw: string): string | boolean | undefined {
  const value = JSON.parse(raw) as unknown;
  if (key === 'caseSensitive' || key === 'forbidden') return value as boolean;
  const text = (value as string).trim();
  return key === 'source' || text ? text : undefined;
}

function fieldsOfObject(text: string): LoadedFields {
  const fields: Record<string, unknown> = {};
  for (const member of membersOf(text, 0).members) {
    const value = readValue(member.key as Key, text.slice(member.valueStart, member.valueEnd));
    if (value !== undefined) fields[member.key] = value;
  }
  return fields as unknown as LoadedFields;
}

/** The layout an object is written in, taken from an existing entry or made up. */
interface ObjectStyle {
  /** Between `{` and the first key. */
  open: string;
  /** Between one member's value and the next key, comma included. */
  separator: string;
  /** Between a key and its value, colon included. */
  colon: string;
  /** Between the last value and `}`. */
  close: string;
}

function styleOf(text: string): ObjectStyle | undefined {
  const { members, close } = membersOf(text, 0);
  const first = members[0];
  const last = members[members.length - 1];
  if (!first || !last) return undefined;
  const second = members[1];
  const open = text.slice(1, first.keyStart);
  return {
    open,
    separator: second ? text.slice(first.valueEnd, second.keyStart) : singleSeparator(open, text.slice(first.keyEnd, first.valueStart)),
    colon: text.slice(first.keyEnd, first.valueStart),
    close: text.slice(last.valueEnd, close),
  };
}

/** A guess for an object of one member: a new line like the first key's, or a comma and
 *  the same spacing as after the colon. */
function singleSeparator(open: string, colon: string): string {
  return /[\r\n]/.test(open) ? `,${open}` : colon.endsWith(' ') ? ', ' : ',';
}

export class JsonBody implements EditableBody {
  private constructor(
    /** Everything up to and including the entries array's `[`. */
    private readonly head: string,
    private readonly items: readonly Item[],
    /** Between the last element (or `[`) and `]`. */
    private readonly trailing: string,
    /** From `]` to the end. */
    private readonly tail: string,
    private readonly layout: {
      /** How a new entry is laid out when no entry is left to copy. */
      style: ObjectStyle;
      /** "" for a file on one line. */
      lineEnding: string;
      /** Indentation of the line holding `[`, and the file's indentation step. */
      arrayIndent: string;
      unit: string;
      asciiOnly: boolean;
    },
  ) {}

  /** The body, or why the file cannot be edited in place. */
  static read(text: string): JsonBody | string {
    const root = skipSpace(text, 0);
    let array: number | undefined;
    for (const member of membersOf(text, root).members) if (member.key === 'entries') array = member.valueStart;
    if (array === undefined || text[array] !== '[') return 'it has no "entries" array';
    const items: Item[] = [];
    let previousEnd = array + 1;
    let i = skipSpace(text, array + 1);
    while (text[i] !== ']') {
      const end = skipValue(text, i);
      const object = text.slice(i, end);
      const keys = membersOf(object, 0).members.map((member) => member.key);
      if (new Set(keys).size !== keys.length) return `entry ${items.length + 1} names a property twice`;
      items.push({ before: text.slice(previousEnd, i), text: object, id: items.length });
      previousEnd = end;
      i = skipSpace(text, end);
      if (text[i] === ',') i = skipSpace(text, i + 1);
    }
    const lineEnding = dominantLineEnding(text);
    const compact = !/[\r\n]/.test(text);
    const unit = indentUnit(text);
    const arrayIndent = lineIndent(text, array);
    const memberIndent = arrayIndent + unit + unit;
    const colon = /"\s*:\s/.test(text) ? ': ' : ':';
    const fallback: ObjectStyle = compact
      ? { open: '', separator: colon === ': ' ? ', ' : ',', colon, close: '' }
      : { open: lineEnding + memberIndent, separator: `,${lineEnding}${memberIndent}`, colon, close: lineEnding + arrayIndent + unit };
    const style = (items[0] && styleOf(items[0].text)) ?? fallback;
    return new JsonBody(text.slice(0, array + 1), items, text.slice(previousEnd, i), text.slice(i), {
      style,
      lineEnding: compact ? '' : lineEnding,
      arrayIndent,
      unit,
      asciiOnly: writesAsciiOnly(text),
    });
  }

  text(): string {
    let text = this.head;
    for (const item of this.items) text += item.before + item.text;
    return text + this.trailing + this.tail;
  }

  ids(): number[] {
    return this.items.map((item) => item.id);
  }

  fields(): LoadedFields[] {
    return this.items.map((item) => fieldsOfObject(item.text));
  }

  check(): void {
    // JSON strings hold any text.
  }

  update(id: number, fields: LoadedFields): JsonBody {
    const index = this.indexOf(id);
    const items = [...this.items];
    const item = items[index]!;
    let text = item.text;
    for (const key of KEYS) text = this.setMember(text, key, fields[key]);
    items[index] = { ...item, text };
    return this.with(items, this.trailing);
  }

  add(fields: LoadedFields, after: number | undefined, id: number): JsonBody {
    const items = [...this.items];
    let at = after === undefined ? -1 : items.findIndex((item) => item.id === after);
    if (at < 0) at = items.length - 1;
    const template = items[at] ?? items[0];
    const style = (template && styleOf(template.text)) ?? this.layout.style;
    const order = template ? membersOf(template.text, 0).members.map((member) => member.key) : [];
    const rank = (key: Key): number => (order.includes(key) ? order.indexOf(key) : order.length + KEYS.indexOf(key));
    const members = KEYS.filter((key) => fields[key] !== undefined)
      .sort((a, b) => rank(a) - rank(b))
      .map((key) => `"${key}"${style.colon}${this.literal(fields[key]!)}`);
    const text = `{${style.open}${members.join(style.separator)}${style.close}}`;
    let trailing = this.trailing;
    let before: string;
    if (items.length === 0) {
      const { lineEnding, arrayIndent, unit } = this.layout;
      before = lineEnding && lineEnding + arrayIndent + unit;
      trailing = lineEnding && lineEnding + arrayIndent;
    } else {
      // The file's own separator between entries; with one entry, a comma and the spacing
      // that entry has before it.
      before = items[1]?.before ?? `,${items[0]!.before}`;
    }
    items.splice(at + 1, 0, { before, text, id });
    return this.with(items, trailing);
  }

  delete(id: number): JsonBody {
    const index = this.indexOf(id);
    const items = [...this.items];
    const [removed] = items.splice(index, 1);
    if (items.length === 0) return this.with(items, '');
    if (index === 0) items[0] = { ...items[0]!, before: removed!.before };
    return this.with(items, this.trailing);
  }

  /** `text` (an entry object) with member `key` set to `value`, removed for undefined. */
  private setMember(text: string, key: Key, value: string | boolean | undefined): string {
    const { members } = membersOf(text, 0);
    const index = members.findIndex((member) => member.key === key);
    const member = members[index];
    if (member) {
      if (readValue(key, text.slice(member.valueStart, member.valueEnd)) === value) return text;
      if (value !== undefined) return text.slice(0, member.valueStart) + this.literal(value) + text.slice(member.valueEnd);
      // Removed: the first member takes the separator after it, any other the one before.
      const next = members[index + 1];
      const previous = members[index - 1];
      if (previous) return text.slice(0, previous.valueEnd) + text.slice(member.valueEnd);
      if (next) return text.slice(0, member.keyStart) + text.slice(next.keyStart);
      return text; // the source: never removed
    }
    if (value === undefined) return text;
    const style = styleOf(text) ?? this.layout.style;
    const written = `"${key}"${style.colon}${this.literal(value)}`;
    const rank = KEYS.indexOf(key);
    const previous = [...members].reverse().find((m) => KEYS.indexOf(m.key as Key) < rank && KEYS.includes(m.key as Key));
    if (previous) return text.slice(0, previous.valueEnd) + style.separator + written + text.slice(previous.valueEnd);
    const first = members[0]!;
    return text.slice(0, first.keyStart) + written + style.separator + text.slice(first.keyStart);
  }

  private literal(value: string | boolean): string {
    const json = JSON.stringify(value);
    return this.layout.asciiOnly ? json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
  }

  private with(items: Item[], trailing: string): JsonBody {
    return new JsonBody(this.head, items, trailing, this.tail, this.layout);
  }

  private indexOf(id: number): number {
    const index = this.items.findIndex((item) => item.id === id);
    if (index < 0) throw new GlossaryEditError(`no entry with id ${id}`);
    return index;
  }
}

/** Leading whitespace of the line holding offset `at`. */
function lineIndent(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
  return /^[ \t]*/.exec(text.slice(start, at))![0];
}

/** The file's indentation step: the smallest indentation of a line that has one. */
function indentUnit(text: string): string {
  let unit: string | undefined;
  for (const match of text.matchAll(/[\r\n]([ \t]+)\S/g)) {
    const indent = match[1]!;
    if (unit === undefined || indent.length < unit.length) unit = indent;
  }
  return unit ?? '  ';
}

/** Whether the file writes non-ASCII characters only as \u escapes (Python's json.dump). */
function writesAsciiOnly(text: string): boolean {
  return !/[^ -~\t\n\r]/.test(text) && /\\u(?:00[89a-fA-F][0-9a-fA-F]|0[1-9a-fA-F][0-9a-fA-F]{2}|[1-9a-fA-F][0-9a-fA-F]{3})/.test(text);
}
