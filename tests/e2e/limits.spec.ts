// The window at Glossa's limits (browser edition, the same renderer the Electron window
// runs): a 5,000-paragraph article and a 100,000-entry glossary opened through the file
// chooser still leave an editor that takes typing, with every suggestion listed; and an
// article over 50 MB, opened or dropped, is refused by its size before it is read, with
// a message naming the limit. Matching runs in the
// engine worker (renderer/engine.worker.ts; tests/security/limits.test.ts checks that the
// UI thread's bundle holds none of the engine). No timing assertions: the generous timeout
// only bounds a hang.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  GLOSSARY_ENTRIES, MAX_ARTICLE_BYTES, expectedMatches, largeArticle, largeGlossaryTsv, sparseFile, termSource, termTarget,
} from '../security/large-inputs';
import {
  expectSuggestionCount, focusPostEditStart, loadGlossary, openArticle, suggestionItems, suggestions, waitForApp,
} from './support/glossa';

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-limits-e2e-'));
});
test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * The pending count once the list describes the current text (aria-busy="false"), read
 * from the status bar: the list itself shows only its first rows on articles this long.
 */
async function expectPendingCount(page: Page, count: number): Promise<void> {
  await expect(suggestions(page)).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTitle('Pending suggestions')).toContainText(`${count.toLocaleString('en-US')} suggestions`);
  await expect(suggestions(page)).toHaveAttribute('aria-busy', 'false');
  expect(await suggestionItems(page).count()).toBeGreaterThan(0);
}

/** A fresh profile opens the bundled sample; its glossary is removed so only ours counts. */
async function startFresh(page: Page): Promise<void> {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  // Only our glossary should count: remove the bundled sample's.
  await page.getByRole('button', { name: 'Remove ru-en-politics.tsv' }).click();
  await expectSuggestionCount(page, 0);
}

test('a 5,000-paragraph article with a 100,000-entry glossary: every suggestion counted, typing still works', async ({ page }) => {
  test.setTimeout(240_000);
  const article = path.join(dir, 'long-article.mt.txt');
  const glossary = path.join(dir, 'large-glossary.tsv');
  writeFileSync(article, largeArticle());
  writeFileSync(glossary, largeGlossaryTsv());
  const matches = expectedMatches();

  await startFresh(page);
  await openArticle(page, article);
  await expect(page).toHaveTitle('long-article.mt.txt — Glossa');
  await loadGlossary(page, glossary);
  await expect(page.getByRole('checkbox', { name: 'large-glossary.tsv' })).toBeChecked();
  await expect(page.getByText(`${GLOSSARY_ENTRIES.toLocaleString('en-US')} corrections`)).toBeVisible({ timeout: 60_000 });

  // Every match of the article, the last of the 100,000 entries (in the last paragraph) included.
  await expectPendingCount(page, matches);
  await expect(page.getByRole('option', { name: `${termSource(0)} → ${termTarget(0)}`, exact: true })).toBeVisible();

  // The editor takes typing, and what is typed is matched against the 100,000 entries too.
  await focusPostEditStart(page);
  await page.keyboard.type(`${termSource(1)} typed at the top. `);
  await expectPendingCount(page, matches + 1);
  await expect(suggestionItems(page).first()).toHaveAccessibleName(`${termSource(1)} → ${termTarget(1)}`);
});

test('an article over 50 MB is refused with a message that names the limit', async ({ page }) => {
  test.setTimeout(120_000);
  const huge = path.join(dir, 'huge.mt.txt');
  await sparseFile(huge, MAX_ARTICLE_BYTES + 1);

  await startFresh(page);
  await openArticle(page, huge);
  const dialog = page.getByRole('dialog', { name: 'Cannot open the article' });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  // The window's own wording: refused by its size before it was read (the decoder,
  // after reading, would say "huge.mt.txt:1: file is …").
  await expect(dialog).toContainText('huge.mt.txt is 50.0 MB, over the 50 MB limit for articles.');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  // The article on screen is still the one that was open.
  await expect(page).toHaveTitle('kremlin-kerry.mt.txt — Glossa');
});

test('an article over 50 MB dropped on the window is refused by its size, before it is read', async ({ page }) => {
  test.setTimeout(120_000);
  await startFresh(page);
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new ArrayBuffer(bytes)], 'huge-drop.txt', { type: 'text/plain' }));
    return transfer;
  }, MAX_ARTICLE_BYTES + 1);
  await page.dispatchEvent('.workspace', 'dragenter', { dataTransfer });
  await page.dispatchEvent('.workspace', 'dragover', { dataTransfer });
  await page.dispatchEvent('.workspace', 'drop', { dataTransfer });
  const dialog = page.getByRole('dialog', { name: 'Cannot open the article' });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(dialog).toContainText('huge-drop.txt is 50.0 MB, over the 50 MB limit for articles.');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page).toHaveTitle('kremlin-kerry.mt.txt — Glossa');
});
