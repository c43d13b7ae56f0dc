// The contract between Glossa's two halves: everything the Electron main process and the
// renderer must agree on, in one module both import (lint forbids electron/ and renderer/
// from importing each other, so this is the only way a fact can be shared):
// - the IPC channel map: each channel declared once, with its request validator (run in
//   main on every call) and, as a type only, its response. `handle` (electron/ipc-main.ts)
//   and `invoke` (electron/preload.ts) are typed from it, so the two sides cannot drift;
// - the values that cross it: PickedFile, an article's work (shared/work.ts: its
//   TypeScript type is derived from its validator), menu commands (shared/commands.ts,
//   with the shortcut table both the menu and the key handler read);
// - the user glossary's identity and the size limit (from core/text/limits.ts).
// Pure: no Electron, DOM or Node import (own tsconfig and lint rule), so it runs in main,
// the preload, the page, a worker, the CLI and tests alike.
import { isMenuCommand, type MenuCommand } from './commands';
import { displayName, filePath, MAX_FILE_BYTES, MAX_TEXT_CHARS } from './fields';
import { SPELL_LANGUAGES, type SpellLanguage } from '../core/spell/language-list';
import { arrayOf, boolean, bytes, hex, integer, nothing, object, oneOf, optional, PayloadError, string, type Validator } from './validation';
import { articleWork, spellingWord, type ArticleWork } from './work';

export { MAX_FILE_BYTES };

export { MENU_COMMANDS, type CommandId, type MenuCommand } from './commands';
export type { SpellLanguage } from '../core/spell/language-list';
export type { ArticleWork } from './work';

/** A file the user picked (or the bundled sample), as raw bytes: decoding is core's job. */
export interface PickedFile {
  /** File name shown to the user, e.g. "kremlin-kerry.mt.txt". */
  name: string;
  /** Absolute path where the host knows one (Electron); absent in the browser. */
  path?: string;
  bytes: Uint8Array;
  /** Set by the host on the user's own glossary (Host.readUserGlossary), and only there:
   *  the window never guesses it from a file name. */
  role?: 'user-glossary';
}

/** The user's own writable glossary ("Add to glossary"), as both halves know it. */
export const USER_GLOSSARY = {
  /** Its file in the user data folder (Electron) and its name in the browser edition. */
  fileName: 'my-corrections.tsv',
  /** How the glossary panel names it. */
  title: 'My corrections',
  /** Names it had in earlier versions; an existing one is migrated, never lost. */
  legacyFileNames: ['user-glossary.tsv'],
} as const;

const contentHash = hex(16);
const workKeyField = string({ maxLength: 8192, nonEmpty: true });
/** A `.glossa` file: two texts (JSON-escaped, so up to 6 bytes per character in the
 *  worst case; in practice about 2) and the glossaries. */
const MAX_WORK_FILE_BYTES = 4 * MAX_TEXT_CHARS;

/** A language Glossa has a spelling dictionary for (core/spell/languages.ts). */
const spellLanguage: Validator<SpellLanguage> = oneOf(...SPELL_LANGUAGES);
/** The user's own words for one language ("Add to dictionary"). */
export const MAX_USER_WORDS = 100_000;
/** A language tag as the window names the MT's language ("en", "en-GB", "eng"). */
const languageTag = string({ maxLength: 35, nonEmpty: true });

const menuCommand: Validator<MenuCommand> = (value, path) => {
  if (!isMenuCommand(value)) throw new PayloadError(`${path} must be a menu command`);
  return value;
};

/** What the renderer answers when main asks whether the window may close. */
export type CloseDecision = 'close' | 'stay' | 'failed';

/** A renderer → main request/response channel. `response` exists only as a type. */
export interface InvokeSpec<Request, Response> {
  readonly validateRequest: Validator<Request>;
  readonly response?: Response;
}
function invokeReturning<Response>() {
  return <Request>(validateRequest: Validator<Request>): InvokeSpec<Request, Response> => ({ validateRequest });
}

