// The concepts of a TBX termbase, read in the XML reader's one pass (scanXml): only what
// turning concepts into entries needs (parse-tbx.ts) is kept, in flat columns (terms,
// language sections, concepts) rather than an object per node, so a 100,000-concept file
// costs its terms' strings and a few numbers each.
//
// What is read, by local name (TBX files are read namespace-blind), as the tree queries
// it replaces did:
//   - concepts: `termEntry` / `conceptEntry` anywhere under a <martif> or <tbx> root, not
//     inside another concept;
//   - language sections: `langSet` / `langSec` children of a concept with a language
//     (`xml:lang`, else `lang`, else the concept's, else the root's); others are skipped;
//   - term groups: `tig`, `ntig`, `termSec` (or a bare `term`) anywhere in a section, not
//     inside another group; the group's term is its first `term` (a bare term is itself);
//   - a term's status: the first note of each status category anywhere in its group
//     (DCA `<termNote type="administrativeStatus">` or DCT `<administrativeStatus>`; notes
//     inside notes do not count), categories tried in order;
//   - definitions of concepts and sections: the first child that is `descrip
//     type="definition"` or `definition`, or is a `descripGrp` holding one as a child.
// Text is read as the tree's textOf reads it: all text inside, XML whitespace collapsed.

import { collapseXmlSpace, type XmlHandler } from './xml-tree';

export type TermStatus = 'preferred' | 'admitted' | 'deprecated' | 'superseded' | 'forbidden';

/** Local-name roles that matter (everything else is OTHER). */
const OTHER = 0;
const ROOT = 1;
const CONCEPT = 2;
const SECTION = 3;
const GROUP = 4;
const TERM = 5;
const TERM_NOTE = 6;
const DESCRIP = 7;
const DEFINITION = 8;
const DESCRIP_GROUP = 9;
/** Status categories in the order they are tried: roles STATUS + index. */
const STATUS = 10;

/** The data categories that carry a term's status, first one found wins; synonyms of each other. */
export const STATUS_CATEGORIES = ['administrativeStatus', 'normativeAuthorization', 'usageStatus'] as const;

const ROLES: Readonly<Record<string, number>> = {
  martif: ROOT,
  tbx: ROOT,
  termEntry: CONCEPT,
  conceptEntry: CONCEPT,
  langSet: SECTION,
  langSec: SECTION,
  tig: GROUP,
  ntig: GROUP,
  termSec: GROUP,
  term: TERM,
  termNote: TERM_NOTE,
  descrip: DESCRIP,
  definition: DEFINITION,
  descripGrp: DESCRIP_GROUP,
  ...Object.fromEntries(STATUS_CATEGORIES.map((category, index) => [category, STATUS + index])),
};

/** Term statuses as small numbers: 0 none, then TERM_STATUSES[n - 1]. */
export const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated', 'superseded', 'forbidden'];
export const PREFERRED = 1;
/** Deprecated, superseded and forbidden: codes from here up. */
export const FIRST_BANNED = 3;

/** A growing column of 32-bit integers: one typed array, not an array of numbers that
 *  a hundred thousand pushes keep copying and the collector keeps scanning. */
export class IntColumn {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** The concepts of a termbase as columns; ranges link them (concept → sections → terms). */
export interface TbxConcepts {
  /** The root element's name and offset (to refuse a file whose root is not TBX). */
  rootName: string | undefined;
  rootStart: number;
  /** Languages of the sections, as the file spells them, in order of first appearance. */
  languages: string[];
  termTexts: string[];
  /** 0 none, else 1 + index into TERM_STATUSES. */
  termStatuses: IntColumn;
  termLines: IntColumn;
  /** Section s holds terms sectionTermStarts[s] up to sectionTermStarts[s + 1]. */
  sectionTermStarts: IntColumn;
  /** Index into `languages`. */
  sectionLanguages: IntColumn;
  /** By section index, the sections that have one (most have none). */
  sectionDefinitions: Map<number, string>;
  /** Concept c holds sections conceptSectionStarts[c] up to conceptSectionStarts[c + 1]. */
  conceptSectionStarts: IntColumn;
  conceptDefinitions: Map<number, string>;
}

/** Reads the concepts as the XML reader tells them; `concepts` holds them at the end. */
export class TbxConceptReader implements XmlHandler {
  readonly concepts: TbxConcepts = {
    rootName: undefined,
    rootStart: 0,
    languages: [],
    termTexts: [],
    termStatuses: new IntColumn(),
    termLines: new IntColumn(),
    sectionTermStarts: new IntColumn(),
    sectionLanguages: new IntColumn(),
    sectionDefinitions: new Map(),
    conceptSectionStarts: new IntColumn(),
    conceptDefinitions: new Map(),
  };

  private readonly roleCache = new Map<string, number>();
  private readonly languageIds = new Map<string, number>();
  private readonly statusCache = new Map<string, number>();
  /** Open elements (the next one opens at this depth). */
  private depth = 0;
  private isTbx = false;
  private rootLanguage: string | undefined;

