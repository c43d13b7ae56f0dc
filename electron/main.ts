// App lifecycle: wires the modules together. Everything with logic lives in its own
// module (and is unit-tested there); this file only decides what happens when.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { registerAppSchemePrivileges, serveRendererFrom } from './app-protocol';
import { installCloseGuard, type CloseGuard } from './close-guard';
import * as dialogs from './dialogs';
import { GLOSSARY_FILES_LIST, registerIpcHandlers } from './ipc-handlers';
import { sendEvent } from './ipc-main';
import { buildMenuTemplate } from './menu';
import { createRecentList } from './recent';
import { hardenSession, hardenWebContents } from './security';
import { createUserDictionaryStore } from './user-dictionary';
import { createUserGlossaryStore } from './user-glossary';
import { createWorkStore } from './work-store';
import { applyTitle, createMainWindow } from './windows';

// Bundled as dist/electron/main.cjs: the preload and the icon sit beside it, the renderer
// build in dist/renderer.
const preloadPath = path.join(__dirname, 'preload.cjs');
const iconPath = path.join(__dirname, 'icon.png');
const rendererDir = path.join(__dirname, '..', 'renderer');

// Tests (and anyone running two profiles) point the app at another profile folder.
if (process.env.GLOSSA_USER_DATA_DIR) app.setPath('userData', path.resolve(process.env.GLOSSA_USER_DATA_DIR));

registerAppSchemePrivileges();
app.enableSandbox();

// Every WebContents, including ones we never create on purpose, gets the same rules.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

const closeGuards = new WeakMap<BrowserWindow, CloseGuard>();
let mainWindow: BrowserWindow | null = null;
let quitting = false;

function focusedOrMainWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? mainWindow;
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  hardenSession(session.defaultSession);
  serveRendererFrom(session.defaultSession, rendererDir);

  const work = createWorkStore({ dir: userData });
  const userGlossary = createUserGlossaryStore({ dir: userData });
  const userDictionary = createUserDictionaryStore({ dir: userData });
  const recent = createRecentList({ dir: userData, addRecentDocument: (filePath) => app.addRecentDocument(filePath) });
  // Glossary files the user loaded: the only files the glossary manager may write back.
  const glossaryFiles = createRecentList({ dir: userData, fileName: GLOSSARY_FILES_LIST, limit: 200 });

  function rebuildMenu(recentPaths: readonly string[]): void {
    const template = buildMenuTemplate(
      { platform: process.platform, isPackaged: app.isPackaged, recent: recentPaths, productName: 'Glossa' },
      {
        command: (command) => {
          const window = focusedOrMainWindow();
          if (window) sendEvent(window.webContents, 'menu:command', command);
        },
        openRecent: (filePath) => {
          const window = focusedOrMainWindow();
          if (window) sendEvent(window.webContents, 'menu:open-recent', { path: filePath });
        },
        clearRecent: () => {
          void (async () => {
            for (const filePath of await recent.list()) await recent.remove(filePath);
            app.clearRecentDocuments();
            rebuildMenu([]);
          })();
        },
        find: () => {
          const window = focusedOrMainWindow();
          window?.webContents.sendInputEvent({
            type: 'keyDown',
            keyCode: 'F',
            modifiers: [process.platform === 'darwin' ? 'meta' : 'control'],
          });
        },
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  registerIpcHandlers({
    ipcMain,
    windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
    closeGuardOf: (window) => closeGuards.get(window),
    dialogs,
    work,
    userGlossary,
    userDictionary,
    recent,
    glossaryFiles,
    onRecentChanged: rebuildMenu,
    setTitle: applyTitle,
    defaultDir: () => app.getPath('documents'),
  });

  rebuildMenu(await recent.list());

  function openMainWindow(): void {
    const window = createMainWindow({ preloadPath, iconPath, allowDevTools: !app.isPackaged });
    const guard = installCloseGuard(window, {
      confirmCloseAnyway: (reason) => dialogs.confirmCloseAnyway(window, reason),
      // The renderer autosaves as the user types; make sure the last write has landed.
      beforeClose: () => work.flush(),
      // Electron cancels the quit when a window refuses to close; forget it here too, or
      // closing that window later (macOS keeps the app running) would still quit.
      onKeptOpen: () => {
        quitting = false;
      },
    });
    closeGuards.set(window, guard);
    window.webContents.on('render-process-gone', () => guard.rendererGone());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      // A quit that a close guard interrupted continues once the user let the window go.
      if (quitting) app.quit();
    });
    mainWindow = window;
  }

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  openMainWindow();

  let autosaveFlushed = false;
  app.on('will-quit', (event) => {
    if (autosaveFlushed) return;
    event.preventDefault();
    void work.flush().finally(() => {
      autosaveFlushed = true;
      app.quit();
    });
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Glossa is running with this profile; it gets focused (second-instance) instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Glossa failed to start:', error);
    app.exit(1);
  });
}
