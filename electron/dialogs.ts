// Native dialogs. `dialog.*` is looked up at call time (not destructured at import) so
// the e2e tests can stub it from the main process, as Playwright's Electron docs suggest.
import path from 'node:path';
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import { ARTICLE_EXTENSIONS, GLOSSARY_EXTENSIONS, WORK_EXTENSIONS, extensionOf } from './file-names';

export async function pickArticle(window: BrowserWindow, defaultDir?: string): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Open article',
    ...(defaultDir ? { defaultPath: defaultDir } : {}),
    properties: ['openFile'],
    filters: [
      { name: 'Articles and Glossa work', extensions: [...ARTICLE_EXTENSIONS, ...WORK_EXTENSIONS] },
      { name: 'Glossa work', extensions: [...WORK_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  return result.canceled ? null : result.filePaths[0] ?? null;
}

/** The open article's source: a text file in the original language. */
export async function pickSource(window: BrowserWindow, defaultDir?: string): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Open the source of this article',
    ...(defaultDir ? { defaultPath: defaultDir } : {}),
    properties: ['openFile'],
    filters: [
      { name: 'Texts', extensions: [...ARTICLE_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  return result.canceled ? null : result.filePaths[0] ?? null;
}

export async function pickGlossaries(window: BrowserWindow, defaultDir?: string): Promise<string[]> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Load glossaries',
    ...(defaultDir ? { defaultPath: defaultDir } : {}),
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Glossaries', extensions: [...GLOSSARY_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  return result.canceled ? [] : result.filePaths;
}

/**
 * Where to save an export. Overwriting an existing file is confirmed by the OS dialog
 * itself (always on macOS and Windows; `showOverwriteConfirmation` turns it on for GTK).
 */
export async function pickExportTarget(window: BrowserWindow, defaultPath: string): Promise<string | null> {
  const extension = extensionOf(defaultPath);
  const filters: FileFilter[] = extension
    ? [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }, { name: 'All files', extensions: ['*'] }]
    : [];
  const result = await dialog.showSaveDialog(window, {
    title: 'Export',
    defaultPath,
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Where Ctrl+S saves the article's work (a `.glossa` file; the OS dialog confirms a
 *  replacement itself, as for exports). */
export async function pickWorkTarget(window: BrowserWindow, defaultPath: string): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: 'Save the work on this article',
    defaultPath,
    filters: [{ name: 'Glossa work', extensions: [...WORK_EXTENSIONS] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Replacing a file the save dialog did not show (its name got the .glossa ending). */
export async function confirmReplaceFile(window: BrowserWindow, target: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'Replace the file?',
    message: `${path.basename(target)} already exists.`,
    detail: 'Saving replaces it.',
    buttons: ['Cancel', 'Replace'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}

/** A second, explicit question before an export replaces the article being edited. */
export async function confirmReplaceArticle(window: BrowserWindow, target: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'Replace the original article?',
    message: `${path.basename(target)} is the article you opened.`,
    detail: 'Exporting here replaces the original machine translation with your post-edit.',
    buttons: ['Cancel', 'Replace'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}

/** Asked when the window could not tell us whether there is unsaved work. */
export async function confirmCloseAnyway(window: BrowserWindow, reason: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'Close Glossa?',
    message: reason,
    detail: 'Unsaved changes since the last autosave may be lost.',
    buttons: ['Keep open', 'Close anyway'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}
