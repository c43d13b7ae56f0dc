// The contract between Glossa's two halves: everything the Electron main process and the
// renderer must agree on, in one module both import (lint forbids electron/ and renderer/
// from importing each other, so this is the only way a fact can be shared):
// - the IPC channel map: each channel declared once, with its request validator (run in
//   main on every call) and, as a type only, its response. `handle` (electron/ipc-main.ts)
//   and `invoke` (electron/preload.ts) are typed from it, so the two sides cannot drift;
// - the values that cross it: PickedFile, the session snapshot (its TypeScript type is
//   derived from its validator), menu commands (shared/commands.ts, with the shortcut
//   table both the menu and the key handler read);
// - the user glossary's identity and the size limit (from core/text/limits.ts).
// Pure: no Electron, DOM or Node import (own tsconfig and lint rule), so it runs in main,
// the preload, the page, a worker, the CLI and tests alike.
import { MAX_ARTICLE_BYTES } from '../core/text/limits';
import { isMenuCommand, type MenuCommand } from './commands';
import {
  arrayOf, boolean, bytes, finiteNumber, integer, nothing, object, oneOf, optional, PayloadError, string,
  type Validator,
} from './validation';

export { MENU_COMMANDS, type CommandId, type MenuCommand } from './commands';

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

/** The one size limit (core/text/limits.ts): no article or glossary Glossa reads is bigger,
 *  so nothing bigger ever needs to cross the bridge as bytes. */
export const MAX_FILE_BYTES = MAX_ARTICLE_BYTES;
/** A decoded 50 MB file has at most that many UTF-16 units; the post-edit may grow, so twice. */
const MAX_TEXT_CHARS = 2 * MAX_FILE_BYTES;
/** base64 of a 50 MB glossary. */
const MAX_BASE64_CHARS = Math.ceil(MAX_FILE_BYTES / 3) * 4;

const displayName = string({ maxLength: 1024, nonEmpty: true });
const filePath = string({ maxLength: 4096, nonEmpty: true });

const base64: Validator<string> = (value, path) => {
  const text = string({ maxLength: MAX_BASE64_CHARS })(value, path);
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new PayloadError(`${path} must be base64 text`);
  }
  return text;
};

const sessionGlossary = object({ name: displayName, file: displayName, base64, enabled: boolean });

/** Everything needed to put the window back exactly as it was. */
export const sessionSnapshot = object({
  version: oneOf(1),
  articleName: displayName,
  articlePath: optional(filePath),
  mtText: string({ maxLength: MAX_TEXT_CHARS }),
  postEdit: string({ maxLength: MAX_TEXT_CHARS }),
  lineEnding: oneOf('\n', '\r\n', '\r'),
  glossaries: arrayOf(sessionGlossary, { maxItems: 256 }),
  skipped: arrayOf(string({ maxLength: 10_000 }), { maxItems: 1_000_000 }),
  cursor: object({
    lineNumber: integer({ min: 1, max: 1_000_000_000 }),
    column: integer({ min: 1, max: 1_000_000_000 }),
  }),
  savedAt: finiteNumber({ min: 0 }),
  unsaved: optional(boolean),
  savedPostEdit: optional(string({ maxLength: MAX_TEXT_CHARS })),
  hadBom: optional(boolean),
  encoding: optional(string({ maxLength: 64 })),
  hideUnchanged: optional(boolean),
});

/** A glossary as the session remembers it, so a restore needs no file access. */
export type SessionGlossary = ReturnType<typeof sessionGlossary>;
/** The autosaved session; derived from its validator, so the two cannot disagree. */
export type SessionSnapshot = ReturnType<typeof sessionSnapshot>;

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
  'autosave:read': invokeReturning<SessionSnapshot | null>()(nothing),
  'autosave:write': invokeReturning<null>()(sessionSnapshot),
  'autosave:clear': invokeReturning<null>()(nothing),
  'user-glossary:read': invokeReturning<PickedFile | null>()(nothing),
  'user-glossary:write': invokeReturning<null>()(object({ bytes: bytes({ maxBytes: MAX_FILE_BYTES }) })),
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
export interface GlossaBridge {
  openArticle(): Promise<PickedFile | null>;
  openGlossaries(): Promise<PickedFile[]>;
  openRecent(path: string): Promise<PickedFile | null>;
  recentArticles(): Promise<string[]>;
  /** Remember an article the UI read itself (a dropped file) as recent. */
  addRecentArticle(path: string): Promise<void>;
  /** The real path of a dropped DOM File ('' when it has none), via webUtils in the preload. */
  pathForFile(file: DroppedFile): string;
  saveExport(suggestedName: string, bytes: Uint8Array, mimeType: string): Promise<string | null>;
  readAutosave(): Promise<SessionSnapshot | null>;
  writeAutosave(snapshot: SessionSnapshot): Promise<void>;
  clearAutosave(): Promise<void>;
  readUserGlossary(): Promise<PickedFile | null>;
  writeUserGlossary(bytes: Uint8Array): Promise<void>;
  setTitle(title: string, dirty: boolean): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenRecent(listener: (path: string) => void): () => void;
  onCloseRequested(listener: (requestId: number) => void): () => void;
  respondToCloseRequest(requestId: number, decision: CloseDecision): Promise<void>;
}
