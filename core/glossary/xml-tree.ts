// A well-formedness check and a small ordered element tree over saxes (a strict,
// non-validating XML 1.0 parser that streams events), with each element's offset and line
// so TBX entries can name the line of their <term>.
//
// Why saxes and this tree: a 100,000-entry termbase must load in about the time of the
// same entries as TSV. A DOM of a million retained objects spends most of that in garbage
// collection. Here the document is a few columns of integers (name, first child, next
// sibling, offset) plus its text strings; an XmlElement is a view onto one row, made when
// asked for and dropped young.
//
// Limits, each refused with an InputError naming file and line (tests/fuzz reach them):
// - nesting deeper than MAX_XML_DEPTH elements;
// - entities: only internal general entities declared in the document's own DOCTYPE are
//   expanded, each to at most MAX_ENTITY_CHARS characters, and all references of a
//   document together to at most MAX_EXPANDED_CHARS (no "billion laughs", no quadratic
//   blow-up); an entity whose replacement holds markup, an external entity (SYSTEM or
//   PUBLIC: Glossa never opens another file), and a redefinition of a predefined entity
//   (`<!ENTITY lt "Sands">`) are refused.
// Nothing here recurses over the input: walks use explicit stacks.

import { SaxesParser } from 'saxes';
import { InputError } from '../errors';
import { createLineIndex, type LineIndex } from '../text/line-index';

const NONE = -1;

// A node's row in XmlDocument.rows: these fields, ROW integers per node.
const VALUE = 0; // element: its name's id; text: SPAN, BLANK or -3 - index into `texts`
const FIRST_CHILD = 1;
const LAST_CHILD = 2;
const NEXT_SIBLING = 3;
const START = 4; // element: offset of its `<`
const ATTRIBUTE_FROM = 5; // element: its attributes, a range of `attributes` pairs
const ATTRIBUTE_COUNT = 6;
const ROW = 7;
/** A text node that is exactly a stretch of the source: kept as offsets (START, ATTRIBUTE_FROM). */
const SPAN = -1;
/** Whitespace only: textOf collapses it to one space anyway, so it is stored as one. */
const BLANK = -2;

/** The parsed document: one row of integers per node (element or text), in document order. */
export class XmlDocument {
  rows = new Int32Array(ROW * 4096);
  count = 0;
  readonly names: string[] = [];
  readonly locals: string[] = [];
  private readonly nameIds = new Map<string, number>();
  /** Attribute names and values, alternating. */
  readonly attributes: string[] = [];
  private readonly interned = new Map<string, string>();
  readonly texts: string[] = [];

  constructor(
    /** The text parsed: text nodes that are plain stretches of it are read from it. */
    readonly source: string,
    readonly lines: LineIndex,
  ) {}

