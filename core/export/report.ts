// The review report: a self-contained, printable HTML page with the summary (HTER, words
// changed, glossary replacements by term, QA issues) and the redline of the MT against the
// post-edit, one aligned paragraph group at a time. No scripts, no external resources.
import { baseName } from '../glossary/load-glossary';
import { detectLanguage } from '../language/detect';
import type { QaIssue } from '../qa/types';
import { alignSourceParagraphs } from '../review/align-source';
import { composeAlignment, mtPeGroupsByGroup } from '../review/align-three';
import { precisionNotes, type DiffGroup } from '../review/article-diff';
import type { HterParagraph } from '../review/hter';
import { trimOuterWhitespace } from '../review/trim-ops';
import { splitParagraphs, type Paragraph } from '../text/paragraphs';
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
    renderEffort(summary),
    renderChangeGroups(summary),
    renderSkipped(summary),
    renderQa(input.postEdit, summary.qa),
    renderIgnoredQa(input.postEdit, summary.qaIgnored),
    summary.diff !== undefined ? renderRedline(summary, sourceOf(input)) : renderPlainText(input.postEdit, sourceOf(input), summary.language),
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
    figure(
      'Glossary replacements',
      String(counts.glossaryChanges),
      `${summary.changeGroups.length} term${summary.changeGroups.length === 1 ? '' : 's'}` +
        (counts.skippedSuggestions > 0 ? `; ${counts.skippedSuggestions} suggestion${counts.skippedSuggestions === 1 ? '' : 's'} skipped by the editor` : ''),
    ),
    figure('QA', `${counts.qaErrors} error${counts.qaErrors === 1 ? '' : 's'}`, `${counts.qaWarnings} warning${counts.qaWarnings === 1 ? '' : 's'}, ${summary.qa.length} issue${summary.qa.length === 1 ? '' : 's'} in all`),
  ];
  const effort = summary.effort;
  if (effort !== undefined) {
    figures.push(
      figure(
        'Editing time',
        formatDuration(effort.activeSeconds),
        `${effort.keystrokes} keystroke${effort.keystrokes === 1 ? '' : 's'}` +
          (effort.secondsPerWord !== null ? `; ${effort.secondsPerWord.toFixed(2)} s per word` : '') +
          (effort.confirmed !== undefined ? `; ${effort.confirmed.confirmed} of ${effort.confirmed.total} paragraphs confirmed` : ''),
      ),
    );
  }
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

/** Active editing time as people read it: "45 s", "12 min 05 s", "1 h 02 min". */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * Editing effort as PET and MateCat report it: active time, keystrokes and seconds per
 * word for each paragraph the editor worked on, beside its TER and whether it was
 * confirmed. Paragraphs nobody touched are counted, not listed.
 */
