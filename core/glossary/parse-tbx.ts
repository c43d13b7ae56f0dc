// TBX termbases (ISO 30042): TBX 2 `martif/…/termEntry/langSet/(tig | ntig/termGrp)/term`
// and TBX 3 `tbx/…/conceptEntry/langSec/termSec/term`. A termbase describes concepts, not
// corrections, so each concept is turned into corrections towards its preferred term in
// the target language L:
//   - every source-language (S) term → the preferred L term (MT left it untranslated);
//   - every deprecated, superseded or forbidden L term → the preferred L term;
//   - admitted L terms are correct and left alone;
//   - with no usable L term, S terms are skipped and banned L terms become forbidden
//     entries without target, for QA to flag.
// Preferred = the first L term marked preferred, else the first L term not banned.

import { InputError, lineAndColumn } from '../errors';
import { createLineIndex, type LineIndex } from '../text/line-index';
import type { GlossaryEntry } from '../types';
import { asciiView, decodeGlossaryBytes, type DeclaredEncoding } from './decode';
import { primaryLanguage, sameLanguage } from './language';
import { type ParsedGlossary } from './parsed';
import { childElements, findAll, readXml, textOf, type XmlElement } from './xml-tree';

export type TermStatus = 'preferred' | 'admitted' | 'deprecated' | 'superseded' | 'forbidden';

export interface TbxOptions {
  targetLanguage?: string;
  sourceLanguage?: string;
  /** Forces the decoding (a WHATWG label), as --encoding does. */
  encoding?: string;
}

interface Term {
  text: string;
  status: TermStatus | undefined;
  line: number;
}

interface LanguageSection {
  language: string;
  terms: Term[];
  definition: string | undefined;
}

interface Concept {
  sections: LanguageSection[];
  definition: string | undefined;
}

const BANNED: ReadonlySet<TermStatus | undefined> = new Set(['deprecated', 'superseded', 'forbidden']);

// Status values seen in the wild, after normalising (see normaliseStatus): TBX picklists
// (`preferredTerm-admn-sts`), ISO 12620 (`deprecatedTerm`) and tool exports (`Obsolete`).
const STATUS_NAMES: Readonly<Record<string, TermStatus>> = {
  preferred: 'preferred',
  admitted: 'admitted',
  permitted: 'admitted',
  deprecated: 'deprecated',
  notrecommended: 'deprecated',
  superseded: 'superseded',
  obsolete: 'superseded',
  forbidden: 'forbidden',
  prohibited: 'forbidden',
};

/** `preferredTerm-admn-sts`, `Preferred term`, `preferred` → `preferred`; unknown values → undefined. */
export function normaliseStatus(value: string): TermStatus | undefined {
  const key = value
    .toLowerCase()
    .replace(/-admn-sts$/, '')
    .replace(/[\s_-]+/g, '')
    .replace(/term$/, '');
  return STATUS_NAMES[key];
}

export function parseTbx(file: string, bytes: Uint8Array, options: TbxOptions = {}): ParsedGlossary {
  const target = options.targetLanguage?.trim();
  if (!target) throw new InputError(file, 1, 'TBX glossary needs a target language (--target-lang)');
  const text = decodeGlossaryBytes(file, bytes, findXmlEncoding(bytes), options.encoding);
  const root = readXml(file, text)[0];
  if (!root || (root.local !== 'martif' && root.local !== 'tbx')) {
    const found = root ? `<${root.name}>` : 'no element';
    throw new InputError(file, root ? lineAndColumn(text, root.start).line : 1, `not a TBX file: found ${found} where <martif> (TBX 2) or <tbx> (TBX 3) should be`);
  }
  const concepts = readConcepts(root, createLineIndex(text));
  const languages = [...new Set(concepts.flatMap((c) => c.sections.map((s) => s.language)))];
  const present = (code: string): boolean => languages.some((language) => sameLanguage(language, code));
  const listed = languages.length ? languages.join(', ') : 'none';
  if (!present(target)) {
    throw new InputError(file, 1, `TBX glossary has no terms in the target language "${target}" (languages in the file: ${listed})`);
  }
  const requested = options.sourceLanguage?.trim();
  if (requested && sameLanguage(requested, target)) {
    throw new InputError(file, 1, `source and target language are both "${primaryLanguage(target)}"`);
  }
  if (requested && !present(requested)) {
    throw new InputError(file, 1, `TBX glossary has no terms in the source language "${requested}" (languages in the file: ${listed})`);
  }
  const source = requested || languages.find((language) => !sameLanguage(language, target));
  return {
    ...(source ? { sourceLanguage: source } : {}),
    targetLanguage: target,
    entries: concepts.flatMap((concept) => conceptEntries(concept, source, target)),
  };
}

