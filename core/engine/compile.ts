// Compiling glossaries for matching: every entry's source in canonical form, rule chains
// resolved to the final target (Sands → Peskov, Peskov → Dmitry Peskov: Sands writes
// "Dmitry Peskov"), cycles found and neutralised, the forms that protect text collected,
// then one trie and the start gates over all of them.

import type { Glossary, GlossaryEntry } from '../types';
import { canonicalString, normaliseSource } from './canonical';
import { capitaliseFirstLetter, caseForms, hasUppercase, transferCase, upperCase } from './case-transfer';
import {
  EDGE_MARK, EXACT, FIRST_UNIT, FOLDED, HANGUL, HANGUL_VT, MARK, MULTI, TURKIC, edgeClassAt, isIgnorable, previousCharStart, runCodeOf,
  type FoldMode,
} from './chars';
import { RULE_FLAG, TERM_FLAG, addToGates, createGates, type Gates } from './gates';
import { NONE, ROOT, buildTrie, type Trie } from './trie';

/** A rule (source → target), a keep entry (target = source: protects, changes nothing), a term (no target, or forbidden). */
export const RULE = 0;
export const KEEP = 1;
export const TERM = 2;

export interface CompiledEntry {
  readonly entry: GlossaryEntry;
  readonly glossary: string;
  readonly kind: number;
  readonly caseSensitive: boolean;
  /** Edge classes (chars.ts EDGE_*) of the source's first and last character: rule 4. */
  readonly startEdge: number;
  readonly endEdge: number;
  /** The source in exact canonical form, compared when the entry is case-sensitive. */
  readonly exact: string;
  /** What a hit writes before case transfer: the final target of its chain; undefined for cycle members, keeps and terms. */
  final: string | undefined;
}

/** Text that protects what lies inside it: a final target, a keep entry, a cycle member's target. */
export interface ProtectedForm {
  /** Folded canonical form. */
  readonly folded: string;
  /** Exact canonical forms that count; undefined: any case. */
  forms: string[] | undefined;
}



export interface RuleCycle {
  members: readonly { glossary: string; line: number; source: string; target: string }[];
}

export interface Compiled {
  readonly entries: readonly CompiledEntry[];
  /** Folded canonical sources: entry i is pattern i. */
  readonly trie: Trie;
  readonly gates: Gates;
  /** The protected forms, folded; pattern i is forms[i]. */
  readonly formTrie: Trie;
  readonly forms: readonly ProtectedForm[];
  /** Entry id → where its source sits in protected forms that contain it (folded units in), distinct. */
  readonly coverOffsets: ReadonlyMap<number, readonly number[]>;
  /**
   * Entry id → the form-trie node reached by reading its source, for forms that begin
   * with it (offset 0), or NONE: a hit has already read those units, so the walk of the
   * forms around it starts there, at the hit's end.
   */
  readonly coverFrom: Int32Array;
  readonly fold: FoldMode;
  /** Locale for case transfer (tr, az), else undefined. */
  readonly locale: string | undefined;
  readonly cycles: readonly RuleCycle[];
  readonly ruleCount: number;
}

const TURKIC_LANGUAGES = new Set(['tr', 'az', 'tur', 'aze', 'azj', 'azb']);

/** Turkish and Azerbaijani fold dotted and dotless i their own way. */
export function turkicLocaleOf(language: string | undefined): string | undefined {
  const primary = language?.trim().split(/[-_]/)[0]?.toLowerCase();
  if (!primary || !TURKIC_LANGUAGES.has(primary)) return undefined;
  return primary.startsWith('t') ? 'tr' : 'az';
}

/** Rule 1: a non-empty source and a target, not forbidden, that says something else. */
export function entryKind(entry: GlossaryEntry): number | undefined {
  const source = normaliseSource(entry.source);
  if (source === '') return undefined;
  if (entry.target === undefined || entry.forbidden) return TERM;
  const target = normaliseSource(entry.target);
  if (target === source) return KEEP;
  // Only text with combining marks can differ as strings and be the same in NFC.
  return /[\u0300-\uffff]/.test(target + source) && target.normalize('NFC') === source.normalize('NFC') ? KEEP : RULE;
}

