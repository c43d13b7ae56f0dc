// The renderer's only door to the outside world. Two real implementations:
// `electron-host.ts` (preload bridge → typed IPC → main process) and
// `browser-host.ts` (file inputs, downloads, IndexedDB). Nothing in the UI may touch
// files, storage or menus except through a Host. The values that cross it are defined
// once in shared/contract.ts and shared/work.ts, which the main process uses too.
import type { MenuCommand, PickedFile, SpellLanguage, WorkStorage } from '../../shared/contract';

export type { MenuCommand, PickedFile, SpellLanguage } from '../../shared/contract';
export type { ArticleWork } from '../../shared/work';

/** A glossary file the user loaded, as the glossary manager names it to the host. */
export interface GlossaryFileRef {
  name: string;
  /** Where the host knows one (Electron). */
  path?: string;
}

/**
 * How the glossary manager's edits reach a loaded glossary's file:
 * - 'in-place': each edit replaces the file (Electron, atomically; a browser that was
 *   given the file's handle);
 * - 'choose-file': the browser can write a file once the user picks it (File System
 *   Access); until then the edits live in the window and the article's work;
 * - 'download': only a copy can be saved (a download; in Electron a save dialog, for a
 *   glossary that came without a path, such as the bundled sample).
 */
export type GlossaryWriteMode = 'in-place' | 'choose-file' | 'download';

/** What the window may ask of the outside world; each article's work is WorkStorage
 *  (shared/contract.ts), the same on the bridge to the main process. */
export interface Host extends WorkStorage {
  readonly kind: 'electron' | 'browser';
  /** Ask the user for an article (.txt/.md) or a `.glossa` work file. Null when cancelled. */
  openArticle(): Promise<PickedFile | null>;
  /** Ask for one or more glossary files (TSV/CSV/JSON/TBX). Empty when cancelled. */
  openGlossaries(): Promise<PickedFile[]>;
  /** Re-open a recent article by the path `recentArticles` gave. Null if it is gone. */
  openRecent(path: string): Promise<PickedFile | null>;
  recentArticles(): Promise<string[]>;
  /** Remember an article (or `.glossa` file) as recent, once the window opened it. */
  addRecentArticle(file: PickedFile): Promise<void>;
  /** The bundled seed article and its glossaries (`glossary` first), for the first start. */
  bundledSample(): Promise<{ article: PickedFile; glossary: PickedFile; glossaries?: PickedFile[] }>;
  /**
   * Save an export. Electron: native save dialog, atomic write, never over the article
   * itself without the dialog's own confirmation. Browser: a download.
   * Returns where it went (path or file name), or null when cancelled.
   */
  saveExport(suggestedName: string, bytes: Uint8Array, mimeType: string): Promise<string | null>;
  /** The user's own writable glossary, marked `role: 'user-glossary'`. */
  readUserGlossary(): Promise<PickedFile | null>;
  writeUserGlossary(bytes: Uint8Array): Promise<void>;
  /** Ask the user for the open article's source (a text file). Null when cancelled. */
  openSource(): Promise<PickedFile | null>;
  /** Optional (Electron): the source beside the article at `articlePath`, found by name
   *  (core/text/source-name.ts), or null. The browser has no folder to look in. */
  findSource?(articlePath: string, language?: string): Promise<PickedFile | null>;
  /** The user's own words of a spelling dictionary ("Add to dictionary"), per language. */
  readUserWords(language: SpellLanguage): Promise<string[]>;
  writeUserWords(language: SpellLanguage, words: readonly string[]): Promise<void>;
  /** How edits to a loaded glossary file can be written (see GlossaryWriteMode). */
  glossaryWriteMode(file: GlossaryFileRef): GlossaryWriteMode;
  /**
   * Writes an edited glossary: in place (refused, with the reason, when the file no
   * longer holds `previous`: another program changed it), to a file the user chooses, or
   * as a download, as `glossaryWriteMode` says. Returns where it went, or null when the
   * user cancelled.
   */
  writeGlossaryFile(file: GlossaryFileRef, bytes: Uint8Array, previous: Uint8Array): Promise<string | null>;
  /** Window title and the unsaved marker (Electron also sets documentEdited). */
  setTitle(title: string, dirty: boolean): void;
  /** Native menu / accelerator commands (Electron); the browser edition wires keys itself. */
  onMenuCommand(listener: (command: MenuCommand) => void): void;
  /** Optional: the native File › Open recent menu picked `path` (Electron only). */
  onOpenRecent?(listener: (path: string) => void): void;
  /**
   * Called before the window closes. Return true to let it close. Electron asks the
   * renderer through IPC; the browser uses beforeunload (only a synchronous `true` lets
   * the tab go without the browser's own prompt).
   */
  onCloseRequest(listener: () => Promise<boolean> | boolean): void;
  /**
   * Optional: turn a file dropped on the window into a PickedFile. Electron fills in
   * `path` (webUtils.getPathForFile). Without it the renderer reads the bytes itself.
   */
  pickedFromDrop?(file: File): Promise<PickedFile>;
}