function conceptEntries(concept: Concept, source: string | undefined, target: string): GlossaryEntry[] {
  const termsIn = (code: string | undefined): Term[] =>
    code === undefined ? [] : concept.sections.filter((s) => sameLanguage(s.language, code)).flatMap((s) => s.terms);
  const targetTerms = termsIn(target);
  const preferred =
    targetTerms.find((term) => term.status === 'preferred') ?? targetTerms.find((term) => !BANNED.has(term.status));
  const banned = targetTerms.filter((term) => BANNED.has(term.status));
  if (!preferred) {
    return banned.map((term) => ({ source: term.text, forbidden: true, line: term.line }));
  }
  const note =
    concept.sections.find((s) => sameLanguage(s.language, target) && s.definition)?.definition ??
    concept.definition ??
    concept.sections.find((s) => source !== undefined && sameLanguage(s.language, source) && s.definition)?.definition;
  return [...termsIn(source), ...banned]
    .filter((term) => term.text !== preferred.text) // nothing to correct
    .map((term) => ({ source: term.text, target: preferred.text, ...(note ? { note } : {}), line: term.line }));
}

function readConcepts(root: XmlElement, lines: LineIndex): Concept[] {
  const rootLanguage = languageOf(root);
  return findAll(root, ['termEntry', 'conceptEntry']).map((concept) => {
    const conceptLanguage = languageOf(concept) ?? rootLanguage;
    const sections: LanguageSection[] = [];
    for (const section of childElements(concept).filter((e) => e.local === 'langSet' || e.local === 'langSec')) {
      const language = languageOf(section) ?? conceptLanguage;
      if (!language) continue; // a language section must say its language; nothing to match it by
      const terms = termGroups(section)
        .map((group) => readTerm(group, lines))
        .filter((term): term is Term => term !== undefined);
      sections.push({ language, terms, definition: definitionOf(section) });
    }
    return { sections, definition: definitionOf(concept) };
  });
}

/** `tig`, `ntig` (TBX 2) or `termSec` (TBX 3); a bare `term` in a language section counts alone. */
function termGroups(section: XmlElement): XmlElement[] {
  return findAll(section, ['tig', 'ntig', 'termSec', 'term']);
}

function readTerm(group: XmlElement, lines: LineIndex): Term | undefined {
  const term = group.local === 'term' ? group : findAll(group, ['term'])[0];
  if (!term) return undefined;
  const value = textOf(term);
  if (!value) return undefined;
  const notes = findAll(group, ['termNote']);
  const noteOfType = (type: string): string | undefined => {
    const note = notes.find((n) => n.attributes.type === type);
    return note ? textOf(note) : undefined;
  };
  // administrativeStatus is the TBX data category; normativeAuthorization its older sibling.
  const status = normaliseStatus(noteOfType('administrativeStatus') ?? noteOfType('normativeAuthorization') ?? '');
  return { text: value, status, line: lines.lineOf(term.start) };
}

function languageOf(element: XmlElement): string | undefined {
  const code = element.attributes['xml:lang'] ?? element.attributes.lang;
  return code?.trim() || undefined;
}

/** A `descrip type="definition"` of the element, directly or in its `descripGrp`. */
function definitionOf(element: XmlElement): string | undefined {
  for (const child of childElements(element)) {
    const candidates = child.local === 'descripGrp' ? childElements(child) : [child];
    const definition = candidates.find((e) => e.local === 'descrip' && e.attributes.type === 'definition');
    if (definition) return textOf(definition) || undefined;
  }
  return undefined;
}

/** The `encoding` of the XML declaration, read before the encoding is known. */
export function findXmlEncoding(bytes: Uint8Array): DeclaredEncoding | undefined {
  const head = asciiView(bytes, 1024);
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  const label = match?.[1];
  // "UTF-16" declared by bytes we could read as ASCII is wrong about itself (a real
  // UTF-16 file starts with a BOM, which decides before the declaration).
  if (!match || !label || /^utf-?16/i.test(label)) return undefined;
  const { line, column } = lineAndColumn(head, match.index + match[0].lastIndexOf(label));
  return { label, line, column, source: 'XML declaration' };
}
