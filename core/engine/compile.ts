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
  const marks = /[\u0300-\uffff]/;
  return (marks.test(target) || marks.test(source)) && target.normalize('NFC') === source.normalize('NFC') ? KEEP : RULE;
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

  const gates = createGates(entries.length);
  entries.forEach((compiled, id) => {
    if (compiled.kind === KEEP) return;
    addToGates(gates, sources[id] as string, folded[id] as string, compiled.kind === RULE ? RULE_FLAG : TERM_FLAG);
  });
  // Keep entries match only as protected forms: their source is left out of the trie.
  const trie = buildTrie(entries.map((compiled, id) => (compiled.kind === KEEP ? '' : (folded[id] as string))));

  const protectedForms = new ProtectedForms(trie, fold, locale);
  for (const compiled of entries) {
    if (compiled.kind === KEEP) protectedForms.add(compiled.entry.source, compiled.caseSensitive ? EXACTLY : IN_ANY_CASE);
    if (compiled.kind !== RULE) continue;
    if (compiled.final !== undefined) protectedForms.add(compiled.final, compiled.caseSensitive ? EXACTLY : IN_CASE_FORMS);
    // A cycle member: its target protects, in any case its rule would match.
    else protectedForms.add(compiled.entry.target as string, compiled.caseSensitive ? EXACTLY : IN_ANY_CASE);
  }
  const cover = protectedForms.finish();
  const formTrie = buildTrie(cover.forms.map((form) => form.folded));
  return {
    entries,
    trie,
    gates,
    formTrie,
    forms: cover.forms,
    coverOffsets: cover.offsets,
    coverFrom: formNodesAfterSources(formTrie, folded, cover.offsets),
    fold,
    locale,
    cycles,
    ruleCount: entries.filter((compiled) => compiled.kind === RULE).length,
  };
}

/** How a protected text counts in the text: as written, in any case, in a rule's case forms. */
const EXACTLY = 0;
const IN_ANY_CASE = 1;
const IN_CASE_FORMS = 2;

/**
 * Collects the protected forms that contain some source (only those can protect a hit),
 * by folded form, and where each source sits in them: a hit of that source is protected
 * when a form read from that far back covers it. Containment is found by walking the
 * trie of sources from every place in a form where a source could begin; the exact case
 * forms that count are worked out only for the forms that contain a source (most final
 * targets contain none, and a 100,000-entry glossary would otherwise spell out 300,000).
 */
class ProtectedForms {
  private readonly keys: string[] = [];
  private readonly groupOf = new Map<string, number>();
  /** (group, contribution) pairs, flat. */
  private readonly pairs: number[] = [];
  private readonly contributions: Array<{ text: string; how: number }> = [];
  /** (entry, offset) pairs: source `entry` sits `offset` folded units into some form. */
  private offsets = new Int32Array(1024);
  private offsetCount = 0;

  constructor(
    private readonly trie: Trie,
    private readonly fold: FoldMode,
    private readonly locale: string | undefined,
  ) {}

  /**
   * Text that protects: exactly as written, in any case, or in each case form a
   * case-insensitive rule writes (as written, all caps, capitalised; upper-casing can even
   * change how a text folds: ı → I).
   */
  add(text: string, how: number): void {
    const source = normaliseSource(text);
    if (source === '') return;
    // Case forms of printable ASCII fold alike: one key.
    const texts = how === IN_CASE_FORMS && !/^[\x20-\x7e]*$/.test(source) ? caseForms(source, this.locale) : [source];
    let contribution = -1;
    for (const form of new Set(texts.map((one) => canonicalString(normaliseSource(one), this.fold)))) {
      let group = this.groupOf.get(form);
      if (group === undefined) {
        if (!this.indexSources(form)) continue;
        group = this.keys.push(form) - 1;
        this.groupOf.set(form, group);
      }
      if (contribution < 0) contribution = this.contributions.push({ text: source, how }) - 1;
      this.pairs.push(group, contribution);
    }
  }

