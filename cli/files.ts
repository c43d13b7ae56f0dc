// The command line's inputs and outputs, over node/files.ts (shared with the Electron main
// process): articles and glossaries read with the 50 MB limit enforced while reading ('-'
// is stdin), decoded with the encoding --encoding forces; outputs written atomically.
// Messages always name the file as the user typed it.
import { resolve } from 'node:path';
import { loadGlossary } from '../core/glossary/load-glossary';
import { MAX_ARTICLE_BYTES, decodeText } from '../core/text/decode';
import type { DecodedText, Glossary } from '../core/types';
import { isSameFile, readFileBounded, writeFileAtomic } from '../node/files';
import { UsageError, type CliIo } from './io';

/** What reading a command's inputs needs from its process and options. */
export interface InputContext {
  cwd: string;
  /** --encoding: a WHATWG label forced on every article and glossary read. */
  encoding?: string | undefined;
  /** What `-` reads. */
  stdin?: AsyncIterable<Uint8Array | string> | undefined;
  /** Where decoding warnings go (one line each). */
  warn?: ((line: string) => void) | undefined;
}

export function inputContext(io: CliIo, encoding?: string): InputContext {
  return { cwd: io.cwd, encoding, stdin: io.stdin, warn: (line) => io.stderr(`${line}\n`) };
}

/** How a file is named in messages: `-` is stdin. */
export function inputLabel(file: string): string {
  return file === '-' ? 'stdin' : file;
}

/** A file's bytes (stdin for `-`), refusing folders, missing files and more than 50 MB. */
export function readInputBytes(file: string, context: InputContext): Promise<Uint8Array> {
  return readFileBounded(file === '-' ? '-' : resolve(context.cwd, file), {
    limit: MAX_ARTICLE_BYTES,
    label: inputLabel(file),
    ...(context.stdin !== undefined ? { stdin: context.stdin } : {}),
  });
}

/** An article, decoded; what decoding repaired is reported as warnings naming the line. */
export async function readArticleFile(file: string, context: InputContext): Promise<DecodedText> {
  const label = inputLabel(file);
  const decoded = decodeText(await readInputBytes(file, context), label, context.encoding !== undefined ? { encoding: context.encoding } : {});
  for (const warning of decoded.warnings ?? []) context.warn?.(`glossa: warning: ${label}:${warning.line}: ${warning.detail}`);
  return decoded;
}

/** Loads the glossaries for an article whose language is `languages.target` (ISO 639-1). */
export async function loadGlossaryFiles(
  files: readonly string[],
  context: InputContext,
  languages: { target?: string; source?: string },
): Promise<Glossary[]> {
  const glossaries: Glossary[] = [];
  for (const file of files) {
    glossaries.push(
      loadGlossary(inputLabel(file), await readInputBytes(file, context), {
        ...(languages.target !== undefined ? { targetLanguage: languages.target } : {}),
        ...(languages.source !== undefined ? { sourceLanguage: languages.source } : {}),
        ...(context.encoding !== undefined ? { encoding: context.encoding } : {}),
      }),
    );
  }
  return glossaries;
}

/** stdin can be read once: at most one input may be `-`. */
export function refuseStdinTwice(inputs: readonly (string | undefined)[], command: string): void {
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError('only one input can be read from stdin (-)', command);
}

/**
 * Refuses an output that is one of the inputs (articles, MT, glossaries), whatever path
 * names it: symlinks, hard links and case-folding disks are seen through. `allowed` is an
 * input the user said may be replaced (--in-place).
 */
export async function refuseOverwritingInputs(
  out: string,
  inputs: ReadonlyArray<{ file: string; role: string }>,
  cwd: string,
  command: string,
  allowed?: string,
): Promise<void> {
  if (out === '-') return;
  for (const { file, role } of inputs) {
    if (file === '-' || file === allowed) continue;
    if (await isSameFile(resolve(cwd, out), resolve(cwd, file))) {
      const hint = role === 'article' && command === 'apply' ? '; add --in-place to allow it' : '';
      throw new UsageError(`refusing to overwrite the ${role} ${file}${hint}`, command);
    }
  }
}

/** Writes an output atomically; errors name `file` as given. */
export function writeOutput(file: string, data: string | Uint8Array, cwd: string): Promise<void> {
  return writeFileAtomic(resolve(cwd, file), data, { label: file });
}
