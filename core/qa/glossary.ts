// Glossary sources still present in the text, found by the glossary engine so QA and the
// replacement pass agree on what matches (case rules, word boundaries, line breaks inside
// a term). A replacement rule's source still there means a correction was not made; a term
// without a target is one the glossary asks a reviewer to look at; a forbidden term must go.
import { compileGlossaries, findMatches, findTermHits } from '../engine/index.js';
import type { Glossary } from '../types.js';
import { checkGlossaryCycles } from './glossary-cycles.js';
import type { QaIssue } from './types.js';

export function checkGlossaries(text: string, glossaries: readonly Glossary[], paragraphAt: (offset: number) => number, language?: string): QaIssue[] {
  const compiled = compileGlossaries(glossaries, { language });
  const issues: QaIssue[] = checkGlossaryCycles(text, compiled, paragraphAt);
  for (const change of findMatches(compiled, text)) {
    issues.push({
      check: 'glossary-term',
      severity: 'warning',
      start: change.start,
      end: change.end,
      paragraph: paragraphAt(change.start),
      message: `"${change.from}" should read "${change.to}" (${change.glossary}:${change.line})${noteOf(change.note)}`,
    });
  }
  for (const hit of findTermHits(compiled, text)) {
    const { entry } = hit;
    if (!entry.forbidden && entry.target !== undefined) continue;
    const where = `${hit.glossary}:${entry.line}`;
    issues.push({
      check: entry.forbidden ? 'forbidden-term' : 'glossary-term',
      severity: entry.forbidden ? 'error' : 'info',
      start: hit.start,
      end: hit.end,
      paragraph: paragraphAt(hit.start),
      message: entry.forbidden
        ? `Forbidden term "${hit.from}" (${where})${noteOf(entry.note)}`
        : `Glossary term "${hit.from}" flagged for review (${where})${noteOf(entry.note)}`,
    });
  }
  return issues;
}

function noteOf(note: string | undefined): string {
  return note ? `: ${note}` : '';
}
