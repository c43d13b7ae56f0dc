// The editor's main path in the browser edition: open the seed and its glossary through
// the file chooser, see the 12 suggestions, apply all as one undo step, type, and export
// exactly what `glossa apply` gives.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  GLOSSARY,
  MOD,
  SEED,
  cliApply,
  expectSuggestionCount,
  exportText,
  focusPostEditStart,
  loadGlossary,
  openArticle,
  suggestionItems,
  waitForApp,
} from './support/glossa';

test('first start shows the bundled seed with its glossary at work', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expect(page).toHaveTitle('kremlin-kerry.mt.txt — Glossa');
  await expectSuggestionCount(page, 12);
  await expect(page.getByRole('option', { name: 'Sands → Peskov', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'ru-en-politics.tsv' })).toBeChecked();
  await expect(page.getByText('English (en)')).toBeVisible();
});

test('open, load glossary, apply all, undo, redo, type and export like the CLI', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);

  // Start from nothing loaded, as a user with their own files would.
  await page.getByRole('button', { name: 'Remove ru-en-politics.tsv' }).click();
  await expectSuggestionCount(page, 0);

  await openArticle(page, SEED);
  await expect(page).toHaveTitle('kremlin-kerry.mt.txt — Glossa');
  await expectSuggestionCount(page, 0);
  await loadGlossary(page, GLOSSARY);
  await expectSuggestionCount(page, 12);
  const labels = await suggestionItems(page).evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
  expect(labels).toContain('Sands → Peskov');
  expect(labels).toContain('far enough for midnight → well past midnight');
  await expect(page.getByText('12 suggestions', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Apply all', exact: true }).click();
  await expectSuggestionCount(page, 0);
  await expect(page).toHaveTitle('● kremlin-kerry.mt.txt — Glossa');

  // One undo step takes back all twelve; redo puts them back in one step too.
  await page.keyboard.press(`${MOD}+z`);
  await expectSuggestionCount(page, 12);
  await expect(page).toHaveTitle('kremlin-kerry.mt.txt — Glossa');
  await page.keyboard.press(`${MOD}+Shift+z`);
  await expectSuggestionCount(page, 0);

  const expected = cliApply(SEED, GLOSSARY);
  expect((await exportText(page)).equals(expected)).toBe(true);

  // Typing a glossary term makes a suggestion appear while the editor types.
  await focusPostEditStart(page);
  await page.keyboard.type('Sands said: ');
  await expectSuggestionCount(page, 1);
  await expect(page.getByRole('option', { name: 'Sands → Peskov', exact: true })).toBeVisible();

  const edited = Buffer.concat([Buffer.from('Sands said: '), expected]);
  // Ctrl+E exports plain text straight away, from inside the editor too.
  const download = page.waitForEvent('download');
  await page.keyboard.press(`${MOD}+e`);
  expect((await download).suggestedFilename()).toBe('kremlin-kerry.pe.txt');
  expect(readFileSync(await (await download).path()).equals(edited)).toBe(true);
});

test('apply and skip one suggestion from the keyboard', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);

  const first = suggestionItems(page).first();
  const firstLabel = await first.getAttribute('aria-label');
  await first.focus();
  await page.keyboard.press('Enter');
  await expectSuggestionCount(page, 11);
  expect(await suggestionItems(page).evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')))).not.toContain(firstLabel);
  // Focus stays in the list, on the item that took the applied one's place.
  await expect(suggestionItems(page).first()).toBeFocused();

  await page.keyboard.press('Delete');
  await expectSuggestionCount(page, 10);
  await expect(page.getByText('1 skipped')).toBeVisible();
  await page.getByRole('button', { name: 'Show skipped again' }).click();
  await expectSuggestionCount(page, 11);

  // Undo (outside the editor, from the list) reverts the single apply.
  await page.keyboard.press(`${MOD}+z`);
  await expectSuggestionCount(page, 12);
});
