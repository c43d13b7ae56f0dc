// Typed, guarded `handle` for the main process. Every handler registered through here
// first checks who is calling (only our renderer page), then validates the payload
// against the channel's declared shape, and turns failures into clean errors for the
// renderer: a bad call is rejected, it never crashes the main process.
// Electron is not imported (only its shape is described), so this is unit-tested as is.
import { PayloadError } from '../shared/validation';
import {
  validateRequest, type EventPayloadOf, type InvokeChannel, type MainEvent, type RequestOf, type ResponseOf,
} from '../shared/contract';
import { isTrustedSender, type IpcEventLike } from './renderer-origin';

/** An error whose message is meant for the user (e.g. "file too large"); passed through as is. */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

/** The subset of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

export type Handler<C extends InvokeChannel, E extends IpcEventLike> = (
  request: RequestOf<C>,
  event: E,
) => Promise<ResponseOf<C>> | ResponseOf<C>;

export interface HandleOptions {
  /** Where unexpected failures are reported (console in the app, a spy in tests). */
  log?: (message: string, error?: unknown) => void;
}

/** Runs the guard, the validator and the handler for one call. Exposed for tests. */
export async function dispatch<C extends InvokeChannel, E extends IpcEventLike>(
  channel: C,
  handler: Handler<C, E>,
  event: E,
  args: readonly unknown[],
  options: HandleOptions = {},
): Promise<ResponseOf<C>> {
  const log = options.log ?? ((message, error) => console.error(message, error));
  if (!isTrustedSender(event)) {
    log(`IPC "${channel}" refused: sender ${event.senderFrame?.url ?? '(gone)'} is not the Glossa window`);
    throw new Error(`"${channel}" refused: not called from the Glossa window`);
  }
  let request: RequestOf<C>;
  try {
    if (args.length > 1) throw new PayloadError('payload must be a single argument');
    request = validateRequest(channel, args[0]);
  } catch (error) {
    if (error instanceof PayloadError) throw new Error(`Invalid "${channel}" request: ${error.message}`, { cause: error });
    throw error;
  }
  try {
    return await handler(request, event);
  } catch (error) {
    if (error instanceof UserFacingError) throw new Error(error.message, { cause: error });
    // Internal details (paths, stacks) stay in the main process log: Electron sends the
    // renderer only the message, never the cause.
    log(`IPC "${channel}" failed:`, error);
    throw new Error(`"${channel}" failed unexpectedly; details are in the Glossa log`, { cause: error });
  }
}

/** `ipcMain.handle` with the channel's request and response types, guarded as above. */
export function handle<C extends InvokeChannel, E extends IpcEventLike>(
  ipcMain: IpcMainLike,
  channel: C,
  handler: Handler<C, E>,
  options: HandleOptions = {},
): void {
  // Electron passes its own event type, which is the E the handler was written for.
  ipcMain.handle(channel, (event, ...args) => dispatch(channel, handler, event as E, args, options));
}

/** The subset of WebContents used to send events. */
export interface EventTargetLike {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** Typed main → renderer event; silently dropped when the window is already gone. */
export function sendEvent<E extends MainEvent>(target: EventTargetLike, event: E, payload: EventPayloadOf<E>): void {
  if (target.isDestroyed()) return;
  target.send(event, payload);
}
