// The renderer's only door to the outside world. Two real implementations:
// `electron-host.ts` (preload bridge → typed IPC → main process) and
// `browser-host.ts` (file inputs / File System Access API, downloads, IndexedDB).
// Nothing in the UI may touch files, storage or menus except through a Host.
//
// Additive change (Electron shell): optional `onOpenRecent`, so the native File › Open
// recent menu can ask the UI to reopen a path. Hosts without a native menu omit it.
//
// Changes since the foundation commit (all additive; existing members unchanged):
// - `electron-host.ts` must export `createElectronHost(): Host`; renderer/host/pick-host.ts
//   calls it when `window.glossaBridge` exists (the preload exposes it).
// - SessionSnapshot gains optional fields: `unsaved`, `savedPostEdit`, `hadBom`,
//   `encoding`, `hideUnchanged`. Old snapshots without them still restore.
//   The autosave slot doubles as the session store: "Save session" (Ctrl+S) writes the
//   snapshot with `unsaved: false`; the 1 s autosave writes `unsaved: true`. The next
//   start reopens a saved snapshot silently and offers Restore/Discard for an unsaved one.
// - Host gains two optional members for drag-and-drop: `pickedFromDrop` (turn a dropped
//   DOM File into a PickedFile; Electron can add the real path) and `addRecentArticle`
//   (remember an article that did not come through `openArticle`).
// - MenuCommand gains 'copy-cleaned-text' (File › Copy cleaned text, Ctrl+Shift+C).
// - onCloseRequest: the listener returns `true` synchronously when nothing is unsaved.
//   The browser host can only ask through the native beforeunload prompt, so it treats
//   any other result as "ask"; Electron awaits the promise (the renderer's own dialog).

import type { MenuCommand, PickedFile, SessionSnapshot } from '../../shared/contract';

export type { MenuCommand, PickedFile, SessionGlossary, SessionSnapshot } from '../../shared/contract';

export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Ask the user for an article (.txt/.md). Null when cancelled. */
  openArticle(): Promise<PickedFile | null>;
  /** Ask for one or more glossary files (TSV/CSV/JSON/TBX). Empty when cancelled. */
  openGlossaries(): Promise<PickedFile[]>;
  /** Re-open a recent article by the path `recentArticles` gave. Null if it is gone. */
  openRecent(path: string): Promise<PickedFile | null>;
  recentArticles(): Promise<string[]>;
  /** The bundled seed article and glossary, for the first start. */
  bundledSample(): Promise<{ article: PickedFile; glossary: PickedFile }>;
  /**
   * Save an export. Electron: native save dialog, atomic write, never over the article
   * itself without the dialog's own confirmation. Browser: a download.
   * Returns where it went (path or file name), or null when cancelled.
   */
  saveExport(suggestedName: string, bytes: Uint8Array, mimeType: string): Promise<string | null>;
  /** The autosave slot (user data folder in Electron, IndexedDB in the browser). */
  readAutosave(): Promise<SessionSnapshot | null>;
  writeAutosave(snapshot: SessionSnapshot): Promise<void>;
  clearAutosave(): Promise<void>;
  /** The user's own writable glossary (TSV in the user data folder / IndexedDB). */
  readUserGlossary(): Promise<PickedFile | null>;
  writeUserGlossary(bytes: Uint8Array): Promise<void>;
  /** Window title and the unsaved marker (Electron also sets documentEdited). */
  setTitle(title: string, dirty: boolean): void;
  /** Native menu / accelerator commands (Electron); the browser edition wires keys itself. */
  onMenuCommand(listener: (command: MenuCommand) => void): void;
  /**
   * Optional: the native File › Open recent menu picked `path` (Electron only). The UI
   * handles it like `open-article` (unsaved-work check first), then calls `openRecent(path)`.
   */
  onOpenRecent?(listener: (path: string) => void): void;
  /**
   * Called before the window closes. Return true to let it close. Electron asks the
   * renderer through IPC; the browser uses beforeunload.
   */
  onCloseRequest(listener: () => Promise<boolean> | boolean): void;
  /**
   * Optional: turn a file dropped on the window into a PickedFile. Electron can fill in
   * `path` (webUtils.getPathForFile) and record it as recent. Without it the renderer
   * reads the bytes itself and calls `addRecentArticle`.
   */
  pickedFromDrop?(file: File): Promise<PickedFile>;
  /** Optional: remember an article opened without `openArticle` (e.g. dropped) as recent. */
  addRecentArticle?(file: PickedFile): Promise<void>;
}
