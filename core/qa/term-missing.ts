// The bilingual term check (Xbench's and memoQ's): where a source paragraph contains a
// glossary's source-language term, the aligned post-edit paragraph must contain the term's
// target. Both lookups go through the glossary engine, so its matching rules hold on both
// sides (word boundaries, whitespace runs, line breaks inside a term). The target is looked
// for in any case unless the entry is marked case-sensitive: a headline in capitals or a
// sentence-initial capital still carries the term.
import { compileGlossaries, findTermHits } from '../engine/index.js';
import type { SourceAlignmentGroup } from '../review/align-source.js';
import type { Paragraph } from '../text/paragraphs.js';
import type { Glossary, GlossaryEntry } from '../types.js';
import { paragraphLabel } from './paragraph-label.js';
import type { QaIssue } from './types.js';

export interface AlignedTexts {
  text: string;
  paragraphs: readonly Paragraph[];
}

/** `glossaries` hold source-language entries only (see sourceLanguageGlossaries);
 *  `groups` pair source paragraphs (`source`) with post-edit paragraphs (`target`). */
export function checkTermsAgainstSource(
  source: AlignedTexts,
  postEdit: AlignedTexts,
  groups: readonly SourceAlignmentGroup[],
  glossaries: readonly Glossary[],
): QaIssue[] {
  if (glossaries.length === 0) return [];
  const hits = findTermHits(compileGlossaries(glossaries), source.text);
  if (hits.length === 0) return [];
  const glossaryOfEntry = new Map<GlossaryEntry, Glossary>();
  for (const glossary of glossaries) for (const entry of glossary.entries) glossaryOfEntry.set(entry, glossary);

  const groupOfSourceParagraph = new Map<number, SourceAlignmentGroup>();
  for (const group of groups) for (const index of group.source) groupOfSourceParagraph.set(index, group);

  const issues: QaIssue[] = [];
  const reported = new Set<string>();
  let paragraph = 0;
  for (const hit of hits) {
    while (paragraph < source.paragraphs.length - 1 && source.paragraphs[paragraph]!.end <= hit.start) paragraph++;
    const group = groupOfSourceParagraph.get(paragraph);
    if (!group || group.target.length === 0) continue; // nothing translated here to check
    const glossary = glossaryOfEntry.get(hit.entry)!;
    const key = `${group.source[0]}\u0000${glossary.file}\u0000${hit.entry.line}`;
    if (reported.has(key)) continue;
    const first = postEdit.paragraphs[group.target[0]!]!;
    const last = postEdit.paragraphs[group.target[group.target.length - 1]!]!;
    const translated = postEdit.text.slice(first.start, last.end);
    const targets = targetGlossary(glossary, hit.entry);
    if (findTermHits(compileGlossaries([targets]), translated).length > 0) continue;
    reported.add(key);
    const expected = targets.entries.map((entry) => `"${entry.source}"`).join(' or ');
    issues.push({
      check: 'term-missing',
      severity: 'warning',
      start: first.start,
      end: last.end,
      paragraph: first.index,
      message:
        `Source term "${hit.from}" (source ${paragraphLabel(group.source)}) should be translated ${expected}, ` +
        `not found in post-edit ${paragraphLabel(group.target)} (${hit.glossary}:${hit.entry.line})`,
      sourceSpan: { start: hit.start, end: hit.end, paragraph },
    });
  }
  return issues;
}

// The targets an entry accepts, as a glossary whose sources are those targets: the
// entry's own, and those of the glossary's other entries for the same source term
// (synonyms listed on separate lines). Built once per entry: loaded glossaries never
// change, so the engine's compile cache keeps working across QA runs.
const targetGlossaries = new WeakMap<GlossaryEntry, Glossary>();
const entriesBySource = new WeakMap<Glossary, Map<string, GlossaryEntry[]>>();

function targetGlossary(glossary: Glossary, entry: GlossaryEntry): Glossary {
  let found = targetGlossaries.get(entry);
  if (found) return found;
  const targets = new Map<string, GlossaryEntry>();
  for (const other of sameSourceEntries(glossary, entry)) {
    const target = other.target?.trim() ?? '';
    if (target === '' || other.forbidden || targets.has(target)) continue;
    // A term without a target: the engine finds it wherever it is written (an entry whose
    // target were its source would be a keep entry, which only protects).
    targets.set(target, { source: target, caseSensitive: entry.caseSensitive === true, line: other.line });
  }
  found = { name: glossary.name, file: glossary.file, format: glossary.format, entries: [...targets.values()] };
  targetGlossaries.set(entry, found);
  return found;
}

function sameSourceEntries(glossary: Glossary, entry: GlossaryEntry): readonly GlossaryEntry[] {
  let index = entriesBySource.get(glossary);
  if (!index) {
    index = new Map();
    for (const other of glossary.entries) {
      const key = sourceKey(other);
      const list = index.get(key);
      if (list) list.push(other);
      else index.set(key, [other]);
    }
    entriesBySource.set(glossary, index);
  }
  return index.get(sourceKey(entry)) ?? [entry];
}

function sourceKey(entry: GlossaryEntry): string {
  return entry.source.trim().replace(/\s+/g, ' ').toLowerCase();
}
