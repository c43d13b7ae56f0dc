// The browser edition's Host: file inputs to open, <a download> to save, IndexedDB for
// the autosave slot, the user's glossary and the recent-articles list.
import { USER_GLOSSARY } from '../../shared/contract';
import type { Host, MenuCommand, PickedFile, SessionSnapshot } from './host';
import { fetchBundledSample } from './bundled-sample';
import { chooseFiles, readArticleFile, readPickedFile } from './file-input';
import { memoryKeyValueStore, openKeyValueStore, type KeyValueStore } from './idb-kv';

const ARTICLE_ACCEPT = '.txt,.md,.markdown,text/plain,text/markdown';
const GLOSSARY_ACCEPT = '.tsv,.tab,.txt,.csv,.json,.tbx,.xml';
const RECENT_LIMIT = 8;
/** Recent articles keep a copy of their bytes (the browser has no path to re-read). */
const RECENT_MAX_BYTES = 20 * 1024 * 1024;

const KEY = {
  autosave: 'autosave',
  userGlossary: 'user-glossary',
  recent: 'recent-articles',
  recentFile: (name: string) => `recent-file:${name}`,
} as const;

export class BrowserHost implements Host {
  readonly kind = 'browser' as const;

  private constructor(private readonly store: KeyValueStore) {}

  static async create(): Promise<BrowserHost> {
    let store: KeyValueStore;
    try {
      store = await openKeyValueStore('glossa');
    } catch {
      // Storage refused (e.g. a locked-down profile): the app still works, only
      // autosave and recents are lost when the tab closes.
      store = memoryKeyValueStore();
    }
    return new BrowserHost(store);
  }

  async openArticle(): Promise<PickedFile | null> {
    const [file] = await chooseFiles({ accept: ARTICLE_ACCEPT, multiple: false });
    if (!file) return null;
    const picked = await readArticleFile(file);
    await this.addRecentArticle(picked);
    return picked;
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

  async addRecentArticle(file: PickedFile): Promise<void> {
    const name = file.name;
    const previous = await this.recentArticles();
    const next = [name, ...previous.filter((n) => n !== name)].slice(0, RECENT_LIMIT);
    for (const dropped of previous.filter((n) => !next.includes(n))) {
      await this.store.delete(KEY.recentFile(dropped));
    }
    if (file.bytes.byteLength <= RECENT_MAX_BYTES) await this.store.set(KEY.recentFile(name), file.bytes);
    await this.store.set(KEY.recent, next);
  }

  bundledSample(): Promise<{ article: PickedFile; glossary: PickedFile }> {
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

  async readAutosave(): Promise<SessionSnapshot | null> {
    const snapshot = await this.store.get<SessionSnapshot>(KEY.autosave);
    return snapshot?.version === 1 ? snapshot : null;
  }

  writeAutosave(snapshot: SessionSnapshot): Promise<void> {
    return this.store.set(KEY.autosave, snapshot);
  }

  clearAutosave(): Promise<void> {
    return this.store.delete(KEY.autosave);
  }

  async readUserGlossary(): Promise<PickedFile | null> {
    const bytes = await this.store.get<Uint8Array>(KEY.userGlossary);
    return bytes ? { name: USER_GLOSSARY.fileName, bytes } : null;
  }

  writeUserGlossary(bytes: Uint8Array): Promise<void> {
    return this.store.set(KEY.userGlossary, bytes);
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
