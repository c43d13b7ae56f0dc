// The one-slot session of earlier versions (`session.json` in Electron's user data folder,
// the `autosave` record in the browser's IndexedDB), read once and turned into that
// article's work, so an upgrade loses nothing. Nothing writes this shape any more.
import { base64ToBytes } from './base64';
import { USER_GLOSSARY } from './contract';
import { base64, displayName, filePath, text } from './fields';
import { hashBytes, hashText } from './hash';
import { arrayOf, boolean, finiteNumber, integer, object, oneOf, optional, string } from './validation';
import { WORK_FORMAT, WORK_VERSION, type ArticleWork, type WorkGlossary, type WorkSuggestion } from './work';

const sessionGlossary = object({ name: displayName, file: displayName, base64, enabled: boolean });

export const legacySession = object({
  version: oneOf(1),
  articleName: displayName,
  articlePath: optional(filePath),
  mtText: text,
  postEdit: text,
  lineEnding: oneOf('\n', '\r\n', '\r'),
  glossaries: arrayOf(sessionGlossary, { maxItems: 256 }),
  /** Skipped hits as `${start}:${source}`. */
  skipped: arrayOf(string({ maxLength: 10_000 }), { maxItems: 1_000_000 }),
  cursor: object({
    lineNumber: integer({ min: 1, max: 1_000_000_000 }),
    column: integer({ min: 1, max: 1_000_000_000 }),
  }),
  savedAt: finiteNumber({ min: 0 }),
  unsaved: optional(boolean),
  savedPostEdit: optional(text),
  hadBom: optional(boolean),
  encoding: optional(string({ maxLength: 64 })),
  hideUnchanged: optional(boolean),
});

export type LegacySession = ReturnType<typeof legacySession>;

const USER_GLOSSARY_NAMES: readonly string[] = [USER_GLOSSARY.fileName, ...USER_GLOSSARY.legacyFileNames];

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** The old session's glossaries, with bytes: the caller stores copies of them. Its copy of
 *  the user's glossary is dropped: the host's live file is the user's glossary. */
function glossariesOf(session: LegacySession): WorkGlossary[] {
  return session.glossaries.map((glossary) => {
    if (USER_GLOSSARY_NAMES.includes(baseName(glossary.file))) {
      return { name: USER_GLOSSARY.title, file: USER_GLOSSARY.fileName, enabled: glossary.enabled, user: true, hash: hashText('') };
    }
    return { name: glossary.name, file: glossary.file, enabled: glossary.enabled, hash: hashBytes(base64ToBytes(glossary.base64)), base64: glossary.base64 };
  });
}

/** `${start}:${source}` keys, as skipped hits to find again in the first match result
 *  (the window matches them by start and source; their other fields are unknown). */
function skippedOf(session: LegacySession): WorkSuggestion[] {
  const skipped: WorkSuggestion[] = [];
  for (const key of session.skipped) {
    const colon = key.indexOf(':');
    const start = Number(key.slice(0, colon));
    const source = key.slice(colon + 1);
    if (colon < 1 || !Number.isInteger(start) || start < 0 || start > session.postEdit.length) continue;
    skipped.push({ start, end: start, from: '', to: '', source, glossary: '', line: 1 });
  }
  return skipped;
}

export function workFromLegacySession(session: LegacySession): ArticleWork {
  return {
    format: WORK_FORMAT,
    version: WORK_VERSION,
    article: {
      name: session.articleName,
      ...(session.articlePath !== undefined ? { path: session.articlePath } : {}),
      encoding: session.encoding || 'utf-8',
      lineEnding: session.lineEnding,
      hadBom: session.hadBom ?? false,
      mtHash: hashText(session.mtText),
    },
    mt: session.mtText,
    postEdit: session.postEdit,
    applied: [],
    skipped: skippedOf(session),
    ignoredIssues: [],
    confirmedParagraphs: [],
    glossaries: glossariesOf(session),
    editingMs: 0,
    view: { cursor: session.cursor, hideUnchanged: session.hideUnchanged ?? false },
    savedAt: session.savedAt,
    unsavedChanges: session.unsaved === true,
  };
}
