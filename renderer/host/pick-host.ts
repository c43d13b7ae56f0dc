// Chooses the Host at startup: the Electron preload exposes `window.glossaBridge`;
// anything else is the browser edition.
import type { Host } from './host';
import { BrowserHost } from './browser-host';

declare global {
  interface Window {
    /** Set by the Electron preload script (contextBridge); absent in a browser. */
    glossaBridge?: unknown;
  }
}

interface ElectronHostModule {
  createElectronHost(): Host;
}

// import.meta.glob rather than a plain import: the Electron host is written alongside
// and the browser edition must still build (and run) when that file is absent.
const electronHostModules = import.meta.glob<ElectronHostModule>('./electron-host.ts');

export async function pickHost(): Promise<Host> {
  const loadElectronHost = electronHostModules['./electron-host.ts'];
  if (window.glossaBridge !== undefined && loadElectronHost) {
    const module = await loadElectronHost();
    return module.createElectronHost();
  }
  return BrowserHost.create();
}
