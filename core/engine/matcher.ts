// The glossary engine: what a set of glossaries changes in a text, following the
// matching rules in README.md to the letter. Compiling (compile.ts) resolves chains and
// cycles and builds one trie; a pass (scan.ts) finds leftmost-longest hits; this module
// turns hits into changes and repeats a pass only where a replacement can have changed
// what matches around it, so that applying the result again changes nothing.

import type { Change, Glossary, GlossaryEntry } from '../types';
import { keepApostrophes, transferCase } from './case-transfer';
import { EDGE_MARK, edgeClassAt, previousCharStart } from './chars';
import { RULE, compile, entryKind, turkicLocaleOf, type Compiled, type CompiledEntry, type RuleCycle } from './compile';
import { SELECT_RULES, SELECT_TERMS, scanRange, scanText, type Hit } from './scan';

export type { RuleCycle } from './compile';

export interface CompileOptions {
  /** Language of the texts (BCP 47 or ISO 639): Turkish and Azerbaijani fold I/ı and İ/i their way. */
  language?: string | undefined;
}

export interface CompiledGlossaries {
  /** Entries that are replacement rules (rule 1). */
  readonly ruleCount: number;
  /** Rule cycles (A → B, B → A, or longer): their rules change nothing. */
  readonly cycles: readonly RuleCycle[];
  /** @internal */
  readonly compiled: Compiled;
}

/** A glossary source found in a text, whether or not the entry is a replacement rule. */
export interface TermHit {
  start: number;
  end: number;
  from: string;
  entry: GlossaryEntry;
  glossary: string;
}

/** Rule 1: a non-empty source and a target that differs from it, not forbidden. */
export function isReplacementRule(entry: GlossaryEntry): boolean {
  return entryKind(entry) === RULE;
}

/** One line naming every rule of a cycle, e.g. `glossary cycle, changes nothing: a.tsv:3 "A → B", a.tsv:7 "B → A"`. */
export function describeCycle(cycle: RuleCycle): string {
  const rules = cycle.members.map((member) => `${member.glossary}:${member.line} "${member.source} → ${member.target}"`);
  return `glossary cycle, changes nothing: ${rules.join(', ')}`;
}

/** Compiled sets keyed by the sequence of glossary objects (a chain of WeakMaps), then by folding. */
interface CacheNode {
  compiled?: Map<string, CompiledGlossaries>;
  next: WeakMap<Glossary, CacheNode>;
}
const compiledCache: CacheNode = { next: new WeakMap() };

/**
 * Compiles glossaries (in priority order) for matching. Loaded glossaries are never
 * mutated, so the result is remembered for the same glossary objects in the same order:
 * QA, exports and the batch all ask for it per article, and a 10,000-entry glossary
 * costs tens of milliseconds to compile.
 */
export function compileGlossaries(glossaries: readonly Glossary[], options: CompileOptions = {}): CompiledGlossaries {
  let node = compiledCache;
  for (const glossary of glossaries) {
    let next = node.next.get(glossary);
    if (!next) node.next.set(glossary, (next = { next: new WeakMap() }));
    node = next;
  }
  const locale = turkicLocaleOf(options.language);
  const key = locale ?? '';
  node.compiled ??= new Map();
  let result = node.compiled.get(key);
  if (!result) {
    const compiled = compile(glossaries, locale);
    // The internals hold typed arrays of 65,536 entries: kept out of enumeration, so a
    // deep comparison or a log of the object stays cheap.
    result = Object.defineProperty({ ruleCount: compiled.ruleCount, cycles: compiled.cycles }, 'compiled', { value: compiled, enumerable: false }) as CompiledGlossaries;
    node.compiled.set(key, result);
  }
  return result;
}

/** Passes after the first, at most; each runs only when a replacement may have changed what matches. */
const MAX_PASSES = 8;

interface PassChange {
  change: Change;
  interacts: boolean;
}

/**
 * Every replacement the glossaries make in `text`, in text order, never overlapping, as
 * offsets into `text`. Applying them gives a text on which findMatches finds nothing.
 */
export function findMatches(compiled: CompiledGlossaries, text: string): Change[] {
  return cleanText(compiled.compiled, text).changes;
}

export function applyGlossaries(compiled: CompiledGlossaries, text: string): { text: string; changes: Change[] } {
  const result = cleanText(compiled.compiled, text);
  return { text: result.output(), changes: result.changes };
}

