// Glossa's own JSON glossary. The shape is documented as a JSON Schema in
// schemas/glossary.schema.json; it is checked by hand here so core/ carries no schema
// library, and tests keep the two in agreement. Unknown properties are refused: a
// misspelt "traget" silently ignored would turn a correction into a flag.

import { InputError, lineAndColumn } from '../errors';
import { createLineIndex } from '../text/line-index';
import type { GlossaryEntry } from '../types';
import { decodeGlossaryBytes } from './decode';
import { JsonSyntaxError, MAX_JSON_NESTING, escapePointer, locateJson, type JsonLocations } from './json-locate';
import { isLanguageTag } from './language';
import { type ParsedGlossary } from './parsed';

export const JSON_ROOT_KEYS = ['$schema', 'name', 'sourceLanguage', 'targetLanguage', 'entries'] as const;
export const JSON_ENTRY_KEYS = ['source', 'target', 'note', 'caseSensitive', 'forbidden'] as const;

type Where = (pointer: string, detail: string, at?: 'value' | 'key') => InputError;

export function parseJson(file: string, bytes: Uint8Array, encoding?: string): ParsedGlossary {
  const text = decodeGlossaryBytes(file, bytes, undefined, encoding);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw jsonSyntaxInputError(file, text, error instanceof Error ? error.message : String(error));
  }
  // Where entries start (depth 2) in one pass; where a member inside an entry starts is
  // only needed for an error, and found then by a second, deeper pass.
  const entries = locate(file, text, 2);
  let members: JsonLocations | undefined;
  // Every entry names its line: one index of line starts, not a scan per entry.
  const lines = createLineIndex(text);
  const where: Where = (pointer, detail, at = 'value') => {
    const depth = pointer.split('/').length - 1;
    const found = depth <= 2 ? entries : (members ??= locate(file, text, 3));
    const offset = (at === 'key' ? found.keys : found.values).get(pointer) ?? 0;
    const { line, column } = lines.positionOf(offset);
    return new InputError(file, line, detail, column);
  };
  return readGlossary(data, where, (pointer) => lines.lineOf(entries.values.get(pointer) ?? 0));
}

/** locateJson, its one refusal of what JSON.parse accepts (nesting) as an InputError. */
function locate(file: string, text: string, maxDepth: number): JsonLocations {
  try {
    return locateJson(text, maxDepth);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = createLineIndex(text).positionOf(error.offset);
    return fail(new InputError(file, line, `invalid JSON: ${error.message} (at most ${MAX_JSON_NESTING} levels)`, column));
  }
}

function fail(error: InputError): never {
  throw error;
}

function readGlossary(data: unknown, where: Where, lineOf: (pointer: string) => number): ParsedGlossary {
  if (!isObject(data)) throw where('', 'a JSON glossary must be an object with an "entries" array');
  rejectUnknownKeys(data, '', JSON_ROOT_KEYS, where);
  const result: ParsedGlossary = { entries: [] };
  if ('$schema' in data && typeof data.$schema !== 'string') throw where('/$schema', '"$schema" must be a string');
  if ('name' in data) {
    if (!isNonBlankString(data.name)) throw where('/name', '"name" must be a non-empty string');
    result.name = data.name.trim();
  }
  for (const key of ['sourceLanguage', 'targetLanguage'] as const) {
    if (!(key in data)) continue;
    const code = data[key];
    if (typeof code !== 'string' || !isLanguageTag(code)) {
      throw where(`/${key}`, `"${key}" must be a language code such as "en" or "pt-BR"`);
    }
    result[key] = code;
  }
  if (!('entries' in data)) throw where('', 'missing "entries": the list of glossary entries');
  if (!Array.isArray(data.entries)) throw where('/entries', '"entries" must be an array');
  const entries: unknown[] = data.entries;
  result.entries = entries.map((item, index) => readEntry(item, `/entries/${index}`, index + 1, where, lineOf));
  return result;
}

function readEntry(item: unknown, pointer: string, number: number, where: Where, lineOf: (pointer: string) => number): GlossaryEntry {
  if (!isObject(item)) throw where(pointer, `entry ${number} must be an object such as {"source": "…", "target": "…"}`);
  rejectUnknownKeys(item, pointer, JSON_ENTRY_KEYS, where);
  if (!('source' in item)) throw where(pointer, `entry ${number} has no "source"`);
  if (!isNonBlankString(item.source)) throw where(pointer, `entry ${number}: "source" must be a non-empty string`);
  const entry: GlossaryEntry = { source: item.source.trim(), line: lineOf(pointer) };
  for (const key of ['target', 'note'] as const) {
    if (!(key in item)) continue;
    const value = item[key];
    if (typeof value !== 'string') throw where(`${pointer}/${key}`, `entry ${number}: "${key}" must be a string`);
    // An empty target means "no target" (a term to flag), as an empty TSV/CSV cell does.
    if (value.trim()) entry[key] = value.trim();
  }
  for (const key of ['caseSensitive', 'forbidden'] as const) {
    if (!(key in item)) continue;
    const value = item[key];
    if (typeof value !== 'boolean') throw where(`${pointer}/${key}`, `entry ${number}: "${key}" must be true or false`);
    entry[key] = value;
  }
  return entry;
}

function rejectUnknownKeys(object: Record<string, unknown>, pointer: string, known: readonly string[], where: Where): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) {
      throw where(`${pointer}/${escapePointer(key)}`, `unknown property "${key}"; expected ${known.map((k) => `"${k}"`).join(', ')}`, 'key');
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonBlankString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Where a JSON.parse SyntaxError points. V8 says "… at position N" (Node 20), newer V8
 * adds or says "(line L column C)", and some messages carry neither
 * ("Unexpected token '}', "…" is not valid JSON"): then our own scanner finds the spot.
 */
export function jsonErrorLocation(message: string, text: string): { line: number; column: number } {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  try {
    locateJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return lineAndColumn(text, error.offset);
  }
  return { line: 1, column: 1 };
}

function jsonSyntaxInputError(file: string, text: string, message: string): InputError {
  const { line, column } = jsonErrorLocation(message, text);
  const detail = message
    .replace(/, (?:\.\.\.)?"[\s\S]* is not valid JSON$/, '') // V8 echoes (part of) the input back
    .replace(/\s*in JSON at position \d+/, '')
    .replace(/\s*\(line \d+ column \d+\)/, '');
  return new InputError(file, line, `invalid JSON: ${detail}`, column);
}
