// One entry point for every glossary format: the format comes from the file's extension,
// except that TBX is recognised by content too (termbases travel as .xml or worse).
// Any problem throws InputError; a glossary is never half-loaded.

import { InputError } from '../errors';
import type { Glossary, GlossaryFormat } from '../types';
import { asciiView } from './decode';
import { parseCsv } from './parse-csv';
import { parseJson } from './parse-json';
import { parseTbx } from './parse-tbx';
import { parseTsv } from './parse-tsv';
import type { ParsedGlossary } from './parsed';

export interface LoadGlossaryOptions {
  /** Required for TBX: the language corrections lead to. Other formats ignore it. */
  targetLanguage?: string;
  /** TBX only: the language whose terms are replaced; default the file's first other language. */
  sourceLanguage?: string;
  /** A WHATWG encoding label that forces the decoding (over BOM and declarations). */
  encoding?: string;
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, GlossaryFormat>> = {
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.txt': 'tsv',
  '.utf8': 'tsv',
  '.csv': 'csv',
  '.json': 'json',
  '.tbx': 'tbx',
};

/** The base name of a path written with `/` or `\` separators. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function extensionOf(file: string): string {
  const name = baseName(file);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The format the file's extension names (case-insensitive), or undefined. */
export function glossaryFormatOf(file: string): GlossaryFormat | undefined {
  return FORMAT_BY_EXTENSION[extensionOf(file)];
}

/** Content check: starts with `<` (after a BOM and blanks) and has a <martif> or <tbx> root. */
export function looksLikeTbx(bytes: Uint8Array): boolean {
  const head = asciiView(bytes, 64 * 1024).trimStart();
  return head.startsWith('<') && /<(?:[\w.-]+:)?(?:martif|tbx)[\s>/]/.test(head);
}

export function loadGlossary(file: string, bytes: Uint8Array, options: LoadGlossaryOptions = {}): Glossary {
  const format = looksLikeTbx(bytes) ? 'tbx' : glossaryFormatOf(file);
  if (!format) {
    const extension = extensionOf(file);
    const found = extension ? `"${extension}"` : '(the file name has no extension)';
    throw new InputError(file, 1, `unknown glossary format ${found}; expected .tsv, .tab, .txt, .utf8, .csv, .json or .tbx`);
  }
  const parsed = parse(format, file, bytes, options);
  return {
    name: parsed.name ?? baseName(file),
    file,
    format,
    ...(parsed.sourceLanguage ? { sourceLanguage: parsed.sourceLanguage } : {}),
    ...(parsed.targetLanguage ? { targetLanguage: parsed.targetLanguage } : {}),
    entries: parsed.entries,
  };
}

function parse(format: GlossaryFormat, file: string, bytes: Uint8Array, options: LoadGlossaryOptions): ParsedGlossary {
  switch (format) {
    case 'tsv':
      return parseTsv(file, bytes, options.encoding);
    case 'csv':
      return parseCsv(file, bytes, options.encoding);
    case 'json':
      return parseJson(file, bytes, options.encoding);
    case 'tbx':
      return parseTbx(file, bytes, options);
  }
}