export function compile(glossaries: readonly Glossary[], locale: string | undefined): Compiled {
  const fold: FoldMode = locale ? TURKIC : FOLDED;
  const entries: CompiledEntry[] = [];
  const sources: string[] = [];
  const folded: string[] = [];
  for (const glossary of glossaries) {
    for (const entry of glossary.entries) {
      const kind = entryKind(entry);
      if (kind === undefined) continue;
      const source = normaliseSource(entry.source);
      entries.push({
        entry,
        glossary: glossary.file,
        kind,
        // Rule 3: smart case unless the entry says otherwise.
        caseSensitive: entry.caseSensitive ?? hasUppercase(source),
        startEdge: startEdgeOf(source),
        endEdge: endEdgeOf(source),
        exact: canonicalString(source, EXACT),
        final: undefined,
      });
      sources.push(source);
      folded.push(canonicalString(source, fold));
    }
  }

  const cycles = resolveChains(entries, folded, fold, locale);

  // Protected forms, grouped by folded form; each group remembers which case forms count.
  const groups: ProtectedForm[] = [];
  const groupOf = new Map<string, ProtectedForm>();
  const protect = (text: string, exact: boolean, foldedKey?: string): void => {
    const source = normaliseSource(text);
    if (source === '') return;
    const key = foldedKey ?? canonicalString(source, fold);
    let group = groupOf.get(key);
    if (!group) {
      group = { folded: key, forms: [] };
      groupOf.set(key, group);
      groups.push(group);
    }
    if (!exact) {
      group.forms = undefined;
    } else if (group.forms) {
      const form = canonicalString(source, EXACT);
      if (!group.forms.includes(form)) group.forms.push(form);
    }
  };
  for (const compiled of entries) {
    if (compiled.kind === KEEP) protect(compiled.entry.source, compiled.caseSensitive);
    if (compiled.kind !== RULE) continue;
    if (compiled.final !== undefined) {
      // Every form the rule can write: upper-casing can even change how a text folds (ı → I).
      const forms = compiled.caseSensitive ? [compiled.final] : caseForms(compiled.final, locale);
      // Case forms of ASCII text fold alike: the folded key is computed once.
      const shared = /^[\x20-\x7e]*$/.test(compiled.final) ? canonicalString(normaliseSource(compiled.final), fold) : undefined;
      for (const form of forms) protect(form, true, shared);
    } else {
      // A cycle member: its target protects, in any case its rule would match.
      protect(compiled.entry.target as string, compiled.caseSensitive);
    }
  }

  const gates = createGates(entries.length);
  entries.forEach((compiled, id) => {
    if (compiled.kind === KEEP) return;
    addToGates(gates, sources[id] as string, folded[id] as string, compiled.kind === RULE ? RULE_FLAG : TERM_FLAG);
  });
  // Keep entries match only as protected forms: their source is left out of the trie.
  const trie = buildTrie(entries.map((compiled, id) => (compiled.kind === KEEP ? '' : (folded[id] as string))));
  const cover = indexCoverOffsets(trie, groups);
  // Only forms that contain some source can protect a hit.
  const formTrie = buildTrie(cover.containing.map((group) => group.folded));
  return {
    entries,
    trie,
    gates,
    formTrie,
    forms: cover.containing,
    coverOffsets: cover.offsets,
    coverFrom: formNodesAfterSources(formTrie, folded, cover.offsets),
    fold,
    locale,
    cycles,
    ruleCount: entries.filter((compiled) => compiled.kind === RULE).length,
  };
}