  /** `attributes`: name, value, name, value… as the parser met them. */
  addElement(parent: number, name: string, start: number, attributes: readonly string[]): number {
    let id = this.nameIds.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.locals.push(name.slice(name.indexOf(':') + 1));
      this.nameIds.set(name, id);
    }
    const from = this.attributes.length;
    for (let k = 0; k < attributes.length; k += 2) this.attributes.push(this.intern(attributes[k]!), this.intern(attributes[k + 1]!));
    return this.addNode(parent, id, start, from, attributes.length / 2);
  }

  /** A text node; `from`..`to` the source stretch it was read from, when it is exactly that
   *  (no entity, no line break normalised): most of a termbase's text keeps no string then. */
  addText(parent: number, text: string, from: number, to: number): void {
    const last = this.rows[parent * ROW + LAST_CHILD]!;
    if (last !== NONE && this.rows[last * ROW + VALUE]! < 0) {
      // A text node following a text node (saxes splits at entity references): merged.
      const merged = this.textAt(last) + text;
      this.texts.push(merged);
      this.rows[last * ROW + VALUE] = -2 - this.texts.length;
      return;
    }
    if (isXmlSpace(text)) {
      this.addNode(parent, BLANK, 0, 0, 0);
    } else if (to - from === text.length && this.source.startsWith(text, from)) {
      this.addNode(parent, SPAN, from, to, 0);
    } else {
      this.texts.push(text);
      this.addNode(parent, -2 - this.texts.length, 0, 0, 0);
    }
  }

  private addNode(parent: number, value: number, start: number, attributeFrom: number, attributeCount: number): number {
    if ((this.count + 1) * ROW > this.rows.length) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const node = this.count++;
    const row = node * ROW;
    const rows = this.rows;
    rows[row + VALUE] = value;
    rows[row + FIRST_CHILD] = NONE;
    rows[row + LAST_CHILD] = NONE;
    rows[row + NEXT_SIBLING] = NONE;
    rows[row + START] = start;
    rows[row + ATTRIBUTE_FROM] = attributeFrom;
    rows[row + ATTRIBUTE_COUNT] = attributeCount;
    if (parent !== NONE) {
      const last = rows[parent * ROW + LAST_CHILD]!;
      if (last === NONE) rows[parent * ROW + FIRST_CHILD] = node;
      else rows[last * ROW + NEXT_SIBLING] = node;
      rows[parent * ROW + LAST_CHILD] = node;
    }
    return node;
  }

  /** Short names and values (language codes, note types) repeat by the hundred thousand: keep one of each. */
  private intern(value: string): string {
    if (value.length > 12) return value;
    let kept = this.interned.get(value);
    if (kept === undefined) {
      kept = value;
      if (this.interned.size < 4096) this.interned.set(value, value);
    }
    return kept;
  }

  value(node: number): number {
    return this.rows[node * ROW + VALUE]!;
  }

  firstChild(node: number): number {
    return this.rows[node * ROW + FIRST_CHILD]!;
  }

  nextSibling(node: number): number {
    return this.rows[node * ROW + NEXT_SIBLING]!;
  }

  start(node: number): number {
    return this.rows[node * ROW + START]!;
  }

  isElement(node: number): boolean {
    return this.rows[node * ROW + VALUE]! >= 0;
  }

  localOf(node: number): string {
    return this.locals[this.rows[node * ROW + VALUE]!]!;
  }

  textAt(node: number): string {
    const value = this.rows[node * ROW + VALUE]!;
    if (value === SPAN) return this.source.slice(this.rows[node * ROW + START]!, this.rows[node * ROW + ATTRIBUTE_FROM]!);
    if (value === BLANK) return ' ';
    return this.texts[-3 - value]!;
  }

  attributesOf(node: number): Record<string, string> {
    const from = this.rows[node * ROW + ATTRIBUTE_FROM]!;
    const count = this.rows[node * ROW + ATTRIBUTE_COUNT]!;
    const result: Record<string, string> = {};
    for (let k = 0; k < count; k++) result[this.attributes[from + 2 * k]!] = this.attributes[from + 2 * k + 1]!;
    return result;
  }
}

/** One element of a parsed document: a view made on demand (see XmlDocument). */
export class XmlElement {
  constructor(
    /** The document it is a row of (the walks below read its columns directly). */
    readonly document: XmlDocument,
    /** The element's row in its document. */
    readonly node: number,
  ) {}

  get name(): string {
    return this.document.names[this.document.value(this.node)]!;
  }

  /** Local name: `tbx:term` → `term` (TBX files are read namespace-blind). */
  get local(): string {
    return this.document.localOf(this.node);
  }

  get attributes(): Record<string, string> {
    return this.document.attributesOf(this.node);
  }

  /** Child elements and texts, in order. */
  get children(): XmlNode[] {
    const children: XmlNode[] = [];
    const { document } = this;
    for (let child = document.firstChild(this.node); child !== NONE; child = document.nextSibling(child)) {
      children.push(document.isElement(child) ? new XmlElement(document, child) : document.textAt(child));
    }
    return children;
  }

  /** UTF-16 offset of the element's `<` in the text given to readXml. */
  get start(): number {
    return this.document.start(this.node);
  }

  /** 1-based line of the element's `<`. */
  get line(): number {
    return this.document.lines.lineOf(this.start);
  }
}

export type XmlNode = XmlElement | string;