  // Depths of what is open (-1: nothing).
  private conceptDepth = -1;
  private conceptLanguage: string | undefined;
  private sectionDepth = -1;
  private groupDepth = -1;
  private groupIsTerm = false;
  private termFound = false;
  private termStart = 0;
  /** The note (a status-category match) the reader is in, so notes inside it are not notes. */
  private noteDepth = -1;
  private readonly noteTexts: Array<string | undefined> = STATUS_CATEGORIES.map(() => undefined);

  // Definitions: the descripGrp child being looked into, and whether one was found.
  private conceptGroupDepth = -1;
  private conceptDefinitionFound = false;
  private sectionGroupDepth = -1;
  private sectionDefinitionFound = false;

  // Text being collected: depth of the element it ends with, and the text so far.
  private termDepth = -1;
  private termText = '';
  private noteCaptureDepth = -1;
  private noteCategory = 0;
  private noteText = '';
  private conceptDefinitionDepth = -1;
  private conceptDefinitionText = '';
  private sectionDefinitionDepth = -1;
  private sectionDefinitionText = '';

  constructor(
    private readonly source: string,
    /** 1-based line of an offset; asked in increasing order. */
    private readonly lineOf: (offset: number) => number,
  ) {}

  openElement(name: string, start: number, attributes: readonly string[], attributeCount: number): void {
    const d = this.depth++;
    const role = this.roleOf(name);
    if (d === 0) {
      this.concepts.rootName = name;
      this.concepts.rootStart = start;
      this.isTbx = role === ROOT;
      this.rootLanguage = languageOf(attributes, attributeCount);
      return;
    }
    if (!this.isTbx) return;
    if (this.conceptDepth < 0) {
      if (role === CONCEPT) this.openConcept(d, attributes, attributeCount);
      return;
    }
    if (d === this.conceptDepth + 1) {
      if (role === SECTION) this.openSection(d, attributes, attributeCount);
      if (!this.conceptDefinitionFound) {
        if (isDefinition(role, attributes, attributeCount)) this.startConceptDefinition(d);
        else if (role === DESCRIP_GROUP) this.conceptGroupDepth = d;
      }
    } else if (d === this.conceptGroupDepth + 1 && !this.conceptDefinitionFound && isDefinition(role, attributes, attributeCount)) {
      this.startConceptDefinition(d);
    }
    if (this.sectionDepth < 0) return;
    if (d === this.sectionDepth + 1) {
      if (!this.sectionDefinitionFound) {
        if (isDefinition(role, attributes, attributeCount)) this.startSectionDefinition(d);
        else if (role === DESCRIP_GROUP) this.sectionGroupDepth = d;
      }
    } else if (d === this.sectionGroupDepth + 1 && !this.sectionDefinitionFound && isDefinition(role, attributes, attributeCount)) {
      this.startSectionDefinition(d);
    }
    if (this.groupDepth < 0) {
      if (role !== GROUP && role !== TERM) return;
      this.groupDepth = d;
      this.groupIsTerm = role === TERM;
      this.termFound = false;
      this.noteTexts[0] = this.noteTexts[1] = this.noteTexts[2] = undefined;
    }
    if (role === TERM && !this.termFound && (d === this.groupDepth ? this.groupIsTerm : !this.groupIsTerm)) {
      this.termFound = true;
      this.termStart = start;
      this.termDepth = d;
      this.termText = '';
    }
    if (d > this.groupDepth && this.noteDepth < 0 && (role === TERM_NOTE || role >= STATUS)) {
      this.noteDepth = d;
      const category = role === TERM_NOTE ? categoryOf(attributes, attributeCount) : role - STATUS;
      if (category >= 0 && this.noteTexts[category] === undefined) {
        this.noteCaptureDepth = d;
        this.noteCategory = category;
        this.noteText = '';
      }
    }
  }

  closeElement(): void {
    const d = --this.depth;
    if (d === this.termDepth) this.termDepth = -1;
    if (d === this.noteCaptureDepth) {
      this.noteTexts[this.noteCategory] = this.noteText;
      this.noteCaptureDepth = -1;
    }
    if (d === this.noteDepth) this.noteDepth = -1;
    if (d === this.conceptDefinitionDepth) {
      const definition = collapseXmlSpace(this.conceptDefinitionText);
      if (definition) this.concepts.conceptDefinitions.set(this.concepts.conceptSectionStarts.length - 1, definition);
      this.conceptDefinitionDepth = -1;
    }
    if (d === this.sectionDefinitionDepth) {
      const definition = collapseXmlSpace(this.sectionDefinitionText);
      if (definition) this.concepts.sectionDefinitions.set(this.concepts.sectionLanguages.length - 1, definition);
      this.sectionDefinitionDepth = -1;
    }
    if (d === this.conceptGroupDepth) this.conceptGroupDepth = -1;
    if (d === this.sectionGroupDepth) this.sectionGroupDepth = -1;
    if (d === this.groupDepth) this.closeGroup();
    if (d === this.sectionDepth) this.sectionDepth = -1;
    if (d === this.conceptDepth) this.conceptDepth = -1;
  }