/**
 * For each source, where it sits in the protected forms that contain it (in folded
 * units from the form's start): a hit of that source is protected when a form read from
 * that far back covers it. Found by walking the trie of sources from every place in
 * every form where a source could begin.
 */
function indexCoverOffsets(trie: Trie, groups: readonly ProtectedForm[]): { offsets: Map<number, number[]>; containing: ProtectedForm[] } {
  // (entry, offset) pairs found, flat; grouped per entry at the end.
  let pairs = new Int32Array(1024);
  let count = 0;
  const containing: ProtectedForm[] = [];
  for (const form of groups) {
    const units = form.folded;
    let contains = false;
    for (let offset = 0; offset < units.length; offset++) {
      // A source starting inside a word of the form could never be a hit there (rule 4).
      if (offset > 0 && continuesWord(units.charCodeAt(offset - 1), units.charCodeAt(offset))) continue;
      let node = ROOT;
      for (let i = offset; i < units.length; i++) {
        node = trie.child(node, units.charCodeAt(i));
        if (node === NONE) break;
        const last = trie.termStart[node + 1] as number;
        for (let k = trie.termStart[node] as number; k < last; k++) {
          if (count + 2 > pairs.length) {
            const bigger = new Int32Array(pairs.length * 2);
            bigger.set(pairs);
            pairs = bigger;
          }
          pairs[count++] = trie.termIds[k] as number;
          pairs[count++] = offset;
          contains = true;
        }
      }
    }
    if (contains) containing.push(form);
  }
  const offsets = new Map<number, number[]>();
  for (let p = 0; p < count; p += 2) {
    const id = pairs[p] as number;
    const offset = pairs[p + 1] as number;
    const list = offsets.get(id);
    if (!list) offsets.set(id, [offset]);
    else if (!list.includes(offset)) list.push(offset);
  }
  return { offsets, containing };
}

function formNodesAfterSources(formTrie: Trie, folded: readonly string[], offsets: ReadonlyMap<number, readonly number[]>): Int32Array {
  const nodes = new Int32Array(folded.length).fill(NONE);
  for (const [id, list] of offsets) {
    if (!list.includes(0)) continue;
    const units = folded[id] as string;
    let node = ROOT;
    for (let i = 0; i < units.length && node !== NONE; i++) node = formTrie.child(node, units.charCodeAt(i));
    nodes[id] = node;
  }
  return nodes;
}

/** Does canonical unit `unit` continue the word that `before` is in (both letters, digits or marks of spaced scripts)? */
function continuesWord(before: number, unit: number): boolean {
  const next = runCodeOf(unit);
  if (next === MARK || next === HANGUL_VT) return true;
  const previous = runCodeOf(before);
  const isWord = (run: number): boolean => run >= FIRST_UNIT || run === MULTI || run === HANGUL || run === MARK || run === HANGUL_VT;
  return isWord(previous) && (next >= FIRST_UNIT || next === MULTI);
}

function startEdgeOf(source: string): number {
  let i = 0;
  while (i < source.length - 1 && isIgnorable(source.charCodeAt(i))) i++;
  return edgeClassAt(source, i);
}

function endEdgeOf(source: string): number {
  let last = previousCharStart(source, source.length);
  // A source ending in a mark ends with the character the mark belongs to.
  while (last > 0 && edgeClassAt(source, last) === EDGE_MARK) last = previousCharStart(source, last);
  return edgeClassAt(source, Math.max(0, last));
}

// --- chains and cycles ----------------------------------------------------------------

const UNVISITED = 0;
const ON_PATH = 1;
const DONE = 2;
const IN_CYCLE = 3;

/**
 * A rule's target that is, as a whole, another rule's source chains to it (applying the
 * engine to the target would hit exactly that source). Following the chains gives each
 * rule its final target; rules on a cycle get none and change nothing. A keep entry for
 * the whole target ends the chain (the target is protected there).
 */
