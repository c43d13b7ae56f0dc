// A stand-in for the `electron` module, recording what the main process asks of it, so
// the bundled main process can be wired up and driven under plain Node (Electron's
// binary is not available on the project's machines). Only the members Glossa uses.
import { EventEmitter } from 'node:events';

export interface Prevented {
  defaultPrevented: boolean;
  preventDefault(): void;
}
export function preventable<T extends object>(fields: T): T & Prevented {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  destroyed = false;
  constructor(readonly url: string) {
    super();
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  sendInputEvent(): void {}
}

export function createFakeElectron(userData: string) {
  const calls: string[] = [];
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const windows: FakeBrowserWindow[] = [];
  let readyResolve: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  let protocolHandler: ((request: Request) => Promise<Response>) | undefined;
  let permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  let permissionCheck: (() => boolean) | undefined;
  let beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
  let devicePermission: ((details: unknown) => boolean) | undefined;
  const privilegedSchemes: unknown[] = [];

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((window) => !window.closed);
    static getFocusedWindow = () => null;
    static fromWebContents = (contents: unknown) => windows.find((window) => window.webContents === contents) ?? null;
    readonly webContents: FakeWebContents;
    closed = false;
    title = '';
    loadedUrl = '';
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      this.webContents = new FakeWebContents('app://glossa/index.html');
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show(): void {}
    close(): void {
      const event = preventable({});
      this.emit('close', event);
      if (!event.defaultPrevented) {
        this.closed = true;
        this.emit('closed');
        if (FakeBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
      }
    }
    isDestroyed(): boolean {
      return this.closed;
    }
    setTitle(title: string): void {
      this.title = title;
    }
    setDocumentEdited(): void {}
    isMinimized(): boolean {
      return false;
    }
    focus(): void {}
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: (name: string, value: string) => calls.push(`app.setPath ${name} ${value}`),
    getPath: (name: string) => (name === 'userData' ? userData : `/fake/${name}`),
    enableSandbox: () => calls.push('app.enableSandbox'),
    requestSingleInstanceLock: () => true,
    whenReady: () => ready,
    addRecentDocument: (path: string) => calls.push(`app.addRecentDocument ${path}`),
    clearRecentDocuments: () => undefined,
    quit: () => calls.push('app.quit'),
    exit: (code: number) => calls.push(`app.exit ${code}`),
  });

  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof permissionRequest) => (permissionRequest = handler),
      setPermissionCheckHandler: (handler: typeof permissionCheck) => (permissionCheck = handler),
      setDevicePermissionHandler: (handler: typeof devicePermission) => (devicePermission = handler),
      webRequest: { onBeforeRequest: (handler: typeof beforeRequest) => (beforeRequest = handler) },
      protocol: {
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
          calls.push(`protocol.handle ${scheme}`);
          protocolHandler = handler;
        },
      },
    },
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => handlers.set(channel, listener),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        calls.push('protocol.registerSchemesAsPrivileged');
        privilegedSchemes.push(...schemes);
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: () => calls.push('Menu.setApplicationMenu'),
    },
    session,
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showMessageBox: async () => ({ response: 0 }),
    },
  };

  return {
    electron,
    calls,
    handlers,
    windows,
    privilegedSchemes,
    becomeReady: () => readyResolve(),
    protocolHandler: () => protocolHandler,
    permissionRequest: () => permissionRequest,
    permissionCheck: () => permissionCheck,
    beforeRequest: () => beforeRequest,
    devicePermission: () => devicePermission,
  };
}
