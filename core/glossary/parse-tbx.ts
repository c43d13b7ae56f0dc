// TBX termbases (ISO 30042): TBX 2 `martif/…/termEntry/langSet/(tig | ntig/termGrp)/term`
// and TBX 3 `tbx/…/conceptEntry/langSec/termSec/term`, in DCA style
// (`<termNote type="administrativeStatus">`) or DCT style (`<min:administrativeStatus>`,
// elements of the module namespaces, read by local name). A termbase describes concepts,
// not corrections, so each concept is turned into entries for the target language L:
//   - every source-language (S) term → the preferred L term (MT left it untranslated);
//   - every deprecated, superseded or forbidden L term → the preferred L term;
//   - the preferred and admitted L terms are correct: keep entries (target = source), which
//     change nothing and protect them (a deprecated term inside a preferred one stays);
//   - with no usable L term, S terms are skipped and banned L terms become forbidden
//     entries without target, for QA to flag.
// Preferred = the first L term marked preferred, else the first L term not banned.
// Region subtags count: L = pt-BR takes pt-BR terms, then plain pt, never pt-PT where the
// file has pt-BR; L = pt (detected) takes pt terms, then the first pt-… in file order.
// A source of L's own language (en-US for en-GB, a spelling termbase) is read by exact tag.

import { InputError, lineAndColumn } from '../errors';
import { createLineIndex, type LineIndex } from '../text/line-index';
import type { GlossaryEntry } from '../types';
import { asciiView, decodeGlossaryBytes, type DeclaredEncoding } from './decode';
import { hasSubtags, normaliseTag, sameLanguage, sameTag } from './language';
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
// (`preferredTerm-admn-sts`), ISO 12620 administrative status and normative authorization
// (`deprecatedTerm`, `standardizedTerm`, `legalTerm`), usage status (`notRecommended`) and
// tool exports (`Obsolete`).
const STATUS_NAMES: Readonly<Record<string, TermStatus>> = {
  preferred: 'preferred',
  standardized: 'preferred',
  admitted: 'admitted',
  permitted: 'admitted',
  legal: 'admitted',
  regulated: 'admitted',
  deprecated: 'deprecated',
  notrecommended: 'deprecated',
  superseded: 'superseded',
  obsolete: 'superseded',
  forbidden: 'forbidden',
  prohibited: 'forbidden',
};

/** The data categories that carry a term's status, first one found wins; synonyms of each other. */
const STATUS_CATEGORIES = ['administrativeStatus', 'normativeAuthorization', 'usageStatus'] as const;

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
  const requestedTarget = options.targetLanguage?.trim();
  if (!requestedTarget) throw new InputError(file, 1, 'TBX glossary needs a target language (--target-lang)');
  const text = decodeGlossaryBytes(file, bytes, findXmlEncoding(bytes), options.encoding);
  const root = readXml(file, text)[0];
  if (!root || (root.local !== 'martif' && root.local !== 'tbx')) {
    const found = root ? `<${root.name}>` : 'no element';
    throw new InputError(file, root ? lineAndColumn(text, root.start).line : 1, `not a TBX file: found ${found} where <martif> (TBX 2) or <tbx> (TBX 3) should be`);
  }
  const concepts = readConcepts(root, createLineIndex(text));
  const languages = [...new Set(concepts.flatMap((c) => c.sections.map((s) => s.language)))];
  const listed = languages.length ? languages.join(', ') : 'none';
  const target = pickTarget(requestedTarget, languages);
  if (!target) {
    throw new InputError(file, 1, `TBX glossary has no terms in the target language "${requestedTarget}" (languages in the file: ${listed})`);
  }
  const requestedSource = options.sourceLanguage?.trim();
  if (requestedSource && sameTag(requestedSource, requestedTarget)) {
    throw new InputError(file, 1, `source and target language are both "${requestedTarget}"`);
  }
  // A source of the target's own language (en-US → en-GB, a spelling termbase) is read by exact tag.
  const isSource = (language: string): boolean =>
    requestedSource === undefined || requestedSource === ''
      ? false
      : sameLanguage(requestedSource, requestedTarget)
        ? sameTag(language, requestedSource)
        : sameLanguage(language, requestedSource);
  if (requestedSource && !languages.some(isSource)) {
    throw new InputError(file, 1, `TBX glossary has no terms in the source language "${requestedSource}" (languages in the file: ${listed})`);
  }
  const defaultSource = languages.find((language) => !sameLanguage(language, requestedTarget));
  const source = requestedSource || defaultSource;
  const sourceSections = requestedSource ? isSource : (language: string): boolean => defaultSource !== undefined && sameLanguage(language, defaultSource);
  return {
    ...(source ? { sourceLanguage: source } : {}),
    targetLanguage: target.reported,
    entries: concepts.flatMap((concept) => conceptEntries(concept, sourceSections, target.order)),
  };
}

