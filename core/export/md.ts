// Markdown: one paragraph per block, the headline as `# …`. Only what a CommonMark/GFM
// reader would take as syntax is escaped, so the file still reads as prose.
import { articleBlocks, withByteOrderMark } from './article-text';
import { encodeUtf8 } from '../text/decode';
import type { ExportInput } from './types';

/** Inline characters that open emphasis, code, links, HTML or escapes anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<~]/g;
/** `&name;` / `&#123;` would be read as an entity, not as the characters written. */
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;

/** Escapes one paragraph (already a single line) so Markdown renders it as written. */
export function escapeMarkdown(line: string): string {
  let text = line.replace(INLINE_SYNTAX, '\\$&').replace(ENTITY_LIKE, '&amp;');
  // Block syntax only counts at the start of the line.
  text = text
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    // A run of - (or =) alone is a thematic break / setext underline.
    .replace(/^([-=])(?=[-=\s]*$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  // Two trailing spaces are a hard line break; a trailing backslash is one too.
  return text.replace(/[^\S\r\n]+$/, '');
}

/** In an ATX heading a final ` ###` is a closing sequence and would vanish. */
function escapeHeadingEnd(text: string): string {
  return text.replace(/(\s)#(#*)$/, '$1\\#$2');
}

export function renderMarkdown(postEdit: string, lineEnding: string): string {
  const blocks = articleBlocks(postEdit);
  const lines: string[] = [];
  if (blocks.heading !== undefined) lines.push(`# ${escapeHeadingEnd(escapeMarkdown(blocks.heading))}`);
  for (const paragraph of blocks.paragraphs) lines.push(escapeMarkdown(paragraph));
  return lines.length === 0 ? '' : lines.join(lineEnding + lineEnding) + lineEnding;
}

export function exportMarkdown(input: ExportInput): Uint8Array {
  return withByteOrderMark(encodeUtf8(renderMarkdown(input.postEdit, input.lineEnding)), input.byteOrderMark);
}
