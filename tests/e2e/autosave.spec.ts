// "No edit lost": typed work is autosaved a second after typing stops; when the browser
// goes away without unloading (a crash, a kill), the next start offers it back, exactly.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../playwright.config';
import { SEED, exportText, focusPostEditStart, waitForApp, expectSuggestionCount } from './support/glossa';

// These tests launch and close their own persistent browsers; Playwright's tracing of
// contexts it did not create trips over their closing.
test.use({ trace: 'off' });

let profile: string;

test.beforeEach(() => {
  profile = mkdtempSync(path.join(os.tmpdir(), 'glossa-profile-'));
});

test.afterEach(() => {
  rmSync(profile, { recursive: true, force: true });
});

/** A browser with a profile on disk, so IndexedDB outlives the browser like a user's does. */
function launch(baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { ...CHROMIUM_LAUNCH_OPTIONS, baseURL, viewport: { width: 1280, height: 800 }, acceptDownloads: true });
}

const TYPED = 'Ёлка, “quoted”  and  double  spaces — ok. ';

async function typeAndWaitForAutosave(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  await focusPostEditStart(page);
  await page.keyboard.type(TYPED);
  await expect(page.locator('[data-autosave]')).toHaveAttribute('data-autosave', 'autosaved');
}

test('restores autosaved work after the browser is closed without unloading', async ({ baseURL }) => {
  const first = await launch(baseURL as string);
  await typeAndWaitForAutosave(first);
  // context.close() does not run beforeunload: the page simply goes, as in a crash.
  await first.close();

  const second = await launch(baseURL as string);
  const page = second.pages()[0] ?? (await second.newPage());
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: 'Restore unsaved work?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await waitForApp(page);
  await expect(page).toHaveTitle('● kremlin-kerry.mt.txt — Glossa');

  const seed = readFileSync(SEED);
  const exported = await exportText(page);
  expect(exported.equals(Buffer.concat([Buffer.from(TYPED), seed]))).toBe(true);
  await second.close();
});

test('Discard goes back to the last saved text', async ({ baseURL }) => {
  const first = await launch(baseURL as string);
  await typeAndWaitForAutosave(first);
  await first.close();

  const second = await launch(baseURL as string);
  const page = second.pages()[0] ?? (await second.newPage());
  await page.goto('/');
  await page.getByRole('dialog', { name: 'Restore unsaved work?' }).getByRole('button', { name: 'Discard' }).click();
  await waitForApp(page);
  await expect(page).toHaveTitle('kremlin-kerry.mt.txt — Glossa');
  expect((await exportText(page)).equals(readFileSync(SEED))).toBe(true);
  await second.close();
});

test('a saved session reopens without asking', async ({ baseURL }) => {
  const first = await launch(baseURL as string);
  await typeAndWaitForAutosave(first);
  const page1 = first.pages()[0];
  if (!page1) throw new Error('no page');
  await page1.keyboard.press(process.platform === 'darwin' ? 'Meta+s' : 'Control+s');
  await expect(page1).toHaveTitle('kremlin-kerry.mt.txt — Glossa');
  await expect(page1.locator('[data-autosave]')).toHaveAttribute('data-autosave', 'saved');
  await first.close();

  const second = await launch(baseURL as string);
  const page = second.pages()[0] ?? (await second.newPage());
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect((await exportText(page)).equals(Buffer.concat([Buffer.from(TYPED), readFileSync(SEED)]))).toBe(true);
  await second.close();
});
