// A well-formedness check for XML 1.0 (TBX termbases) that reports what it reads to a
// handler (scanXml), and a small ordered element tree built by one such handler (readXml),
// with each element's offset so TBX entries can name the line of their <term>.
//
// Why our own reader: a 100,000-entry termbase (25 MB) must load in about three times
// the TSV time of the same entries. Character-by-character event parsers (fast-xml-parser
// with its DOM, then saxes) spent most of that in per-character calls and garbage
// collection. This reader jumps from markup to markup with indexOf and sticky regular
// expressions (native scans). A handler is told offsets, not strings, for text that is
// a plain stretch of the source, so a TBX reader slices only the text it keeps (terms,
// notes, definitions) and builds no node for the rest. The tree is a few rows of integers
// per node plus the text strings that are not plain stretches of the source; an
// XmlElement is a view onto one row, made when asked for and dropped young.
//
// Well-formedness checked: one root; matching end tags; unique attribute names; names as
// XML 1.0 defines them; no `<` in attribute values; references to declared entities and
// to valid characters only; no `]]>` in text; comments without `--`; processing
// instructions not named xml past the declaration; only XML characters in the document.
// Not checked: what a DTD would validate (it is never read).
//
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

/** What the reader tells as it goes, in document order. Well-formedness is checked before
 *  each call: a handler never sees a document the reader would refuse further on only if
 *  the refusal comes later in the text (the reader throws then, and the handler's work is
 *  dropped). */
export interface XmlHandler {
  /** A start tag (self-closing ones are followed by closeElement at once). `attributes`
   *  holds name, value, name, value… in its first `attributeCount` slots; the reader reuses
   *  the array for the next tag, so keep the strings, not the array. `name` strings repeat:
   *  the reader hands over the same string for the same name. */
  openElement(name: string, start: number, attributes: readonly string[], attributeCount: number): void;
  closeElement(): void;
  /** Character data that is exactly `text.slice(from, to)` (no reference, no \r). */
  plainText(from: number, to: number): void;
  /** Character data with references expanded or line breaks normalised, and CDATA sections. */
  text(value: string): void;
}

/** The parsed document: one row of integers per node (element or text), in document order. */
export class XmlDocument implements XmlHandler {
  rows = new Int32Array(ROW * 4096);
  count = 0;
  /** Top-level elements (a well-formed document has one). */
  readonly roots: number[] = [];
  private readonly open: number[] = [];
  readonly names: string[] = [];
  readonly locals: string[] = [];
  private readonly nameIds = new Map<string, number>();
  /** Attribute names and values, alternating (the reader hands repeated ones over as one string). */
  readonly attributes: string[] = [];
  readonly texts: string[] = [];

  constructor(
    /** The text parsed: text nodes that are plain stretches of it are read from it. */
    readonly source: string,
    readonly lines: LineIndex,
  ) {}

  openElement(name: string, start: number, attributes: readonly string[], attributeCount: number): void {
    const parent = this.open.length > 0 ? this.open[this.open.length - 1]! : NONE;
    const node = this.addElement(parent, name, start, attributes, attributeCount);
    if (parent === NONE) this.roots.push(node);
    this.open.push(node);
  }

  closeElement(): void {
    this.open.pop();
  }

  plainText(from: number, to: number): void {
    this.addText(this.open[this.open.length - 1]!, this.source.slice(from, to), from, to);
  }

  text(value: string): void {
    this.addText(this.open[this.open.length - 1]!, value, 0, 0);
  }

