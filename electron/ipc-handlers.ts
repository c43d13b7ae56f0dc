// The main-process side of every IPC channel: dialogs, files, each article's autosaved
// work and its `.glossa` file, the recent list, window title and close answers. Registration goes through the guarded `handle`, so each
// handler below receives an already validated request from our own renderer page.
// Runtime Electron objects (ipcMain, dialogs, windows) are injected.
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import type { PickedFile } from '../shared/contract';
import type { CloseGuard } from './close-guard';
import { isWorkFileName, WORK_FILE_EXTENSION } from '../shared/work';
import { hashBytes } from '../shared/hash';
import { EDITABLE_GLOSSARY_EXTENSIONS, extensionOf, isOpenableFileName, sanitizeSuggestedName } from './file-names';
import { isSameFile, MAX_FILE_BYTES, readFileLimited, writeFileAtomic } from './files';
import { handle, UserFacingError, type IpcMainLike } from './ipc-main';
import type { RecentList } from './recent';
import { findSourceBeside } from './source-files';
import type { UserDictionaryStore } from './user-dictionary';
import type { UserGlossaryStore } from './user-glossary';
import type { WorkStore } from './work-store';

export interface DialogService {
  pickArticle(window: BrowserWindow, defaultDir?: string): Promise<string | null>;
  pickGlossaries(window: BrowserWindow, defaultDir?: string): Promise<string[]>;
  pickSource(window: BrowserWindow, defaultDir?: string): Promise<string | null>;
  pickExportTarget(window: BrowserWindow, defaultPath: string): Promise<string | null>;
  pickWorkTarget(window: BrowserWindow, defaultPath: string): Promise<string | null>;
  confirmReplaceArticle(window: BrowserWindow, target: string): Promise<boolean>;
  confirmReplaceFile(window: BrowserWindow, target: string): Promise<boolean>;
}

export interface IpcHandlerDeps {
  ipcMain: IpcMainLike;
  windowOf(event: IpcMainInvokeEvent): BrowserWindow | null;
  closeGuardOf(window: BrowserWindow): CloseGuard | undefined;
  dialogs: DialogService;
  work: WorkStore;
  userGlossary: UserGlossaryStore;
  userDictionary: UserDictionaryStore;
  recent: RecentList;
  /** Glossary files the user loaded through Load glossary: the glossary manager writes
   *  back to these and to no other path. */
  glossaryFiles: RecentList;
  /** Called after the recent list changed (the File menu is rebuilt). */
  onRecentChanged(list: string[]): void;
  setTitle(window: BrowserWindow, title: string, dirty: boolean): void;
  /** Where dialogs start when nothing was opened yet (the Documents folder). */
  defaultDir(): string;
}

/** Where main keeps the glossary files the user loaded (see IpcHandlerDeps.glossaryFiles). */
export const GLOSSARY_FILES_LIST = 'glossary-files.json';

/** A `.glossa` file holds the MT and the post-edit (and glossaries): up to a few articles. */
const MAX_WORK_FILE_BYTES = 4 * MAX_FILE_BYTES;

