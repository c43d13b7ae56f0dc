// Host for the Electron edition: every operation goes through `window.glossaBridge`
// (electron/preload.ts → typed IPC → main process). Dialogs, files, the autosaved work
// and the recent list live in main; this side only adapts calls and answers close requests.
import type { GlossaBridge } from '../../shared/contract';
import { fetchBundledSample } from './bundled-sample';
import { hashBytes } from '../../shared/hash';
import { mimeTypeOfGlossary } from './glossary-mime';
import type { ArticleWork, GlossaryFileRef, GlossaryWriteMode, Host, MenuCommand, PickedFile, SpellLanguage } from './host';

/**
 * ipcRenderer.invoke wraps main-process errors as
 * "Error invoking remote method 'channel': Error: message"; the user needs only the message.
 */
export function cleanIpcError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const cleaned = message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
  return new Error(cleaned);
}

async function call<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw cleanIpcError(error);
  }
}

/** Electron delivers bytes as Uint8Array views; give the UI plain, owned arrays. */
function ownBytes(file: PickedFile): PickedFile {
  return { ...file, bytes: new Uint8Array(file.bytes) };
}

export class ElectronHost implements Host {
  readonly kind = 'electron';
  private closeListener: (() => Promise<boolean> | boolean) | undefined;

  constructor(
    private readonly bridge: GlossaBridge,
    private readonly loadBundledSample: Host['bundledSample'] = fetchBundledSample,
  ) {
    // Subscribed at once (not when the UI registers its listener) so that main always
    // gets an answer: without a listener there is nothing unsaved to protect.
    bridge.onCloseRequested((requestId) => {
      void this.answerCloseRequest(requestId);
    });
  }

  private async answerCloseRequest(requestId: number): Promise<void> {
    let decision: 'close' | 'stay' | 'failed';
    try {
      decision = this.closeListener === undefined || (await this.closeListener()) ? 'close' : 'stay';
    } catch (error) {
      // Main then asks the user natively whether to close anyway.
      console.error('Glossa: the close check failed', error);
      decision = 'failed';
    }
    await this.bridge.respondToCloseRequest(requestId, decision).catch((error: unknown) => {
      console.error('Glossa: could not answer the close request', error);
    });
  }

  openArticle(): Promise<PickedFile | null> {
    return call(async () => {
      const file = await this.bridge.openArticle();
      return file && ownBytes(file);
    });
  }

  openGlossaries(): Promise<PickedFile[]> {
    return call(async () => (await this.bridge.openGlossaries()).map(ownBytes));
  }

  openRecent(path: string): Promise<PickedFile | null> {
    return call(async () => {
      const file = await this.bridge.openRecent(path);
      return file && ownBytes(file);
    });
  }

  recentArticles(): Promise<string[]> {
    return call(() => this.bridge.recentArticles());
  }