/** Deepest element nesting accepted (a TBX file needs about ten levels). */
export const MAX_XML_DEPTH = 256;
/** Longest replacement text of one entity, after expanding the entities it refers to. */
export const MAX_ENTITY_CHARS = 64 * 1024;
/** All entity references of one document together expand to at most this many characters. */
export const MAX_EXPANDED_CHARS = 4 * 1024 * 1024;
/** Entities referring to entities: at most this many levels. */
const MAX_ENTITY_NESTING = 16;

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Parses `text`; throws InputError with line and column if it is not well-formed or breaks a limit. */
export function readXml(file: string, text: string): XmlElement[] {
  if (!/\S/.test(text)) return []; // blank: no element (trim() would copy a 25 MB text)
  const lines = createLineIndex(text);
  const document = new XmlDocument(text, lines);
  const parser = new SaxesParser({ position: true });
  const roots: number[] = [];
  const open: number[] = [];
  let pendingStart = 0;
  const entities = new EntityTable(file, lines, () => Math.max(0, parser.position - 1));
  const at = (offset: number, detail: string): InputError => {
    const { line, column } = lines.positionOf(offset);
    return new InputError(file, line, detail, column);
  };

  parser.ENTITIES = entities.forParser();
  parser.on('doctype', (doctype) => {
    // The event comes at the end of the declaration, which starts with `<!DOCTYPE`.
    const declarationStart = text.lastIndexOf('<!DOCTYPE', parser.position);
    entities.declare(doctype, Math.max(0, declarationStart) + '<!DOCTYPE'.length);
    markupEnds();
  });
  // Attributes as they come, name and value: no object to walk for each element.
  const pendingAttributes: string[] = [];
  parser.on('opentagstart', (tag) => {
    // The event fires on the character after the name: `<` is one before the name.
    pendingStart = Math.max(0, parser.position - tag.name.length - 2);
    pendingAttributes.length = 0;
  });
  parser.on('attribute', (attribute) => {
    pendingAttributes.push(attribute.name, attribute.value as string);
  });
  parser.on('opentag', (tag) => {
    if (open.length >= MAX_XML_DEPTH) {
      throw at(pendingStart, `XML nested deeper than ${MAX_XML_DEPTH} elements, which Glossa does not read`);
    }
    const node = document.addElement(open.length > 0 ? open[open.length - 1]! : NONE, tag.name, pendingStart, pendingAttributes);
    if (open.length === 0) roots.push(node);
    open.push(node);
    markupEnds();
  });
  parser.on('closetag', () => {
    open.pop();
    markupEnds();
  });
  // Where the text since the last markup started: text nodes that are exactly that stretch
  // of the source are kept as offsets (XmlDocument.addText checks).
  let textFrom = 0;
  const markupEnds = (): void => {
    textFrom = parser.position;
  };
  parser.on('text', (value) => {
    // The event comes on the `<` that ends the text (or at the end of the input).
    const to = Math.min(parser.position - 1, text.length);
    if (open.length > 0 && value !== '') document.addText(open[open.length - 1]!, value, textFrom, to);
  });
  parser.on('cdata', (value) => {
    if (open.length > 0 && value !== '') document.addText(open[open.length - 1]!, value, 0, 0);
    markupEnds();
  });
  parser.on('comment', markupEnds);
  parser.on('processinginstruction', markupEnds);
  parser.on('error', (error) => {
    throw describeSaxesError(error.message, parser.position, text, document, open, at);
  });

  try {
    parser.write(text);
    if (open.length > 0) {
      const names = open.map((node) => `<${new XmlElement(document, node).name}>`).join(', ');
      throw at(text.trimEnd().length, `XML is not well-formed: ${names} never closed (end of file reached)`);
    }
    parser.close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    // Anything else from the parser is still this file's fault: say where it stopped.
    throw at(Math.max(0, parser.position - 1), `cannot read the XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return roots.map((node) => new XmlElement(document, node));
}

function isXmlSpace(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** saxes says "5:9: unexpected close tag."; Glossa says what was expected, where. */
function describeSaxesError(
  message: string,
  position: number,
  text: string,
  document: XmlDocument,
  open: readonly number[],
  at: (offset: number, detail: string) => InputError,
): InputError {
  const what = message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  if (what === 'unexpected close tag') {
    // saxes has popped the element left open (closetag fired for it just before this
    // error): it is the last child of the new innermost open element that starts before
    // the close tag, found through the text.
    const closeAt = text.lastIndexOf('</', Math.max(0, position - 1));
    const closing = /^<\/\s*([^\s>]+)/.exec(text.slice(closeAt, closeAt + 256))?.[1] ?? '?';
    const expected = lastClosed(document, open, closeAt);
    const opened = expected ? ` (opened in line ${expected.line}, col ${columnOf(text, expected.start)})` : '';
    return at(closeAt, `XML is not well-formed: Expected closing tag '${expected?.name ?? '?'}'${opened} instead of closing tag '${closing}'.`);
  }
  if (what === 'undefined entity') {
    const ampersand = text.lastIndexOf('&', Math.max(0, position - 1));
    const reference = /^&[^\s&;<]*;/.exec(text.slice(ampersand, ampersand + 256))?.[0] ?? '&…;';
    return at(ampersand, `XML is not well-formed: ${reference} is not defined (XML has only &lt; &gt; &amp; &quot; &apos; and the entities the file's DOCTYPE declares)`);
  }
  const duplicate = /^duplicate attribute: (.*)$/.exec(what);
  if (duplicate) return at(Math.max(0, position - 1), `XML is not well-formed: Attribute '${duplicate[1]}' is repeated.`);
  const sentence = what.charAt(0).toUpperCase() + what.slice(1);
  return at(Math.max(0, position - 1), `XML is not well-formed: ${sentence}.`);
}

/** The innermost element that was open when the close tag at `closeAt` was met. */
function lastClosed(document: XmlDocument, open: readonly number[], closeAt: number): XmlElement | undefined {
  const parent = open[open.length - 1];
  if (parent === undefined) return undefined;
  let found: number | undefined;
  for (let child = document.firstChild(parent); child !== NONE; child = document.nextSibling(child)) {
    if (document.isElement(child) && document.start(child) < closeAt) found = child;
  }
  return found === undefined ? undefined : new XmlElement(document, found);
}

function columnOf(text: string, offset: number): number {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  return offset - lineStart + 1;
}

/**
 * The general entities a document declares in its internal DTD subset, expanded once at
 * declaration (char references resolved, references to other entities substituted), and
 * handed to saxes as a lookup that counts what the document expands in total.
 */
class EntityTable {
  private readonly declared = new Map<string, { value: string; external: boolean; offset: number }>();
  private readonly expanded = new Map<string, string>();
  private total = 0;

  constructor(
    private readonly file: string,
    private readonly lines: LineIndex,
    /** Where the parser is: a reference that breaks the total budget is reported there. */
    private readonly here: () => number,
  ) {}

  /** Reads `<!ENTITY …>` declarations from the DOCTYPE's text (which starts at `offset`). */
  declare(doctype: string, offset: number): void {
    const declaration = /<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b[^>]*)\s*>/g;
    for (let match = declaration.exec(doctype); match; match = declaration.exec(doctype)) {
      if (match[1] !== undefined) continue; // a parameter entity: used inside the DTD only, never in text
      const name = match[2]!;
      const where = offset + match.index;
      if (this.declared.has(name)) continue; // XML: the first declaration binds
      if (name in PREDEFINED) {
        const value = match[3] ?? match[4];
        if (value === undefined || !isPredefinedValue(name, value)) {
          throw this.error(where, `the DOCTYPE redefines the predefined entity &${name}; which Glossa refuses`);
        }
        continue;
      }
      this.declared.set(name, { value: match[3] ?? match[4] ?? '', external: match[5] !== undefined, offset: where });
    }
  }

  /** The object saxes looks entities up in: predefined ones, then the document's own. */
  forParser(): Record<string, string> {
    const get = (name: string): string | undefined => {
      if (Object.prototype.hasOwnProperty.call(PREDEFINED, name)) return PREDEFINED[name];
      if (!this.declared.has(name)) return undefined;
      const value = this.expand(name);
      this.total += value.length;
      if (this.total > MAX_EXPANDED_CHARS) {
        throw this.error(this.here(), `entity references expand to more than ${MAX_EXPANDED_CHARS.toLocaleString('en')} characters, which Glossa refuses`);
      }
      return value;
    };
    return new Proxy(Object.create(null) as Record<string, string>, {
      get: (_target, name) => (typeof name === 'string' ? get(name) : undefined),
    });
  }

  /** The replacement text of `name`, references inside it expanded; iterative over a work stack. */
  private expand(name: string): string {
    const done = this.expanded.get(name);
    if (done !== undefined) return done;
    // Post-order over the references with an explicit stack; `active` catches cycles.
    const stack: Array<{ name: string; depth: number }> = [{ name, depth: 0 }];
    const active = new Set<string>();
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const entry = this.declared.get(top.name)!;
      if (entry.external) throw this.error(entry.offset, `the entity &${top.name}; names another file, which Glossa never opens`);
      const pending = referencesIn(entry.value).filter((ref) => !(ref in PREDEFINED) && !this.expanded.has(ref));
      const missing = pending.find((ref) => !this.declared.has(ref));
      if (missing !== undefined) throw this.error(entry.offset, `the entity &${top.name}; refers to &${missing};, which is not declared`);
      if (pending.length === 0) {
        this.expanded.set(top.name, this.substitute(top.name, entry.value, entry.offset));
        active.delete(top.name);
        stack.pop();
        continue;
      }
      if (top.depth >= MAX_ENTITY_NESTING) {
        throw this.error(entry.offset, `entities nested more than ${MAX_ENTITY_NESTING} levels deep, which Glossa refuses`);
      }
      active.add(top.name);
      for (const ref of pending) {
        if (active.has(ref)) throw this.error(entry.offset, `the entity &${ref}; refers to itself (directly or through other entities)`);
        stack.push({ name: ref, depth: top.depth + 1 });
      }
    }
    return this.expanded.get(name)!;
  }

  private substitute(name: string, value: string, offset: number): string {
    let result = '';
    let last = 0;
    for (const match of value.matchAll(/&(#x[0-9a-fA-F]+|#[0-9]+|[^\s&;#]+);/g)) {
      result += value.slice(last, match.index);
      const ref = match[1]!;
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (!(code > 0 && code <= 0x10ffff)) throw this.error(offset, `the entity &${name}; holds a bad character reference &${ref};`);
        result += String.fromCodePoint(code);
      } else {
        result += PREDEFINED[ref] ?? this.expanded.get(ref) ?? '';
      }
      last = match.index + match[0].length;
      if (result.length > MAX_ENTITY_CHARS) break;
    }
    result += value.slice(last);
    // Markup, written out or as character references: XML would parse it as elements;
    // Glossa reads entities as text only, so it refuses rather than guess.
    if (result.includes('<')) throw this.error(offset, `the entity &${name}; holds markup, which Glossa does not expand`);
    if (result.length > MAX_ENTITY_CHARS) {
      throw this.error(offset, `the entity &${name}; expands to more than ${MAX_ENTITY_CHARS.toLocaleString('en')} characters, which Glossa refuses`);
    }
    return result;
  }

  private error(offset: number, detail: string): InputError {
    const { line, column } = this.lines.positionOf(offset);
    return new InputError(this.file, line, detail, column);
  }
}

function referencesIn(value: string): string[] {
  return [...value.matchAll(/&([^\s&;#]+);/g)].map((match) => match[1]!);
}

/**
 * XML 1.0 §4.6: a predefined entity may be declared only as what it already is: `lt` and
 * `amp` as a (doubly escaped) character reference to their character, `gt`, `apos` and
 * `quot` as their character or a character reference to it.
 */
function isPredefinedValue(name: string, literal: string): boolean {
  const char = PREDEFINED[name]!;
  const code = char.codePointAt(0)!;
  // The replacement text: character references in the literal are resolved at declaration.
  const replacement = literal.replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (_, ref: string) =>
    String.fromCodePoint(ref.startsWith('x') ? parseInt(ref.slice(1), 16) : parseInt(ref, 10)));
  const reference = new RegExp(`^&#(?:0*${code}|x0*${code.toString(16)});$`, 'i');
  if (reference.test(replacement)) return true;
  return name !== 'lt' && name !== 'amp' && replacement === char;
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((node): node is XmlElement => typeof node !== 'string');
}

/** Elements named one of `locals`, searched depth-first in document order, not inside matches. */
export function findAll(element: XmlElement, locals: readonly string[]): XmlElement[] {
  const { document } = element;
  const found: XmlElement[] = [];
  // An explicit stack of next siblings to visit: nesting never deepens the call stack.
  const stack: number[] = [];
  let node = document.firstChild(element.node);
  for (;;) {
    if (node === NONE) {
      if (stack.length === 0) break;
      node = stack.pop()!;
      continue;
    }
    const next = document.nextSibling(node);
    if (document.isElement(node)) {
      if (locals.includes(document.localOf(node))) {
        found.push(new XmlElement(document, node));
      } else if (document.firstChild(node) !== NONE) {
        stack.push(next);
        node = document.firstChild(node);
        continue;
      }
    }
    node = next;
  }
  return found;
}

/** Text content with whitespace runs collapsed, as a term or note reads on screen. */
export function textOf(element: XmlElement): string {
  const { document } = element;
  const parts: string[] = [];
  const stack: number[] = [];
  let node = document.firstChild(element.node);
  for (;;) {
    if (node === NONE) {
      if (stack.length === 0) break;
      node = stack.pop()!;
      continue;
    }
    if (!document.isElement(node)) {
      parts.push(document.textAt(node));
    } else if (document.firstChild(node) !== NONE) {
      stack.push(document.nextSibling(node));
      node = document.firstChild(node);
      continue;
    }
    node = document.nextSibling(node);
  }
  // XML whitespace only: a no-break space (&#160;) inside a term is meant.
  const joined = parts.length === 1 ? parts[0]! : parts.join('');
  return /[ \t\r\n]{2}|^[ \t\r\n]|[ \t\r\n]$|[\t\r\n]/.test(joined) ? joined.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '') : joined;
}