export const invokeChannels = {
  'article:open': invokeReturning<PickedFile | null>()(nothing),
  'glossaries:open': invokeReturning<PickedFile[]>()(nothing),
  'recent:list': invokeReturning<string[]>()(nothing),
  'recent:open': invokeReturning<PickedFile | null>()(object({ path: filePath })),
  'recent:add': invokeReturning<null>()(object({ path: filePath })),
  'export:save': invokeReturning<string | null>()(object({
    suggestedName: displayName,
    bytes: bytes({ maxBytes: MAX_FILE_BYTES }),
    mimeType: string({ maxLength: 255, nonEmpty: true }),
  })),
  // Each article's work, autosaved (electron/work-store.ts); see shared/work.ts.
  'work:read': invokeReturning<ArticleWork | null>()(object({ key: workKeyField })),
  'work:write': invokeReturning<null>()(articleWork),
  'work:latest': invokeReturning<ArticleWork | null>()(nothing),
  'work:keep-glossary': invokeReturning<null>()(object({ hash: contentHash, bytes: bytes({ maxBytes: MAX_FILE_BYTES }) })),
  'work:glossary': invokeReturning<Uint8Array | null>()(object({ hash: contentHash })),
  'work:location': invokeReturning<string>()(nothing),
  /** Ctrl+S: a `.glossa` file, to `target` when the user chose or opened it before, else
   *  where they choose in a save dialog (beside the article by default). */
  'work:save-file': invokeReturning<string | null>()(object({
    suggestedName: displayName,
    bytes: bytes({ maxBytes: MAX_WORK_FILE_BYTES }),
    articlePath: optional(filePath),
    target: optional(filePath),
  })),
  // The article's source (renderer/source): picked in a dialog, or found beside the
  // article by name (core/text/source-name.ts) in the folder main lists.
  'source:open': invokeReturning<PickedFile | null>()(nothing),
  'source:find': invokeReturning<PickedFile | null>()(object({ articlePath: filePath, language: optional(languageTag) })),
  // The user's own words of each spelling dictionary ("Add to dictionary").
  'user-words:read': invokeReturning<string[]>()(object({ language: spellLanguage })),
  'user-words:write': invokeReturning<null>()(object({ language: spellLanguage, words: arrayOf(spellingWord, { maxItems: MAX_USER_WORDS }) })),
  'user-glossary:read': invokeReturning<PickedFile | null>()(nothing),
  'user-glossary:write': invokeReturning<null>()(object({ bytes: bytes({ maxBytes: MAX_FILE_BYTES }) })),
  /** The glossary manager writes an edited glossary back to the file it was loaded from
   *  (main checks the path is one the user loaded, and the file still has `previousHash`). */
  'glossary:write': invokeReturning<null>()(object({ path: filePath, bytes: bytes({ maxBytes: MAX_FILE_BYTES }), previousHash: contentHash })),
  'window:set-title': invokeReturning<null>()(object({ title: string({ maxLength: 1024 }), dirty: boolean })),
  'window:close-response': invokeReturning<null>()(object({
    requestId: integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    decision: oneOf('close', 'stay', 'failed'),
  })),
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type RequestOf<C extends InvokeChannel> =
  (typeof invokeChannels)[C] extends InvokeSpec<infer Request, unknown> ? Request : never;
export type ResponseOf<C extends InvokeChannel> =
  (typeof invokeChannels)[C] extends InvokeSpec<unknown, infer Response> ? Response : never;

/** A main → renderer event. The preload validates these too: cheap, and keeps both ends honest. */
export interface EventSpec<Payload> {
  readonly validatePayload: Validator<Payload>;
}
export const mainEvents = {
  'menu:command': { validatePayload: menuCommand },
  'menu:open-recent': { validatePayload: object({ path: filePath }) },
  'window:close-requested': { validatePayload: object({ requestId: integer({ min: 1, max: Number.MAX_SAFE_INTEGER }) }) },
} as const satisfies Record<string, EventSpec<unknown>>;

export type MainEvent = keyof typeof mainEvents;
export type EventPayloadOf<E extends MainEvent> =
  (typeof mainEvents)[E] extends EventSpec<infer Payload> ? Payload : never;

export function isInvokeChannel(name: string): name is InvokeChannel {
  return Object.hasOwn(invokeChannels, name);
}

/** Runs a channel's request validator on what arrived; throws PayloadError naming the channel. */
export function validateRequest<C extends InvokeChannel>(channel: C, payload: unknown): RequestOf<C> {
  const spec = invokeChannels[channel] as InvokeSpec<RequestOf<C>, unknown>;
  return spec.validateRequest(payload, 'payload');
}

export function validateEventPayload<E extends MainEvent>(event: E, payload: unknown): EventPayloadOf<E> {
  const spec = mainEvents[event] as EventSpec<EventPayloadOf<E>>;
  return spec.validatePayload(payload, 'payload');
}

export type Invoke = <C extends InvokeChannel>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;
export type Subscribe = <E extends MainEvent>(event: E, listener: (payload: EventPayloadOf<E>) => void) => () => void;

/** A DOM File as this DOM-free module may name it: the preload hands it to webUtils. */
export interface DroppedFile {
  readonly name: string;
}

/**
 * What the preload exposes as `window.glossaBridge`: exactly what the Host needs, as
 * plain functions (no raw ipcRenderer, no generic invoke the page could aim anywhere).
 * The bundled sample is not here: it ships with the renderer's own assets, which the
 * page fetches from its app:// origin without any IPC.
 */
/** Each article's autosaved work and its `.glossa` file, as the window asks for them:
 *  the same members on the bridge (main process) and on every Host. */
export interface WorkStorage {
  /** Each article's autosaved work, by its key (shared/work.ts workKey). */
  readWork(key: string): Promise<ArticleWork | null>;
  writeWork(work: ArticleWork): Promise<void>;
  /** The most recently saved article's work: what a restart reopens. */
  latestWork(): Promise<ArticleWork | null>;
  /** One stored copy per glossary file (by content hash), so works need not embed them. */
  keepGlossaryCopy(hash: string, bytes: Uint8Array): Promise<void>;
  readGlossaryCopy(hash: string): Promise<Uint8Array | null>;
  /** Where the autosaves are, in words for the Help dialog. */
  workLocation(): Promise<string>;
  /**
   * Ctrl+S: the article's work as a `.glossa` file. Electron writes to `target` when the
   * user chose or opened that file before, else asks where (beside `articlePath` by
   * default); the browser downloads it. Returns where it went, or null when cancelled.
   */
  saveWorkFile(suggestedName: string, bytes: Uint8Array, options: { articlePath?: string; target?: string }): Promise<string | null>;
}

export interface GlossaBridge extends WorkStorage {
  openArticle(): Promise<PickedFile | null>;
  openGlossaries(): Promise<PickedFile[]>;
  openRecent(path: string): Promise<PickedFile | null>;
  recentArticles(): Promise<string[]>;
  /** Remember an article (or `.glossa` file) once the window has opened it successfully. */
  addRecentArticle(path: string): Promise<void>;
  /** The real path of a dropped DOM File ('' when it has none), via webUtils in the preload. */
  pathForFile(file: DroppedFile): string;
  saveExport(suggestedName: string, bytes: Uint8Array, mimeType: string): Promise<string | null>;
  readUserGlossary(): Promise<PickedFile | null>;
  writeUserGlossary(bytes: Uint8Array): Promise<void>;
  /** Ask for the open article's source (a text file). Null when cancelled. */
  openSource(): Promise<PickedFile | null>;
  /** The source beside the article at `articlePath`, found by name, or null. */
  findSource(articlePath: string, language?: string): Promise<PickedFile | null>;
  readUserWords(language: SpellLanguage): Promise<string[]>;
  writeUserWords(language: SpellLanguage, words: string[]): Promise<void>;
  /** Replace a loaded glossary file with its edited bytes (`previousHash`: hashBytes of
   *  what it held when the edit was made). */
  writeGlossaryFile(path: string, bytes: Uint8Array, previousHash: string): Promise<void>;
  setTitle(title: string, dirty: boolean): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenRecent(listener: (path: string) => void): () => void;
  onCloseRequested(listener: (requestId: number) => void): () => void;
  respondToCloseRequest(requestId: number, decision: CloseDecision): Promise<void>;
}
