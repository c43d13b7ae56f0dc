// The Electron host inside the real UI, in Chromium: a stand-in `window.glossaBridge`
// (what electron/preload.ts exposes) records every call, so the renderer runs on
// renderer/host/electron-host.ts exactly as in the Electron window. Checks the contract
// between the UI and the main process where Electron's binary is not available:
// menu commands and close requests arrive, and every request the UI makes passes the
// main process's own validators (a strict validator would otherwise refuse real autosaves).
import { expect, test, type Page } from '@playwright/test';
import { validateRequest, type InvokeChannel } from '../../shared/contract';
import { cliApply, expectSuggestionCount, GLOSSARY, SEED, waitForApp } from './support/glossa';

interface Recorded {
  channel: InvokeChannel;
  request: unknown;
}

/** Runs in the page before the app: a bridge that answers like main and records requests. */
function installFakeBridge(): void {
  type Listener<T> = (value: T) => void;
  const calls: { channel: string; request: unknown }[] = [];
  const listeners: { menu?: Listener<string>; recent?: Listener<string>; close?: Listener<number> } = {};
  let autosave: unknown = null;
  const record = <T>(channel: string, request: unknown, answer: T): Promise<T> => {
    calls.push({ channel, request });
    return Promise.resolve(answer);
  };
  const bridge = {
    openArticle: () => record('article:open', null, null),
    openGlossaries: () => record('glossaries:open', null, []),
    openRecent: (path: string) => record('recent:open', { path }, null),
    recentArticles: () => record('recent:list', null, []),
    addRecentArticle: (path: string) => record('recent:add', { path }, undefined),
    pathForFile: () => '',
    saveExport: (suggestedName: string, bytes: Uint8Array, mimeType: string) =>
      record('export:save', { suggestedName, bytes, mimeType }, `/home/user/${suggestedName}`),
    readAutosave: () => record('autosave:read', null, autosave),
    writeAutosave: (snapshot: unknown) => {
      autosave = snapshot;
      return record('autosave:write', snapshot, undefined);
    },
    clearAutosave: () => record('autosave:clear', null, undefined),
    readUserGlossary: () => record('user-glossary:read', null, null),
    writeUserGlossary: (bytes: Uint8Array) => record('user-glossary:write', { bytes }, undefined),
    setTitle: (title: string, dirty: boolean) => record('window:set-title', { title, dirty }, undefined),
    onMenuCommand: (listener: Listener<string>) => ((listeners.menu = listener), () => undefined),
    onOpenRecent: (listener: Listener<string>) => ((listeners.recent = listener), () => undefined),
    onCloseRequested: (listener: Listener<number>) => ((listeners.close = listener), () => undefined),
    respondToCloseRequest: (requestId: number, decision: string) =>
      record('window:close-response', { requestId, decision }, undefined),
  };
  Object.assign(window, {
    glossaBridge: bridge,
    fakeMain: {
      calls,
      menu: (command: string) => listeners.menu?.(command),
      requestClose: (requestId: number) => listeners.close?.(requestId),
    },
  });
}

/** The recorded requests, with byte arrays turned back into Uint8Array on this side. */
async function recordedCalls(page: Page): Promise<Recorded[]> {
  const calls = await page.evaluate(() =>
    (window as unknown as { fakeMain: { calls: { channel: string; request: unknown }[] } }).fakeMain.calls.map((call) => {
      const request = call.request as Record<string, unknown> | null;
      if (request && request.bytes instanceof Uint8Array) return { ...call, request: { ...request, bytes: Array.from(request.bytes) } };
      return call;
    }),
  );
  return calls.map((call) => {
    const request = call.request as Record<string, unknown> | null;
    return {
      channel: call.channel as InvokeChannel,
      request: request && Array.isArray(request.bytes) ? { ...request, bytes: new Uint8Array(request.bytes as number[]) } : request,
    };
  });
}

const menu = (page: Page, command: string) =>
  page.evaluate((name) => (window as unknown as { fakeMain: { menu(c: string): void } }).fakeMain.menu(name), command);
const requestClose = (page: Page, id: number) =>
  page.evaluate((requestId) => (window as unknown as { fakeMain: { requestClose(id: number): void } }).fakeMain.requestClose(requestId), id);

async function closeResponses(page: Page): Promise<unknown[]> {
  return (await recordedCalls(page)).filter((call) => call.channel === 'window:close-response').map((call) => call.request);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(installFakeBridge);
  await page.goto('/');
  await waitForApp(page);
});

test('runs on the Electron host: seed, menu commands, export through the bridge', async ({ page }) => {
  await expectSuggestionCount(page, 12);
  const titles = async () => (await recordedCalls(page)).filter((c) => c.channel === 'window:set-title').map((c) => c.request);
  await expect.poll(titles).toContainEqual({ title: 'kremlin-kerry.mt.txt — Glossa', dirty: false });

  await menu(page, 'apply-all');
  await expectSuggestionCount(page, 0);
  await expect.poll(titles).toContainEqual({ title: 'kremlin-kerry.mt.txt — Glossa', dirty: true });
  await expect(page).toHaveTitle('● kremlin-kerry.mt.txt — Glossa');

  await menu(page, 'export');
  await expect.poll(async () => (await recordedCalls(page)).some((c) => c.channel === 'export:save')).toBe(true);
  const exported = (await recordedCalls(page)).find((c) => c.channel === 'export:save')?.request as { bytes: Uint8Array };
  expect(Buffer.from(exported.bytes).equals(cliApply(SEED, GLOSSARY))).toBe(true);
});

test('every request the UI sends passes the main process validators', async ({ page }) => {
  await expectSuggestionCount(page, 12);
  await menu(page, 'apply-all');
  await expectSuggestionCount(page, 0);
  await menu(page, 'export');
  // The 1 s autosave of the edited session: the largest and strictest payload.
  await expect.poll(async () => (await recordedCalls(page)).some((c) => c.channel === 'autosave:write')).toBe(true);
  await menu(page, 'save-session');
  await expect.poll(async () => (await recordedCalls(page)).filter((c) => c.channel === 'autosave:write').length).toBeGreaterThan(1);

  const calls = await recordedCalls(page);
  expect(new Set(calls.map((c) => c.channel))).toEqual(
    new Set(['autosave:read', 'user-glossary:read', 'recent:list', 'window:set-title', 'export:save', 'autosave:write']),
  );
  for (const { channel, request } of calls) expect(() => validateRequest(channel, request), channel).not.toThrow();
});

test('answers close requests: close when clean, ask when not, honour Cancel and Discard', async ({ page }) => {
  await expectSuggestionCount(page, 12);
  await requestClose(page, 1);
  await expect.poll(() => closeResponses(page)).toEqual([{ requestId: 1, decision: 'close' }]);

  await menu(page, 'apply-all');
  await expectSuggestionCount(page, 0);
  await requestClose(page, 2);
  const question = page.getByRole('dialog', { name: 'Save your changes?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => closeResponses(page)).toContainEqual({ requestId: 2, decision: 'stay' });

  await requestClose(page, 3);
  await page.getByRole('dialog', { name: 'Save your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect.poll(() => closeResponses(page)).toContainEqual({ requestId: 3, decision: 'close' });
});
