// The Electron window, end to end: the browser edition's scenarios (bundled seed, its 12
// suggestions, apply all, undo, export) through the real preload/IPC/main path, plus the
// window's security rules. Skipped, with the reason, where Electron's binary is absent
// (its install script is disabled in package.json; `npm start` fetches it on demand).
// The same rules are checked without the binary in tests/electron/main-wiring.test.ts.
//
// GLOSSA_E2E_APP=<packaged executable> runs this spec against a packaged test build
// (`GLOSSA_TEST_BUILD=1 npm run dist -- --dir`, see SECURITY.md): Playwright's
// `_electron.launch` passes --inspect=0 and needs the nodeCliInspect fuse, which release
// builds burn.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { cliApply, expectSuggestionCount, focusPostEditStart, GLOSSARY, MOD, SEED, waitForApp } from './support/glossa';

const root = fileURLToPath(new URL('../..', import.meta.url));
const electronPackage = path.join(root, 'node_modules', 'electron');

/** Located like electron's index.js does, without requiring it (that would start a download). */
function electronExecutable(): string {
  const pathFile = path.join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultExecutableName();
  return path.join(electronPackage, 'dist', relative);
}
function defaultExecutableName(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

/** A packaged app starts its own app.asar; the development binary is given the repo. */
const packagedApp = process.env.GLOSSA_E2E_APP;
const executablePath = packagedApp ? path.resolve(packagedApp) : electronExecutable();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

test.skip(!existsSync(executablePath), `Electron binary not installed: ${executablePath}`);
test.skip(!hasDisplay, 'Electron needs a display: DISPLAY and WAYLAND_DISPLAY are unset (run under xvfb-run)');

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  for (const built of packagedApp ? [] : ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  userData = mkdtempSync(path.join(os.tmpdir(), 'glossa-e2e-'));
  app = await _electron.launch({
    executablePath,
    args: packagedApp ? [] : [root],
    // A fresh profile: first start, so the renderer opens the bundled seed.
    env: { ...process.env, GLOSSA_USER_DATA_DIR: userData } as Record<string, string>,
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  if (app) {
    // destroy() skips the unsaved-work question, which would otherwise wait for a person.
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().forEach((window) => window.destroy()));
    await app.close();
  }
  if (userData) rmSync(userData, { recursive: true, force: true });
});

/** Clicks a native menu item as the user would (same click handler, same IPC event). */
async function clickMenu(id: string): Promise<void> {
  await app.evaluate(({ BrowserWindow, Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`no menu item ${itemId}`);
    const window = BrowserWindow.getAllWindows()[0];
    item.click(undefined, window, window?.webContents);
  }, id);
}

test('loads the renderer from app://glossa with the CSP header, sandboxed', async () => {
  expect(page.url()).toBe('app://glossa/index.html');
  const csp = await page.evaluate(async () => (await fetch('app://glossa/index.html')).headers.get('content-security-policy'));
  expect(csp).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; " +
      "object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  );
  const globals = await page.evaluate(() => ({
    require: typeof (window as { require?: unknown }).require,
    process: typeof (window as { process?: unknown }).process,
    bridge: Object.keys((window as { glossaBridge?: object }).glossaBridge ?? {}).sort(),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.bridge).toContain('openArticle');
  expect(globals.bridge).not.toContain('invoke');
});

test('first start shows the bundled seed with its 12 suggestions, titled through IPC', async () => {
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  await expect(page).toHaveTitle('kremlin-kerry.mt.txt — Glossa');
  // The renderer sets the title through window:set-title; the native window shows it.
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle()))
    .toBe('kremlin-kerry.mt.txt — Glossa');
});

test('apply all from the menu, export through the save dialog like the CLI, undo', async () => {
  await clickMenu('apply-all');
  await expectSuggestionCount(page, 0);
  await expect(page).toHaveTitle('● kremlin-kerry.mt.txt — Glossa');
  if (process.platform !== 'darwin') {
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle()))
      .toBe('● kremlin-kerry.mt.txt — Glossa');
  }

  const target = path.join(userData, 'exported.txt');
  await app.evaluate(({ dialog }, filePath) => {
    // The native dialog cannot be driven from a test; answer it from the main process.
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, target);
  await clickMenu('export');
  await expect.poll(() => existsSync(target)).toBe(true);
  expect(readFileSync(target).equals(cliApply(SEED, GLOSSARY))).toBe(true);
  // The atomic write left no temp file behind.
  expect(readdirSync(userData).filter((name) => name.endsWith('.tmp'))).toEqual([]);

  // One undo step brings all twelve back.
  await focusPostEditStart(page);
  await page.keyboard.press(`${MOD}+z`);
  await expectSuggestionCount(page, 12);
});

