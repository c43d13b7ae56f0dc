// The main-process side of every IPC channel: dialogs, files, autosave, recent list,
// window title and close answers. Registration goes through the guarded `handle`, so each
// handler below receives an already validated request from our own renderer page.
// Runtime Electron objects (ipcMain, dialogs, windows) are injected.
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import type { PickedFile } from '../shared/contract';
import type { AutosaveStore } from './autosave';
import type { CloseGuard } from './close-guard';
import { isArticleFileName, sanitizeSuggestedName } from './file-names';
import { isSameFile, readFileLimited, writeFileAtomic } from './files';
import { handle, UserFacingError, type IpcMainLike } from './ipc-main';
import type { RecentList } from './recent';
import type { UserGlossaryStore } from './user-glossary';

export interface DialogService {
  pickArticle(window: BrowserWindow, defaultDir?: string): Promise<string | null>;
  pickGlossaries(window: BrowserWindow, defaultDir?: string): Promise<string[]>;
  pickExportTarget(window: BrowserWindow, defaultPath: string): Promise<string | null>;
  confirmReplaceArticle(window: BrowserWindow, target: string): Promise<boolean>;
}

export interface IpcHandlerDeps {
  ipcMain: IpcMainLike;
  windowOf(event: IpcMainInvokeEvent): BrowserWindow | null;
  closeGuardOf(window: BrowserWindow): CloseGuard | undefined;
  dialogs: DialogService;
  autosave: AutosaveStore;
  userGlossary: UserGlossaryStore;
  recent: RecentList;
  /** Called after the recent list changed (the File menu is rebuilt). */
  onRecentChanged(list: string[]): void;
  setTitle(window: BrowserWindow, title: string, dirty: boolean): void;
  /** Where dialogs start when nothing was opened yet (the Documents folder). */
  defaultDir(): string;
}

async function pickedFile(filePath: string): Promise<PickedFile> {
  return { name: path.basename(filePath), path: filePath, bytes: await readFileLimited(filePath) };
}

export function registerIpcHandlers(deps: IpcHandlerDeps): void {
  /** Articles opened in this run: an export onto one of them needs an extra confirmation. */
  const openedArticles = new Set<string>();
  let lastDir: string | undefined;

  function windowFor(event: IpcMainInvokeEvent): BrowserWindow {
    const window = deps.windowOf(event);
    if (!window) throw new UserFacingError('The Glossa window is gone');
    return window;
  }

  async function rememberArticle(filePath: string): Promise<void> {
    openedArticles.add(filePath);
    lastDir = path.dirname(filePath);
    deps.onRecentChanged(await deps.recent.add(filePath));
  }

  handle(deps.ipcMain, 'article:open', async (_request, event: IpcMainInvokeEvent) => {
    const filePath = await deps.dialogs.pickArticle(windowFor(event), lastDir ?? deps.defaultDir());
    if (filePath === null) return null;
    const file = await pickedFile(filePath);
    await rememberArticle(filePath);
    return file;
  });

  handle(deps.ipcMain, 'glossaries:open', async (_request, event: IpcMainInvokeEvent) => {
    const paths = await deps.dialogs.pickGlossaries(windowFor(event), lastDir ?? deps.defaultDir());
    const files: PickedFile[] = [];
    for (const filePath of paths) files.push(await pickedFile(filePath));
    return files;
  });

  handle(deps.ipcMain, 'recent:list', () => deps.recent.list());

  handle(deps.ipcMain, 'recent:open', async ({ path: filePath }) => {
    // Only paths the user opened before: the renderer cannot name an arbitrary file.
    if (!(await deps.recent.has(filePath))) throw new UserFacingError(`${path.basename(filePath)} is not a recent article`);
    try {
      await fs.access(filePath);
    } catch {
      deps.onRecentChanged(await deps.recent.remove(filePath));
      return null; // gone: the Host contract says null
    }
    const file = await pickedFile(filePath);
    await rememberArticle(filePath);
    return file;
  });

  handle(deps.ipcMain, 'recent:add', async ({ path: filePath }) => {
    // A dropped article the renderer read itself. Accepting any path would let a broken
    // page enrol any file for `recent:open`, so: absolute, an article type, a real file.
    if (!path.isAbsolute(filePath) || !isArticleFileName(filePath)) {
      throw new UserFacingError(`${path.basename(filePath)} is not an article file`);
    }
    const stats = await fs.stat(filePath).catch(() => null);
    if (!stats?.isFile()) throw new UserFacingError(`${path.basename(filePath)} is not an article file`);
    await rememberArticle(filePath);
    return null;
  });

  handle(deps.ipcMain, 'export:save', async ({ suggestedName, bytes }, event: IpcMainInvokeEvent) => {
    const window = windowFor(event);
    const defaultPath = path.join(lastDir ?? deps.defaultDir(), sanitizeSuggestedName(suggestedName));
    const target = await deps.dialogs.pickExportTarget(window, defaultPath);
    if (target === null) return null;
    for (const article of openedArticles) {
      if (await isSameFile(article, target)) {
        if (!(await deps.dialogs.confirmReplaceArticle(window, target))) return null;
        break;
      }
    }
    await writeFileAtomic(target, bytes);
    return target;
  });

  handle(deps.ipcMain, 'autosave:read', () => deps.autosave.read());
  handle(deps.ipcMain, 'autosave:write', async (snapshot) => {
    await deps.autosave.write(snapshot);
    return null;
  });
  handle(deps.ipcMain, 'autosave:clear', async () => {
    await deps.autosave.clear();
    return null;
  });

  handle(deps.ipcMain, 'user-glossary:read', () => deps.userGlossary.read());
  handle(deps.ipcMain, 'user-glossary:write', async ({ bytes }) => {
    await deps.userGlossary.write(bytes);
    return null;
  });

  handle(deps.ipcMain, 'window:set-title', ({ title, dirty }, event: IpcMainInvokeEvent) => {
    deps.setTitle(windowFor(event), title, dirty);
    return null;
  });

  handle(deps.ipcMain, 'window:close-response', ({ requestId, decision }, event: IpcMainInvokeEvent) => {
    deps.closeGuardOf(windowFor(event))?.answer(requestId, decision);
    return null;
  });
}