  async pickedFromDrop(file: File): Promise<PickedFile> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const path = this.bridge.pathForFile(file);
    return path === '' ? { name: file.name, bytes } : { name: file.name, path, bytes };
  }

  async addRecentArticle(file: PickedFile): Promise<void> {
    if (file.path === undefined) return; // nothing to reopen later
    // Best effort: failing to remember a recent file must not fail the open itself.
    await this.bridge.addRecentArticle(file.path).catch((error: unknown) => {
      console.warn('Glossa: could not add to recent articles', cleanIpcError(error).message);
    });
  }

  bundledSample(): Promise<{ article: PickedFile; glossary: PickedFile; glossaries?: PickedFile[] }> {
    return this.loadBundledSample();
  }

  saveExport(suggestedName: string, bytes: Uint8Array, mimeType: string): Promise<string | null> {
    return call(() => this.bridge.saveExport(suggestedName, bytes, mimeType));
  }

  saveWorkFile(suggestedName: string, bytes: Uint8Array, options: { articlePath?: string; target?: string }): Promise<string | null> {
    return call(() => this.bridge.saveWorkFile(suggestedName, bytes, options));
  }

  readWork(key: string): Promise<ArticleWork | null> {
    return call(() => this.bridge.readWork(key));
  }

  writeWork(work: ArticleWork): Promise<void> {
    return call(() => this.bridge.writeWork(work));
  }

  latestWork(): Promise<ArticleWork | null> {
    return call(() => this.bridge.latestWork());
  }

  keepGlossaryCopy(hash: string, bytes: Uint8Array): Promise<void> {
    return call(() => this.bridge.keepGlossaryCopy(hash, bytes));
  }

  readGlossaryCopy(hash: string): Promise<Uint8Array | null> {
    return call(async () => {
      const bytes = await this.bridge.readGlossaryCopy(hash);
      return bytes && new Uint8Array(bytes);
    });
  }

  workLocation(): Promise<string> {
    return call(() => this.bridge.workLocation());
  }

  readUserGlossary(): Promise<PickedFile | null> {
    return call(async () => {
      const file = await this.bridge.readUserGlossary();
      // Main marks it; the mark is restated here so no other file can pass for it.
      return file && { ...ownBytes(file), role: 'user-glossary' };
    });
  }

  writeUserGlossary(bytes: Uint8Array): Promise<void> {
    return call(() => this.bridge.writeUserGlossary(bytes));
  }

  openSource(): Promise<PickedFile | null> {
    return call(async () => {
      const file = await this.bridge.openSource();
      return file && ownBytes(file);
    });
  }

  findSource(articlePath: string, language?: string): Promise<PickedFile | null> {
    return call(async () => {
      const file = await this.bridge.findSource(articlePath, language);
      return file && ownBytes(file);
    });
  }

  readUserWords(language: SpellLanguage): Promise<string[]> {
    return call(() => this.bridge.readUserWords(language));
  }

  writeUserWords(language: SpellLanguage, words: readonly string[]): Promise<void> {
    return call(() => this.bridge.writeUserWords(language, [...words]));
  }

  glossaryWriteMode(file: GlossaryFileRef): GlossaryWriteMode {
    return file.path !== undefined ? 'in-place' : 'download';
  }

  writeGlossaryFile(file: GlossaryFileRef, bytes: Uint8Array, previous: Uint8Array): Promise<string | null> {
    const { path } = file;
    if (path === undefined) return this.saveExport(file.name, bytes, mimeTypeOfGlossary(file.name));
    return call(async () => {
      await this.bridge.writeGlossaryFile(path, bytes, hashBytes(previous));
      return path;
    });
  }

  setTitle(title: string, dirty: boolean): void {
    // The page title matches the browser edition; the native window title is main's to
    // set (with the OS's own unsaved marker), so the page title never drives it.
    document.title = dirty ? `● ${title}` : title;
    // Fire and forget: the Host contract is synchronous, and a lost title is harmless.
    this.bridge.setTitle(title, dirty).catch((error: unknown) => {
      console.warn('Glossa: could not set the window title', error);
    });
  }

  onMenuCommand(listener: (command: MenuCommand) => void): void {
    this.bridge.onMenuCommand(listener);
  }

  onOpenRecent(listener: (path: string) => void): void {
    this.bridge.onOpenRecent(listener);
  }

  onCloseRequest(listener: () => Promise<boolean> | boolean): void {
    this.closeListener = listener;
  }
}

/** The preload's bridge, if this page runs inside the Glossa Electron window. */
export function findGlossaBridge(): GlossaBridge | undefined {
  const candidate = (window as { glossaBridge?: unknown }).glossaBridge;
  return typeof candidate === 'object' && candidate !== null ? (candidate as GlossaBridge) : undefined;
}

export function createElectronHost(bridge: GlossaBridge | undefined = findGlossaBridge()): Host {
  if (!bridge) throw new Error('createElectronHost: window.glossaBridge is missing (not running in Electron?)');
  return new ElectronHost(bridge);
}
