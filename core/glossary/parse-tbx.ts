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
import { createLineCursor } from '../text/line-index';
import type { GlossaryEntry } from '../types';
import { asciiView, decodeGlossaryBytes, type DeclaredEncoding } from './decode';
import { hasSubtags, normaliseTag, sameLanguage, sameTag } from './language';
import { type ParsedGlossary } from './parsed';
import { FIRST_BANNED, PREFERRED, TERM_STATUSES, TbxConceptReader, type TbxConcepts } from './tbx-concepts';
import { scanXml } from './xml-tree';

export { normaliseStatus, type TermStatus } from './tbx-concepts';

export interface TbxOptions {
  targetLanguage?: string;
  sourceLanguage?: string;
  /** Forces the decoding (a WHATWG label), as --encoding does. */
  encoding?: string;
}

export function parseTbx(file: string, bytes: Uint8Array, options: TbxOptions = {}): ParsedGlossary {
  const requestedTarget = options.targetLanguage?.trim();
  if (!requestedTarget) throw new InputError(file, 1, 'TBX glossary needs a target language (--target-lang)');
  const text = decodeGlossaryBytes(file, bytes, findXmlEncoding(bytes), options.encoding);
  const reader = new TbxConceptReader(text, createLineCursor(text));
  scanXml(file, text, reader);
  const { concepts } = reader;
  const rootLocal = concepts.rootName?.slice(concepts.rootName.indexOf(':') + 1);
  if (rootLocal !== 'martif' && rootLocal !== 'tbx') {
    const found = concepts.rootName !== undefined ? `<${concepts.rootName}>` : 'no element';
    throw new InputError(file, concepts.rootName !== undefined ? lineAndColumn(text, concepts.rootStart).line : 1, `not a TBX file: found ${found} where <martif> (TBX 2) or <tbx> (TBX 3) should be`);
  }
  const { languages } = concepts;
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
  const isRequestedSource = (language: string): boolean =>
    requestedSource === undefined || requestedSource === ''
      ? false
      : sameLanguage(requestedSource, requestedTarget)
        ? sameTag(language, requestedSource)
        : sameLanguage(language, requestedSource);
  if (requestedSource && !languages.some(isRequestedSource)) {
    throw new InputError(file, 1, `TBX glossary has no terms in the source language "${requestedSource}" (languages in the file: ${listed})`);
  }
  const defaultSource = languages.find((language) => !sameLanguage(language, requestedTarget));
  const source = requestedSource || defaultSource;
  const isSource = languages.map((language) =>
    requestedSource ? isRequestedSource(language) : defaultSource !== undefined && sameLanguage(language, defaultSource));
  // Per language: its place in the target order (-1: not a target language).
  const targetRank = languages.map((language) => target.order.indexOf(normaliseTag(language)));
  return {
    ...(source ? { sourceLanguage: source } : {}),
    targetLanguage: target.reported,
    entries: conceptsToEntries(concepts, isSource, targetRank),
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

/**
 * Each concept's entries, in concept order (see the file's head): corrections from source
 * and banned target terms to the preferred target term, then keep entries for the correct
 * target terms; forbidden entries when no target term is usable. Loops over the columns:
 * no array or closure per concept.
 */
function conceptsToEntries(concepts: TbxConcepts, isSource: readonly boolean[], targetRank: readonly number[]): GlossaryEntry[] {
  const { languages, termTexts } = concepts;
  const termStatuses = concepts.termStatuses.data;
  const termLines = concepts.termLines.data;
  const sectionTermStarts = concepts.sectionTermStarts.data;
  const sectionLanguages = concepts.sectionLanguages.data;
  const conceptSectionStarts = concepts.conceptSectionStarts.data;
  const entries: GlossaryEntry[] = [];
  const sectionCount = concepts.sectionLanguages.length;
  const conceptCount = concepts.conceptSectionStarts.length;
  for (let concept = 0; concept < conceptCount; concept++) {
    const first = conceptSectionStarts[concept]!;
    const end = concept + 1 < conceptCount ? conceptSectionStarts[concept + 1]! : sectionCount;
    // The target sections: those of the best-ranked target tag the concept has.
    let best = -1;
    for (let s = first; s < end; s++) {
      const rank = targetRank[sectionLanguages[s]!]!;
      if (rank >= 0 && (best < 0 || rank < best)) best = rank;
    }
    // Preferred: the first target term marked preferred, else the first not banned.
    let preferred = -1;
    let usable = -1;
    for (let s = first; s < end && preferred < 0; s++) {
      if (best < 0 || targetRank[sectionLanguages[s]!] !== best) continue;
      for (let t = sectionTermStarts[s]!, last = termsEnd(concepts, s); t < last; t++) {
        const status = termStatuses[t]!;
        if (status === PREFERRED) {
          preferred = t;
          break;
        }
        if (usable < 0 && status < FIRST_BANNED) usable = t;
      }
    }
    if (preferred < 0) preferred = usable;
    if (preferred < 0) {
      for (let s = first; s < end; s++) {
        if (best < 0 || targetRank[sectionLanguages[s]!] !== best) continue;
        for (let t = sectionTermStarts[s]!, last = termsEnd(concepts, s); t < last; t++) {
          if (termStatuses[t]! >= FIRST_BANNED) entries.push(withStatus({ source: termTexts[t]!, forbidden: true, line: termLines[t]!, sourceLanguage: languages[sectionLanguages[s]!]! }, termStatuses[t]!));
        }
      }
      continue;
    }
    const note = noteOf(concepts, concept, first, end, best, isSource, targetRank);
    const target = termTexts[preferred]!;
    for (let s = first; s < end; s++) {
      if (targetRank[sectionLanguages[s]!] === best || !isSource[sectionLanguages[s]!]) continue;
      for (let t = sectionTermStarts[s]!, last = termsEnd(concepts, s); t < last; t++) pushCorrection(entries, concepts, t, s, target, note);
    }
    for (let s = first; s < end; s++) {
      if (targetRank[sectionLanguages[s]!] !== best) continue;
      for (let t = sectionTermStarts[s]!, last = termsEnd(concepts, s); t < last; t++) {
        if (termStatuses[t]! >= FIRST_BANNED) pushCorrection(entries, concepts, t, s, target, note);
      }
    }
    // Correct target terms protect themselves: a banned term inside one is left alone.
    for (let s = first; s < end; s++) {
      if (targetRank[sectionLanguages[s]!] !== best) continue;
      for (let t = sectionTermStarts[s]!, last = termsEnd(concepts, s); t < last; t++) {
        if (termStatuses[t]! < FIRST_BANNED) entries.push(withStatus({ source: termTexts[t]!, target: termTexts[t]!, line: termLines[t]!, sourceLanguage: languages[sectionLanguages[s]!]! }, termStatuses[t]!));
      }
    }
  }
  return entries;
}

/** Where section `section`'s terms end. */
function termsEnd(concepts: TbxConcepts, section: number): number {
  return section + 1 < concepts.sectionTermStarts.length ? concepts.sectionTermStarts.data[section + 1]! : concepts.termTexts.length;
}

/** term `t` (of section `s`) → `target`, unless it is the target already. */
function pushCorrection(entries: GlossaryEntry[], concepts: TbxConcepts, t: number, s: number, target: string, note: string | undefined): void {
  const source = concepts.termTexts[t]!;
  if (source === target) return; // nothing to correct
  const line = concepts.termLines.data[t]!;
  const sourceLanguage = concepts.languages[concepts.sectionLanguages.data[s]!]!;
  entries.push(withStatus(note ? { source, target, note, line, sourceLanguage } : { source, target, line, sourceLanguage }, concepts.termStatuses.data[t]!));
}

/** The note of a concept's corrections: a target section's definition, else the concept's, else a source section's. */
function noteOf(concepts: TbxConcepts, concept: number, first: number, end: number, best: number, isSource: readonly boolean[], targetRank: readonly number[]): string | undefined {
  const { sectionDefinitions, conceptDefinitions } = concepts;
  if (sectionDefinitions.size === 0 && conceptDefinitions.size === 0) return undefined;
  const sectionLanguages = concepts.sectionLanguages.data;
  for (let s = first; s < end; s++) {
    const definition = targetRank[sectionLanguages[s]!] === best ? sectionDefinitions.get(s) : undefined;
    if (definition) return definition;
  }
  const definition = conceptDefinitions.get(concept);
  if (definition) return definition;
  for (let s = first; s < end; s++) {
    const found = targetRank[sectionLanguages[s]!] !== best && isSource[sectionLanguages[s]!] ? sectionDefinitions.get(s) : undefined;
    if (found) return found;
  }
  return undefined;
}

function withStatus(entry: GlossaryEntry, status: number): GlossaryEntry {
  if (status !== 0) entry.status = TERM_STATUSES[status - 1];
  return entry;
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
