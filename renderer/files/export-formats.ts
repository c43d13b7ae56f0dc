// Export is a menu of formats. The bytes are made by core/export's exporters in the
// engine worker (the HTML one detects the language with franc, which stays out of the
// UI bundle); this list is what the menu shows. A new format is one entry here plus
// its exporter in renderer/engine.worker.ts.
import type { ExportFormatId } from '../../core/export/types';

export interface ExportFormat {
  id: ExportFormatId;
  /** Menu label, e.g. "Plain text (.txt)". */
  label: string;
  extension: string;
  mimeType: string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  // UTF-8, the article's own line endings: byte for byte what `glossa apply` prints.
  { id: 'txt', label: 'Plain text (.txt)', extension: '.txt', mimeType: 'text/plain;charset=utf-8' },
  { id: 'md', label: 'Markdown (.md)', extension: '.md', mimeType: 'text/markdown;charset=utf-8' },
  { id: 'html', label: 'Web page (.html)', extension: '.html', mimeType: 'text/html;charset=utf-8' },
];

export const DEFAULT_EXPORT_FORMAT = EXPORT_FORMATS[0] as ExportFormat;

/** "kremlin-kerry.mt.txt" → "kremlin-kerry.pe.txt"; "story.md" → "story.edited.md". */
export function exportFileName(articleName: string, extension: string): string {
  const base = articleName.replace(/\.[^.]+$/, '');
  if (/\.mt$/i.test(base)) return `${base.slice(0, -3)}.pe${extension}`;
  return `${base}.edited${extension}`;
}
