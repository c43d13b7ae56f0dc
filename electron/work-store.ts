// Every article's work, autosaved in the user data folder (shared/work.ts for the shape):
//   work/index.json             the articles, most recently saved first (at most 200)
//   work/<id>.json              one article's work; <id> = hash of its key (path + MT hash)
//   work/<id>.previous.json     the write before, kept so one bad write never costs it all
//   work/glossaries/<hash>.bin  one copy of each glossary file a kept work uses
// - Writes are atomic and serialised (one at a time, in call order).
// - A corrupt file is never deleted and never crashes the start: it is moved aside
//   (`<name>.corrupt-<time>.json`) for a human to look at, and reading falls back to the
//   previous copy. A lost or corrupt index is rebuilt from the works themselves.
// - The one-slot session of earlier versions (session.json) becomes its article's work.
// - Past 200 articles, the least recently saved ones' autosaves and the glossary copies
//   nobody needs any more are deleted.
// No Electron import: the folder is injected (app.getPath('userData') in the app).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { base64ToBytes } from '../shared/base64';
import { legacySession, workFromLegacySession } from '../shared/legacy-session';
import {
  articleWork, KEPT_ARTICLE_WORKS, rebuildIndex, recordWork, workId, workIndex, workKey,
  type ArticleWork, type WorkIndexEntry,
} from '../shared/work';
import { readFileLimited, writeFileAtomic } from './files';

export interface WorkStore {
  read(key: string): Promise<ArticleWork | null>;
  write(work: ArticleWork): Promise<void>;
  /** The most recently saved article's work (what a restart reopens). */
  latest(): Promise<ArticleWork | null>;
  keepGlossary(hash: string, bytes: Uint8Array): Promise<void>;
  readGlossary(hash: string): Promise<Uint8Array | null>;
  /** The folder, for the Help dialog. */
  readonly location: string;
  /** Resolves when every write queued so far is on disk (used before quitting). */
  flush(): Promise<void>;
}

export const WORK_DIR = 'work';
export const INDEX_FILE = 'index.json';
export const LEGACY_SESSION_FILES = ['session.json', 'session.previous.json'] as const;
/** A work holds two texts of up to 100 M characters each: bound the read anyway. */
const MAX_WORK_FILE_BYTES = 512 * 1024 * 1024;

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: 'missing' | 'corrupt' };

