// core/glossary/xml-tree.ts: Glossa's own XML reader for termbases. Each well-formedness
// rule it enforces is refused with file, line and column; a generated well-formed tree is
// read back exactly (names, attributes, text, offsets); walks never recurse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors';
import { childElements, findAll, readXml, textOf, type XmlElement } from '../../core/glossary/xml-tree';

function refusal(text: string): string {
  try {
    readXml('x.xml', text);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error(`accepted: ${text}`);
}

describe('readXml refuses what is not well-formed, with line and column', () => {
  it.each([
    ['<a><b></a>', /^x\.xml:1:7: XML is not well-formed: Expected closing tag 'b' \(opened in line 1, col 4\) instead of closing tag 'a'\.$/],
    ['<a>\n</b>', /^x\.xml:2:1: .*Expected closing tag 'a'/],
    ['<a x=1/>', /^x\.xml:1:4: .*the start tag <a> is not closed properly/],
    ['<a x="1" x="2"/>', /Attribute 'x' is repeated/],
    ['<a x="<"/>', /^x\.xml:1:7: XML is not well-formed: '<' is not allowed in an attribute value$/],
    ['<a>&nbsp;</a>', /^x\.xml:1:4: XML is not well-formed: &nbsp; is not defined/],
    ['<a>&#0;</a>', /&#0; is not a character XML allows/],
    ['<a>& b</a>', /'&' must start a reference/],
    ['<a>x ]]> y</a>', /the string "\]\]>" is not allowed in text/],
    ['<a><!-- a -- b --></a>', /'--' is not allowed inside a comment/],
    ['<a/><?xml version="1.0"?>', /an XML declaration is allowed only at the very start/],
    ['<a/><b/>', /only one root element is allowed/],
    ['<a/>text', /^x\.xml:1:5: XML is not well-formed: Text data outside of root node\.$/],
    ['<a>\u0001</a>', /^x\.xml:1:4: .*character U\+0001 is not allowed in XML/],
    ['<a>\ud800</a>', /character U\+D800 is not allowed in XML/],
    ['<1a/>', /an element name must follow/],
    ['<?xml version="2"?><a/>', /malformed XML declaration/],
    ['<a/><!DOCTYPE a>', /Inappropriately located doctype/],
    ['<!-- only a comment -->', /Document must contain a root element/],
    ['<a><![CDATA[never closed</a>', /CDATA section never closed/],
    ['<a>\n<b>\n', /^x\.xml:2:4: XML is not well-formed: <a>, <b> never closed \(end of file reached\)$/],
  ])('%j', (text, message) => {
    expect(refusal(text)).toMatch(message);
  });
});

describe('readXml reads', () => {
  it('text with references, CDATA, and line breaks normalised as XML says; attribute whitespace as spaces', () => {
    const [root] = readXml('x.xml', '<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- c --><a t="x\ty&amp;z">1 &lt; 2\r\n<![CDATA[<b>]]>&#233;&#x1F600;<?pi data?></a>\r\n');
    expect(root!.attributes).toEqual({ t: 'x y&z' });
    expect(root!.children).toEqual(['1 < 2\n<b>é😀']);
  });

  it('names with namespace prefixes give their local name; offsets and lines point at each `<`', () => {
    const text = '<tbx:root xmlns:tbx="urn:x">\n  <tbx:term>a</tbx:term>\r\n  <tbx:term>b</tbx:term>\r</tbx:root>';
    const [root] = readXml('x.xml', text);
    const terms = findAll(root!, ['term']);
    expect(terms.map((term) => [term.name, term.local, term.line, text.slice(term.start, term.start + 9), textOf(term)])).toEqual([
      ['tbx:term', 'term', 2, '<tbx:term', 'a'],
      ['tbx:term', 'term', 3, '<tbx:term', 'b'],
    ]);
  });

  interface Tree {
    name: string;
    attributes: Record<string, string>;
    children: Array<Tree | string>;
  }
  const name = fc.constantFrom('a', 'b', 'term', 'tbx:x', 'é', 'x-1', 'langSet');
  const textPiece = fc.string({ unit: fc.constantFrom('a', ' ', '<', '&', '>', '"', 'é', '😀', '\n', ']'), minLength: 1, maxLength: 8 });
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.record({
      name,
      attributes: fc.dictionary(fc.constantFrom('id', 'type', 'xml:lang'), fc.string({ unit: fc.constantFrom('a', '&', '<', '"', "'", 'é'), maxLength: 5 }), { maxKeys: 3 }),
      children: fc.array(fc.oneof({ depthSize: 'small' }, textPiece, tie('tree')), { maxLength: 4 }),
    }),
  })).tree;

  const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/]]>/g, ']]&gt;');
  const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
  const write = (node: Tree): string =>
    `<${node.name}${Object.entries(node.attributes).map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('')}>` +
    `${node.children.map((child) => (typeof child === 'string' ? escapeText(child) : write(child))).join('')}</${node.name}>`;
  /** Adjacent texts are one text node once written. */
  const normalise = (children: Array<Tree | string>): Array<Tree | string> =>
    children.reduce<Array<Tree | string>>((out, child) => {
      const last = out[out.length - 1];
      if (typeof child === 'string' && typeof last === 'string') out[out.length - 1] = last + child;
      else out.push(typeof child === 'string' ? child : { ...child, children: normalise(child.children) });
      return out;
    }, []);
  const readBack = (element: XmlElement): Tree => ({
    name: element.name,
    attributes: element.attributes,
    children: element.children.map((child) => (typeof child === 'string' ? child : readBack(child))),
  });
  const isBlank = (text: string) => /^[ \t\r\n]+$/.test(text);
  const blanksAsSpace = (children: Array<Tree | string>): Array<Tree | string> =>
    children.map((child) => (typeof child === 'string' ? (isBlank(child) ? ' ' : child) : { ...child, children: blanksAsSpace(child.children) }));

  it('reads a generated well-formed tree back exactly (whitespace-only text as one space, as textOf reads it)', () => {
    fc.assert(
      fc.property(tree, (generated) => {
        // Adjacent texts are joined before escaping ("]]" then ">" must not meet as "]]>").
        const written = { ...generated, children: normalise(generated.children) };
        const [root] = readXml('x.xml', write(written));
        expect(readBack(root!)).toEqual({ ...written, children: blanksAsSpace(written.children) });
        expect(childElements(root!).map((child) => child.name)).toEqual(written.children.filter((child) => typeof child !== 'string').map((child) => (child as Tree).name));
      }),
      { numRuns: 300 },
    );
  });
});
