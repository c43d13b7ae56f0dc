// The review report: a self-contained, printable HTML page with the summary (HTER, words
// changed, glossary replacements by term, QA issues) and the redline of the MT against the
// post-edit, one aligned paragraph group at a time. No scripts, no external resources.
import { baseName } from '../glossary/load-glossary';
import type { QaIssue } from '../qa/types';
import { precisionNotes, type DiffGroup } from '../review/article-diff';
import type { HterParagraph } from '../review/hter';
import { splitParagraphs } from '../text/paragraphs';
import { encodeUtf8 } from '../text/decode';
import { escapeHtml } from './escape-html';
import { REPORT_CSS } from './report-style';
import { buildReviewSummary, type ReviewSummary } from './summary';
import type { ExportInput } from './types';

/** Characters of context shown on each side of a QA issue. */
const EXCERPT_CONTEXT = 30;

export function renderReport(input: ExportInput, summary: ReviewSummary = buildReviewSummary(input)): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(summary.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Glossa">',
    `<title>${escapeHtml(`Post-edit review: ${summary.title}`)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Post-edit review</h1>',
    `<p class="meta">${escapeHtml(summary.title)}</p>`,
    '</header>',
    renderSummary(summary),
    renderChangeGroups(summary),
    renderQa(input.postEdit, summary.qa),
    summary.diff !== undefined ? renderRedline(summary) : renderPlainText(input.postEdit),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function exportReport(input: ExportInput, summary?: ReviewSummary): Uint8Array {
  return encodeUtf8(renderReport(input, summary));
}

/** A percentage as the report prints it: two decimals, as sacreBLEU does. */
export function formatPercent(value: number): string {
  return value.toFixed(2);
}

function figure(label: string, value: string, detail: string): string {
  return `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}<small>${escapeHtml(detail)}</small></dd></div>`;
}

function renderSummary(summary: ReviewSummary): string {
  const { counts, hter } = summary;
  const figures = [
    hter !== undefined
      ? figure('HTER', `${formatPercent(hter.ter)} %`, `${hter.edits} edits / ${hter.refWords} reference words (TER tokens)`)
      : figure('HTER', '—', 'no MT given'),
    counts.changedWords !== null
      ? figure('Words changed', String(counts.changedWords), `of ${counts.words} post-edit words; ${counts.deletedWords ?? 0} MT words removed or replaced`)
      : figure('Words', String(counts.words), `${counts.paragraphs} paragraphs`),
    figure('Glossary replacements', String(counts.glossaryChanges), `${summary.changeGroups.length} term${summary.changeGroups.length === 1 ? '' : 's'}`),
    figure('QA', `${counts.qaErrors} error${counts.qaErrors === 1 ? '' : 's'}`, `${counts.qaWarnings} warning${counts.qaWarnings === 1 ? '' : 's'}, ${summary.qa.length} issue${summary.qa.length === 1 ? '' : 's'} in all`),
  ];
  // Where a paragraph was too long and too different to compare word by word, say so.
  const notes = summary.diff !== undefined ? precisionNotes(summary.diff.groups, summary.hter?.paragraphs) : [];
  return [
    '<section class="summary">',
    '<h2>Summary</h2>',
    `<dl class="figures">${figures.join('')}</dl>`,
    ...notes.map((note) => `<p class="legend precision">Note: ${escapeHtml(note)}.</p>`),
    '</section>',
  ].join('\n');
}

function renderChangeGroups(summary: ReviewSummary): string {
  const lines = ['<section class="glossary">', '<h3>Glossary replacements by term</h3>'];
  if (summary.changeGroups.length === 0) {
    lines.push('<p class="empty">No glossary replacements.</p>');
  } else {
    lines.push('<table>', '<thead><tr><th>Term</th><th>Replaced by</th><th class="number">Count</th><th>Glossary</th></tr></thead>', '<tbody>');
    for (const group of summary.changeGroups) {
      const note = group.note !== undefined ? `<br><small>${escapeHtml(group.note)}</small>` : '';
      lines.push(
        `<tr><td>${escapeHtml(group.source)}</td><td>${group.targets.map(escapeHtml).join(', ')}${note}</td>` +
          `<td class="number">${group.count}</td><td title="${escapeHtml(group.glossary)}">${escapeHtml(`${baseName(group.glossary)}:${group.line}`)}</td></tr>`,
      );
    }
    lines.push('</tbody>', '</table>');
  }
  lines.push('</section>');
  return lines.join('\n');
}

function renderQa(postEdit: string, issues: readonly QaIssue[]): string {
  const lines = ['<section class="qa">', '<h3>QA issues</h3>'];
  if (issues.length === 0) {
    lines.push('<p class="empty">No QA issues.</p>');
  } else {
    lines.push('<table>', '<thead><tr><th>Severity</th><th>Check</th><th class="number">¶</th><th>Where</th><th>Issue</th></tr></thead>', '<tbody>');
    for (const issue of issues) {
      lines.push(
        `<tr><td class="severity-${escapeHtml(issue.severity)}">${escapeHtml(issue.severity)}</td><td>${escapeHtml(issue.check)}</td>` +
          `<td class="number">${issue.paragraph + 1}</td><td>${excerpt(postEdit, issue.start, issue.end)}</td><td>${escapeHtml(issue.message)}</td></tr>`,
      );
    }
    lines.push('</tbody>', '</table>');
  }
  lines.push('</section>');
  return lines.join('\n');
}

/** The issue's span marked, with a little context, on one line. A long span (an issue
 *  about a whole paragraph) shows its start and end only: a report of a 10 MB paragraph
 *  would otherwise copy it once per issue. */
function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const to = Math.min(text.length, end + EXCERPT_CONTEXT);
  const oneLine = (part: string) => escapeHtml(part.replace(/\s+/g, ' '));
  const marked = end - start > 4 * EXCERPT_CONTEXT
    ? `${oneLine(text.slice(start, start + 2 * EXCERPT_CONTEXT))} … ${oneLine(text.slice(end - 2 * EXCERPT_CONTEXT, end))}`
    : oneLine(text.slice(start, end));
  return `${from > 0 ? '…' : ''}${oneLine(text.slice(from, start))}<mark>${marked}</mark>${oneLine(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}

function renderRedline(summary: ReviewSummary): string {
  const diff = summary.diff!;
  const lines = [
    '<section class="redline">',
    '<h2>Redline: MT against post-edit</h2>',
    '<p class="legend"><del>removed from the MT</del> <ins>written by the editor</ins></p>',
  ];
  diff.groups.forEach((group, index) => {
    lines.push(renderGroup(group, summary.hter?.paragraphs[index]));
  });
  lines.push('</section>');
  return lines.join('\n');
}

function renderGroup(group: DiffGroup, hter: HterParagraph | undefined): string {
  const label = `MT ${paragraphNumbers(group.mt)} → post-edit ${paragraphNumbers(group.pe)}` +
    (group.changed && hter !== undefined ? ` · TER ${hter.estimated ? '≈ ' : ''}${formatPercent(hter.ter)} %${hter.estimated ? ' (estimated)' : ''}` : '') +
    (group.coarse === 'sentences' ? ' · compared by sentence' : group.coarse === 'whole' ? ' · replaced whole' : '');
  const body = trimSegments(group.ops.map((op) => ({ type: op.type, text: op.text })))
    .map((segment) => {
      const text = escapeHtml(segment.text);
      if (segment.type === 'delete') return `<del>${text}</del>`;
      if (segment.type === 'insert') return `<ins>${text}</ins>`;
      return text;
    })
    .join('');
  return `<div class="group ${group.changed ? 'changed' : 'unchanged'}"><div class="label">${escapeHtml(label)}</div><p>${body}</p></div>`;
}

/** "¶3", "¶3–4", or "—" for a paragraph added or removed outright. */
function paragraphNumbers(indices: readonly number[]): string {
  if (indices.length === 0) return '—';
  const first = (indices[0] as number) + 1;
  const last = (indices[indices.length - 1] as number) + 1;
  return first === last ? `¶${first}` : `¶${first}–${last}`;
}

interface Segment {
  type: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A group's ops start with the blank lines separating it from the previous group (and the
 *  last one ends with the text's tail): drop that outer whitespace, keep everything inside. */
function trimSegments(segments: Segment[]): Segment[] {
  const result = segments.map((segment) => ({ ...segment }));
  while (result.length > 0 && (result[0] as Segment).text.trimStart() === '') result.shift();
  if (result[0]) result[0].text = result[0].text.trimStart();
  while (result.length > 0 && (result[result.length - 1] as Segment).text.trimEnd() === '') result.pop();
  const last = result[result.length - 1];
  if (last) last.text = last.text.trimEnd();
  return result;
}

function renderPlainText(postEdit: string): string {
  const lines = ['<section class="redline">', '<h2>Post-edit</h2>', '<p class="legend">No MT was given, so there is no redline.</p>'];
  for (const paragraph of splitParagraphs(postEdit)) {
    lines.push(`<div class="group unchanged"><div class="label">¶${paragraph.index + 1}</div><p>${escapeHtml(paragraph.text)}</p></div>`);
  }
  lines.push('</section>');
  return lines.join('\n');
}