/**
 * The target language tags to read, in order of preference per concept, and the tag to
 * report (as the file spells it). A tag with a region the file has takes that region,
 * then the plain language, never another region; otherwise (a plain tag, as language
 * detection gives, or a region the file lacks) plain terms, then the first region in
 * file order.
 */
function pickTarget(requested: string, languages: readonly string[]): { order: string[]; reported: string } | undefined {
  const same = languages.filter((language) => sameLanguage(language, requested));
  const exact = hasSubtags(requested) ? same.find((language) => sameTag(language, requested)) : undefined;
  const plain = same.find((language) => !hasSubtags(language));
  const firstRegion = same.find((language) => hasSubtags(language));
  const chosen = exact ? [exact, plain] : [plain, firstRegion];
  const order = chosen.filter((tag): tag is string => tag !== undefined);
  const first = order[0];
  return first === undefined ? undefined : { order: order.map(normaliseTag), reported: first };
}

function conceptEntries(concept: Concept, isSource: (language: string) => boolean, targetOrder: readonly string[]): GlossaryEntry[] {
  const targetTag = targetOrder.find((tag) => concept.sections.some((s) => normaliseTag(s.language) === tag));
  const targetSections = concept.sections.filter((s) => targetTag !== undefined && normaliseTag(s.language) === targetTag);
  const sourceSections = concept.sections.filter((s) => !targetSections.includes(s) && isSource(s.language));
  const targetTerms = targetSections.flatMap((s) => s.terms.map((term) => ({ term, language: s.language })));
  const preferred =
    targetTerms.find(({ term }) => term.status === 'preferred') ?? targetTerms.find(({ term }) => !BANNED.has(term.status));
  const banned = targetTerms.filter(({ term }) => BANNED.has(term.status));
  if (!preferred) {
    return banned.map(({ term, language }) => withStatus({ source: term.text, forbidden: true, line: term.line, sourceLanguage: language }, term));
  }
  const note =
    targetSections.find((s) => s.definition)?.definition ?? concept.definition ?? sourceSections.find((s) => s.definition)?.definition;
  const target = preferred.term.text;
  const sourceTerms = sourceSections.flatMap((s) => s.terms.map((term) => ({ term, language: s.language })));
  const corrections = [...sourceTerms, ...banned]
    .filter(({ term }) => term.text !== target) // nothing to correct
    .map(({ term, language }) => withStatus({ source: term.text, target, ...(note ? { note } : {}), line: term.line, sourceLanguage: language }, term));
  // Correct target terms protect themselves: a banned term inside one is left alone.
  const keeps = targetTerms
    .filter(({ term }) => !BANNED.has(term.status))
    .map(({ term, language }) => withStatus({ source: term.text, target: term.text, line: term.line, sourceLanguage: language }, term));
  return [...corrections, ...keeps];
}

function withStatus(entry: GlossaryEntry, term: Term): GlossaryEntry {
  return term.status ? { ...entry, status: term.status } : entry;
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
  return { text: value, status: statusOf(group), line: lines.lineOf(term.start) };
}

/**
 * The term's status: DCA `<termNote type="administrativeStatus">` or DCT
 * `<min:administrativeStatus>` (any namespace prefix), anywhere in the term group
 * (a `termNoteGrp` included); normativeAuthorization and usageStatus stand in for it.
 */
function statusOf(group: XmlElement): TermStatus | undefined {
  const notes = findAll(group, ['termNote', ...STATUS_CATEGORIES]);
  for (const category of STATUS_CATEGORIES) {
    const note = notes.find((n) => n.local === category || (n.local === 'termNote' && n.attributes.type === category));
    const status = note ? normaliseStatus(textOf(note)) : undefined;
    if (status) return status;
  }
  return undefined;
}

function languageOf(element: XmlElement): string | undefined {
  const code = element.attributes['xml:lang'] ?? element.attributes.lang;
  return code?.trim() || undefined;
}

/** A definition of the element: `descrip type="definition"` (DCA) or `definition` (DCT), directly or in its `descripGrp`. */
function definitionOf(element: XmlElement): string | undefined {
  for (const child of childElements(element)) {
    const candidates = child.local === 'descripGrp' ? childElements(child) : [child];
    const definition = candidates.find((e) => (e.local === 'descrip' && e.attributes.type === 'definition') || e.local === 'definition');
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
