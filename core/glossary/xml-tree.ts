// A well-formedness check and a small ordered element tree over fast-xml-parser, with
// each element's offset in the text so TBX entries can name the line of their <term>.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError, lineAndColumn } from '../errors';

export interface XmlElement {
  name: string;
  /** Local name: `tbx:term` → `term` (TBX files are read namespace-blind). */
  local: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** UTF-16 offset of the element's `<` in the text given to readXml. */
  start: number;
}

export type XmlNode = XmlElement | string;

const parser = new XMLParser({
  preserveOrder: true, // document order matters: concepts, languages and terms keep file order
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
  // Without this fast-xml-parser leaves numeric references (&#233;) undecoded; the XML
  // entities (&amp; …) and the document's own DOCTYPE entities are decoded either way.
  htmlEntities: true,
});
const META = XMLParser.getMetaDataSymbol() as symbol;

/** Parses `text`; throws InputError with the validator's line and column if not well-formed. */
export function readXml(file: string, text: string): XmlElement[] {
  // The validator counts only LF and CRLF as line breaks; normalising (same line count,
  // same columns) keeps its positions right for old Mac files too.
  const verdict = XMLValidator.validate(text.replace(/\r\n?/g, '\n'));
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    const unclosed = /^Invalid '\[(.*)\]' found\.$/s.exec(msg);
    if (unclosed) {
      // Several elements left open: the validator says "Invalid '[...]'" at 1:1; the
      // problem shows at the end of the file, where their end tags should be.
      const names = [...(unclosed[1] ?? '').matchAll(/"([^"]*)"/g)].map((m) => `<${m[1]}>`);
      const end = lineAndColumn(text, text.trimEnd().length);
      return fail(file, end.line, `XML is not well-formed: ${names.join(', ')} never closed (end of file reached)`, end.column);
    }
    return fail(file, line, `XML is not well-formed: ${msg}`, col);
  }
  let raw: unknown[];
  try {
    raw = parser.parse(text) as unknown[];
  } catch (error) {
    // Well-formed but refused by the parser's safety limits (entity expansion, nesting).
    return fail(file, 1, `cannot read the XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return toNodes(raw).filter((node): node is XmlElement => typeof node !== 'string');
}

function fail(file: string, line: number, detail: string, column?: number): never {
  throw new InputError(file, line, detail, column);
}

function toNodes(raw: unknown[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of raw as Array<Record<string | symbol, unknown>>) {
    for (const key of Object.keys(item)) {
      if (key === ':@') continue;
      const value = item[key];
      if (key === '#text') {
        nodes.push(String(value));
        continue;
      }
      nodes.push({
        name: key,
        local: key.slice(key.indexOf(':') + 1),
        attributes: (item[':@'] ?? {}) as Record<string, string>,
        children: Array.isArray(value) ? toNodes(value) : [],
        start: (item[META] as { startIndex?: number } | undefined)?.startIndex ?? 0,
      });
    }
  }
  return nodes;
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((node): node is XmlElement => typeof node !== 'string');
}

/** Elements named one of `locals`, searched depth-first in document order, not inside matches. */
export function findAll(element: XmlElement, locals: readonly string[]): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (parent: XmlElement): void => {
    for (const child of childElements(parent)) {
      if (locals.includes(child.local)) found.push(child);
      else visit(child);
    }
  };
  visit(element);
  return found;
}

/** Text content with whitespace runs collapsed, as a term or note reads on screen. */
export function textOf(element: XmlElement): string {
  const parts: string[] = [];
  const visit = (node: XmlNode): void => {
    if (typeof node === 'string') parts.push(node);
    else node.children.forEach(visit);
  };
  visit(element);
  // XML whitespace only: a no-break space (&#160;) inside a term is meant.
  return parts.join('').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
}