async function pickedFile(filePath: string): Promise<PickedFile> {
  const limit = isWorkFileName(filePath) ? MAX_WORK_FILE_BYTES : MAX_FILE_BYTES;
  return { name: path.basename(filePath), path: filePath, bytes: await readFileLimited(filePath, limit) };
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

  /** `.glossa` files the user chose or opened: Ctrl+S may write to them without asking. */
  const workTargets = new Set<string>();

  /** A file handed to the window: dialogs start in its folder, exports onto it are confirmed. */
  function noteOpened(filePath: string): void {
    if (isWorkFileName(filePath)) workTargets.add(filePath);
    else openedArticles.add(filePath);
    lastDir = path.dirname(filePath);
  }

  // Recent gets a file only once the window says it opened it (`recent:add`): a file that
  // failed to decode is not offered again as if it had worked.
  handle(deps.ipcMain, 'article:open', async (_request, event: IpcMainInvokeEvent) => {
    const filePath = await deps.dialogs.pickArticle(windowFor(event), lastDir ?? deps.defaultDir());
    if (filePath === null) return null;
    const file = await pickedFile(filePath);
    noteOpened(filePath);
    return file;
  });

  handle(deps.ipcMain, 'glossaries:open', async (_request, event: IpcMainInvokeEvent) => {
    const paths = await deps.dialogs.pickGlossaries(windowFor(event), lastDir ?? deps.defaultDir());
    const files: PickedFile[] = [];
    for (const filePath of paths) {
      files.push(await pickedFile(filePath));
      await deps.glossaryFiles.add(filePath);
    }
    return files;
  });

  // The glossary manager's write-back: only to a glossary file the user loaded through
  // the dialog (never a path the page makes up), only a format Glossa edits, and only
  // while the file still holds the bytes the edit was made on (another program may have
  // changed it since: that is asked to be reloaded, never overwritten).
  handle(deps.ipcMain, 'glossary:write', async ({ path: filePath, bytes, previousHash }) => {
    const name = path.basename(filePath);
    if (!path.isAbsolute(filePath) || !(await deps.glossaryFiles.has(filePath))) {
      throw new UserFacingError(`${name}: Glossa writes only to glossary files loaded with Load glossary; load it again to edit it`);
    }
    if (!EDITABLE_GLOSSARY_EXTENSIONS.includes(extensionOf(filePath))) {
      throw new UserFacingError(`${name}: Glossa edits only TSV, CSV and JSON glossaries`);
    }
    const current = await readFileLimited(filePath);
    if (hashBytes(current) !== previousHash) {
      throw new UserFacingError(`${name} was changed by another program since Glossa read it; load it again, then edit it`);
    }
    await writeFileAtomic(filePath, bytes);
    return null;
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
    noteOpened(filePath);
    return file;
  });

  handle(deps.ipcMain, 'recent:add', async ({ path: filePath }) => {
    // An article the window opened. Accepting any path would let a broken page enrol any
    // file for `recent:open`, so: absolute, an article or .glossa type, a real file.
    if (!path.isAbsolute(filePath) || !isOpenableFileName(filePath)) {
      throw new UserFacingError(`${path.basename(filePath)} is not an article file`);
    }
    const stats = await fs.stat(filePath).catch(() => null);
    if (!stats?.isFile()) throw new UserFacingError(`${path.basename(filePath)} is not an article file`);
    noteOpened(filePath);
    deps.onRecentChanged(await deps.recent.add(filePath));
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

  handle(deps.ipcMain, 'work:read', ({ key }) => deps.work.read(key));
  handle(deps.ipcMain, 'work:write', async (work) => {
    await deps.work.write(work);
    return null;
  });
  handle(deps.ipcMain, 'work:latest', () => deps.work.latest());
  handle(deps.ipcMain, 'work:keep-glossary', async ({ hash, bytes }) => {
    await deps.work.keepGlossary(hash, bytes);
    return null;
  });
  handle(deps.ipcMain, 'work:glossary', ({ hash }) => deps.work.readGlossary(hash));
  handle(deps.ipcMain, 'work:location', () => deps.work.location);

  handle(deps.ipcMain, 'work:save-file', async ({ suggestedName, bytes, articlePath, target }, event: IpcMainInvokeEvent) => {
    // Silently only onto a .glossa file the user chose or opened (in this run, or from
    // Recent, which lists only files the user opened); anything else goes through the
    // save dialog, which asks before replacing a file.
    if (target !== undefined && isWorkFileName(target) && (workTargets.has(target) || (await deps.recent.has(target)))) {
      await writeFileAtomic(target, bytes);
      workTargets.add(target);
      return target;
    }
    const window = windowFor(event);
    const folder = articlePath !== undefined && path.isAbsolute(articlePath) ? path.dirname(articlePath) : (lastDir ?? deps.defaultDir());
    const chosen = await deps.dialogs.pickWorkTarget(window, path.join(folder, sanitizeSuggestedName(suggestedName, `article.${WORK_FILE_EXTENSION}`)));
    if (chosen === null) return null;
    const destination = isWorkFileName(chosen) ? chosen : `${chosen}.${WORK_FILE_EXTENSION}`;
    // The dialog asked about replacing what was chosen; a name it did not show is asked here.
    if (destination !== chosen && (await fs.stat(destination).catch(() => null)) && !(await deps.dialogs.confirmReplaceFile(window, destination))) {
      return null;
    }
    for (const article of openedArticles) {
      if (await isSameFile(article, destination)) {
        if (!(await deps.dialogs.confirmReplaceArticle(window, destination))) return null;
        break;
      }
    }
    await writeFileAtomic(destination, bytes);
    workTargets.add(destination);
    deps.onRecentChanged(await deps.recent.add(destination));
    return destination;
  });

  handle(deps.ipcMain, 'source:open', async (_request, event: IpcMainInvokeEvent) => {
    const filePath = await deps.dialogs.pickSource(windowFor(event), lastDir ?? deps.defaultDir());
    if (filePath === null) return null;
    lastDir = path.dirname(filePath);
    return pickedFile(filePath);
  });

  // Beside an article file only (absolute, an article's extension): the same files the
  // window may already enrol with `recent:add`; only the sibling core's rule names is read.
  handle(deps.ipcMain, 'source:find', ({ articlePath, language }) => findSourceBeside(articlePath, language));

  handle(deps.ipcMain, 'user-words:read', ({ language }) => deps.userDictionary.read(language));
  handle(deps.ipcMain, 'user-words:write', async ({ language, words }) => {
    await deps.userDictionary.write(language, words);
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
