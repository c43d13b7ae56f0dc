// The editor's keys, driven from the keyboard as an editor works (issue 13 §2): F7 steps
// through every word-level change of the human post-edit in text order, selecting the
// changed words and the MT words they replace; F8 takes the suggestion at the caret from
// Ln 1, Col 1; Ctrl+G goes to a line, line:column or ¶paragraph in a small dialog and
// never types into the article; Tab moves focus and never writes a tab (Ctrl+K, Tab
// does, beside a selection it keeps); F8 pressed in the suggestions list keeps focus
// there.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { wordChanges } from '../../core/review/change-runs';
import { diffArticle } from '../../core/review/article-diff';
import { splitParagraphs } from '../../core/text/paragraphs';
import {
  MOD, SEED, SEED_POST_EDIT, expectSuggestionCount, exportText, focusPostEditStart, suggestions, waitForApp,
} from './support/glossa';

const MT = readFileSync(SEED, 'utf8');
const POST_EDIT = readFileSync(SEED_POST_EDIT, 'utf8');

function toast(page: Page) {
  return page.locator('.toast[role="status"]');
}

function postEditBox(page: Page) {
  return page.getByRole('textbox', { name: /^Post-edit/ });
}

/** The post-edit's selected text, as Ctrl+C puts it on the clipboard. */
async function copiedSelection(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.press(`${MOD}+c`);
  return page.evaluate(() => navigator.clipboard.readText());
}

async function startWithSeed(page: Page): Promise<void> {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  // The seed's source is found after the seed shows, and says so in the toast: wait for
  // it, so that its message never replaces the ones these tests read.
  await expect(page.getByRole('region', { name: 'Source' })).toBeVisible();
}

async function cursorIs(page: Page, line: number, column: number): Promise<void> {
  await expect(page.getByTitle('Cursor', { exact: true })).toContainText(`Ln ${line}, Col ${column}`);
}

test('F7 goes through every word-level change of the human post-edit in order, selecting both sides', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startWithSeed(page);
  await focusPostEditStart(page);
  await page.keyboard.press(`${MOD}+a`);
  await page.keyboard.insertText(POST_EDIT);
  await expect(page.getByText('HTER 39.05%', { exact: true })).toBeVisible();
  const changes = wordChanges(diffArticle(MT, POST_EDIT));
  expect(changes.length).toBeGreaterThan(40);

  await page.keyboard.press(`${MOD}+Home`);
  for (let k = 0; k < changes.length; k++) {
    await page.keyboard.press('F7');
    const change = changes[k]!;
    await expect(toast(page)).toContainText(`Change ${k + 1} of ${changes.length}:`);
    // The caret ends the change's post-edit words (an empty selection for a deletion).
    const end = POST_EDIT.slice(0, change.peEnd).split('\n');
    await cursorIs(page, end.length, end.at(-1)!.length + 1);
    if (change.kind === 'replace' && k < 6) {
      expect(await copiedSelection(page)).toBe(change.peText);
      await expect(toast(page)).toContainText(`“${change.mtText.length > 60 ? change.mtText.slice(0, 57) : change.mtText}`);
    }
  }
  // Past the last change, F7 starts again from the top; Shift+F7 goes back.
  await page.keyboard.press('F7');
  await expect(toast(page)).toContainText(`Change 1 of ${changes.length}:`);
  await expect(toast(page)).toContainText('(from the top)');
  await page.keyboard.press('Shift+F7');
  await expect(toast(page)).toContainText(`Change ${changes.length} of ${changes.length}:`);
  // The MT side shows the words the change replaced, selected.
  const first = changes.findIndex((change) => change.kind === 'replace');
  await page.keyboard.press(`${MOD}+Home`);
  for (let k = 0; k <= first; k++) await page.keyboard.press('F7');
  await expect(page.locator('.original-in-monaco-diff-editor .selected-text').first()).toBeVisible();
  // Typing replaces the selected words: the change is where the editor's eyes are.
  await page.keyboard.type('REPLACED');
  const text = (await exportText(page)).toString('utf8');
  const change = changes[first]!;
  expect(text).toBe(POST_EDIT.slice(0, change.peStart) + 'REPLACED' + POST_EDIT.slice(change.peEnd));
});