test('Ctrl+S saves the work as a .glossa file beside the article, asking where the first time only', async () => {
  await clickMenu('apply-all');
  await expectSuggestionCount(page, 0);
  const target = path.join(userData, 'kremlin-kerry.mt.glossa');
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, target);
  await clickMenu('save-work');
  await expect.poll(() => existsSync(target)).toBe(true);
  const saved = JSON.parse(readFileSync(target, 'utf8')) as { format: string; postEdit: string };
  expect(saved.format).toBe('glossa-work');
  expect(Buffer.from(saved.postEdit).equals(cliApply(SEED, GLOSSARY))).toBe(true);
  // The autosave of the same work lives in the profile, per article.
  await expect.poll(() => existsSync(path.join(userData, 'work', 'index.json'))).toBe(true);
});

/** Resolves when the main process logs a line containing `text` (our refusals are logged). */
function mainLog(text: string): Promise<unknown> {
  return app.waitForEvent('console', { predicate: (message) => message.text().includes(text) });
}

test('refuses window.open', async () => {
  // Our handler, not a popup blocker, refused it: the main process logs each refusal.
  const logged = mainLog('refused to open a window for https://example.com/');
  // The window-open handler runs before window.open returns: null means no window was made.
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  await logged;
  expect(app.windows()).toHaveLength(1);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('refuses navigation away from the app', async () => {
  // Deterministic half: our will-navigate handler is installed on the real WebContents.
  const prevented = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    let wasPrevented = false;
    const event = { url: 'https://example.com/', preventDefault: () => (wasPrevented = true) };
    contents?.emit('will-navigate', event, event.url);
    return wasPrevented;
  });
  expect(prevented).toBe(true);

  // End to end: a page-initiated navigation reaches will-navigate and the page stays.
  await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    (globalThis as { navigationSeen?: Promise<string> }).navigationSeen = new Promise((resolve) => {
      contents?.once('will-navigate', (event) => resolve(event.url));
    });
  });
  const logged = mainLog('refused navigation to https://example.com/');
  await page.evaluate(() => {
    (window as { stayMarker?: number }).stayMarker = 42;
    window.location.href = 'https://example.com/';
  });
  await logged;
  const seen = await app.evaluate(() => (globalThis as { navigationSeen?: Promise<string> }).navigationSeen);
  expect(seen).toBe('https://example.com/');
  expect(await page.evaluate(() => (window as { stayMarker?: number }).stayMarker)).toBe(42);
  expect(page.url()).toBe('app://glossa/index.html');
});

test('refuses permission requests and remote content', async () => {
  const logged = mainLog('refused a "notifications" permission request');
  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
  await logged;
  expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state)).toBe('denied');
  const media = await page.evaluate(() =>
    navigator.mediaDevices.getUserMedia({ audio: true }).then(() => 'granted', (error: Error) => error.name),
  );
  expect(media).not.toBe('granted');
  const remote = await page.evaluate(() => fetch('https://example.com/').then(() => 'loaded', () => 'blocked'));
  expect(remote).toBe('blocked');
});
