// Recently opened articles: a short most-recent-first list persisted as JSON in the
// user data folder, mirrored to the OS (app.addRecentDocument: Jump List, Dock menu).
// The list is also the allow-list for `recent:open`: the renderer can reopen a path only
// if the user opened it through a dialog before, never an arbitrary path it makes up.
// No Electron import: the folder and addRecentDocument are injected.
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from './files';

export const RECENT_FILE = 'recent.json';
export const DEFAULT_RECENT_LIMIT = 10;

export interface RecentList {
  list(): Promise<string[]>;
  add(filePath: string): Promise<string[]>;
  remove(filePath: string): Promise<string[]>;
  has(filePath: string): Promise<boolean>;
}

/** Paths on case-insensitive platforms compare case-insensitively. */
function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Keeps only absolute string paths, first occurrence wins, at most `limit`. */
export function normaliseRecent(value: unknown, limit: number, platform: NodeJS.Platform): string[] {
  if (!Array.isArray(value)) return [];
  const result: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string' || item.length === 0 || item.length > 4096 || !path.isAbsolute(item)) continue;
    if (result.some((kept) => samePath(kept, item, platform))) continue;
    result.push(item);
    if (result.length >= limit) break;
  }
  return result;
}

export function createRecentList(options: {
  dir: string;
  /** The JSON file in `dir` (default recent.json; the glossary files a user loaded are
   *  a second list, the allow-list for writing a glossary back). */
  fileName?: string;
  limit?: number;
  platform?: NodeJS.Platform;
  addRecentDocument?: (filePath: string) => void;
}): RecentList {
  const file = path.join(options.dir, options.fileName ?? RECENT_FILE);
  const limit = options.limit ?? DEFAULT_RECENT_LIMIT;
  const platform = options.platform ?? process.platform;
  let cache: string[] | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<string[]> {
    if (cache) return cache;
    try {
      cache = normaliseRecent(JSON.parse(await fs.readFile(file, 'utf8')), limit, platform);
    } catch {
      cache = []; // missing or corrupt: an empty list is the honest answer, not a crash
    }
    return cache;
  }

  function update(change: (current: string[]) => string[]): Promise<string[]> {
    const run = queue.then(async () => {
      const next = normaliseRecent(change(await load()), limit, platform);
      await fs.mkdir(options.dir, { recursive: true });
      await writeFileAtomic(file, JSON.stringify(next, null, 2));
      cache = next;
      return next;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    async list() {
      await queue;
      return [...(await load())];
    },
    async add(filePath) {
      const absolute = path.resolve(filePath);
      const next = await update((current) => [absolute, ...current.filter((p) => !samePath(p, absolute, platform))]);
      options.addRecentDocument?.(absolute);
      return [...next];
    },
    async remove(filePath) {
      return [...(await update((current) => current.filter((p) => !samePath(p, filePath, platform))))];
    },
    async has(filePath) {
      await queue;
      return (await load()).some((p) => samePath(p, filePath, platform));
    },
  };
}
