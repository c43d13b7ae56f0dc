// The main window: locked-down web preferences (Electron's security checklist) and the
// renderer loaded from our own app:// origin. Per-WebContents hardening (no navigation,
// no window.open) is applied app-wide in security.ts, so it covers every WebContents.
import { BrowserWindow } from 'electron';
import { RENDERER_ENTRY_URL } from './renderer-origin';
import { windowTitle } from './window-title';

export interface MainWindowOptions {
  preloadPath: string;
  iconPath?: string;
  /** DevTools are available in development only. */
  allowDevTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Glossa',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.allowDevTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  // The title comes from the renderer through window:set-title (applyTitle), not from the
  // page's <title>, so the unsaved marker follows each platform's convention.
  window.on('page-title-updated', (event) => event.preventDefault());
  void window.loadURL(RENDERER_ENTRY_URL);
  return window;
}

export function applyTitle(window: BrowserWindow, title: string, dirty: boolean): void {
  window.setTitle(windowTitle(title, dirty, process.platform));
  window.setDocumentEdited(dirty);
}
