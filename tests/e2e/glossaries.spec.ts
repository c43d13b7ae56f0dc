// Glossary handling in the window: a broken file is reported by file and line and
// changes nothing; "Add to glossary" writes the user's glossary and takes effect at once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MOD, expectSuggestionCount, focusPostEditStart, loadGlossary, suggestionItems, waitForApp } from './support/glossa';

test('a broken glossary shows file:line and changes nothing', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-broken-'));
  const broken = path.join(dir, 'broken.tsv');
  writeFileSync(broken, 'Kerry\tKerry (US)\nthis line has no tab\n');
  try {
    await page.goto('/');
    await waitForApp(page);
    await expectSuggestionCount(page, 12);
    const before = await suggestionItems(page).evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));

    await loadGlossary(page, broken);
    const item = page.getByRole('listitem').filter({ hasText: 'broken.tsv' });
    await expect(item.getByRole('alert')).toContainText(/broken\.tsv:2(:\d+)?: /);
    await expect(page.getByRole('checkbox', { name: 'broken.tsv' })).toBeDisabled();

    // Its first (valid) line must not have been applied either: the file is refused whole.
    await expectSuggestionCount(page, 12);
    const after = await suggestionItems(page).evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));
    expect(after).toEqual(before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('disable, reorder and remove glossaries', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-second-'));
  const second = path.join(dir, 'names.tsv');
  writeFileSync(second, 'Sands\tMr Peskov\n');
  try {
    await page.goto('/');
    await waitForApp(page);
    await expectSuggestionCount(page, 12);
    await loadGlossary(page, second);
    // The bundled glossaries come first, so ru-en-politics.tsv wins the overlap.
    await expect(page.getByRole('option', { name: 'Sands → Peskov', exact: true })).toBeVisible();
    // One step up puts names.tsv above ru-en-terms.csv only: ru-en-politics.tsv still wins.
    await page.getByRole('button', { name: 'Move up names.tsv' }).click();
    await expect(page.getByRole('button', { name: 'Move up names.tsv' })).toBeEnabled();
    await expectSuggestionCount(page, 12);
    await expect(page.getByRole('option', { name: 'Sands → Peskov', exact: true })).toBeVisible();
    // The next puts it first, and it wins.
    await page.getByRole('button', { name: 'Move up names.tsv' }).click();
    await expect(page.getByRole('button', { name: 'Move up names.tsv' })).toBeDisabled();
    await expect(page.getByRole('option', { name: 'Sands → Mr Peskov', exact: true })).toBeVisible();
    await expectSuggestionCount(page, 12);

    await page.getByRole('checkbox', { name: 'ru-en-politics.tsv' }).uncheck();
    await expectSuggestionCount(page, 1);
    await page.getByRole('button', { name: 'Remove names.tsv' }).click();
    await expectSuggestionCount(page, 0);
    await page.getByRole('checkbox', { name: 'ru-en-politics.tsv' }).check();
    await expectSuggestionCount(page, 12);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Selects "told about" on the seed's first line with the keyboard and opens the dialog. */
async function addToldAbout(page: Page): Promise<Locator> {
  await focusPostEditStart(page);
  await page.keyboard.press(`${MOD}+ArrowRight`);
  await page.keyboard.press(`${MOD}+ArrowRight`);
  await page.keyboard.press(`${MOD}+Shift+ArrowRight`);
  await page.keyboard.press(`${MOD}+Shift+ArrowRight`);
  await page.getByRole('button', { name: 'Add to glossary' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add to my glossary' });
  await expect(dialog.getByRole('textbox', { name: 'Text as the MT writes it' })).toHaveValue('told about');
  return dialog;
}

test('add to my glossary, "Only add": the term becomes a suggestion and is kept by the host', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  const dialog = await addToldAbout(page);
  // Validation: an empty correction is refused with a message tied to the field, by
  // either button that adds.
  await dialog.getByRole('button', { name: 'Only add' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Correction' })).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('textbox', { name: 'Correction' }).fill('spoke of');
  await dialog.getByRole('button', { name: 'Only add' }).click();
  await expect(dialog).toHaveCount(0);

  await expectSuggestionCount(page, 13);
  await expect(page.getByRole('option', { name: 'told about → spoke of', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'My corrections' })).toBeChecked();

  // It is the user's own glossary: stored by the host, there again after a reload.
  await page.reload();
  await waitForApp(page);
  await expectSuggestionCount(page, 13);
});

test('add to my glossary, "Add and apply everywhere" (Enter): applied at once, one undo step', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  // The seed opens with its source in a third pane, where the post-edit wraps the first
  // line; the checks below read that line whole, as two panes show it.
  await page.getByRole('button', { name: 'Close the source' }).click();
  await expectSuggestionCount(page, 12);
  const dialog = await addToldAbout(page);
  await expect(dialog.getByRole('button', { name: 'Add and apply everywhere' })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Correction' }).fill('spoke of');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  // Applied, so it is not a suggestion; the other 12 are still there.
  await expectSuggestionCount(page, 12);
  await expect(page.getByRole('option', { name: 'told about → spoke of', exact: true })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'applied it in 1 place' })).toBeVisible();
  const firstLine = page.locator('.modified-in-monaco-diff-editor .view-line').first();
  await expect(firstLine).toHaveText('The Kremlin spoke of the meeting of Putin and Kerry');
  // One Ctrl+Z takes it back, and the hit is a suggestion again.
  await page.keyboard.press(`${MOD}+z`);
  await expect(firstLine).toHaveText('The Kremlin told about the meeting of Putin and Kerry');
  await expectSuggestionCount(page, 13);
});

test('drop a glossary and an article onto the window', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  const drop = async (name: string, content: string) => {
    const dataTransfer = await page.evaluateHandle(
      ([fileName, text]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], fileName, { type: 'text/plain' }));
        return transfer;
      },
      [name, content] as const,
    );
    await page.dispatchEvent('.workspace', 'dragenter', { dataTransfer });
    await page.dispatchEvent('.workspace', 'dragover', { dataTransfer });
    await page.dispatchEvent('.workspace', 'drop', { dataTransfer });
  };

  await drop('names.tsv', 'Kremlin\tKremlin (Moscow)\n');
  await expect(page.getByRole('checkbox', { name: 'names.tsv' })).toBeChecked();
  await expectSuggestionCount(page, 13);

  await drop('short-story.md', 'The Kremlin said us Secretary of state arrived.\n');
  await expect(page).toHaveTitle('short-story.md — Glossa');
  await expectSuggestionCount(page, 2);
  // A dropped article is remembered among the recent ones.
  await page.getByRole('button', { name: 'Recent articles' }).click();
  await expect(page.getByRole('menuitem', { name: /short-story\.md/ })).toBeVisible();
});