test('F8 from Ln 1, Col 1 takes the suggestion there first, then the next; Shift+F8 goes back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startWithSeed(page);
  const article = 'Sands said the talks went on.\n\nThe press-Secretary spoke to us Secretary of state.\n';
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open article', exact: true }).click();
  await (await chooser).setFiles({ name: 'sands.txt', mimeType: 'text/plain', buffer: Buffer.from(article) });
  await expect(page).toHaveTitle(/sands\.txt/);
  await expectSuggestionCount(page, 3);

  await focusPostEditStart(page);
  await cursorIs(page, 1, 1);
  await page.keyboard.press('F8');
  expect(await copiedSelection(page)).toBe('Sands');
  await expect(suggestions(page).locator('[aria-current="true"]')).toHaveAttribute('aria-label', 'Sands → Peskov');
  await page.keyboard.press('F8');
  expect(await copiedSelection(page)).toBe('press-Secretary');
  await page.keyboard.press('F8');
  expect(await copiedSelection(page)).toBe('us Secretary of state');
  await page.keyboard.press('F8');
  expect(await copiedSelection(page)).toBe('Sands');
  await page.keyboard.press('Shift+F8');
  expect(await copiedSelection(page)).toBe('us Secretary of state');
  // Alt+Enter applies the one F8 selected.
  await page.keyboard.press('Alt+Enter');
  await expectSuggestionCount(page, 2);
  expect((await exportText(page)).toString('utf8')).toContain('spoke to US Secretary of State.');
});

test('F8 pressed in the suggestions list shows the suggestion and leaves focus in the list', async ({ page }) => {
  await startWithSeed(page);
  await suggestions(page).getByRole('option').first().focus();
  await page.keyboard.press('F8');
  await expect(suggestions(page).locator('[aria-current="true"]')).toHaveCount(1);
  expect(await page.evaluate(() => document.activeElement?.closest('[aria-label="Suggestions"]') !== null)).toBe(true);
  await expect(postEditBox(page)).not.toBeFocused();
  // F7 too: the change is shown, focus stays.
  await page.keyboard.press('F7');
  await expect(toast(page)).toContainText('No changes against the MT');
  expect(await page.evaluate(() => document.activeElement?.closest('[aria-label="Suggestions"]') !== null)).toBe(true);
});

test('Ctrl+G goes to a line, a line and column, or a paragraph, and never types into the article', async ({ page }) => {
  await startWithSeed(page);
  await focusPostEditStart(page);
  const paragraphs = splitParagraphs(MT);
  const lineOf = (offset: number) => MT.slice(0, offset).split('\n').length;

  await page.keyboard.press(`${MOD}+g`);
  const dialog = page.getByRole('dialog', { name: 'Go to' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('textbox', { name: 'Line, line:column or ¶paragraph' });
  await expect(field).toBeFocused();
  await field.fill('¶3');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await cursorIs(page, lineOf(paragraphs[2]!.start), 1);
  await expect(postEditBox(page)).toBeFocused();

  await page.keyboard.press(`${MOD}+g`);
  await field.fill('5:12');
  await page.keyboard.press('Enter');
  await cursorIs(page, 5, 12);

  // A place the article does not have: said in the dialog, which stays open.
  await page.keyboard.press(`${MOD}+g`);
  await field.fill('¶99');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(`Cannot go there: no paragraph 99: the text has ${paragraphs.length}.`);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(postEditBox(page)).toBeFocused();
  await cursorIs(page, 5, 12);
  expect((await exportText(page)).toString('utf8')).toBe(MT);
});

test('Tab moves focus and never writes a tab; Ctrl+K, Tab types one beside the selection', async ({ page }) => {
  await startWithSeed(page);
  await focusPostEditStart(page);
  // "The" selected, then Tab: the word stays, focus moves on.
  await page.keyboard.press('Shift+Control+ArrowRight');
  await page.keyboard.press('Tab');
  await expect(postEditBox(page)).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  await page.keyboard.press('Shift+Tab');
  await expect(postEditBox(page)).toBeFocused();
  expect((await exportText(page)).toString('utf8')).toBe(MT);

  await postEditBox(page).focus();
  await page.keyboard.press(`${MOD}+Home`);
  await page.keyboard.press('Shift+Control+ArrowRight');
  await page.keyboard.press(`${MOD}+k`);
  await page.keyboard.press('Tab');
  await expect(postEditBox(page)).toBeFocused();
  const text = (await exportText(page)).toString('utf8');
  expect(text.startsWith('The\t Kremlin') || text.startsWith('The \tKremlin')).toBe(true);
  expect(text.replace('\t', '')).toBe(MT);
});