  /** Records where sources sit in `form`; false when it contains none. */
  private indexSources(form: string): boolean {
    const trie = this.trie;
    let contains = false;
    for (let offset = 0; offset < form.length; offset++) {
      // A source starting inside a word of the form could never be a hit there (rule 4).
      if (offset > 0 && continuesWord(form.charCodeAt(offset - 1), form.charCodeAt(offset))) continue;
      let node = ROOT;
      for (let i = offset; i < form.length; i++) {
        node = trie.child(node, form.charCodeAt(i));
        if (node === NONE) break;
        const last = trie.termStart[node + 1] as number;
        for (let k = trie.termStart[node] as number; k < last; k++) {
          if (this.offsetCount + 2 > this.offsets.length) {
            const bigger = new Int32Array(this.offsets.length * 2);
            bigger.set(this.offsets);
            this.offsets = bigger;
          }
          this.offsets[this.offsetCount++] = trie.termIds[k] as number;
          this.offsets[this.offsetCount++] = offset;
          contains = true;
        }
      }
    }
    return contains;
  }

  /** The forms (form trie pattern i is forms[i]) and, per entry, the distinct offsets of its source in them. */
  finish(): { forms: ProtectedForm[]; offsets: Map<number, number[]> } {
    const forms: ProtectedForm[] = this.keys.map((folded) => ({ folded, forms: [] }));
    for (let p = 0; p < this.pairs.length; p += 2) {
      const form = forms[this.pairs[p] as number] as ProtectedForm;
      const { text, how } = this.contributions[this.pairs[p + 1] as number]!;
      if (how === IN_ANY_CASE) {
        form.forms = undefined;
        continue;
      }
      for (const one of how === IN_CASE_FORMS ? caseForms(text, this.locale) : [text]) {
        const source = normaliseSource(one);
        if (!form.forms || canonicalString(source, this.fold) !== form.folded) continue;
        const exactForm = canonicalString(source, EXACT);
        if (!form.forms.includes(exactForm)) form.forms.push(exactForm);
      }
    }
    const offsets = new Map<number, number[]>();
    for (let p = 0; p < this.offsetCount; p += 2) {
      const id = this.offsets[p] as number;
      const offset = this.offsets[p + 1] as number;
      const list = offsets.get(id);
      if (!list) offsets.set(id, [offset]);
      else if (!list.includes(offset)) list.push(offset);
    }
    return { forms, offsets };
  }
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
  // Rules and keeps by folded source: the first id, then a chain of ids in priority order.
  const byFolded = new Map<string, number>();
  const nextSame = new Int32Array(entries.length).fill(-1);
  const lastSame = new Map<string, number>();
  entries.forEach((compiled, id) => {
    if (compiled.kind === TERM) return;
    const key = folded[id] as string;
    const last = lastSame.get(key);
    if (last === undefined) byFolded.set(key, id);
    else nextSame[last] = id;
    lastSame.set(key, id);
  });
  const sameFolded = (first: number | undefined): number[] => {
    const ids: number[] = [];
    for (let id = first ?? -1; id !== -1; id = nextSame[id] as number) ids.push(id);
    return ids;
  };

  const successor = new Int32Array(entries.length).fill(-1);
  entries.forEach((compiled, id) => {
    if (compiled.kind !== RULE) return;
    const target = normaliseSource(compiled.entry.target as string);
    if (target === '') return;
    const first = byFolded.get(canonicalString(target, fold));
    if (first === undefined) return;
    const candidates = sameFolded(first);
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
    let pending: number[] | undefined;
    for (;;) {
      const next = successor[current] as number;
      if (next === -1 || state[next] === IN_CYCLE) break;
      const key = next * 3 + caseClassOf(written, locale);
      const known = memo.get(key);
      if (known !== undefined) {
        written = known;
        break;
      }
      (pending ??= []).push(key);
      const nextEntry = entries[next] as CompiledEntry;
      const target = nextEntry.entry.target as string;
      written = nextEntry.caseSensitive ? target : transferCase(written, target, locale);
      current = next;
    }
    for (const key of pending ?? []) memo.set(key, written);
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