/** The changes, and the cleaned text built only when asked for (findMatches never needs it). */
function cleanText(compiled: Compiled, text: string): { changes: Change[]; output: () => string } {
  const first = passChanges(compiled, text);
  if (first.length === 0) return { changes: [], output: () => text };
  let changes = first.map((item) => item.change);
  // `current` is the text `pending` applies to; `output` the two together, once built.
  let current = text;
  let pending = first;
  let output: string | undefined;
  const outputNow = (): string => (output ??= applyChanges(current, pending.map((item) => item.change)));
  for (let pass = 0; pass < MAX_PASSES && !allInert(compiled, pending, outputNow); pass++) {
    const written = outputNow();
    const next = passChanges(compiled, written);
    if (next.length === 0) break;
    changes = compose(text, changes, written, next.map((item) => item.change));
    current = written;
    pending = next;
    output = undefined;
  }
  // A later pass can undo an earlier one: what is left unchanged is no change.
  return { changes: changes.filter((change) => change.from !== change.to), output: outputNow };
}

/** The changes one pass makes: unprotected hits of rules that are not cycle members. */
function passChanges(compiled: Compiled, text: string): PassChange[] {
  const changes: PassChange[] = [];
  for (const hit of scanText(compiled, text, SELECT_RULES)) {
    const change = changeOf(compiled, text, hit);
    if (change) changes.push({ change, interacts: hit.interacts });
  }
  return changes;
}

function changeOf(compiled: Compiled, text: string, hit: Hit): Change | undefined {
  if (hit.protected) return undefined;
  const { entry, caseSensitive, glossary, final } = compiled.entries[hit.entry] as CompiledEntry;
  if (final === undefined) return undefined; // a cycle member changes nothing
  const from = text.slice(hit.start, hit.end);
  const to = keepApostrophes(from, caseSensitive ? final : transferCase(from, final, compiled.locale));
  // Rule 6: a replacement that reads the same as the matched text is not a change.
  if (sameText(from, to)) return undefined;
  const change: Change = { start: hit.start, end: hit.end, from, to, source: entry.source, glossary, line: entry.line };
  if (entry.note !== undefined && entry.note !== '') change.note = entry.note;
  return change;
}

/** Equal, or canonically equivalent (NFC and NFD spellings of the same text). */
function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  // Text below U+0300 holds no combining mark and is in NFC already.
  if (below0300(a) && below0300(b)) return false;
  return a.normalize('NFC') === b.normalize('NFC');
}

function below0300(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return false;
  return true;
}

/**
 * True when a second pass over `output` (the text with `pending` applied) can find
 * nothing new: no walk from outside a replacement read into what it replaced, no
 * protecting occurrence overlapped it, each replacement begins and ends with characters
 * of the same kinds as the text it replaced (so the words and boundaries around it read
 * the same), and inside it every hit is protected or changes nothing and none reaches out.
 */
function allInert(compiled: Compiled, pending: readonly PassChange[], output: () => string): boolean {
  let delta = 0;
  for (const { change, interacts } of pending) {
    const start = change.start + delta;
    const end = start + change.to.length;
    delta += change.to.length - (change.end - change.start);
    if (interacts || change.to === '') return false;
    if (edgeClassAt(change.from, 0) !== edgeClassAt(change.to, 0)) return false;
    if (lastClassOf(change.from) !== lastClassOf(change.to)) return false;
    // Most replacements write one of a few final targets: whether one is closed is remembered.
    if (isClosed(compiled, change.to)) continue;
    const written = output();
    const probe = scanRange(compiled, written, start, end, SELECT_RULES);
    if (probe.hits.some((hit) => hit.end > end || changeOf(compiled, written, hit) !== undefined)) return false;
  }
  return true;
}

const closedTexts = new WeakMap<Compiled, Map<string, boolean>>();

/**
 * A written text is closed when, read on its own, every hit in it is protected or changes
 * nothing and no walk is still alive at its end: then whatever surrounds it, no match can
 * reach out of it and nothing inside it changes.
 */
function isClosed(compiled: Compiled, written: string): boolean {
  let known = closedTexts.get(compiled);
  if (!known) closedTexts.set(compiled, (known = new Map()));
  let closed = known.get(written);
  if (closed === undefined) {
    const scan = scanRange(compiled, written, 0, written.length, SELECT_RULES);
    closed = !scan.openAtEnd && scan.hits.every((hit) => changeOf(compiled, written, hit) === undefined);
    if (known.size < 10_000) known.set(written, closed);
  }
  return closed;
}

function lastClassOf(text: string): number {
  let at = previousCharStart(text, text.length);
  while (at > 0 && edgeClassAt(text, at) === EDGE_MARK) at = previousCharStart(text, at);
  return edgeClassAt(text, Math.max(0, at));
}

