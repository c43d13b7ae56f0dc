// "No edit lost", across restarts and crashes: each article's work is autosaved a second
// after typing stops; when the browser goes away without unloading (a crash, a kill), the
// next start shows the article worked on last exactly as it was, and every other article
// comes back with its own work when opened again. Nothing asks a question whose answer
// could lose work.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../playwright.config';
import {
  SEED, exportText, focusPostEditStart, openArticle, openRecent, saveWork, waitForApp, expectSuggestionCount,
} from './support/glossa';

// These tests launch and close their own persistent browsers; Playwright's tracing of
// contexts it did not create trips over their closing.
test.use({ trace: 'off' });

let profile: string;
let files: string;

test.beforeEach(() => {
  profile = mkdtempSync(path.join(os.tmpdir(), 'glossa-profile-'));
  files = mkdtempSync(path.join(os.tmpdir(), 'glossa-articles-'));
});

test.afterEach(() => {
  rmSync(profile, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

/** A browser with a profile on disk, so IndexedDB outlives the browser like a user's does. */
function launch(baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { ...CHROMIUM_LAUNCH_OPTIONS, baseURL, viewport: { width: 1280, height: 800 }, acceptDownloads: true });
}

async function firstPage(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await waitForApp(page);
  return page;
}

const TYPED = 'Ёлка, “quoted”  and  double  spaces — ok. ';
const autosaved = (page: Page) => expect(page.locator('[data-autosave]')).toHaveAttribute('data-autosave', 'autosaved');

async function typeAtStart(page: Page, text: string): Promise<void> {
  await focusPostEditStart(page);
  await page.keyboard.type(text);
}

test('restores the work after the browser is closed without unloading, without asking', async ({ baseURL }) => {
  const first = await launch(baseURL as string);
  const page1 = await firstPage(first);
  await expectSuggestionCount(page1, 12);
  await typeAtStart(page1, TYPED);
  await autosaved(page1);
  // context.close() does not run beforeunload: the page simply goes, as in a crash.
  await first.close();

  const second = await launch(baseURL as string);
  const page = await firstPage(second);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveTitle('● kremlin-kerry.mt.txt — Glossa');
  await expect(page.getByRole('status')).toContainText('Restored your work on kremlin-kerry.mt.txt');
  expect((await exportText(page)).equals(Buffer.concat([Buffer.from(TYPED), readFileSync(SEED)]))).toBe(true);
  await second.close();
});

test('killed during an autosave across two articles: each article comes back with its last complete work', async ({ baseURL }) => {
  const a = path.join(files, 'first.txt');
  const b = path.join(files, 'second.txt');
  writeFileSync(a, 'The first article.\n\nIt has two paragraphs.\n');
  writeFileSync(b, 'The second article.\n');
  const first = await launch(baseURL as string);
  const page1 = await firstPage(first);
  await openArticle(page1, a);
  await expect(page1).toHaveTitle('first.txt — Glossa');
  await typeAtStart(page1, 'A1 ');
  await autosaved(page1);
  // Switching writes the article being left at once, and never asks.
  await openArticle(page1, b);
  await expect(page1).toHaveTitle('second.txt — Glossa');
  await typeAtStart(page1, 'B1 ');
  await autosaved(page1);
  // More typing, and the browser is killed inside the autosave's quiet second (or while
  // it writes): that last bit may or may not have made it, but nothing else may be lost.
  await page1.keyboard.type('B2 ');
  await first.close();

  const second = await launch(baseURL as string);
  const page = await firstPage(second);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveTitle('● second.txt — Glossa');
  expect(['B1 B2 The second article.\n', 'B1 The second article.\n']).toContain((await exportText(page)).toString('utf8'));
  // The other article, reopened from Recent (and from Open), has its own work.
  await openRecent(page, /first\.txt/);
  await expect(page).toHaveTitle('● first.txt — Glossa');
  expect((await exportText(page)).toString('utf8')).toBe('A1 The first article.\n\nIt has two paragraphs.\n');
  await openArticle(page, b);
  expect(['B1 B2 The second article.\n', 'B1 The second article.\n']).toContain((await exportText(page)).toString('utf8'));
  await second.close();
});

test('saved work (Ctrl+S) reopens unmarked after a restart, and its .glossa file opens in another browser exactly', async ({ baseURL }) => {
  const first = await launch(baseURL as string);
  const page1 = await firstPage(first);
  await expectSuggestionCount(page1, 12);
  await typeAtStart(page1, TYPED);
  await autosaved(page1);
  const saved = await saveWork(page1);
  expect(saved.name).toBe('kremlin-kerry.mt.glossa');
  const glossaFile = path.join(files, saved.name);
  writeFileSync(glossaFile, readFileSync(saved.path));
  await expect(page1).toHaveTitle('kremlin-kerry.mt.txt — Glossa');
  await expect(page1.locator('[data-autosave]')).toHaveAttribute('data-autosave', 'saved');
  await first.close();

  const second = await launch(baseURL as string);
  const page = await firstPage(second);
  await expectSuggestionCount(page, 12);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveTitle('kremlin-kerry.mt.txt — Glossa');
  const expected = Buffer.concat([Buffer.from(TYPED), readFileSync(SEED)]);
  expect((await exportText(page)).equals(expected)).toBe(true);
  await second.close();

  // A browser that never saw the article: the .glossa file carries the MT and the glossaries.
  rmSync(profile, { recursive: true, force: true });
  const elsewhere = await launch(baseURL as string);
  const fresh = await firstPage(elsewhere);
  await openArticle(fresh, glossaFile);
  await expect(fresh).toHaveTitle('kremlin-kerry.mt.txt — Glossa');
  await expectSuggestionCount(fresh, 12);
  expect((await exportText(fresh)).equals(expected)).toBe(true);
  await elsewhere.close();
});
