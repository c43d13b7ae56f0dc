// The one IPC contract between the main process and the preload bridge. Each channel is
// declared once, with its request validator (run in main on every call) and, as a
// type only, its response. `handle` (electron/ipc-main.ts) and `invoke`
// (electron/preload.ts) are typed from this map, so the two sides cannot drift apart.
// No Electron import: the renderer imports types from here and tests run it under Node.
import type { MenuCommand, PickedFile, SessionSnapshot } from '../renderer/host/host';
import {
  arrayOf, boolean, bytes, finiteNumber, integer, nothing, object, oneOf, optional, PayloadError, string,
  type Validator,
} from './validation';

/** Same limit as reading a file: nothing bigger ever needs to cross the bridge as bytes. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
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

export const sessionSnapshot: Validator<SessionSnapshot> = object({
  version: oneOf(1),
  articleName: displayName,
  articlePath: optional(filePath),
  mtText: string({ maxLength: MAX_TEXT_CHARS }),
  postEdit: string({ maxLength: MAX_TEXT_CHARS }),
  lineEnding: oneOf('\n', '\r\n', '\r'),
  glossaries: arrayOf(
    object({ name: displayName, file: displayName, base64, enabled: boolean }),
    { maxItems: 256 },
  ),
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

/** Every menu command, as a record so the compiler insists on each member of the union. */
const menuCommandSet: Record<MenuCommand, true> = {
  'open-article': true,
  'load-glossary': true,
  'save-session': true,
  export: true,
  'copy-cleaned-text': true,
  'apply-all': true,
  'next-change': true,
  'previous-change': true,
  'toggle-unchanged': true,
  'add-to-glossary': true,
  'show-help': true,
};
export const MENU_COMMANDS = Object.keys(menuCommandSet) as MenuCommand[];
const menuCommand: Validator<MenuCommand> = (value, path) => {
  if (typeof value !== 'string' || !Object.hasOwn(menuCommandSet, value)) {
    throw new PayloadError(`${path} must be a menu command`);
  }
  return value as MenuCommand;
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
  pathForFile(file: File): string;
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
