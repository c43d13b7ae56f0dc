// Preload for the sandboxed renderer. Sandboxed preloads may require only a few
// modules, so this file is bundled (scripts/build-electron.mjs) into one CommonJS file
// whose only import is `electron` (contextBridge, ipcRenderer, webUtils).
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './bridge';
import { validateEventPayload, type DroppedFile, type Invoke, type MainEvent, type Subscribe } from '../shared/contract';

const invoke: Invoke = (channel, request) => ipcRenderer.invoke(channel, request);

const subscribe: Subscribe = (event, listener) => {
  const relay = (_event: Electron.IpcRendererEvent, payload: unknown): void => {
    let checked;
    try {
      checked = validateEventPayload(event, payload);
    } catch (error) {
      console.warn(`glossaBridge: ignored a malformed "${event}" event:`, error);
      return;
    }
    listener(checked);
  };
  const channel: MainEvent = event;
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
};

/** Dropped files carry their real path only through webUtils (File.path is gone). */
function pathForFile(file: DroppedFile): string {
  try {
    // The page hands over the DOM File it got from the drop event.
    return webUtils.getPathForFile(file as File);
  } catch {
    return '';
  }
}

contextBridge.exposeInMainWorld('glossaBridge', createBridge(invoke, subscribe, pathForFile));
