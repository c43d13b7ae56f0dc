import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { installCloseGuard, type GuardedWindow, type PreventableEvent } from '../../electron/close-guard';

/** A window double: `userCloses()` plays the close button, Electron-style (preventable). */
class FakeWindow extends EventEmitter implements GuardedWindow {
  closedForReal = false;
  crashed = false;
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly webContents = {
    send: (channel: string, payload: unknown) => this.sent.push({ channel, payload }),
    isDestroyed: () => this.closedForReal,
    isCrashed: () => this.crashed,
  };

  /** Returns true when the window actually closed. */
  userCloses(): boolean {
    let prevented = false;
    const event: PreventableEvent = { preventDefault: () => (prevented = true) };
    this.emit('close', event);
    if (!prevented) this.closedForReal = true;
    return !prevented;
  }
  close(): void {
    this.userCloses();
  }
  isDestroyed(): boolean {
    return this.closedForReal;
  }
  lastRequestId(): number {
    const last = this.sent.at(-1);
    expect(last?.channel).toBe('window:close-requested');
    return (last?.payload as { requestId: number }).requestId;
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

function setup(confirm = false) {
  const window = new FakeWindow();
  const deps = {
    confirmCloseAnyway: vi.fn(async () => confirm),
    beforeClose: vi.fn(async () => undefined),
    onKeptOpen: vi.fn(),
    log: vi.fn(),
  };
  const guard = installCloseGuard(window, deps);
  return { window, deps, guard };
}

describe('close guard', () => {
  it('asks the renderer instead of closing', () => {
    const { window } = setup();
    expect(window.userCloses()).toBe(false);
    expect(window.sent).toEqual([{ channel: 'window:close-requested', payload: { requestId: 1 } }]);
  });

  it('closes after the renderer says close, flushing autosave first', async () => {
    const { window, deps, guard } = setup();
    window.userCloses();
    guard.answer(window.lastRequestId(), 'close');
    await settle();
    expect(deps.beforeClose).toHaveBeenCalledOnce();
    expect(window.closedForReal).toBe(true);
  });

  it('stays open when the renderer says stay, and asks again next time', async () => {
    const { window, guard, deps } = setup();
    window.userCloses();
    guard.answer(window.lastRequestId(), 'stay');
    await settle();
    expect(window.closedForReal).toBe(false);
    expect(deps.onKeptOpen).toHaveBeenCalledOnce();
    window.userCloses();
    expect(window.lastRequestId()).toBe(2);
  });

  it('ignores stale or forged answers', async () => {
    const { window, guard } = setup();
    window.userCloses();
    guard.answer(99, 'close');
    await settle();
    expect(window.closedForReal).toBe(false);
  });

  it('asks natively when the renderer could not check', async () => {
    const { window, deps, guard } = setup(true);
    window.userCloses();
    guard.answer(window.lastRequestId(), 'failed');
    await settle();
    expect(deps.confirmCloseAnyway).toHaveBeenCalledWith('Glossa could not check for unsaved work.');
    expect(window.closedForReal).toBe(true);
  });

  it('a second close while unanswered asks natively; "keep open" keeps it open', async () => {
    const { window, deps } = setup(false);
    window.userCloses();
    window.userCloses();
    await settle();
    expect(deps.confirmCloseAnyway).toHaveBeenCalledWith('Glossa is not answering.');
    expect(window.closedForReal).toBe(false);
    expect(deps.onKeptOpen).toHaveBeenCalledOnce();
    expect(window.sent).toHaveLength(1);
  });

  it('asks natively when the page hangs during a close request', async () => {
    const { window, deps } = setup(true);
    window.emit('unresponsive');
    expect(deps.confirmCloseAnyway).not.toHaveBeenCalled(); // no close pending: nothing to ask
    window.userCloses();
    window.emit('unresponsive');
    await settle();
    expect(window.closedForReal).toBe(true);
  });

  it('closes without asking when the renderer process is gone', async () => {
    const { window, guard } = setup();
    guard.rendererGone();
    await settle();
    expect(window.closedForReal).toBe(true);
    const crashed = setup();
    crashed.window.crashed = true;
    crashed.window.userCloses();
    await settle();
    expect(crashed.window.closedForReal).toBe(true);
    expect(crashed.window.sent).toEqual([]);
  });

  it('still closes when the final autosave flush fails', async () => {
    const { window, deps, guard } = setup();
    deps.beforeClose.mockRejectedValueOnce(new Error('disk full'));
    window.userCloses();
    guard.answer(window.lastRequestId(), 'close');
    await settle();
    expect(window.closedForReal).toBe(true);
    expect(deps.log).toHaveBeenCalled();
  });
});