  /** `attributes`: name, value, name, value… (the first `attributeCount` slots) as the parser met them. */
  private addElement(parent: number, name: string, start: number, attributes: readonly string[], attributeCount: number): number {
    let id = this.nameIds.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.locals.push(name.slice(name.indexOf(':') + 1));
      this.nameIds.set(name, id);
    }
    const from = this.attributes.length;
    for (let k = 0; k < attributeCount; k++) this.attributes.push(attributes[k]!);
    return this.addNode(parent, id, start, from, attributeCount / 2);
  }

  /** A text node; `from`..`to` the source stretch it was read from, when it is exactly that
   *  (no entity, no line break normalised): most of a termbase's text keeps no string then. */
  private addText(parent: number, text: string, from: number, to: number): void {
    const last = this.rows[parent * ROW + LAST_CHILD]!;
    if (last !== NONE && this.rows[last * ROW + VALUE]! < 0) {
      // A text node following a text node (a CDATA section after text): merged.
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

  private attributesRead: Record<string, string> | undefined;

  get attributes(): Record<string, string> {
    return (this.attributesRead ??= this.document.attributesOf(this.node));
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
  new XmlReader(file, text, document, lines).read();
  return document.roots.map((node) => new XmlElement(document, node));
}

/** Reads `text` once, telling `handler` what it meets; throws InputError with line and
 *  column if it is not well-formed or breaks a limit. A blank text tells nothing. */
export function scanXml(file: string, text: string, handler: XmlHandler): void {
  if (!/\S/.test(text)) return;
  new XmlReader(file, text, handler).read();
}

// XML 1.0 (fifth edition) names.
const NAME_START = ':A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD';
const NAME_CHAR = `${NAME_START}\\-.0-9\u00B7\u0300-\u036F\u203F\u2040`;
const NAME_SOURCE = `(?:[${NAME_START}]|[\uD800-\uDB7F][\uDC00-\uDFFF])(?:[${NAME_CHAR}]|[\uD800-\uDB7F][\uDC00-\uDFFF])*`;
// eslint-disable-next-line no-misleading-character-class -- ranges of name characters (combining marks included by XML), not glyphs
const NAME = new RegExp(NAME_SOURCE, 'y');
// eslint-disable-next-line no-misleading-character-class -- as above
const IS_NAME = new RegExp(`^${NAME_SOURCE}$`);
const END_TAG = /<\/([^\s>]*)[ \t\r\n]*>/y;
const XML_DECLARATION = /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/y;
// Characters XML forbids: controls other than tab and line breaks, U+FFFE/U+FFFF, and
// surrogates not in a pair.
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- as above
const NOT_XML_CHAR_OR_SURROGATE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[^\s&;<#]*);/y;

/** One pass over the text: markup to markup, building the document's rows. */
class XmlReader {
  private readonly entities: EntityTable;
  private i = 0;
  /** Names and `<` offsets of the open elements, outermost first. */
  private readonly openNames: string[] = [];
  private readonly openStarts: number[] = [];
  /** One array for every start tag's attributes (the handler copies what it keeps). */
  private readonly attributes: string[] = [];
  private linesRead: LineIndex | undefined;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly handler: XmlHandler,
    lines?: LineIndex,
  ) {
    this.linesRead = lines;
    this.entities = new EntityTable(file, () => this.lines);
  }

  /** Line starts are needed only to report an error: found then. */
  private get lines(): LineIndex {
    return (this.linesRead ??= createLineIndex(this.text));
  }

  read(): void {
    const { text } = this;
    // One scan for both; surrogates are rare in termbases: the slower pair check (and the
    // search for a forbidden character past the first surrogate) runs only when there are some.
    const first = NOT_XML_CHAR_OR_SURROGATE.exec(text);
    const bad = first === null ? null : isSurrogateCode(text.charCodeAt(first.index)) ? (NOT_XML_CHAR.exec(text) ?? LONE_SURROGATE.exec(text)) : first;
    if (bad) throw this.fail(bad.index, `character U+${text.charCodeAt(bad.index).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`);
    let roots = 0;
    if (text.startsWith('<?xml', 0) && /^<\?xml[ \t\r\n?]/.test(text)) {
      XML_DECLARATION.lastIndex = 0;
      if (!XML_DECLARATION.test(text)) throw this.fail(0, 'malformed XML declaration');
      this.i = XML_DECLARATION.lastIndex;
    }
    let sawDoctype = false;
    while (this.i < text.length) {
      // Tags often follow tags: no search then.
      const lt = text.charCodeAt(this.i) === 0x3c ? this.i : text.indexOf('<', this.i);
      const end = lt === -1 ? text.length : lt;
      if (end > this.i) this.charData(this.i, end);
      if (lt === -1) break;
      this.i = lt;
      const next = text.charCodeAt(lt + 1);
      if (next === 0x2f /* / */) {
        this.endTag();
      } else if (next === 0x21 /* ! */) {
        if (text.startsWith('<!--', lt)) this.comment();
        else if (text.startsWith('<![CDATA[', lt)) {
          if (this.openNames.length === 0) throw this.fail(lt, 'Text data outside of root node.');
          this.cdata();
        } else if (text.startsWith('<!DOCTYPE', lt)) {
          if (sawDoctype || roots > 0) throw this.fail(lt, 'Inappropriately located doctype declaration.');
          sawDoctype = true;
          this.doctype();
        } else throw this.fail(lt, 'Unexpected markup declaration.');
      } else if (next === 0x3f /* ? */) {
        this.processingInstruction();
      } else {
        if (this.openNames.length === 0) {
          if (roots > 0) throw this.fail(lt, 'XML is not well-formed: only one root element is allowed.', true);
          roots++;
        }
        this.startTag();
      }
    }
    if (this.openNames.length > 0) {
      const names = this.openNames.map((name) => `<${name}>`).join(', ');
      throw this.fail(text.trimEnd().length, `XML is not well-formed: ${names} never closed (end of file reached)`, true);
    }
    if (roots === 0) throw this.fail(text.length, 'Document must contain a root element.');
  }

  /** Text between markup: outside the root only whitespace; inside, references expanded. */
  private charData(from: number, to: number): void {
    const { text } = this;
    if (this.openNames.length === 0) {
      for (let k = from; k < to; k++) {
        const c = text.charCodeAt(k);
        if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) throw this.fail(k, 'Text data outside of root node.');
      }
      return;
    }
    if (this.nextCdataEnd < from) this.nextCdataEnd = this.indexOrEnd(']]>', from);
    if (this.nextCdataEnd < to) throw this.fail(this.nextCdataEnd, 'the string "]]>" is not allowed in text');
    if (this.nextAmpersand < from) this.nextAmpersand = this.indexOrEnd('&', from);
    if (this.nextCr < from) this.nextCr = this.indexOrEnd('\r', from);
    // The usual case: the text is exactly this stretch of the source, told as offsets.
    if (this.nextAmpersand >= to && this.nextCr >= to) this.handler.plainText(from, to);
    else this.handler.text(this.expand(from, to, false));
  }

  /** Where `]]>`, `&` and `\r` next occur: text only moves forward, so every search starts
   *  where the last one ended (one indexOf per text node would rescan the rest of a 25 MB
   *  file each time). */
  private nextCdataEnd = -1;
  private nextAmpersand = -1;
  private nextCr = -1;

  /** The first occurrence of `needle` at or after `from` (the text's length if none). */
  private indexOrEnd(needle: string, from: number): number {
    const at = this.text.indexOf(needle, from);
    return at === -1 ? this.text.length : at;
  }

  /** The text of `from..to` with references expanded and line breaks normalised (\r\n, \r → \n);
   *  in attribute values every whitespace character becomes a space, as XML normalises them. */
  private expand(from: number, to: number, attribute: boolean): string {
    const { text } = this;
    let result = '';
    let last = from;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x26 /* & */) {
        result += text.slice(last, k);
        REFERENCE.lastIndex = k;
        const match = REFERENCE.exec(text);
        if (!match || REFERENCE.lastIndex > to) throw this.fail(k, "'&' must start a reference such as &amp; or &#233;");
        result += this.resolve(match[1]!, k);
        k = REFERENCE.lastIndex - 1;
        last = REFERENCE.lastIndex;
      } else if (c === 0x0d /* \r */) {
        result += `${text.slice(last, k)}${attribute ? ' ' : '\n'}`;
        if (text.charCodeAt(k + 1) === 0x0a) k++;
        last = k + 1;
      } else if (attribute && (c === 0x0a || c === 0x09)) {
        result += `${text.slice(last, k)} `;
        last = k + 1;
      }
    }
    return result + text.slice(last, to);
  }

  private resolve(reference: string, at: number): string {
    if (reference.startsWith('#')) {
      const code = reference[1] === 'x' ? parseInt(reference.slice(2), 16) : parseInt(reference.slice(1), 10);
      const valid = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
      if (!valid) throw this.fail(at, `&${reference}; is not a character XML allows`);
      return String.fromCodePoint(code);
    }
    if (!IS_NAME.test(reference)) throw this.fail(at, `&${reference}; is not a valid entity reference`);
    const value = this.entities.lookup(reference, at);
    if (value === undefined) {
      throw this.fail(at, `XML is not well-formed: &${reference}; is not defined (XML has only &lt; &gt; &amp; &quot; &apos; and the entities the file's DOCTYPE declares)`, true);
    }
    return value;
  }

  /** Names and short attribute values met so far, by a hash of their characters: a
   *  termbase repeats a dozen element names and a few values (language codes, note types)
   *  hundreds of thousands of times, so a tag is matched against them in place, without a
   *  regular expression or a slice. Values are remembered only when read as they stand
   *  (no reference, no whitespace to normalise), so a match is always the text itself. */
  private readonly knownNames = new Map<number, string>();
  private readonly knownValues = new Map<number, string>();

  /** A known name at `at` followed by what ends an element name (`attribute` false) or an
   *  attribute name (true), or undefined. */
  private knownNameAt(at: number, attribute: boolean): string | undefined {
    const { text } = this;
    const limit = Math.min(text.length, at + 64);
    let hash = 0;
    let k = at;
    for (; k < limit; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x3e || c === 0x2f || c === 0x3d || isXmlSpaceCode(c)) break;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    const name = this.knownNames.get(hash);
    if (name === undefined || name.length !== k - at || !text.startsWith(name, at)) return undefined;
    const next = text.charCodeAt(k);
    return (attribute ? next === 0x3d || isXmlSpaceCode(next) : endsName(next)) ? name : undefined;
  }

  /** An XML name at `at` (known ones first), or undefined. */
  private nameAt(at: number, attribute: boolean): string | undefined {
    const known = this.knownNameAt(at, attribute);
    if (known !== undefined) return known;
    NAME.lastIndex = at;
    if (!NAME.test(this.text)) return undefined;
    const name = this.text.slice(at, NAME.lastIndex);
    if (this.knownNames.size < 256) {
      let hash = 0;
      for (let k = 0; k < name.length; k++) hash = (Math.imul(hash, 31) + name.charCodeAt(k)) | 0;
      if (!this.knownNames.has(hash)) this.knownNames.set(hash, name);
    }
    return name;
  }

  private startTag(): void {
    const { text, attributes } = this;
    const start = this.i;
    const name = this.nameAt(start + 1, false);
    if (name === undefined || !endsName(text.charCodeAt(start + 1 + name.length))) {
      throw this.fail(start + 1, 'Unexpected character after "<" (an element name must follow)');
    }
    let at = start + 1 + name.length;
    let count = 0;
    for (;;) {
      const afterSpace = skipXmlSpace(text, at);
      const c = text.charCodeAt(afterSpace);
      if (c === 0x3e /* > */ || c === 0x2f /* / */ || afterSpace === at || Number.isNaN(c)) {
        at = afterSpace;
        break;
      }
      const attributeName = this.nameAt(afterSpace, true);
      const equals = attributeName === undefined ? -1 : skipXmlSpace(text, afterSpace + attributeName.length);
      const quoteAt = equals >= 0 && text.charCodeAt(equals) === 0x3d ? skipXmlSpace(text, equals + 1) : -1;
      const quote = quoteAt >= 0 ? text.charCodeAt(quoteAt) : NaN;
      if (attributeName === undefined || (quote !== 0x22 && quote !== 0x27)) {
        throw this.fail(afterSpace, `XML is not well-formed: the start tag <${name}> is not closed properly (an attribute without quotes or a stray character?)`, true);
      }
      for (let k = 0; k < count; k += 2) {
        if (attributes[k] === attributeName) throw this.fail(afterSpace, `XML is not well-formed: Attribute '${attributeName}' is repeated.`, true);
      }
      const valueStart = quoteAt + 1;
      const valueEnd = text.indexOf(quote === 0x22 ? '"' : "'", valueStart);
      if (valueEnd === -1) throw this.fail(quoteAt, 'XML is not well-formed: an attribute value never closes its quote.', true);
      attributes[count] = attributeName;
      attributes[count + 1] = this.attributeValue(valueStart, valueEnd);
      count += 2;
      at = valueEnd + 1;
    }
    const selfClosing = text.charCodeAt(at) === 0x2f;
    const close = selfClosing ? at + 1 : at;
    if (text.charCodeAt(close) !== 0x3e) {
      throw this.fail(at, `XML is not well-formed: the start tag <${name}> is not closed properly (an attribute without quotes or a stray character?)`, true);
    }
    this.i = close + 1;
    if (this.openNames.length >= MAX_XML_DEPTH) {
      throw this.fail(start, `XML nested deeper than ${MAX_XML_DEPTH} elements, which Glossa does not read`, true);
    }
    this.handler.openElement(name, start, attributes, count);
    if (selfClosing) {
      this.handler.closeElement();
    } else {
      this.openNames.push(name);
      this.openStarts.push(start);
    }
  }

  /** An attribute's value: a known short one as the same string, else read (references
   *  expanded, whitespace normalised); `<` refused. */
  private attributeValue(from: number, to: number): string {
    const { text } = this;
    let hash = 0;
    let special = false;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x3c) throw this.fail(k, "'<' is not allowed in an attribute value");
      if (c === 0x26 || c === 0x0d || c === 0x0a || c === 0x09) special = true;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    if (special) return this.expand(from, to, true);
    if (to - from > 24) return text.slice(from, to);
    const known = this.knownValues.get(hash);
    if (known !== undefined && known.length === to - from && text.startsWith(known, from)) return known;
    const value = text.slice(from, to);
    if (known === undefined && this.knownValues.size < 1024) this.knownValues.set(hash, value);
    return value;
  }

  private endTag(): void {
    const { text } = this;
    const start = this.i;
    // The usual case: the name of the open element, then `>`.
    const depth = this.openNames.length;
    const expected = depth > 0 ? this.openNames[depth - 1]! : undefined;
    if (expected !== undefined && text.startsWith(expected, start + 2)) {
      const close = skipXmlSpace(text, start + 2 + expected.length);
      if (text.charCodeAt(close) === 0x3e) {
        this.closeOpen();
        this.i = close + 1;
        return;
      }
    }
    END_TAG.lastIndex = start;
    const match = END_TAG.exec(text);
    if (!match || !IS_NAME.test(match[1]!)) throw this.fail(start, 'XML is not well-formed: malformed end tag.', true);
    const name = match[1]!;
    if (expected === undefined) throw this.fail(start, `XML is not well-formed: Closing tag '${name}' has no opening tag.`, true);
    if (expected !== name) {
      const opened = this.lines.positionOf(this.openStarts[depth - 1]!);
      throw this.fail(start, `XML is not well-formed: Expected closing tag '${expected}' (opened in line ${opened.line}, col ${opened.column}) instead of closing tag '${name}'.`, true);
    }
    this.closeOpen();
    this.i = END_TAG.lastIndex;
  }

  private closeOpen(): void {
    this.openNames.pop();
    this.openStarts.pop();
    this.handler.closeElement();
  }

  private comment(): void {
    const start = this.i;
    const end = this.text.indexOf('-->', start + 4);
    if (end === -1) throw this.fail(start, 'XML is not well-formed: comment never closed.', true);
    const dashes = this.text.indexOf('--', start + 4);
    if (dashes < end) throw this.fail(dashes, "'--' is not allowed inside a comment");
    this.i = end + 3;
  }

  private cdata(): void {
    const start = this.i;
    const end = this.text.indexOf(']]>', start + 9);
    if (end === -1) throw this.fail(start, 'XML is not well-formed: CDATA section never closed.', true);
    const body = this.text.slice(start + 9, end);
    this.handler.text(body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body);
    this.i = end + 3;
  }

  private processingInstruction(): void {
    const start = this.i;
    NAME.lastIndex = start + 2;
    if (!NAME.test(this.text)) throw this.fail(start + 2, 'a processing instruction needs a target name');
    const target = this.text.slice(start + 2, NAME.lastIndex);
    if (target.toLowerCase() === 'xml') throw this.fail(start, 'an XML declaration is allowed only at the very start of the file');
    const end = this.text.indexOf('?>', NAME.lastIndex);
    if (end === -1) throw this.fail(start, 'XML is not well-formed: processing instruction never closed.', true);
    this.i = end + 2;
  }

  /** `<!DOCTYPE name [external id] [ [internal subset] ]>`: entity declarations are read,
   *  the rest skipped (quotes and comments inside respected). */
  private doctype(): void {
    const { text } = this;
    const start = this.i;
    let k = start + '<!DOCTYPE'.length;
    let subsetStart = -1;
    let subsetEnd = -1;
    while (k < text.length) {
      const c = text[k];
      if (c === '"' || c === "'") {
        const close = text.indexOf(c, k + 1);
        if (close === -1) break;
        k = close + 1;
      } else if (c === '[' && subsetStart === -1) {
        subsetStart = k + 1;
        k = this.skipSubset(k + 1);
        subsetEnd = k;
        k++;
      } else if (c === '>') {
        const declaration = subsetStart === -1 ? '' : text.slice(subsetStart, subsetEnd);
        this.entities.declare(declaration, subsetStart === -1 ? start : subsetStart);
        this.i = k + 1;
        return;
      } else {
        k++;
      }
    }
    throw this.fail(start, 'XML is not well-formed: DOCTYPE never closed.', true);
  }

  /** Index of the `]` that ends the internal subset starting at `from`. */
  private skipSubset(from: number): number {
    const { text } = this;
    let k = from;
    while (k < text.length) {
      if (text.startsWith('<!--', k)) {
        const end = text.indexOf('-->', k + 4);
        if (end === -1) break;
        k = end + 3;
        continue;
      }
      const c = text[k];
      if (c === '"' || c === "'") {
        const close = text.indexOf(c, k + 1);
        if (close === -1) break;
        k = close + 1;
        continue;
      }
      if (c === ']') return k;
      k++;
    }
    throw this.fail(from, 'XML is not well-formed: the DOCTYPE\'s internal subset never closed.', true);
  }

  /** `detail` as given when `asIs`, else as "XML is not well-formed: …". */
  private fail(offset: number, detail: string, asIs = false): InputError {
    const { line, column } = this.lines.positionOf(offset);
    const sentence = asIs ? detail : `XML is not well-formed: ${detail}`;
    return new InputError(this.file, line, sentence, column);
  }
}

