// What is wrong with a set of glossaries, as the glossary manager lists it: entries whose
// source matches the same text as another entry's but whose target differs (only one of
// them can ever be applied there), entries that repeat an earlier one, entries that can
// never match. "The same text" follows the engine's rules (its canonical form):
// whitespace normalised (rule 2), case folded unless both entries are case-sensitive
// (rule 3), priority by glossary then file order (rule 5).
//
// Cycles (a → b in one entry, b → a in another) are not found here: the engine compiles
// them (`compiled.cycles`), and the manager lists both.

import { canonicalString, normaliseSource } from '../engine/canonical';
import { hasUppercase } from '../engine/case-transfer';
import { FOLDED } from '../engine/chars';
import { isReplacementRule } from '../engine';
import type { Glossary, GlossaryEntry } from '../types';
import { baseName } from './load-glossary';

export type GlossaryProblemKind =
  /** Entries that match the same text with different targets: the first is applied there. */
  | 'conflicting-targets'
  /** An entry that an earlier one with the same target always overrides: it can go. */
  | 'repeated-entry'
  /** The source is empty once whitespace is trimmed: it can never match. */
  | 'never-matches';
// An entry whose target is its source is no problem: it is a keep entry, which protects
// its text from other rules (README, matching rules), and the engine never applies it.

export interface ProblemEntry {
  entry: GlossaryEntry;
  /** The glossary's file, as in Glossary.file. */
  glossary: string;
  line: number;
  caseSensitive: boolean;
  /** An earlier entry matches every text this one matches, so this one is never applied. */
  shadowed: boolean;
}

export interface GlossaryProblem {
  kind: GlossaryProblemKind;
  /** In priority order: where they overlap, the engine applies the first. */
  entries: ProblemEntry[];
  /** One sentence for the manager's list, naming the lines. */
  message: string;
}

interface Rule extends ProblemEntry {
  pattern: string;
  rank: number;
}

/** Problems in priority order of their first entry's glossary, then line. */
export function findGlossaryProblems(glossaries: readonly Glossary[]): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const buckets = new Map<string, Rule[]>();
  const several = new Set(glossaries.map((g) => g.file)).size > 1;
  const label = (entry: ProblemEntry): string => (several ? `${baseName(entry.glossary)} line ${entry.line}` : `line ${entry.line}`);
  let rank = 0;
  for (const glossary of glossaries) {
    for (const entry of glossary.entries) {
      const pattern = normaliseSource(entry.source);
      const caseSensitive = entry.caseSensitive ?? hasUppercase(pattern);
      const base: ProblemEntry = { entry, glossary: glossary.file, line: entry.line, caseSensitive, shadowed: false };
      if (pattern === '') {
        problems.push({ kind: 'never-matches', entries: [base], message: `${label(base)}: the source is empty once spaces are trimmed, so it can never match` });
        continue;
      }
      // Keep entries take part: a rule they overlap never applies where they stand.
      if (!isReplacementRule(entry) && !isKeepEntry(entry)) continue;
      // The engine's own canonical form, case folded: what it compares text with.
      const key = canonicalString(pattern, FOLDED);
      const rule: Rule = { ...base, pattern, rank: rank++ };
      const bucket = buckets.get(key);
      if (bucket) bucket.push(rule);
      else buckets.set(key, [rule]);
    }
  }

  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const overlap = (a: Rule, b: Rule): boolean => !a.caseSensitive || !b.caseSensitive || a.pattern === b.pattern;
    const covers = (earlier: Rule, later: Rule): boolean =>
      !earlier.caseSensitive || (later.caseSensitive && earlier.pattern === later.pattern);
    const involved = new Set<Rule>();
    bucket.forEach((rule, k) => {
      const shadow = bucket.slice(0, k).find((earlier) => covers(earlier, rule));
      if (shadow) {
        rule.shadowed = true;
        if (shadow.entry.target === rule.entry.target) {
          problems.push({
            kind: 'repeated-entry',
            entries: [strip(shadow), strip(rule)],
            message: `${label(rule)} repeats ${label(shadow)} (“${rule.entry.source} → ${rule.entry.target}”): it is never applied and can go`,
          });
        }
      }
      for (const earlier of bucket.slice(0, k)) {
        if (overlap(earlier, rule) && earlier.entry.target !== rule.entry.target) {
          involved.add(earlier);
          involved.add(rule);
        }
      }
    });
    if (involved.size === 0) continue;
    const entries = bucket.filter((rule) => involved.has(rule));
    const keep = entries.find((rule) => isKeepEntry(rule.entry));
    // A keep entry protects its text whatever the priority; otherwise the first rule wins.
    const winner = keep ?? entries[0]!;
    const others = entries.filter((rule) => rule !== winner).map((rule) => `${label(rule)} “${rule.entry.source} → ${rule.entry.target}”`);
    problems.push({
      kind: 'conflicting-targets',
      entries: entries.map(strip),
      message: keep
        ? `“${keep.entry.source}” has different targets: ${label(keep)} keeps it as it is, so ${others.join(' or ')} never applies`
        : `“${winner.entry.source}” has different targets: where they overlap, ${label(winner)} “${winner.entry.source} → ${winner.entry.target}” is applied, never ${others.join(' or ')}`,
    });
  }
  return problems.sort((a, b) => order(a) - order(b));

  function order(problem: GlossaryProblem): number {
    const first = problem.entries[0]!;
    const glossaryIndex = glossaries.findIndex((g) => g.file === first.glossary);
    return glossaryIndex * 1e9 + first.line;
  }
}

/** Target = source: the entry protects its text and changes nothing. */
function isKeepEntry(entry: GlossaryEntry): boolean {
  return entry.target !== undefined && !entry.forbidden && normaliseSource(entry.target) === normaliseSource(entry.source);
}

function strip(rule: Rule): ProblemEntry {
  return { entry: rule.entry, glossary: rule.glossary, line: rule.line, caseSensitive: rule.caseSensitive, shadowed: rule.shadowed };
}
