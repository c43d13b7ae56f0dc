// The Electron host inside the real UI, in Chromium: a stand-in `window.glossaBridge`
// (what electron/preload.ts exposes) records every call, so the renderer runs on
// renderer/host/electron-host.ts exactly as in the Electron window. Checks the contract
// between the UI and the main process where Electron's binary is not available:
// menu commands and close requests arrive, and every request the UI makes passes the
// main process's own validators (a strict validator would otherwise refuse real autosaves).
// (tests/electron/halves.test.ts runs the real main process behind the real host.)
import { expect, test, type Page } from '@playwright/test';
import { validateRequest, type InvokeChannel } from '../../shared/contract';
import { hashBytes } from '../../shared/hash';
import { parseWorkFile } from '../../shared/work';
import { cliApply, expectSuggestionCount, GLOSSARY, MOD, SEED, waitForApp } from './support/glossa';

interface Recorded {
  channel: InvokeChannel;
  request: unknown;
}

/** Runs in the page before the app: a bridge that answers like main and records requests. */
function installFakeBridge(): void {
  type Listener<T> = (value: T) => void;
  const calls: { channel: string; request: unknown }[] = [];
  const listeners: { menu?: Listener<string>; recent?: Listener<string>; close?: Listener<number> } = {};
  const works = new Map<string, unknown>();
  let latest: unknown = null;
  const keyOf = (work: { article: { name: string; path?: string; mtHash: string } }) => `${work.article.path ?? work.article.name}\n${work.article.mtHash}`;
  const record = <T>(channel: string, request: unknown, answer: T): Promise<T> => {
    calls.push({ channel, request });
    return Promise.resolve(answer);
  };
  const bridge = {
    openArticle: () => record('article:open', null, null),
    // A test may set `fakeMain.glossaries` to what the Load glossary dialog "picks".
    openGlossaries: () => record('glossaries:open', null, (window as unknown as { fakeMain: { glossaries: unknown[] } }).fakeMain.glossaries),
    openRecent: (path: string) => record('recent:open', { path }, null),
    recentArticles: () => record('recent:list', null, []),
    addRecentArticle: (path: string) => record('recent:add', { path }, undefined),
    pathForFile: () => '',
    saveExport: (suggestedName: string, bytes: Uint8Array, mimeType: string) =>
      record('export:save', { suggestedName, bytes, mimeType }, `/home/user/${suggestedName}`),
    readWork: (key: string) => record('work:read', { key }, works.get(key) ?? null),
    writeWork: (work: { article: { name: string; path?: string; mtHash: string } }) => {
      works.set(keyOf(work), work);
      latest = work;
      return record('work:write', work, undefined);
    },
    latestWork: () => record('work:latest', null, latest),
    keepGlossaryCopy: (hash: string, bytes: Uint8Array) => record('work:keep-glossary', { hash, bytes }, undefined),
    readGlossaryCopy: (hash: string) => record('work:glossary', { hash }, null),
    workLocation: () => record('work:location', null, '/home/user/.config/Glossa/work'),
    saveWorkFile: (suggestedName: string, bytes: Uint8Array, options: { articlePath?: string; target?: string }) =>
      record('work:save-file', { suggestedName, bytes, ...options }, `/home/user/${suggestedName}`),
    readUserGlossary: () => record('user-glossary:read', null, null),
    writeUserGlossary: (bytes: Uint8Array) => record('user-glossary:write', { bytes }, undefined),
    writeGlossaryFile: (path: string, bytes: Uint8Array, previousHash: string) => record('glossary:write', { path, bytes, previousHash }, undefined),
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
      glossaries: [] as unknown[],
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
  // The 1 s autosave of the edited article's work: the largest and strictest payload.
  const writes = async () => (await recordedCalls(page)).filter((c) => c.channel === 'work:write').length;
  await expect.poll(writes).toBeGreaterThan(1);
  await menu(page, 'save-work');
  await expect.poll(async () => (await recordedCalls(page)).some((c) => c.channel === 'work:save-file')).toBe(true);
  await menu(page, 'show-help');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('/home/user/.config/Glossa/work');

  const calls = await recordedCalls(page);
  expect(new Set(calls.map((c) => c.channel))).toEqual(
    new Set([
      'work:latest', 'user-glossary:read', 'recent:list', 'window:set-title', 'export:save', 'work:write', 'work:keep-glossary',
      'work:save-file', 'work:location',
    ]),
  );
  for (const { channel, request } of calls) expect(() => validateRequest(channel, request), channel).not.toThrow();
  // The .glossa file the window saved is one the CLI and the window read back.
  const saved = calls.find((c) => c.channel === 'work:save-file')?.request as { suggestedName: string; bytes: Uint8Array; target?: string };
  expect(saved.suggestedName).toBe('kremlin-kerry.mt.glossa');
  expect(saved.target).toBeUndefined();
  const work = parseWorkFile(Buffer.from(saved.bytes).toString('utf8'));
  expect(work.postEdit).toBe(cliApply(SEED, GLOSSARY).toString('utf8'));
  expect(work.applied).toHaveLength(12);
  expect(work.glossaries.find((g) => g.file === 'ru-en-politics.tsv')?.base64).toBeDefined();
});

