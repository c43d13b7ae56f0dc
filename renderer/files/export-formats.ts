// Export is a menu of formats. The formats and their bytes come from core/export's
// registry, run in the engine worker (docx, the HTML report and franc stay out of the UI
// bundle); this module only names the files and picks the default.
import type { ExportFormatInfo } from '../engine/protocol';

export type { ExportFormatInfo as ExportFormat };

/** Ctrl+E: plain text, UTF-8, the article's line endings — what `glossa apply` prints. */
export const DEFAULT_EXPORT_FORMAT: ExportFormatInfo = {
  id: 'txt',
  label: 'Plain text',
  extension: 'txt',
  mimeType: 'text/plain;charset=utf-8',
};

/** "kremlin-kerry.mt.txt" → "kremlin-kerry.pe.txt"; "story.md" → "story.edited.docx". */
export function exportFileName(articleName: string, extension: string): string {
  const base = articleName.replace(/\.[^.]+$/, '');
  if (/\.mt$/i.test(base)) return `${base.slice(0, -3)}.pe.${extension}`;
  return `${base}.edited.${extension}`;
}

/** Menu label with the file ending, e.g. "Plain text (.txt)". */
export function exportMenuLabel(format: ExportFormatInfo): string {
  return `${format.label} (.${format.extension})`;
}