async function parseJsonFile<T>(file: string, validate: (value: unknown, where: string) => T): Promise<Parsed<T>> {
  try {
    await fs.stat(file);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  try {
    const bytes = await readFileLimited(file, MAX_WORK_FILE_BYTES);
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return { ok: true, value: validate(json, path.basename(file)) };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

export function createWorkStore(options: {
  /** The user data folder; the works go in its `work` subfolder. */
  dir: string;
  limit?: number;
  log?: (message: string) => void;
  now?: () => Date;
}): WorkStore {
  const dir = path.join(options.dir, WORK_DIR);
  const glossaryDir = path.join(dir, 'glossaries');
  const indexFile = path.join(dir, INDEX_FILE);
  const limit = options.limit ?? KEPT_ARTICLE_WORKS;
  const log = options.log ?? ((message: string) => console.warn(message));
  const now = options.now ?? (() => new Date());
  const workFile = (id: string) => path.join(dir, `${id}.json`);
  const previousFile = (id: string) => path.join(dir, `${id}.previous.json`);
  const glossaryFile = (hash: string) => path.join(glossaryDir, `${hash}.bin`);

  let queue: Promise<unknown> = Promise.resolve();
  let index: WorkIndexEntry[] | undefined;
  /** Works whose current file is known to be whole (written or read in this run). */
  const knownGood = new Set<string>();

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined); // a failed write must not block later ones
    return run;
  }

  async function keepAside(file: string): Promise<void> {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const aside = file.replace(/\.json$/, `.corrupt-${stamp}.json`);
    try {
      await fs.rename(file, aside);
      log(`Glossa: the autosave ${file} was unreadable; kept it as ${aside}`);
    } catch (error) {
      log(`Glossa: the autosave ${file} was unreadable and could not be moved aside: ${String(error)}`);
    }
  }

  /** One work file, moved aside if corrupt; the key must be the one asked for. */
  async function readWorkFile(file: string, key: string): Promise<ArticleWork | null> {
    const parsed = await parseJsonFile(file, articleWork);
    if (parsed.ok) return workKey(parsed.value.article) === key ? parsed.value : null;
    if (parsed.reason === 'corrupt') await keepAside(file);
    return null;
  }

  async function readUnqueued(key: string): Promise<ArticleWork | null> {
    const id = workId(key);
    const current = await readWorkFile(workFile(id), key);
    if (current) {
      knownGood.add(id);
      return current;
    }
    return readWorkFile(previousFile(id), key);
  }

  async function writeIndex(next: WorkIndexEntry[]): Promise<void> {
    await fs.mkdir(dir, { recursive: true });
    await writeFileAtomic(indexFile, JSON.stringify(next));
    index = next;
  }

  /** The index, loaded once: from index.json, else rebuilt from the work files. */
  async function loadIndex(): Promise<WorkIndexEntry[]> {
    if (index) return index;
    const parsed = await parseJsonFile(indexFile, workIndex);
    if (parsed.ok) {
      index = parsed.value;
      return index;
    }
    if (parsed.reason === 'corrupt') await keepAside(indexFile);
    const works: ArticleWork[] = [];
    let names: string[] = [];
    try {
      names = await fs.readdir(dir);
    } catch {
      // No folder yet: nothing was ever autosaved.
    }
    for (const name of names) {
      if (!/^[0-9a-f]{16}\.json$/.test(name)) continue;
      const work = await parseJsonFile(path.join(dir, name), articleWork);
      if (work.ok) works.push(work.value);
    }
    index = rebuildIndex(works);
    if (index.length > 0) await writeIndex(index);
    return index;
  }

  async function keepGlossaryUnqueued(hash: string, bytes: Uint8Array): Promise<void> {
    const file = glossaryFile(hash);
    try {
      await fs.stat(file);
      return; // content-addressed: the copy there is these bytes
    } catch {
      await fs.mkdir(glossaryDir, { recursive: true });
      await writeFileAtomic(file, bytes);
    }
  }

  async function writeUnqueued(given: ArticleWork): Promise<void> {
    // Glossary bytes (from an opened .glossa file) are stored once, not in every autosave.
    const work: ArticleWork = { ...given, glossaries: [] };
    for (const glossary of given.glossaries) {
      const { base64, ...rest } = glossary;
      if (base64 !== undefined) await keepGlossaryUnqueued(glossary.hash, base64ToBytes(base64));
      work.glossaries.push(rest);
    }
    const key = workKey(work.article);
    const id = workId(key);
    const current = workFile(id);
    await fs.mkdir(dir, { recursive: true });
    if (!knownGood.has(id) && (await parseJsonFile(current, articleWork)).ok) knownGood.add(id);
    // Rotating by rename is atomic and costs no re-read of a possibly large file. A crash
    // right after it leaves no current file, and reading falls back to the previous.
    if (knownGood.has(id)) await fs.rename(current, previousFile(id));
    knownGood.delete(id);
    await writeFileAtomic(current, JSON.stringify(work));
    knownGood.add(id);

    const { index: next, dropped, orphans } = recordWork(await loadIndex(), work, limit);
    await writeIndex(next);
    for (const entry of dropped) {
      await fs.rm(workFile(entry.id), { force: true });
      await fs.rm(previousFile(entry.id), { force: true });
      knownGood.delete(entry.id);
    }
    for (const hash of orphans) await fs.rm(glossaryFile(hash), { force: true });
  }

  /** session.json of earlier versions becomes its article's work, once. */
  async function migrateLegacySession(): Promise<void> {
    for (const name of LEGACY_SESSION_FILES) {
      const file = path.join(options.dir, name);
      const parsed = await parseJsonFile(file, legacySession);
      if (!parsed.ok && parsed.reason === 'missing') continue;
      if (parsed.ok) {
        const work = workFromLegacySession(parsed.value);
        const existing = await readUnqueued(workKey(work.article));
        if (!existing || existing.savedAt < work.savedAt) await writeUnqueued(work);
      }
      await fs.rename(file, file.replace(/\.json$/, parsed.ok ? '.migrated.json' : `.corrupt-${now().getTime()}.json`)).catch(() => undefined);
      // The previous copy is older than the current one: one good session is enough.
      if (parsed.ok) break;
    }
  }

  // First in the queue, so every read and write sees its result.
  void enqueue(migrateLegacySession).catch((error: unknown) => log(`Glossa: could not migrate the old session: ${String(error)}`));

  return {
    location: dir,

    read(key) {
      return enqueue(() => readUnqueued(key));
    },

    write(work) {
      return enqueue(() => writeUnqueued(work));
    },

    latest() {
      return enqueue(async () => {
        for (const entry of await loadIndex()) {
          const work = await readUnqueued(entry.key);
          if (work) return work;
        }
        return null;
      });
    },

    keepGlossary(hash, bytes) {
      return enqueue(() => keepGlossaryUnqueued(hash, bytes));
    },

    async readGlossary(hash) {
      await queue;
      try {
        return await readFileLimited(glossaryFile(hash));
      } catch {
        return null;
      }
    },

    async flush() {
      await queue;
    },
  };
}
