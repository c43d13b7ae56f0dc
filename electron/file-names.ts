// File name rules shared by the dialogs and the IPC handlers. Pure: unit-tested.
import path from 'node:path';
import { WORK_FILE_EXTENSION } from '../shared/work';

export const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'text'] as const;
/** An article's work, saved with Ctrl+S (shared/work.ts). */
export const WORK_EXTENSIONS = [WORK_FILE_EXTENSION] as const;
export const GLOSSARY_EXTENSIONS = ['tsv', 'csv', 'json', 'tbx'] as const;
/** Glossaries the glossary manager writes back (TBX termbases are read-only). */
export const EDITABLE_GLOSSARY_EXTENSIONS: readonly string[] = ['tsv', 'tab', 'txt', 'csv', 'json'];

/**
 * The renderer proposes an export name; it becomes only the default in a save dialog,
 * but it must still be a bare, legal file name on every OS: no folders, no reserved
 * characters, no control characters, not empty, not absurdly long.
 */
export function sanitizeSuggestedName(name: string, fallback = 'export.txt'): string {
  const bare = name.split(/[\\/]/).pop() ?? '';
  const cleaned = Array.from(bare, (char) => (char.charCodeAt(0) < 0x20 || char === '\u007f' ? '_' : char))
    .join('')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 200);
  if (cleaned === '' || /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned)) return fallback;
  return cleaned;
}

/** Lower-case extension without the dot, or ''. */
export function extensionOf(fileName: string): string {
  return path.extname(fileName).slice(1).toLowerCase();
}

export function isArticleFileName(fileName: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}

/** What Open and Recent accept: an article, or the `.glossa` file of one's work. */
export function isOpenableFileName(fileName: string): boolean {
  return isArticleFileName(fileName) || (WORK_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}