/**
 * Changes against `original`, given `earlier` (against `original`, giving `current`) and
 * `later` (against `current`). A later change that overlaps text an earlier one wrote is
 * merged with it into one change of the original text.
 */
function compose(original: string, earlier: readonly Change[], current: string, later: readonly Change[]): Change[] {
  // Where each earlier replacement sits in `current`.
  const placed: Array<{ change: Change; start: number; end: number }> = [];
  let delta = 0;
  for (const change of earlier) {
    const start = change.start + delta;
    placed.push({ change, start, end: start + change.to.length });
    delta += change.to.length - (change.end - change.start);
  }
  /**
   * Offset in `original` of an offset of `current` outside any replacement. At a deletion
   * (an empty replacement) a start maps after the deleted text and an end before it.
   */
  const toOriginal = (offset: number, isEnd: boolean): number => {
    let shift = 0;
    for (const item of placed) {
      const before = item.end < offset || (item.end === offset && (item.start < item.end || !isEnd));
      if (!before) break;
      shift += item.change.to.length - (item.change.end - item.change.start);
    }
    return offset - shift;
  };
  const touches = (item: { start: number; end: number }, change: Change): boolean =>
    item.start === item.end ? change.start < item.start && item.start < change.end : item.start < change.end && item.end > change.start;

  const merged: Change[] = [];
  const used = new Set<number>();
  let group: { start: number; end: number; parts: Change[] } | undefined;
  const flush = (): void => {
    if (!group) return;
    const { start, end, parts } = group;
    let to = '';
    let at = start;
    for (const part of parts) {
      to += current.slice(at, part.start) + part.to;
      at = part.end;
    }
    to += current.slice(at, end);
    const fromEarlier = placed.find((item) => item.start === start && used.has(placed.indexOf(item)));
    const untilEarlier = [...placed].reverse().find((item) => item.end === end && used.has(placed.indexOf(item)));
    const originalStart = fromEarlier ? fromEarlier.change.start : toOriginal(start, false);
    const originalEnd = untilEarlier ? untilEarlier.change.end : toOriginal(end, true);
    const first = parts[0] as Change;
    merged.push({ ...first, start: originalStart, end: originalEnd, from: original.slice(originalStart, originalEnd), to });
    group = undefined;
  };
  for (const change of later) {
    if (group && group.end <= change.start) flush();
    group ??= { start: change.start, end: change.end, parts: [] };
    group.parts.push(change);
    group.end = Math.max(group.end, change.end);
    placed.forEach((item, index) => {
      if (!group || !touches(item, change)) return;
      used.add(index);
      group.start = Math.min(group.start, item.start);
      group.end = Math.max(group.end, item.end);
    });
  }
  flush();
  const kept = earlier.filter((_, index) => !used.has(index));
  return [...kept, ...merged].sort((a, b) => a.start - b.start);
}

/** Every glossary source present in `text` (rules, terms without target, forbidden terms), protected forms excepted. */
export function findTermHits(compiled: CompiledGlossaries, text: string): TermHit[] {
  const { entries } = compiled.compiled;
  const hits: TermHit[] = [];
  for (const hit of scanText(compiled.compiled, text, SELECT_TERMS)) {
    if (hit.protected) continue;
    const { entry, glossary } = entries[hit.entry] as CompiledEntry;
    hits.push({ start: hit.start, end: hit.end, from: text.slice(hit.start, hit.end), entry, glossary });
  }
  return hits;
}

/** Pieces of the output up to this many UTF-16 units are copied into one flat string. */
const PIECE = 1 << 15;

/**
 * Splices non-overlapping changes (sorted by start) into `text`. A long result is a rope
 * of flat pieces of at most PIECE units (and untouched slices of `text`), joined when
 * something needs it flat: a megabyte in one piece would be allocated in the large-object
 * space, which costs as much as a whole pass of the matcher.
 */
export function applyChanges(text: string, changes: readonly Pick<Change, 'start' | 'end' | 'to'>[]): string {
  let out = '';
  let group: string[] = [];
  let groupLength = 0;
  const flush = (): void => {
    if (group.length > 0) out += group.length === 1 ? (group[0] as string) : group.join('');
    group = [];
    groupLength = 0;
  };
  const add = (piece: string): void => {
    if (piece.length > PIECE) {
      flush();
      out += piece;
      return;
    }
    if (groupLength + piece.length > PIECE) flush();
    group.push(piece);
    groupLength += piece.length;
  };
  let at = 0;
  for (const change of changes) {
    if (change.start < at) throw new RangeError(`overlapping changes at offset ${change.start}`);
    add(text.slice(at, change.start));
    add(change.to);
    at = change.end;
  }
  add(text.slice(at));
  flush();
  return out;
}
