// The autosave slot: one session JSON in the user data folder.
// - Writes are atomic and serialised (a write never races another one).
// - Before a write replaces a good session, that session is kept as `session.previous.json`,
//   so one bad write (a bug, a bad snapshot) never costs the user everything.
// - A corrupt file is never deleted and never crashes the start: it is moved aside
//   (`session.corrupt-<time>.json`) for a human to look at, and read falls back to the
//   previous good copy, or returns null.
// No Electron import: the folder is injected (app.getPath('userData') in the app).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SessionSnapshot } from '../shared/contract';
import { sessionSnapshot } from '../shared/contract';
import { readFileLimited, writeFileAtomic } from './files';

export interface AutosaveStore {
  read(): Promise<SessionSnapshot | null>;
  write(snapshot: SessionSnapshot): Promise<void>;
  clear(): Promise<void>;
  /** Resolves when every write queued so far is on disk (used before quitting). */
  flush(): Promise<void>;
}

export const SESSION_FILE = 'session.json';
export const PREVIOUS_SESSION_FILE = 'session.previous.json';

type Parsed = { ok: true; snapshot: SessionSnapshot } | { ok: false; reason: 'missing' | 'corrupt' };

async function parseSessionFile(file: string): Promise<Parsed> {
  try {
    await fs.stat(file);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  try {
    // Snapshots hold two texts of up to 50 MB each plus glossaries; bound the read anyway.
    const bytes = await readFileLimited(file, 512 * 1024 * 1024);
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return { ok: true, snapshot: sessionSnapshot(json, 'session') };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

export function createAutosaveStore(options: {
  dir: string;
  log?: (message: string) => void;
  now?: () => Date;
}): AutosaveStore {
  const current = path.join(options.dir, SESSION_FILE);
  const previous = path.join(options.dir, PREVIOUS_SESSION_FILE);
  const log = options.log ?? ((message: string) => console.warn(message));
  const now = options.now ?? (() => new Date());
  let queue: Promise<void> = Promise.resolve();
  /** Whether session.json is known to hold a valid snapshot; undefined until checked once. */
  let currentIsGood: boolean | undefined;

  /** Every mutation goes through here, one at a time, in call order. */
  function enqueue(task: () => Promise<void>): Promise<void> {
    const run = queue.then(task);
    queue = run.catch(() => undefined); // a failed write must not block later ones
    return run;
  }

  async function keepAside(file: string): Promise<void> {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const aside = path.join(options.dir, `session.corrupt-${stamp}.json`);
    try {
      await fs.rename(file, aside);
      log(`Glossa: the autosaved session ${file} was unreadable; kept it as ${aside}`);
    } catch (error) {
      log(`Glossa: the autosaved session ${file} was unreadable and could not be moved aside: ${String(error)}`);
    }
  }

  return {
    async read() {
      await queue; // never read a half-finished sequence of writes
      const latest = await parseSessionFile(current);
      currentIsGood = latest.ok;
      if (latest.ok) return latest.snapshot;
      if (latest.reason === 'corrupt') await keepAside(current);
      const fallback = await parseSessionFile(previous);
      if (fallback.ok) return fallback.snapshot;
      if (fallback.reason === 'corrupt') await keepAside(previous);
      return null;
    },

    write(snapshot) {
      const json = JSON.stringify(snapshot);
      return enqueue(async () => {
        await fs.mkdir(options.dir, { recursive: true });
        currentIsGood ??= (await parseSessionFile(current)).ok;
        // Rotating by rename is atomic and costs no re-read of a possibly large file. A
        // crash right after it leaves no session.json, and read falls back to the previous.
        if (currentIsGood) await fs.rename(current, previous);
        currentIsGood = false;
        await writeFileAtomic(current, json);
        currentIsGood = true;
      });
    },

    clear() {
      return enqueue(async () => {
        await fs.rm(current, { force: true });
        await fs.rm(previous, { force: true });
        currentIsGood = false;
      });
    },

    flush() {
      return queue;
    },
  };
}
