// "Show hits in this article" for the glossary manager: where an entry's source is found
// in a text. Both views come from the engine's own matcher, never a second one.

import { compileGlossaries, findTermHits, type CompiledGlossaries, type TermHit } from '../engine';
import type { GlossaryEntry } from '../types';

/**
 * The hits of every entry, as the engine finds terms among all the loaded entries
 * (leftmost-longest, so an entry inside a longer one's hit has no hit there). Entries
 * without hits are absent. Keyed by the entry objects of the compiled glossaries.
 */
export function hitsByEntry(compiled: CompiledGlossaries, text: string): Map<GlossaryEntry, TermHit[]> {
  const hits = new Map<GlossaryEntry, TermHit[]>();
  for (const hit of findTermHits(compiled, text)) {
    const list = hits.get(hit.entry);
    if (list) list.push(hit);
    else hits.set(hit.entry, [hit]);
  }
  return hits;
}

/**
 * Every place one entry's source is written in `text`, whatever other entries say. The
 * source is looked up as a term (no target), so a keep entry (target = source) and a rule
 * whose own target surrounds a hit show where their source stands too.
 */
export function hitsOfEntry(entry: GlossaryEntry, glossaryFile: string, text: string): TermHit[] {
  const term: GlossaryEntry = { source: entry.source, line: entry.line, ...(entry.caseSensitive !== undefined ? { caseSensitive: entry.caseSensitive } : {}) };
  const compiled = compileGlossaries([{ name: glossaryFile, file: glossaryFile, format: 'tsv', entries: [term] }]);
  return findTermHits(compiled, text).map((hit) => ({ ...hit, entry }));
}
