// The browser edition's Host: file inputs to open, <a download> to save, IndexedDB for
// each article's autosaved work, the user's glossary and the recent-articles list.
//
// IndexedDB records (database "glossa", store "kv"):
//   work-index          the autosaved articles, most recent first (shared/work.ts)
//   work:<id>           one article's work
//   glossary:<hash>     one copy of each glossary file a kept work uses
//   user-glossary       the user's own glossary (TSV bytes)
//   user-words:<lang>   the user's own words of a spelling dictionary ("Add to dictionary")
//   recent-articles, recent-file:<name>   Recent, with each file's bytes
//   autosave            the one-slot session of earlier versions (migrated, then removed)
import { USER_GLOSSARY } from '../../shared/contract';
import { base64ToBytes } from '../../shared/base64';
import { legacySession, workFromLegacySession } from '../../shared/legacy-session';
import { articleWork, KEPT_ARTICLE_WORKS, recordWork, workId, workIndex, workKey, type WorkIndexEntry } from '../../shared/work';
import { hashBytes } from '../../shared/hash';
import type { ArticleWork, GlossaryFileRef, GlossaryWriteMode, Host, MenuCommand, PickedFile, SpellLanguage } from './host';
import { mimeTypeOfGlossary } from './glossary-mime';
import { fetchBundledSample } from './bundled-sample';
import { chooseFiles, readArticleFile, readPickedFile } from './file-input';
import { memoryKeyValueStore, openKeyValueStore, type KeyValueStore } from './idb-kv';

const ARTICLE_ACCEPT = '.txt,.md,.markdown,.glossa,text/plain,text/markdown';
const SOURCE_ACCEPT = '.txt,.md,.markdown,.text,text/plain,text/markdown';
const GLOSSARY_ACCEPT = '.tsv,.tab,.txt,.csv,.json,.tbx,.xml';
const RECENT_LIMIT = 8;
/** Recent articles keep a copy of their bytes (the browser has no path to re-read). */
const RECENT_MAX_BYTES = 20 * 1024 * 1024;
export const BROWSER_DATABASE = 'glossa';

const KEY = {
  workIndex: 'work-index',
  work: (id: string) => `work:${id}`,
  glossary: (hash: string) => `glossary:${hash}`,
  legacyAutosave: 'autosave',
  userGlossary: 'user-glossary',
  userWords: (language: string) => `user-words:${language}`,
  recent: 'recent-articles',
  recentFile: (name: string) => `recent-file:${name}`,
} as const;

/** The File System Access API as far as Glossa uses it (Chromium; not in TypeScript's DOM
 *  library). A page gets a file's handle only from a picker the user answered. */
interface WritableFileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
}
type SaveFilePicker = (options: { suggestedName?: string; id?: string }) => Promise<WritableFileHandle>;

