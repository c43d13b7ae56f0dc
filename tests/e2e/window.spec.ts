// The window as a whole: strict CSP with Monaco working under it, keyboard access to
// every action, the Help dialog, F7 navigation, and the README screenshot.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { MOD, expectReviewSettled, expectSuggestionCount, qualityChecks, root, suggestionItems, waitForApp } from './support/glossa';

test('runs under the strict CSP without violations, workers included', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  // The edit figures are measured in a worker of their own: they only show when it runs.
  await page.getByRole('button', { name: 'Apply all', exact: true }).click();
  await expect(page.getByText(/^\d+ changed words?$/)).not.toHaveText('0 changed words');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("default-src 'self'");
  expect(meta).not.toContain('unsafe-eval');
  expect(violations).toEqual([]);
});

test('every toolbar action has its accessible name and a keyboard path', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  for (const name of ['Open article', 'Load glossary', 'Save work', 'Export', 'Apply all', 'Add to glossary', 'Hide unchanged', 'Help']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  // The toolbar is one Tab stop; arrow keys walk it.
  await page.getByRole('button', { name: 'Open article', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Recent articles' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Load glossary', exact: true })).toBeFocused();

  // Help lists the shortcuts and closes with Escape.
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /Export the cleaned text/ })).toContainText(`Ctrl+E`.replace('Ctrl', MOD === 'Meta' ? '⌘' : 'Ctrl'));
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // Export opens as a menu of formats from the keyboard.
  await page.getByRole('button', { name: 'Export', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: /Plain text/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();

  // F6 walks the areas: post-edit → glossaries → suggestions → quality checks → toolbar
  // (back on the toolbar control used last, as roving focus does).
  await page.getByRole('textbox', { name: /^Post-edit/ }).focus();
  await page.keyboard.press('F6');
  await expect(page.getByRole('checkbox', { name: 'ru-en-politics.tsv' })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(suggestionItems(page).first()).toBeFocused();
  await expectReviewSettled(page);
  await page.keyboard.press('F6');
  await expect(qualityChecks(page).getByRole('option').first()).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
});

test('hide unchanged paragraphs and step through changes with F7', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  await page.getByRole('button', { name: 'Apply all', exact: true }).click();
  await expectSuggestionCount(page, 0);
  // F7 steps through Monaco's diff, computed in its own worker: wait until it has one.
  await expect(page.locator('.modified-in-monaco-diff-editor .char-insert').first()).toBeVisible();

  const hide = page.getByRole('button', { name: 'Hide unchanged', exact: true });
  await hide.click();
  await expect(hide).toHaveAttribute('aria-pressed', 'true');
  await hide.click();
  await expect(hide).toHaveAttribute('aria-pressed', 'false');

  // F7 moves the caret to the first change (line 3 of the seed holds the first one).
  await page.getByRole('textbox', { name: /^Post-edit/ }).focus();
  await page.keyboard.press(`${MOD}+Home`);
  await page.keyboard.press('F7');
  await expect(page.getByText(/^Ln 3, Col \d+$/)).toBeVisible();
  await page.keyboard.press('Shift+F7');
  await expect(page.getByText(/^Ln \d+, Col \d+$/)).not.toHaveText('Ln 3, Col 1');
});

test('screenshot of the window for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  // A few corrections applied, one suggestion selected: the app mid-work.
  for (let i = 0; i < 3; i++) {
    await suggestionItems(page).first().locator('[data-row-action="apply"]').click();
    await expectSuggestionCount(page, 11 - i);
  }
  await suggestionItems(page).first().click();
  await expect(suggestionItems(page).first()).toHaveAttribute('aria-current', 'true');
  await expect(page.getByText(/^\d+ changed words?$/)).not.toHaveText('0 changed words');
  // The review of the edited text listed: quality checks and HTER in the picture.
  await expectReviewSettled(page);
  await expect(page.getByText(/^HTER \d+\.\d\d%$/)).toBeVisible();
  await page.mouse.move(0, 0);
  mkdirSync(path.join(root, 'docs'), { recursive: true });
  await page.screenshot({ path: path.join(root, 'docs', 'screenshot.png') });
});

test('F8 walks the suggestions and Alt+Enter applies the one at the cursor', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  await page.getByRole('textbox', { name: /^Post-edit/ }).focus();
  await page.keyboard.press(`${MOD}+Home`);
  await page.keyboard.press('F8');
  // The first hit in text order is on line 3 and becomes the current item of the list.
  await expect(page.getByText(/^Ln 3, Col \d+$/)).toBeVisible();
  await expect(suggestionItems(page).first()).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('F8');
  await expect(suggestionItems(page).nth(1)).toHaveAttribute('aria-current', 'true');
  const second = await suggestionItems(page).nth(1).getAttribute('aria-label');
  await page.keyboard.press('Alt+Enter');
  await expectSuggestionCount(page, 11);
  const labels = await suggestionItems(page).evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));
  expect(labels).not.toContain(second);
});

test('leaving with unsaved work asks through the browser prompt', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  await page.getByRole('button', { name: 'Apply all', exact: true }).click();
  await expect(page).toHaveTitle(/^● /);
  const prompt = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await prompt;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
});
