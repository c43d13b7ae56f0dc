// Which articles a batch cleans and where each result goes. Everything that could make
// the batch write onto its own inputs (or two results onto one file) is refused here,
// before any worker starts.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../io';

/** Extensions picked up when walking a folder; files named explicitly are taken as given. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md'];

export interface BatchItem {
  /** The article as the user would name it (for messages): the argument joined with the path found under it. */
  file: string;
  /** Absolute path of the article. */
  input: string;
  /** Path of the result relative to --out-dir (keeps the folder structure under each argument). */
  relativeOutput: string;
  /** Absolute path of the cleaned article. */
  output: string;
  /** Absolute path of its report (`<name>.report.html` beside the output), when asked for. */
  report?: string;
}

export interface PlanOptions {
  cwd: string;
  outDir: string;
  reports: boolean;
  /** Other inputs no result may be written onto (the glossaries). */
  protectedFiles?: readonly string[];
}

interface FoundArticle {
  file: string;
  input: string;
  relativeOutput: string;
}

export function planBatch(inputs: readonly string[], options: PlanOptions): BatchItem[] {
  if (inputs.length === 0) throw new UsageError('name the articles or folders to clean', 'apply');
  const outDir = resolve(options.cwd, options.outDir);
  const found = new Map<string, FoundArticle>();
  for (const argument of inputs) {
    for (const article of findArticles(argument, options.cwd, outDir)) {
      // The same file named twice (itself and through its folder) is cleaned once.
      if (!found.has(article.input)) found.set(article.input, article);
    }
  }
  if (found.size === 0) {
    throw new UsageError(`no ${ARTICLE_EXTENSIONS.join(' or ')} articles in ${inputs.join(', ')}`, 'apply');
  }
  const articles = [...found.values()].sort((a, b) => compareCodePoints(a.relativeOutput, b.relativeOutput));
  const reportNames = options.reports ? reportPaths(articles.map((article) => article.relativeOutput)) : undefined;
  const items = articles.map((article, index): BatchItem => {
    const item: BatchItem = { ...article, output: join(outDir, article.relativeOutput) };
    const report = reportNames?.[index];
    if (report !== undefined) item.report = join(outDir, report);
    return item;
  });
  refuseCollisions(items, (options.protectedFiles ?? []).map((file) => ({ file, input: resolve(options.cwd, file) })));
  return items;
}

function findArticles(argument: string, cwd: string, outDir: string): FoundArticle[] {
  const root = resolve(cwd, argument);
  let isFolder: boolean;
  try {
    isFolder = statSync(root).isDirectory();
  } catch {
    throw new UsageError(`no such file or folder: ${argument}`, 'apply');
  }
  if (!isFolder) return [{ file: argument, input: root, relativeOutput: basename(root) }];
  const found: FoundArticle[] = [];
  walk(root, outDir, (path) => {
    const relativePath = relative(root, path);
    found.push({ file: join(argument, relativePath), input: path, relativeOutput: relativePath });
  });
  return found;
}

/** Every article under `folder`, skipping hidden entries, symlinked folders (no cycles) and
 *  an output folder nested inside (a rerun must not clean its own results). The output
 *  folder named as the input itself is walked, so the collision check refuses it. */
function walk(root: string, outDir: string, visit: (path: string) => void): void {
  // A stack of folders (in reverse, so they are visited in listing order): however deep
  // the tree, the call stack stays flat.
  const folders = [root];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      throw new UsageError(`cannot read folder ${folder}: ${(error as Error).message}`, 'apply');
    }
    const subfolders: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (path !== outDir) subfolders.push(path);
      } else if (isArticleName(entry.name) && (entry.isFile() || isFileBehindLink(entry, path))) visit(path);
    }
    for (let k = subfolders.length - 1; k >= 0; k--) folders.push(subfolders[k]!);
  }
}

function isFileBehindLink(entry: Dirent, path: string): boolean {
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** `<name>.report.html` beside each output; where two outputs share a name up to the
 *  extension (a.txt, a.md) their reports keep the extension so neither is lost. */
function reportPaths(outputs: readonly string[]): string[] {
  const stem = (path: string) => path.slice(0, path.length - extname(path).length);
  const counts = new Map<string, number>();
  for (const output of outputs) counts.set(stem(output), (counts.get(stem(output)) ?? 0) + 1);
  return outputs.map((output) => `${(counts.get(stem(output)) ?? 0) > 1 ? output : stem(output)}.report.html`);
}

function refuseCollisions(items: readonly BatchItem[], others: ReadonlyArray<{ file: string; input: string }>): void {
  const inputs = new Map<string, { file: string }>([...others, ...items].map((item) => [item.input, item]));
  // Paths can differ and still name one file: case-insensitive disks, symlinks, hard links.
  const inputsOnDisk = new Map<string, { file: string }>();
  for (const item of [...others, ...items]) {
    const identity = fileIdentity(item.input);
    if (identity !== undefined) inputsOnDisk.set(identity, item);
  }
  const written = new Map<string, BatchItem>();
  for (const item of items) {
    for (const target of item.report !== undefined ? [item.output, item.report] : [item.output]) {
      const identity = fileIdentity(target);
      const overwritten = inputs.get(target) ?? (identity !== undefined ? inputsOnDisk.get(identity) : undefined);
      if (overwritten) {
        throw new UsageError(`refusing --out-dir: ${item.file} would be written onto the input ${overwritten.file}`, 'apply');
      }
      const other = written.get(target);
      if (other) throw new UsageError(`${other.file} and ${item.file} would both be written to ${target}`, 'apply');
      written.set(target, item);
    }
  }
}

/** `dev:ino` of an existing file, undefined when there is none yet. */
function fileIdentity(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

function compareCodePoints(a: string, b: string): number {
  const keyA = a.split(sep).join('/');
  const keyB = b.split(sep).join('/');
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}
