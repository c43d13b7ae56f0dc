// A cycle of rules (A → B, B → A, or longer) cannot resolve: the engine leaves its terms
// alone. QA says so once per cycle, where one of its terms first appears in the text (or
// at the start, when none does), so a reviewer knows why those terms were not corrected.
import { compileGlossaries, describeCycle, findTermHits, type CompiledGlossaries } from '../engine/index.js';
import type { QaIssue } from './types.js';

export function checkGlossaryCycles(text: string, compiled: CompiledGlossaries, paragraphAt: (offset: number) => number): QaIssue[] {
  return compiled.cycles.map((cycle) => {
    // The members' sources as plain terms: found with the matching rules, never protected.
    const terms = compileGlossaries([
      { name: 'cycle', file: 'cycle', format: 'tsv', entries: cycle.members.map(({ source, line }) => ({ source, line })) },
    ]);
    const hit = findTermHits(terms, text)[0];
    const start = hit?.start ?? 0;
    const description = describeCycle(cycle);
    return {
      check: 'glossary-cycle',
      severity: 'warning',
      start,
      end: hit?.end ?? 0,
      paragraph: paragraphAt(start),
      message: description.charAt(0).toUpperCase() + description.slice(1),
    };
  });
}
