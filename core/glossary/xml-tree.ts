// A well-formedness check and a small ordered element tree over saxes (a strict,
// non-validating XML 1.0 parser that streams events), with each element's offset and line
// so TBX entries can name the line of their <term>.
//
// Why saxes and this lean tree: a 100,000-entry termbase must load in about the time of
// the same entries as TSV. A DOM-building parser spends most of that in garbage
// collection; here each element is one small object and nothing is walked twice.
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

export interface XmlElement {
  name: string;
  /** Local name: `tbx:term` → `term` (TBX files are read namespace-blind). */
  local: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** UTF-16 offset of the element's `<` in the text given to readXml. */
  start: number;
  /** 1-based line of the element's `<`. */
  line: number;
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
  if (text.trim() === '') return [];
  const lines = createLineIndex(text);
  const parser = new SaxesParser({ position: true });
  const roots: XmlElement[] = [];
  const open: XmlElement[] = [];
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
  });
  parser.on('opentagstart', (tag) => {
    // The event fires on the character after the name: `<` is one before the name.
    pendingStart = Math.max(0, parser.position - tag.name.length - 2);
  });
  parser.on('opentag', (tag) => {
    if (open.length >= MAX_XML_DEPTH) {
      throw at(pendingStart, `XML nested deeper than ${MAX_XML_DEPTH} elements, which Glossa does not read`);
    }
    const element: XmlElement = {
      name: tag.name,
      local: localName(tag.name),
      // Without xmlns processing saxes gives attributes as plain name → value strings.
      attributes: hasKeys(tag.attributes) ? (tag.attributes as Record<string, string>) : NO_ATTRIBUTES,
      children: NO_CHILDREN,
      start: pendingStart,
      line: lines.lineOf(pendingStart),
    };
    const parent = open[open.length - 1];
    if (parent) appendChild(parent, element);
    else roots.push(element);
    open.push(element);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  const addText = (value: string): void => {
    const parent = open[open.length - 1];
    // Whitespace between elements is most of a termbase's text nodes; textOf collapses
    // every run to one space anyway, so one shared string stands for them all.
    if (parent && value !== '') appendChild(parent, isXmlSpace(value) ? ' ' : value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error) => {
    throw describeSaxesError(error.message, parser.position, text, open, at);
  });

  try {
    parser.write(text);
    if (open.length > 0) {
      const names = open.map((element) => `<${element.name}>`).join(', ');
      throw at(text.trimEnd().length, `XML is not well-formed: ${names} never closed (end of file reached)`);
    }
    parser.close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    // Anything else from the parser is still this file's fault: say where it stopped.
    throw at(Math.max(0, parser.position - 1), `cannot read the XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return roots;
}

// A termbase has hundreds of thousands of elements: leaves share one empty child list and
// one empty attribute object until they get their own (readXml alone builds the tree).
const NO_CHILDREN: XmlNode[] = [];
const NO_ATTRIBUTES: Record<string, string> = {};
const localNames = new Map<string, string>();

function localName(name: string): string {
  let local = localNames.get(name);
  if (local === undefined) {
    local = name.slice(name.indexOf(':') + 1);
    if (localNames.size < 4096) localNames.set(name, local);
  }
  return local;
}

function hasKeys(object: object): boolean {
  for (const key in object) if (Object.prototype.hasOwnProperty.call(object, key)) return true;
  return false;
}

function appendChild(parent: XmlElement, node: XmlNode): void {
  if (parent.children === NO_CHILDREN) parent.children = [node];
  else parent.children.push(node);
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
  open: readonly XmlElement[],
  at: (offset: number, detail: string) => InputError,
): InputError {
  const what = message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  if (what === 'unexpected close tag') {
    // saxes has already popped the element left open; the tree has not (closetag fires
    // for it just before this error), so it is the last one closed: find it by the text.
    const closeAt = text.lastIndexOf('</', Math.max(0, position - 1));
    const closing = /^<\/\s*([^\s>]+)/.exec(text.slice(closeAt, closeAt + 256))?.[1] ?? '?';
    const expected = lastClosed(open, closeAt);
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
function lastClosed(open: readonly XmlElement[], closeAt: number): XmlElement | undefined {
  // The closetag event has already popped it from `open`; it is the last child of the
  // new top (or a root) that starts before the close tag.
  const parent = open[open.length - 1];
  const siblings = parent ? parent.children : [];
  for (let k = siblings.length - 1; k >= 0; k--) {
    const node = siblings[k]!;
    if (typeof node !== 'string' && node.start < closeAt) return node;
  }
  return undefined;
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
      if (entry.value.includes('<')) throw this.error(entry.offset, `the entity &${top.name}; holds markup, which Glossa does not expand`);
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
  const found: XmlElement[] = [];
  // Explicit stack of (children, next index): nesting depth never reaches the call stack.
  const stack: Array<{ nodes: XmlNode[]; next: number }> = [{ nodes: element.children, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.next++]!;
    if (typeof node === 'string') continue;
    if (locals.includes(node.local)) found.push(node);
    else stack.push({ nodes: node.children, next: 0 });
  }
  return found;
}

/** Text content with whitespace runs collapsed, as a term or note reads on screen. */
export function textOf(element: XmlElement): string {
  const parts: string[] = [];
  const stack: Array<{ nodes: XmlNode[]; next: number }> = [{ nodes: element.children, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.next++]!;
    if (typeof node === 'string') parts.push(node);
    else stack.push({ nodes: node.children, next: 0 });
  }
  // XML whitespace only: a no-break space (&#160;) inside a term is meant.
  return parts.join('').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
}
