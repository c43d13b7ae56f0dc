// Export of a post-edited article in every format Glossa writes. Pure: texts in,
// Uint8Array out, usable from the CLI, the batch workers, the renderer and a Web Worker.
import { exportDocx } from './docx';
import { exportHtml } from './html';
import { exportJson } from './json';
import { exportMarkdown } from './md';
import { exportReport } from './report';
import { exportTxt } from './txt';
import type { ExportFormat, ExportFormatId, ExportInput } from './types';

export type { ExportFormat, ExportFormatId, ExportInput, Exporter } from './types';
export { buildReviewSummary, type ReviewSummary, type ChangeGroup, type ArticleCounts } from './summary';
export { renderReport } from './report';
export { exportDocument } from './json';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'txt', label: 'Plain text', extension: 'txt', mimeType: 'text/plain;charset=utf-8', export: exportTxt },
  { id: 'md', label: 'Markdown', extension: 'md', mimeType: 'text/markdown;charset=utf-8', export: exportMarkdown },
  { id: 'html', label: 'Web page (HTML)', extension: 'html', mimeType: 'text/html;charset=utf-8', export: exportHtml },
  {
    id: 'docx',
    label: 'Word document',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    export: exportDocx,
  },
  { id: 'json', label: 'JSON (texts, changes, HTER, QA)', extension: 'json', mimeType: 'application/json', export: (input) => exportJson(input) },
  { id: 'report', label: 'Review report (HTML redline)', extension: 'report.html', mimeType: 'text/html;charset=utf-8', export: (input) => exportReport(input) },
];

export function findExportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}

/** The format a file name asks for: the longest matching extension wins (`x.report.html`
 *  is a report, `x.html` a page); `.htm` and `.markdown` are accepted too. */
export function formatForFileName(name: string): ExportFormat | undefined {
  const lower = name.toLowerCase();
  const aliases: Record<string, ExportFormatId> = { htm: 'html', markdown: 'md' };
  const candidates = [
    ...EXPORT_FORMATS.map((format) => [format.extension, format] as const),
    ...Object.entries(aliases).map(([extension, id]) => [extension, findExportFormat(id) as ExportFormat] as const),
  ].sort((a, b) => b[0].length - a[0].length);
  return candidates.find(([extension]) => lower.endsWith(`.${extension}`))?.[1];
}

/** `name.txt` → `name.report.html` etc.: the export's file name beside the article. */
export function exportFileName(articleName: string, format: ExportFormat): string {
  const dot = articleName.lastIndexOf('.');
  const stem = dot > 0 ? articleName.slice(0, dot) : articleName;
  return `${stem}.${format.extension}`;
}

export async function exportArticle(format: ExportFormatId, input: ExportInput): Promise<Uint8Array> {
  const found = findExportFormat(format);
  if (!found) throw new RangeError(`unknown export format '${format}'`);
  return found.export(input);
}
