// The glossary engine: compiles glossaries into two automata (case-sensitive and
// case-insensitive entries) and finds leftmost-longest, non-overlapping matches in
// one pass, following the matching rules in README.md to the letter.

import type { Change, Glossary, GlossaryEntry } from '../types';
import { buildAutomaton, type Automaton } from './aho-corasick';
import { transferCase } from './case-transfer';
import { buildScanText, normaliseSource, type ScanText } from './scan-text';
import { codePointAt, codePointBefore, getFoldTable, hasUppercase, isWordCodePoint, wordRunHash } from './unicode';

/** One entry in global priority order (first glossary first, then file order). */
interface CompiledEntry {
  entry: GlossaryEntry;
  glossary: string;
  caseSensitive: boolean;
  /** Rule 4 applies at the start / end only when the source begins / ends with a word character. */
  boundaryBefore: boolean;
  boundaryAfter: boolean;
}

/**
 * Patterns that begin with a word character can only match where a word begins (rule 4),
 * so they are matched by walking a trie from each word start ("anchored"), which skips
 * the many partial matches inside words that a 100,000-entry termbase produces. The few
 * patterns that begin with punctuation are found anywhere by Aho–Corasick ("floating").
 * Each kind comes twice: case-sensitive on the text, case-insensitive on the folded text.
 */
interface PatternGroup {
  automaton: Automaton;
  /** Entry id of each pattern. */
  ids: number[];
  folded: boolean;
  /**
   * Anchored groups: hashes of each pattern's leading run of word units. A pattern can
   * only match where the text's run of word units is the same run (the unit after it is
   * a non-word unit in both, or the pattern ends and rule 4 demands one), so a word
   * whose run hash is not here needs no trie walk: with 100,000 entries most words
   * would otherwise walk deep into the trie and find nothing.
   */
  firstWords: Set<number>;
}

interface EntrySet {
  entries: CompiledEntry[];
  anchored: PatternGroup[];
  floating: PatternGroup[];
}

export interface CompiledGlossaries {
  /** Entries that are replacement rules (rule 1). */
  readonly ruleCount: number;
  /** @internal */
  readonly rules: EntrySet;
  /** @internal every entry, rules or not, built on first use by `findTermHits`. */
  terms: EntrySet | undefined;
  /** @internal */
  readonly glossaries: readonly Glossary[];
}

/** A glossary source found in a text, whether or not the entry is a replacement rule. */
export interface TermHit {
  start: number;
  end: number;
  from: string;
  entry: GlossaryEntry;
  glossary: string;
}

/** Rule 1: a non-empty source and a target, not forbidden. */
export function isReplacementRule(entry: GlossaryEntry): boolean {
  return normaliseSource(entry.source) !== '' && entry.target !== undefined && !entry.forbidden;
}

/** Compiled sets keyed by the sequence of glossary objects: a chain of WeakMaps. */
interface CacheNode {
  compiled?: CompiledGlossaries;
  next: WeakMap<Glossary, CacheNode>;
}
const compiledCache: CacheNode = { next: new WeakMap() };

/**
 * Compiles glossaries (in priority order) for matching. Loaded glossaries are never
 * mutated, so the result is remembered for the same glossary objects in the same order:
 * QA, exports and the batch all ask for it per article, and a 10,000-entry glossary
 * costs tens of milliseconds to compile.
 */
export function compileGlossaries(glossaries: readonly Glossary[]): CompiledGlossaries {
  let node = compiledCache;
  for (const glossary of glossaries) {
    let next = node.next.get(glossary);
    if (!next) node.next.set(glossary, (next = { next: new WeakMap() }));
    node = next;
  }
  if (!node.compiled) {
    const rules = buildEntrySet(glossaries, isReplacementRule);
    node.compiled = { ruleCount: rules.entries.length, rules, terms: undefined, glossaries: [...glossaries] };
  }
  return node.compiled;
}

function buildEntrySet(glossaries: readonly Glossary[], keep: (entry: GlossaryEntry) => boolean): EntrySet {
  const fold = getFoldTable();
  const entries: CompiledEntry[] = [];
  // [anchored sensitive, anchored folded, floating sensitive, floating folded]
  const patterns: string[][] = [[], [], [], []];
  const ids: number[][] = [[], [], [], []];
  for (const glossary of glossaries) {
    for (const entry of glossary.entries) {
      const pattern = normaliseSource(entry.source);
      if (pattern === '' || !keep(entry)) continue;
      // Rule 3: smart case unless the entry says otherwise.
      const caseSensitive = entry.caseSensitive ?? hasUppercase(pattern);
      const id = entries.length;
      const boundaryBefore = isWordCodePoint(pattern.codePointAt(0) ?? -1);
      entries.push({
        entry,
        glossary: glossary.file,
        caseSensitive,
        boundaryBefore,
        boundaryAfter: isWordCodePoint(codePointBefore(pattern, pattern.length)),
      });
      const group = (boundaryBefore ? 0 : 2) + (caseSensitive ? 0 : 1);
      (patterns[group] as string[]).push(caseSensitive ? pattern : foldString(pattern, fold));
      (ids[group] as number[]).push(id);
    }
  }
  const groupOf = (index: number): PatternGroup => {
    const group = patterns[index] as string[];
    const anchored = index < 2;
    return {
      automaton: buildAutomaton(group),
      ids: ids[index] as number[],
      folded: index % 2 === 1,
      firstWords: new Set(anchored ? group.map((pattern) => wordRunHash(toUnits(pattern), 0, pattern.length)) : []),
    };
  };
  return { entries, anchored: [groupOf(0), groupOf(1)], floating: [groupOf(2), groupOf(3)] };
}

function toUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

function foldString(text: string, fold: Uint16Array): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(fold[text.charCodeAt(i)] as number);
  return out;
}

interface Span {
  start: number;
  end: number;
  entry: CompiledEntry;
}

/**
 * Rule 5: at each position the longest match wins, on equal length the entry that
 * comes first; scanning resumes after the match.
 */
function findSpans(set: EntrySet, text: string): Span[] {
  if (set.entries.length === 0 || text.length === 0) return [];
  const scan = buildScanText(text);
  const bestLength = new Int32Array(scan.length);
  const bestEntry = new Int32Array(scan.length).fill(-1);

  const offer = (group: PatternGroup) => (pattern: number, end: number) => {
    const length = group.automaton.patternLengths[pattern] as number;
    const start = end - length;
    const id = group.ids[pattern] as number;
    const current = bestEntry[start] as number;
    if (current !== -1) {
      const currentLength = bestLength[start] as number;
      if (currentLength > length || (currentLength === length && current < id)) return;
    }
    const compiled = set.entries[id] as CompiledEntry;
    if (!hasBoundaries(text, scan, start, end, compiled)) return;
    bestLength[start] = length;
    bestEntry[start] = id;
  };
  for (const group of set.floating) {
    if (group.ids.length > 0) group.automaton.scan(group.folded ? scan.folded : scan.units, scan.length, offer(group));
  }
  const anchored = set.anchored.filter((group) => group.ids.length > 0);
  if (anchored.length > 0) {
    const offers = anchored.map(offer);
    for (let i = 0; i < scan.length; i++) {
      if (!isWordStart(text, scan, i)) continue;
      for (let g = 0; g < anchored.length; g++) {
        const group = anchored[g] as PatternGroup;
        const units = group.folded ? scan.folded : scan.units;
        if (!group.firstWords.has(wordRunHash(units, i, scan.length))) continue;
        group.automaton.matchAt(units, i, scan.length, offers[g] as (pattern: number, end: number) => void);
      }
    }
  }

  const spans: Span[] = [];
  for (let i = 0; i < scan.length; ) {
    const id = bestEntry[i] as number;
    if (id === -1) {
      i++;
      continue;
    }
    const end = i + (bestLength[i] as number);
    spans.push({
      start: scan.origin[i] as number,
      // Patterns never end in whitespace, so the last unit is one text unit.
      end: (scan.origin[end - 1] as number) + 1,
      entry: set.entries[id] as CompiledEntry,
    });
    i = end;
  }
  return spans;
}

/** Does a word begin at collapsed position `i` (a word character after a non-word one)? */
function isWordStart(text: string, scan: ScanText, i: number): boolean {
  const unit = scan.units[i] as number;
  if (unit === 0x20 || unit >= 0xdc00 && unit <= 0xdfff) return false;
  const offset = scan.origin[i] as number;
  return isWordCodePoint(codePointAt(text, offset)) && !isWordCodePoint(codePointBefore(text, offset));
}

/** Rule 4, checked on the original text around the collapsed span [start, end). */
function hasBoundaries(text: string, scan: ScanText, start: number, end: number, entry: CompiledEntry): boolean {
  if (entry.boundaryBefore && isWordCodePoint(codePointBefore(text, scan.origin[start] as number))) return false;
  if (entry.boundaryAfter && isWordCodePoint(codePointAt(text, (scan.origin[end - 1] as number) + 1))) return false;
  return true;
}

/** Every replacement the glossaries make in `text`, in text order, never overlapping. */
export function findMatches(compiled: CompiledGlossaries, text: string): Change[] {
  const changes: Change[] = [];
  for (const span of findSpans(compiled.rules, text)) {
    const from = text.slice(span.start, span.end);
    const { entry, caseSensitive, glossary } = span.entry;
    const target = entry.target as string;
    const to = caseSensitive ? target : transferCase(from, target);
    // Rule 6: a replacement equal to the matched text is not a change.
    if (to === from) continue;
    const change: Change = { start: span.start, end: span.end, from, to, source: entry.source, glossary, line: entry.line };
    if (entry.note !== undefined && entry.note !== '') change.note = entry.note;
    changes.push(change);
  }
  return changes;
}

/** Every glossary source present in `text` (rules, terms without target, forbidden terms). */
export function findTermHits(compiled: CompiledGlossaries, text: string): TermHit[] {
  compiled.terms ??= buildEntrySet(compiled.glossaries, (entry) => normaliseSource(entry.source) !== '');
  return findSpans(compiled.terms, text).map((span) => ({
    start: span.start,
    end: span.end,
    from: text.slice(span.start, span.end),
    entry: span.entry.entry,
    glossary: span.entry.glossary,
  }));
}

/** Splices non-overlapping changes (sorted by start) into `text`. */
export function applyChanges(text: string, changes: readonly Pick<Change, 'start' | 'end' | 'to'>[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const change of changes) {
    if (change.start < at) throw new RangeError(`overlapping changes at offset ${change.start}`);
    parts.push(text.slice(at, change.start), change.to);
    at = change.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export function applyGlossaries(compiled: CompiledGlossaries, text: string): { text: string; changes: Change[] } {
  const changes = findMatches(compiled, text);
  return { text: applyChanges(text, changes), changes };
}