test('answers close requests without a question: the work is autosaved, a pending write lands first', async ({ page }) => {
  await expectSuggestionCount(page, 12);
  await requestClose(page, 1);
  await expect.poll(() => closeResponses(page)).toEqual([{ requestId: 1, decision: 'close' }]);

  await menu(page, 'apply-all');
  await expectSuggestionCount(page, 0);
  // Within the autosave's quiet second: the write is made, then the window may close.
  await requestClose(page, 2);
  await expect.poll(() => closeResponses(page)).toContainEqual({ requestId: 2, decision: 'close' });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const calls = await recordedCalls(page);
  const lastWrite = calls.map((c) => c.channel).lastIndexOf('work:write');
  const answer = calls.findIndex((c) => c.channel === 'window:close-response' && (c.request as { requestId: number }).requestId === 2);
  expect(lastWrite).toBeGreaterThanOrEqual(0);
  expect(lastWrite).toBeLessThan(answer);
  const written = calls[lastWrite]?.request as { postEdit: string };
  expect(written.postEdit).toBe(cliApply(SEED, GLOSSARY).toString('utf8'));
});

test('the glossary manager writes each edit to the loaded file through glossary:write, with the hash it was read with', async ({ page }) => {
  const original = '# desk\r\ntold about\tspoke of\r\n';
  await page.evaluate((text) => {
    (window as unknown as { fakeMain: { glossaries: unknown[] } }).fakeMain.glossaries = [
      { name: 'desk.tsv', path: '/home/user/glossaries/desk.tsv', bytes: new TextEncoder().encode(text) },
    ];
  }, original);
  await page.getByRole('button', { name: 'Load glossary', exact: true }).click();
  await expectSuggestionCount(page, 13);
  await page.keyboard.press(`${MOD}+Shift+G`);
  const manager = page.getByRole('dialog', { name: 'Glossary manager' });
  await expect(manager.getByRole('status')).toHaveText(/\d entries$/);
  await page.keyboard.type('told');
  await page.keyboard.press('ArrowDown');
  await expect(manager.getByText('Each edit is written at once to /home/user/glossaries/desk.tsv, in its own format.')).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press(`${MOD}+a`);
  await page.keyboard.type('talked about');
  await page.keyboard.press('Enter');
  await expect(manager.getByRole('option', { name: /^told about → talked about/ })).toBeFocused();

  const writes = (await recordedCalls(page)).filter((call) => call.channel === 'glossary:write');
  expect(writes).toHaveLength(1);
  const request = writes[0]!.request as { path: string; bytes: Uint8Array; previousHash: string };
  expect(request.path).toBe('/home/user/glossaries/desk.tsv');
  expect(Buffer.from(request.bytes).toString('utf8')).toBe(original.replace('spoke of', 'talked about'));
  expect(request.previousHash).toBe(hashBytes(new TextEncoder().encode(original)));
  expect(() => validateRequest('glossary:write', request)).not.toThrow();
});