function saveFilePicker(): SaveFilePicker | undefined {
  const picker = (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  return typeof picker === 'function' ? (picker.bind(window) as SaveFilePicker) : undefined;
}

/** Reads a stored value through its validator: a damaged record reads as absent. */
function checked<T>(value: unknown, validate: (value: unknown, where: string) => T): T | null {
  if (value === undefined) return null;
  try {
    return validate(value, 'stored');
  } catch {
    return null;
  }
}

export class BrowserHost implements Host {
  readonly kind = 'browser' as const;
  /** IndexedDB writes one after another, in call order: the index is read-modify-write. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Glossary files the user let this page write (picked in a save dialog), by name. */
  private readonly glossaryHandles = new Map<string, WritableFileHandle>();

  constructor(
    private readonly store: KeyValueStore,
    private readonly limit = KEPT_ARTICLE_WORKS,
  ) {
    // First in the queue, so every read and write sees its result.
    void this.enqueue(() => this.migrateLegacySession()).catch((error: unknown) => console.warn('Glossa: could not migrate the old session', error));
  }

  static async create(): Promise<BrowserHost> {
    let store: KeyValueStore;
    try {
      store = await openKeyValueStore(BROWSER_DATABASE);
    } catch {
      // Storage refused (e.g. a locked-down profile): the app still works, only
      // autosave and recents are lost when the tab closes.
      store = memoryKeyValueStore();
    }
    return new BrowserHost(store);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async openArticle(): Promise<PickedFile | null> {
    const [file] = await chooseFiles({ accept: ARTICLE_ACCEPT, multiple: false });
    return file ? readArticleFile(file) : null;
  }

  async openGlossaries(): Promise<PickedFile[]> {
    const files = await chooseFiles({ accept: GLOSSARY_ACCEPT, multiple: true });
    return Promise.all(files.map(readPickedFile));
  }

  async openRecent(path: string): Promise<PickedFile | null> {
    const bytes = await this.store.get<Uint8Array>(KEY.recentFile(path));
    return bytes ? { name: path, bytes } : null;
  }

  async recentArticles(): Promise<string[]> {
    return (await this.store.get<string[]>(KEY.recent)) ?? [];
  }

  addRecentArticle(file: PickedFile): Promise<void> {
    return this.enqueue(async () => {
      const name = file.name;
      const previous = await this.recentArticles();
      const next = [name, ...previous.filter((n) => n !== name)].slice(0, RECENT_LIMIT);
      for (const dropped of previous.filter((n) => !next.includes(n))) await this.store.delete(KEY.recentFile(dropped));
      if (file.bytes.byteLength <= RECENT_MAX_BYTES) await this.store.set(KEY.recentFile(name), file.bytes);
      await this.store.set(KEY.recent, next);
    });
  }

  bundledSample(): Promise<{ article: PickedFile; glossary: PickedFile; glossaries?: PickedFile[] }> {
    return fetchBundledSample();
  }

  async saveExport(suggestedName: string, bytes: Uint8Array, mimeType: string): Promise<string | null> {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started reading the blob by now; give slow disks a minute.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return suggestedName;
  }

  saveWorkFile(suggestedName: string, bytes: Uint8Array): Promise<string | null> {
    return this.saveExport(suggestedName, bytes, 'application/json');
  }

  // ── Each article's work ──────────────────────────────────────────────────────────

  /** The single session of earlier versions becomes its article's work, once. */
  private async migrateLegacySession(): Promise<void> {
    const session = checked(await this.store.get(KEY.legacyAutosave), legacySession);
    if (!session) return;
    const work = workFromLegacySession(session);
    const existing = await this.readUnqueued(workKey(work.article));
    if (!existing || existing.savedAt < work.savedAt) await this.writeUnqueued(work);
    await this.store.delete(KEY.legacyAutosave);
  }

  private async index(): Promise<WorkIndexEntry[]> {
    return checked(await this.store.get(KEY.workIndex), workIndex) ?? [];
  }

  private async readUnqueued(key: string): Promise<ArticleWork | null> {
    const work = checked(await this.store.get(KEY.work(workId(key))), articleWork);
    return work && workKey(work.article) === key ? work : null;
  }

  private async writeUnqueued(given: ArticleWork): Promise<void> {
    // Glossary bytes (from an opened .glossa file) are stored once, not in every autosave.
    const work: ArticleWork = { ...given, glossaries: [] };
    for (const glossary of given.glossaries) {
      const { base64, ...rest } = glossary;
      if (base64 !== undefined) await this.keepGlossaryUnqueued(glossary.hash, base64ToBytes(base64));
      work.glossaries.push(rest);
    }
    await this.store.set(KEY.work(workId(workKey(work.article))), work);
    const { index, dropped, orphans } = recordWork(await this.index(), work, this.limit);
    await this.store.set(KEY.workIndex, index);
    for (const entry of dropped) await this.store.delete(KEY.work(entry.id));
    for (const hash of orphans) await this.store.delete(KEY.glossary(hash));
  }

  private async keepGlossaryUnqueued(hash: string, bytes: Uint8Array): Promise<void> {
    if ((await this.store.get(KEY.glossary(hash))) === undefined) await this.store.set(KEY.glossary(hash), bytes);
  }

  readWork(key: string): Promise<ArticleWork | null> {
    return this.enqueue(() => this.readUnqueued(key));
  }

  writeWork(work: ArticleWork): Promise<void> {
    return this.enqueue(() => this.writeUnqueued(work));
  }

  latestWork(): Promise<ArticleWork | null> {
    return this.enqueue(async () => {
      for (const entry of await this.index()) {
        const work = await this.readUnqueued(entry.key);
        if (work) return work;
      }
      return null;
    });
  }

  keepGlossaryCopy(hash: string, bytes: Uint8Array): Promise<void> {
    return this.enqueue(() => this.keepGlossaryUnqueued(hash, bytes));
  }

  async readGlossaryCopy(hash: string): Promise<Uint8Array | null> {
    await this.queue;
    return (await this.store.get<Uint8Array>(KEY.glossary(hash))) ?? null;
  }

  async workLocation(): Promise<string> {
    return `this browser’s storage for the site (IndexedDB database “${BROWSER_DATABASE}”)`;
  }

  // ── The user's glossary ──────────────────────────────────────────────────────────

  async readUserGlossary(): Promise<PickedFile | null> {
    const bytes = await this.store.get<Uint8Array>(KEY.userGlossary);
    return bytes ? { name: USER_GLOSSARY.fileName, bytes, role: 'user-glossary' } : null;
  }

  writeUserGlossary(bytes: Uint8Array): Promise<void> {
    return this.store.set(KEY.userGlossary, bytes);
  }

  async openSource(): Promise<PickedFile | null> {
    const [file] = await chooseFiles({ accept: SOURCE_ACCEPT, multiple: false });
    return file ? readArticleFile(file) : null;
  }

  // ── The user's own spelling words ────────────────────────────────────────────────

  async readUserWords(language: SpellLanguage): Promise<string[]> {
    const stored = await this.store.get<unknown>(KEY.userWords(language));
    // A damaged record reads as no words rather than failing the spell-check.
    return Array.isArray(stored) ? stored.filter((word): word is string => typeof word === 'string' && word !== '') : [];
  }

  writeUserWords(language: SpellLanguage, words: readonly string[]): Promise<void> {
    return this.enqueue(() => this.store.set(KEY.userWords(language), [...words]));
  }

  // ── Glossary files edited in the glossary manager ─────────────────────────────────

  glossaryWriteMode(file: GlossaryFileRef): GlossaryWriteMode {
    if (this.glossaryHandles.has(file.name)) return 'in-place';
    return saveFilePicker() ? 'choose-file' : 'download';
  }

  async writeGlossaryFile(file: GlossaryFileRef, bytes: Uint8Array, previous: Uint8Array): Promise<string | null> {
    const blob = new Blob([bytes as BlobPart], { type: mimeTypeOfGlossary(file.name) });
    const known = this.glossaryHandles.get(file.name);
    if (known) {
      const current = new Uint8Array(await (await known.getFile()).arrayBuffer());
      if (hashBytes(current) !== hashBytes(previous)) {
        throw new Error(`${known.name} was changed by another program since Glossa wrote it; save it again to choose what to keep`);
      }
      await writeHandle(known, blob);
      return known.name;
    }
    const picker = saveFilePicker();
    if (!picker) return this.saveExport(file.name, bytes, blob.type);
    let handle: WritableFileHandle;
    try {
      handle = await picker({ suggestedName: file.name, id: 'glossa-glossary' });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return null;
      throw error;
    }
    await writeHandle(handle, blob);
    this.glossaryHandles.set(file.name, handle);
    return handle.name;
  }

  setTitle(title: string, dirty: boolean): void {
    document.title = dirty ? `● ${title}` : title;
  }

  onMenuCommand(_listener: (command: MenuCommand) => void): void {
    // No native menu in a browser tab: the renderer's keyboard shortcuts cover these.
  }

  onCloseRequest(listener: () => Promise<boolean> | boolean): void {
    window.addEventListener('beforeunload', (event) => {
      // Only the browser's own prompt can stop a tab from closing, and it cannot wait
      // for a promise: anything but a synchronous `true` means "there is unsaved work".
      if (listener() === true) return;
      event.preventDefault();
      // Older Chromium/Electron builds still need returnValue set to show the prompt.
      event.returnValue = '';
    });
  }
}

async function writeHandle(handle: WritableFileHandle, blob: Blob): Promise<void> {
  // createWritable writes to a swap file that replaces the file on close: atomic.
  const writable = await handle.createWritable();
  await writable.write(blob);
  await writable.close();
}