function resolveChains(entries: CompiledEntry[], folded: readonly string[], fold: FoldMode, locale: string | undefined): RuleCycle[] {
  const byFolded = new Map<string, number[]>();
  entries.forEach((compiled, id) => {
    if (compiled.kind === TERM) return;
    const key = folded[id] as string;
    const list = byFolded.get(key);
    if (list) list.push(id);
    else byFolded.set(key, [id]);
  });

  const successor = new Int32Array(entries.length).fill(-1);
  entries.forEach((compiled, id) => {
    if (compiled.kind !== RULE) return;
    const target = normaliseSource(compiled.entry.target as string);
    if (target === '') return;
    const candidates = byFolded.get(canonicalString(target, fold));
    if (!candidates) return;
    let exact: string | undefined;
    const matches = (other: CompiledEntry): boolean =>
      !other.caseSensitive || (exact ??= canonicalString(target, EXACT)) === other.exact;
    if (candidates.some((other) => entries[other]?.kind === KEEP && matches(entries[other]))) return;
    const next = candidates.find((other) => entries[other]?.kind === RULE && matches(entries[other]));
    if (next !== undefined && next !== id) successor[id] = next;
  });

  // Cycles: each rule has at most one successor, so following successors from each rule
  // either ends or runs into a rule already on the path.
  const state = new Uint8Array(entries.length);
  const cycles: RuleCycle[] = [];
  for (let start = 0; start < entries.length; start++) {
    if (state[start] !== UNVISITED || entries[start]?.kind !== RULE) continue;
    const path: number[] = [];
    let current = start;
    while (current !== -1 && state[current] === UNVISITED) {
      state[current] = ON_PATH;
      path.push(current);
      current = successor[current] as number;
    }
    if (current !== -1 && state[current] === ON_PATH) {
      const members = path.slice(path.indexOf(current));
      for (const member of members) state[member] = IN_CYCLE;
      cycles.push(describeMembers(entries, members));
    }
    for (const id of path) if (state[id] === ON_PATH) state[id] = DONE;
  }

  // Final targets. Case transfer makes a chain's output depend on the case class of what
  // it is applied to, so outputs are remembered per (rule, class): linear in the rules.
  // Walked forward, iteratively (a chain may be long), memoising every step on the way.
  const memo = new Map<number, string>();
  entries.forEach((compiled, id) => {
    if (compiled.kind !== RULE || state[id] === IN_CYCLE) return;
    let written = compiled.entry.target as string;
    let current = id;
    const pending: number[] = [];
    for (;;) {
      const next = successor[current] as number;
      if (next === -1 || state[next] === IN_CYCLE) break;
      const key = next * 3 + caseClassOf(written, locale);
      const known = memo.get(key);
      if (known !== undefined) {
        written = known;
        break;
      }
      pending.push(key);
      const nextEntry = entries[next] as CompiledEntry;
      const target = nextEntry.entry.target as string;
      written = nextEntry.caseSensitive ? target : transferCase(written, target, locale);
      current = next;
    }
    for (const key of pending) memo.set(key, written);
    compiled.final = written;
  });
  return cycles;
}

/** Which of the three case-transfer outcomes `text` leads to (see transferCase). */
function caseClassOf(text: string, locale: string | undefined): number {
  const probe = 'ab';
  const transferred = transferCase(text, probe, locale);
  return transferred === upperCase(probe, locale) ? 2 : transferred === capitaliseFirstLetter(probe, locale) ? 1 : 0;
}

function describeMembers(entries: readonly CompiledEntry[], members: number[]): RuleCycle {
  // Start with the member that comes first in priority, so a cycle always reads the same.
  const first = members.indexOf(Math.min(...members));
  const ordered = [...members.slice(first), ...members.slice(0, first)];
  return {
    members: ordered.map((id) => {
      const { entry, glossary } = entries[id] as CompiledEntry;
      return { glossary, line: entry.line, source: entry.source, target: entry.target as string };
    }),
  };
}
