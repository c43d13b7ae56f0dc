// How the QA panel orders and words core/qa's issues: errors first, then warnings, then
// notes, each in text order; glossary corrections not yet applied counted in one entry
// (the suggestions panel lists them); check ids in words; a short excerpt of the text
// around the span. Pure, so it is unit-tested without a window.
import type { QaCheckId, QaIssue, QaSeverity } from '../../core/qa/types';

export const SEVERITIES: readonly QaSeverity[] = ['error', 'warning', 'info'];

const CHECK_LABELS: Record<QaCheckId, string> = {
  'unpaired-quote': 'Unpaired quote',
  'unpaired-bracket': 'Unpaired bracket',
  'double-space': 'Double space',
  'space-before-punctuation': 'Space before punctuation',
  'repeated-word': 'Repeated word',
  untranslated: 'Untranslated text',
  'glossary-term': 'Glossary term',
  'glossary-cycle': 'Glossary cycle',
  'forbidden-term': 'Forbidden term',
  'number-mismatch': 'Number mismatch',
  'term-missing': 'Term missing',
  spelling: 'Spelling',
};

const SEVERITY_NAMES: Record<QaSeverity, { one: string; many: string; label: string }> = {
  error: { one: 'error', many: 'errors', label: 'Error' },
  warning: { one: 'warning', many: 'warnings', label: 'Warning' },
  info: { one: 'note', many: 'notes', label: 'Note' },
};

/** "unpaired-quote" → "Unpaired quote"; an id added to core later still reads as words. */
export function checkLabel(check: QaCheckId): string {
  const known = CHECK_LABELS[check] as string | undefined;
  if (known) return known;
  const words = String(check).replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function severityLabel(severity: QaSeverity): string {
  return SEVERITY_NAMES[severity].label;
}

/** "1 error", "12 warnings", "3 notes". */
export function severityCount(severity: QaSeverity, count: number): string {
  const names = SEVERITY_NAMES[severity];
  return `${count.toLocaleString()} ${count === 1 ? names.one : names.many}`;
}

export function countBySeverity(issues: readonly QaIssue[]): Record<QaSeverity, number> {
  const counts: Record<QaSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

/** "2 errors, 13 warnings" (zero counts left out), or "No issues found". */
export function describeCounts(counts: Record<QaSeverity, number>): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => severityCount(s, counts[s]));
  return parts.length > 0 ? parts.join(', ') : 'No issues found';
}

/** A replacement rule's source still in the text: a pending suggestion, listed (and
 *  marked in the editor) by the suggestions panel already. */
export function isPendingCorrection(issue: Pick<QaIssue, 'check' | 'severity'>): boolean {
  return issue.check === 'glossary-term' && issue.severity === 'warning';
}

export type PanelEntry =
  | { kind: 'issue'; issue: QaIssue }
  /** How many glossary corrections are still to apply (one entry for all of them). */
  | { kind: 'pending-corrections'; count: number };

/**
 * What the QA panel lists, in order: errors, then warnings, then notes, in text order
 * (the order core gives) within each; the pending glossary corrections as one entry at
 * the head of the warnings.
 */
export function panelEntries(issues: readonly QaIssue[]): PanelEntry[] {
  const rank = (issue: QaIssue) => SEVERITIES.indexOf(issue.severity);
  const pending = issues.filter(isPendingCorrection).length;
  // Array.prototype.sort is stable: equal ranks keep core's text order.
  const listed = issues.filter((issue) => !isPendingCorrection(issue)).sort((a, b) => rank(a) - rank(b));
  const entries: PanelEntry[] = listed.map((issue) => ({ kind: 'issue', issue }));
  if (pending > 0) {
    const firstBelowErrors = listed.findIndex((issue) => issue.severity !== 'error');
    entries.splice(firstBelowErrors < 0 ? entries.length : firstBelowErrors, 0, { kind: 'pending-corrections', count: pending });
  }
  return entries;
}

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/**
 * The flagged span with a few words either side, on one line: enough to recognise the
 * place ("…reports correspondent⟦ .⟧"), short enough for a list row. A long span (a whole
 * untranslated paragraph) is cut in its middle.
 */
export function excerptAround(text: string, start: number, end: number, context = 28, maxMatch = 60): Excerpt {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  let match = oneLine(text.slice(start, end));
  if (match.length > maxMatch) {
    const half = Math.floor((maxMatch - 1) / 2);
    match = `${match.slice(0, half).trimEnd()}…${match.slice(match.length - half).trimStart()}`;
  }
  const lineStart = Math.max(lastBreak(text, start), start - context);
  const lineEnd = Math.min(nextBreak(text, end), end + context);
  let before = oneLine(text.slice(lineStart, start));
  let after = oneLine(text.slice(end, lineEnd));
  // Cut at a word boundary so the excerpt does not start or end mid-word.
  if (lineStart > 0 && lineStart === start - context) before = `…${before.replace(/^\S*\s?/, '')}`;
  if (lineEnd < text.length && lineEnd === end + context) after = `${after.replace(/\s?\S*$/, '')}…`;
  return { before, match, after };
}

/** Offset just after the last paragraph break before `offset` (0 if none). */
function lastBreak(text: string, offset: number): number {
  const found = text.lastIndexOf('\n', offset - 1);
  return found < 0 ? 0 : found + 1;
}

function nextBreak(text: string, offset: number): number {
  const found = text.indexOf('\n', offset);
  return found < 0 ? text.length : found;
}
