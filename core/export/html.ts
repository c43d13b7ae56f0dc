// A standalone HTML page of the post-edit: declared language and charset, the headline as
// <h1>, one <p> per paragraph. Every piece of text is escaped; there is no markup to keep.
import { articleBlocks, documentTitle } from './article-text';
import { escapeHtml } from './escape-html';
import { exportLanguage } from './language';
import { encodeUtf8 } from '../text/decode';
import type { ExportInput } from './types';

export function renderHtml(input: ExportInput): string {
  const blocks = articleBlocks(input.postEdit);
  const body: string[] = [];
  if (blocks.heading !== undefined) body.push(`<h1>${escapeHtml(blocks.heading)}</h1>`);
  for (const paragraph of blocks.paragraphs) body.push(`<p>${escapeHtml(paragraph)}</p>`);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(exportLanguage(input))}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Glossa">',
    `<title>${escapeHtml(documentTitle(input.title, blocks))}</title>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function exportHtml(input: ExportInput): Uint8Array {
  return encodeUtf8(renderHtml(input));
}