function isSurrogateCode(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

function isXmlSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

function skipXmlSpace(text: string, at: number): number {
  let k = at;
  while (isXmlSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

/** What may follow an element name in a start tag. */
function endsName(code: number): boolean {
  return code === 0x3e || code === 0x2f || isXmlSpaceCode(code);
}

function isXmlSpace(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/**
 * The general entities a document declares in its internal DTD subset, expanded once at
 * declaration (char references resolved, references to other entities substituted), and
 * looked up by the reader, counting what the document expands in total.
 */
class EntityTable {
  private readonly declared = new Map<string, { value: string; external: boolean; offset: number }>();
  private readonly expanded = new Map<string, string>();
  private total = 0;

  constructor(
    private readonly file: string,
    /** Line starts, found when an error needs them. */
    private readonly lines: () => LineIndex,
  ) {}

  /** Reads `<!ENTITY …>` declarations from the DOCTYPE's internal subset (which starts at `offset`). */
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

  /** The replacement text of a reference at `at`: a predefined entity, else the document's
   *  own (counted against the document's budget), else undefined. */
  lookup(name: string, at: number): string | undefined {
    if (Object.prototype.hasOwnProperty.call(PREDEFINED, name)) return PREDEFINED[name];
    if (!this.declared.has(name)) return undefined;
    const value = this.expand(name);
    this.total += value.length;
    if (this.total > MAX_EXPANDED_CHARS) {
      throw this.error(at, `entity references expand to more than ${MAX_EXPANDED_CHARS.toLocaleString('en')} characters, which Glossa refuses`);
    }
    return value;
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
    const { line, column } = this.lines().positionOf(offset);
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
  const { document } = element;
  const children: XmlElement[] = [];
  for (let child = document.firstChild(element.node); child !== NONE; child = document.nextSibling(child)) {
    if (document.isElement(child)) children.push(new XmlElement(document, child));
  }
  return children;
}

/**
 * Visits the nodes under `element` depth-first in document order; `visit` says whether to
 * go into an element's children. An explicit stack of next siblings: nesting never
 * deepens the call stack.
 */
function descend(element: XmlElement, visit: (node: number) => boolean): void {
  const { document } = element;
  const stack: number[] = [];
  let node = document.firstChild(element.node);
  for (;;) {
    if (node === NONE) {
      if (stack.length === 0) return;
      node = stack.pop()!;
      continue;
    }
    if (visit(node) && document.firstChild(node) !== NONE) {
      stack.push(document.nextSibling(node));
      node = document.firstChild(node);
    } else {
      node = document.nextSibling(node);
    }
  }
}

/** Elements named one of `locals`, searched depth-first in document order, not inside matches. */
export function findAll(element: XmlElement, locals: readonly string[]): XmlElement[] {
  const { document } = element;
  const found: XmlElement[] = [];
  descend(element, (node) => {
    if (!document.isElement(node)) return false;
    if (!locals.includes(document.localOf(node))) return true;
    found.push(new XmlElement(document, node));
    return false;
  });
  return found;
}

/** Text content with whitespace runs collapsed, as a term or note reads on screen. */
export function textOf(element: XmlElement): string {
  const { document } = element;
  const parts: string[] = [];
  descend(element, (node) => {
    if (document.isElement(node)) return true;
    parts.push(document.textAt(node));
    return false;
  });
  return collapseXmlSpace(parts.length === 1 ? parts[0]! : parts.join(''));
}

/** Runs of XML whitespace as one space, none at the ends, as a term or note reads on screen.
 *  XML whitespace only: a no-break space (&#160;) inside a term is meant. */
export function collapseXmlSpace(text: string): string {
  return /[ \t\r\n]{2}|^[ \t\r\n]|[ \t\r\n]$|[\t\r\n]/.test(text) ? text.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '') : text;
}