function renderEffort(summary: ReviewSummary): string {
  const effort = summary.effort;
  if (effort === undefined) return '';
  const worked = effort.paragraphs.filter((p) => p.activeSeconds > 0 || p.keystrokes > 0);
  const lines = ['<section class="effort">', '<h3>Editing effort by paragraph</h3>'];
  if (worked.length === 0) {
    lines.push('<p class="empty">No editing time or keystrokes recorded.</p>');
  } else {
    const hasTer = worked.some((p) => p.ter !== undefined);
    const hasConfirmed = effort.confirmed !== undefined;
    lines.push(
      '<table>',
      '<thead><tr><th class="number">¶</th><th class="number">Words</th><th class="number">Active time</th><th class="number">Keystrokes</th><th class="number">s / word</th>' +
        (hasTer ? '<th class="number">TER</th>' : '') +
        (hasConfirmed ? '<th>Confirmed</th>' : '') +
        '</tr></thead>',
      '<tbody>',
    );
    for (const p of worked) {
      lines.push(
        `<tr><td class="number">${p.paragraph + 1}</td><td class="number">${p.words}</td><td class="number">${escapeHtml(formatDuration(p.activeSeconds))}</td>` +
          `<td class="number">${p.keystrokes}</td><td class="number">${p.secondsPerWord !== null ? p.secondsPerWord.toFixed(2) : '—'}</td>` +
          (hasTer ? `<td class="number">${p.ter !== undefined ? `${formatPercent(p.ter)} %` : '—'}</td>` : '') +
          (hasConfirmed ? `<td>${p.confirmed ? 'yes' : 'no'}</td>` : '') +
          '</tr>',
      );
    }
    lines.push('</tbody>', '</table>');
  }
  const untouched = effort.paragraphs.length - worked.length;
  const notes: string[] = [];
  if (untouched > 0 && worked.length > 0) notes.push(`${untouched} paragraph${untouched === 1 ? '' : 's'} without editing time or keystrokes not listed.`);
  if (effort.removed.activeSeconds > 0 || effort.removed.keystrokes > 0) {
    notes.push(`${formatDuration(effort.removed.activeSeconds)} and ${effort.removed.keystrokes} keystroke${effort.removed.keystrokes === 1 ? '' : 's'} went into paragraphs since deleted (counted in the totals).`);
  }
  if (notes.length > 0) lines.push(`<p class="legend">${escapeHtml(notes.join(' '))}</p>`);
  lines.push('</section>');
  return lines.join('\n');
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

/** Suggestions the editor looked at and chose not to apply: decisions, not warnings. */
function renderSkipped(summary: ReviewSummary): string {
  if (summary.skippedGroups.length === 0) return '';
  const lines = [
    '<section class="skipped">',
    '<h3>Suggestions skipped by the editor</h3>',
    '<table>',
    '<thead><tr><th>Term</th><th>Suggested</th><th class="number">Count</th><th>Glossary</th></tr></thead>',
    '<tbody>',
  ];
  for (const group of summary.skippedGroups) {
    lines.push(
      `<tr><td>${escapeHtml(group.source)}</td><td>${group.targets.map(escapeHtml).join(', ')}</td>` +
        `<td class="number">${group.count}</td><td title="${escapeHtml(group.glossary)}">${escapeHtml(`${baseName(group.glossary)}:${group.line}`)}</td></tr>`,
    );
  }
  lines.push('</tbody>', '</table>', '</section>');
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

/** QA issues the editor looked at and chose to ignore: decisions, kept apart from the
 *  issues above (which they are not counted among). */
function renderIgnoredQa(postEdit: string, issues: readonly QaIssue[]): string {
  if (issues.length === 0) return '';
  const lines = [
    '<section class="qa-ignored">',
    '<h3>QA issues ignored by the editor</h3>',
    '<table>',
    '<thead><tr><th>Severity</th><th>Check</th><th class="number">¶</th><th>Where</th><th>Issue</th></tr></thead>',
    '<tbody>',
  ];
  for (const issue of issues) {
    lines.push(
      `<tr><td>${escapeHtml(issue.severity)}</td><td>${escapeHtml(issue.check)}</td>` +
        `<td class="number">${issue.paragraph + 1}</td><td>${excerpt(postEdit, issue.start, issue.end)}</td><td>${escapeHtml(issue.message)}</td></tr>`,
    );
  }
  lines.push('</tbody>', '</table>', '</section>');
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

function renderRedline(summary: ReviewSummary, source: ReportSource | undefined): string {
  const diff = summary.diff!;
  const lines = [
    '<section class="redline">',
    '<h2>Redline: MT against post-edit</h2>',
    source === undefined
      ? '<p class="legend"><del>removed from the MT</del> <ins>written by the editor</ins></p>'
      : '<p class="legend"><span class="source-key">source paragraph</span> above each redline: <del>removed from the MT</del> <ins>written by the editor</ins></p>',
  ];
  if (source === undefined) {
    diff.groups.forEach((group, index) => {
      lines.push(renderGroup(group, summary.hter?.paragraphs[index]));
    });
  } else {
    // The source is aligned with the MT (by length: other language) and composed with the
    // redline's own MT–post-edit groups, so each source paragraph heads its redline.
    const texts = (paragraphs: readonly Paragraph[]) => paragraphs.map((paragraph) => paragraph.text);
    const sourceMt = alignSourceParagraphs(texts(source.paragraphs), texts(diff.mtParagraphs), { source: source.language, target: summary.language });
    const groups = composeAlignment(sourceMt, diff.groups);
    mtPeGroupsByGroup(groups, diff.groups).forEach((held, k) => {
      lines.push(renderSourceBlock(source, groups[k]!.source));
      for (const index of held) lines.push(renderGroup(diff.groups[index]!, summary.hter?.paragraphs[index]));
    });
  }
  lines.push('</section>');
  return lines.join('\n');
}

interface ReportSource {
  paragraphs: Paragraph[];
  /** ISO 639-1 (or 639-3 when it has none): the blocks' lang attribute. */
  language: string;
}

function sourceOf(input: ExportInput): ReportSource | undefined {
  if (input.source === undefined) return undefined;
  const detected = input.sourceLanguage === undefined ? detectLanguage(input.source) : undefined;
  const language = input.sourceLanguage ?? detected?.iso6391 ?? detected?.language ?? 'und';
  return { paragraphs: splitParagraphs(input.source), language };
}

/** The source paragraphs heading a redline group ("Source ¶3"); none: the MT and the
 *  post-edit have a paragraph the source lacks. */
function renderSourceBlock(source: ReportSource, indices: readonly number[]): string {
  const text = indices.map((index) => source.paragraphs[index]!.text).join('\n\n');
  const body = indices.length > 0 ? `<p lang="${escapeHtml(source.language)}">${escapeHtml(text)}</p>` : '<p class="empty">Not in the source.</p>';
  return `<div class="source"><div class="label">${escapeHtml(`Source ${paragraphNumbers(indices)}`)}</div>${body}</div>`;
}

function renderGroup(group: DiffGroup, hter: HterParagraph | undefined): string {
  const label = `MT ${paragraphNumbers(group.mt)} → post-edit ${paragraphNumbers(group.pe)}` +
    (group.changed && hter !== undefined ? ` · TER ${hter.estimated ? '≈ ' : ''}${formatPercent(hter.ter)} %${hter.estimated ? ' (estimated)' : ''}` : '') +
    (group.coarse === 'sentences' ? ' · compared by sentence' : group.coarse === 'whole' ? ' · replaced whole' : '');
  const body = trimOuterWhitespace(group.ops)
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

function renderPlainText(postEdit: string, source: ReportSource | undefined, language: string): string {
  const lines = ['<section class="redline">', '<h2>Post-edit</h2>', '<p class="legend">No MT was given, so there is no redline.</p>'];
  const paragraphs = splitParagraphs(postEdit);
  const renderParagraph = (paragraph: Paragraph): string =>
    `<div class="group unchanged"><div class="label">¶${paragraph.index + 1}</div><p>${escapeHtml(paragraph.text)}</p></div>`;
  if (source === undefined) {
    for (const paragraph of paragraphs) lines.push(renderParagraph(paragraph));
  } else {
    const texts = (list: readonly Paragraph[]) => list.map((paragraph) => paragraph.text);
    for (const group of alignSourceParagraphs(texts(source.paragraphs), texts(paragraphs), { source: source.language, target: language })) {
      lines.push(renderSourceBlock(source, group.source));
      for (const index of group.target) lines.push(renderParagraph(paragraphs[index]!));
    }
  }
  lines.push('</section>');
  return lines.join('\n');
}
