// Closing a window with unsaved work: main cannot know what is unsaved, so it asks the
// renderer (which asks the user in its own dialog) and closes only on its answer.
// Event-driven, no timers: a renderer dialog may legitimately wait for the user forever.
// The ways out when the renderer cannot answer are explicit instead:
// - its process is gone → close (nothing left to save);
// - it hangs ('unresponsive'), failed to check, or the user asks to close a second time
//   while no answer came → ask natively "close anyway?".
// Before actually closing, `beforeClose` runs (the app flushes pending autosaves).
// Electron is not imported; the window is described by the few members used.
import type { CloseDecision } from '../shared/contract';
import { sendEvent, type EventTargetLike } from './ipc-main';

export interface PreventableEvent {
  preventDefault(): void;
}

export interface GuardedWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'unresponsive', listener: () => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: EventTargetLike & { isCrashed(): boolean };
}

export interface CloseGuardDeps {
  /** Native "close anyway?" question; true closes. */
  confirmCloseAnyway(reason: string): Promise<boolean>;
  beforeClose(): Promise<void>;
  /** The user chose to keep the window open (an app quit in progress is thereby cancelled). */
  onKeptOpen?(): void;
  log?: (message: string, error?: unknown) => void;
}

export interface CloseGuard {
  /** The renderer's answer to request `requestId` (from the `window:close-response` channel). */
  answer(requestId: number, decision: CloseDecision): void;
  /** The renderer process died: close without asking. */
  rendererGone(): void;
}

export function installCloseGuard(window: GuardedWindow, deps: CloseGuardDeps): CloseGuard {
  const log = deps.log ?? ((message: string, error?: unknown) => console.warn(message, error ?? ''));
  let closing = false;
  let pendingRequestId: number | null = null;
  let lastRequestId = 0;
  let askingNatively = false;

  async function closeNow(): Promise<void> {
    if (closing) return;
    closing = true;
    pendingRequestId = null;
    try {
      await deps.beforeClose();
    } catch (error) {
      log('Glossa: could not finish saving before closing', error);
    }
    if (!window.isDestroyed()) window.close();
  }

  async function askNatively(reason: string): Promise<void> {
    if (askingNatively) return;
    askingNatively = true;
    try {
      if (await deps.confirmCloseAnyway(reason)) await closeNow();
      else deps.onKeptOpen?.();
    } finally {
      askingNatively = false;
    }
  }

  window.on('close', (event) => {
    if (closing) return; // our own close() after the renderer agreed
    event.preventDefault();
    if (window.webContents.isDestroyed() || window.webContents.isCrashed()) {
      void closeNow();
      return;
    }
    if (pendingRequestId !== null) {
      // Asked before and no answer yet: the page may be broken. Let the user decide.
      void askNatively('Glossa is not answering.');
      return;
    }
    pendingRequestId = ++lastRequestId;
    sendEvent(window.webContents, 'window:close-requested', { requestId: pendingRequestId });
  });

  window.on('unresponsive', () => {
    if (pendingRequestId !== null) void askNatively('Glossa is not responding.');
  });

  return {
    answer(requestId, decision) {
      if (requestId !== pendingRequestId) return; // stale or forged: ignore
      pendingRequestId = null;
      if (decision === 'close') void closeNow();
      else if (decision === 'failed') void askNatively('Glossa could not check for unsaved work.');
      else deps.onKeptOpen?.(); // 'stay': the user chose to keep working
    },
    rendererGone() {
      void closeNow();
    },
  };
}