  plainText(from: number, to: number): void {
    if (this.termDepth >= 0 || this.noteCaptureDepth >= 0 || this.conceptDefinitionDepth >= 0 || this.sectionDefinitionDepth >= 0) {
      this.text(this.source.slice(from, to));
    }
  }

  text(value: string): void {
    if (this.termDepth >= 0) this.termText += value;
    if (this.noteCaptureDepth >= 0) this.noteText += value;
    if (this.conceptDefinitionDepth >= 0) this.conceptDefinitionText += value;
    if (this.sectionDefinitionDepth >= 0) this.sectionDefinitionText += value;
  }

  private roleOf(name: string): number {
    let role = this.roleCache.get(name);
    if (role === undefined) {
      const local = name.slice(name.indexOf(':') + 1);
      role = Object.prototype.hasOwnProperty.call(ROLES, local) ? ROLES[local]! : OTHER;
      this.roleCache.set(name, role);
    }
    return role;
  }

  private openConcept(d: number, attributes: readonly string[], attributeCount: number): void {
    this.conceptDepth = d;
    this.conceptLanguage = languageOf(attributes, attributeCount) ?? this.rootLanguage;
    this.conceptDefinitionFound = false;
    this.concepts.conceptSectionStarts.push(this.concepts.sectionLanguages.length);
  }

  private openSection(d: number, attributes: readonly string[], attributeCount: number): void {
    const language = languageOf(attributes, attributeCount) ?? this.conceptLanguage;
    if (language === undefined) return; // a language section must say its language; nothing to match it by
    let id = this.languageIds.get(language);
    if (id === undefined) {
      id = this.concepts.languages.length;
      this.concepts.languages.push(language);
      this.languageIds.set(language, id);
    }
    this.sectionDepth = d;
    this.sectionDefinitionFound = false;
    this.concepts.sectionTermStarts.push(this.concepts.termTexts.length);
    this.concepts.sectionLanguages.push(id);
  }

  private startConceptDefinition(d: number): void {
    this.conceptDefinitionFound = true;
    this.conceptDefinitionDepth = d;
    this.conceptDefinitionText = '';
  }

  private startSectionDefinition(d: number): void {
    this.sectionDefinitionFound = true;
    this.sectionDefinitionDepth = d;
    this.sectionDefinitionText = '';
  }

  private closeGroup(): void {
    this.groupDepth = -1;
    if (!this.termFound) return;
    const text = collapseXmlSpace(this.termText);
    if (!text) return;
    const { concepts } = this;
    concepts.termTexts.push(text);
    concepts.termStatuses.push(this.groupStatus());
    concepts.termLines.push(this.lineOf(this.termStart));
  }

  /** The first category whose first note names a status Glossa knows. */
  private groupStatus(): number {
    for (const note of this.noteTexts) {
      if (note === undefined) continue;
      let status = this.statusCache.get(note);
      if (status === undefined) {
        const named = normaliseStatus(collapseXmlSpace(note));
        status = named === undefined ? 0 : TERM_STATUSES.indexOf(named) + 1;
        if (this.statusCache.size < 256) this.statusCache.set(note, status);
      }
      if (status !== 0) return status;
    }
    return 0;
  }
}

/** `xml:lang`, else `lang`, trimmed; undefined when absent or blank. */
function languageOf(attributes: readonly string[], count: number): string | undefined {
  let lang: string | undefined;
  for (let k = 0; k < count; k += 2) {
    if (attributes[k] === 'xml:lang') {
      lang = attributes[k + 1];
      break;
    }
    if (attributes[k] === 'lang') lang = attributes[k + 1];
  }
  return lang?.trim() || undefined;
}

function attribute(attributes: readonly string[], count: number, name: string): string | undefined {
  for (let k = 0; k < count; k += 2) if (attributes[k] === name) return attributes[k + 1];
  return undefined;
}

function isDefinition(role: number, attributes: readonly string[], count: number): boolean {
  return role === DEFINITION || (role === DESCRIP && attribute(attributes, count, 'type') === 'definition');
}

/** The status category a `<termNote>` carries by its type, or -1. */
function categoryOf(attributes: readonly string[], count: number): number {
  const type = attribute(attributes, count, 'type');
  return type === undefined ? -1 : (STATUS_CATEGORIES as readonly string[]).indexOf(type);
}

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

/** `preferredTerm-admn-sts`, `Preferred term`, `preferred` → `preferred`; unknown values → undefined. */
export function normaliseStatus(value: string): TermStatus | undefined {
  const key = value
    .toLowerCase()
    .replace(/-admn-sts$/, '')
    .replace(/[\s_-]+/g, '')
    .replace(/term$/, '');
  return Object.prototype.hasOwnProperty.call(STATUS_NAMES, key) ? STATUS_NAMES[key] : undefined;
}
