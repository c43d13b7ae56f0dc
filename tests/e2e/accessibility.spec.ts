// axe-core over everything the window shows: the main window (light and dark), every
// dialog, the open Export menu, the glossary manager, and the exported HTML report. The
// bar: no serious or critical violation (colour contrast ≥ 4.5:1 for text included).
// Keyboard-only throughout: each view is reached the way an editor without a mouse would.
import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { MOD, suggestionItems, downloadExport, expectReviewSettled, expectSuggestionCount, focusPostEditStart, openArticle, waitForApp } from './support/glossa';

/** Serious and critical violations, one line each (rule, impact, where, why). */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help}`),
    );
}

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  await expectReviewSettled(page);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`main window (${colorScheme}): no serious or critical axe violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    // Mid-work: a suggestion applied from the list, one selected, an issue selected.
    // The editor has the focus: F6 twice reaches the suggestions (glossaries first).
    await page.keyboard.press('F6');
    await page.keyboard.press('F6');
    await expect(suggestionItems(page).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expectSuggestionCount(page, 11);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option', { selected: true })).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the open Export menu, the Help dialog and the Add to glossary dialog', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Export', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await focusPostEditStart(page);
  await page.keyboard.press('Shift+End');
  await page.keyboard.press(`${MOD}+Shift+A`);
  const addTerm = page.getByRole('dialog', { name: /Add to/ });
  await expect(addTerm).toBeVisible();
  // With a field error showing, as a user who pressed Enter too soon sees it.
  await page.keyboard.press('Enter');
  await expect(addTerm.getByRole('alert').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
});

test('the error and encoding dialogs', async ({ page }) => {
  await openApp(page);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-a11y-'));
  const binary = path.join(dir, 'binary.txt');
  writeFileSync(binary, Buffer.from([0x41, 0x00, 0x42]));
  await openArticle(page, binary);
  const error = page.getByRole('dialog', { name: 'Cannot open the article' });
  await expect(error).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await error.getByRole('button', { name: 'Reopen with encoding…' }).click();
  const encoding = page.getByRole('dialog', { name: 'Reopen with encoding' });
  await expect(encoding).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
});

test('the glossary manager, browsing and editing, and its problems list', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press(`${MOD}+Shift+G`);
  const manager = page.getByRole('dialog', { name: 'Glossary manager' });
  await expect(manager).toBeVisible();
  await expect(manager.getByRole('status')).toHaveText(/\d entries$/);
  await page.keyboard.type('secretary');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(manager.getByRole('textbox', { name: /^Source/ })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(manager).toHaveCount(0);
});

test('the exported review report', async ({ page }) => {
  await openApp(page);
  const report = await downloadExport(page, /review report/i);
  await page.setContent(report.toString('utf8'));
  expect(await seriousViolations(page)).toEqual([]);
});
