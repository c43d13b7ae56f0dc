// OmegaT's tab-separated glossary: `source<TAB>target[<TAB>note]` per line, `#` comments.
// OmegaT writes `# Glossary in tab-separated format -*- coding: utf-8 -*-` on line 1 and
// older files carry a legacy encoding there, so that comment decides how bytes decode.

import { InputError } from '../errors';
import type { GlossaryEntry } from '../types';
import { asciiView, decodeGlossaryBytes, utf8LengthOfView, type DeclaredEncoding } from './decode';
import { makeEntry, splitLines, type ParsedGlossary } from './parsed';

// Emacs file variables: `-*- coding: X -*-`, possibly among others (`-*- mode: text; coding: X -*-`).
const CODING_COMMENT = /-\*-(?:.*?[\s;])?coding:\s*([\w.:+-]+?)\s*(?:;.*?)?-\*-/i;

export function parseTsv(file: string, bytes: Uint8Array, encoding?: string): ParsedGlossary {
  const text = decodeGlossaryBytes(file, bytes, findCodingComment(bytes), encoding);
  const entries: GlossaryEntry[] = [];
  splitLines(text).forEach((raw, index) => {
    const line = index + 1;
    if (isBlankOrComment(raw)) return;
    if (!raw.includes('\t')) throw new InputError(file, line, 'expected "source<TAB>target", found no tab');
    // Fields past the note are ignored, as OmegaT does.
    const [source = '', target, note] = raw.split('\t').map((field) => field.trim());
    if (!source) throw new InputError(file, line, 'empty source term before the tab');
    entries.push(makeEntry(source, target, note, line));
  });
  return { entries };
}

function isBlankOrComment(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === '' || trimmed.startsWith('#');
}

/** The coding comment among the leading comment lines, read before the encoding is known. */
export function findCodingComment(bytes: Uint8Array): DeclaredEncoding | undefined {
  const lines = splitLines(asciiView(bytes, 64 * 1024));
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    if (!isBlankOrComment(raw)) return undefined;
    const match = CODING_COMMENT.exec(raw);
    if (match?.[1]) {
      const labelAt = raw.indexOf(match[1], match.index + match[0].toLowerCase().indexOf('coding:'));
      // Columns count characters; a comment in UTF-8 may hold non-ASCII text before the label.
      const column = utf8LengthOfView(raw.slice(0, labelAt)) + 1;
      return { label: whatwgLabel(match[1]), line: index + 1, column, source: 'coding comment' };
    }
  }
  return undefined;
}

/** Emacs coding-system names → WHATWG encoding labels, where they differ. */
function whatwgLabel(emacsName: string): string {
  const name = emacsName.toLowerCase().replace(/-(unix|dos|mac)$/, '');
  if (name === 'utf-8-with-signature') return 'utf-8';
  const latin = /^(?:iso-)?latin-(\d+)$/.exec(name);
  return latin ? `latin${latin[1]}` : name;
}
