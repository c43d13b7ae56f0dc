// Review in the window: the quality checks panel on the seed MT (its unpaired quotes and
// "correspondent ." found, a click selecting the span in the post-edit), HTER of the human
// post-edit in the status bar (sacreBLEU's TER: 39.0476), a paragraph typed in Russian
// marked in the gutter, every export format, and "Copy cleaned text".
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  MOD,
  SEED,
  SEED_POST_EDIT,
  expectReviewSettled,
  downloadExport,
  expectSuggestionCount,
  focusPostEditStart,
  qualityChecks,
  reportFigures,
  suggestionItems,
  waitForApp,
} from './support/glossa';

const POST_EDIT = readFileSync(SEED_POST_EDIT, 'utf8');
const MT = readFileSync(SEED, 'utf8');

async function startWithSeed(page: Page): Promise<void> {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  await expectReviewSettled(page);
}

/** Replace the whole post-edit as a user pasting their edited text would: select all, insert. */
async function replacePostEdit(page: Page, text: string): Promise<void> {
  await focusPostEditStart(page);
  await page.keyboard.press(`${MOD}+a`);
  await page.keyboard.insertText(text);
}

function option(page: Page, name: RegExp) {
  return qualityChecks(page).getByRole('option', { name });
}

test('quality checks list the MT’s issues; a click selects the span and typing fixes it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startWithSeed(page);

  // First start: the post-edit is the raw MT, with three unpaired quotes (errors, listed
  // first) and the space in "correspondent ." (a warning).
  const panel = page.getByRole('region', { name: 'Quality checks' });
  await expect(option(page, /^Error: Unpaired quote/)).toHaveCount(3);
  await expect(qualityChecks(page).getByRole('option').first()).toHaveAccessibleName(/^Error: Unpaired quote/);
  await expect(panel).toContainText('3 errors');
  // The dictionary loads after the first review; its spelling rows then join the list.
  // Wait for them, so that the list is not redrawn under the click below.
  await expect(option(page, /^Warning: Spelling/).first()).toBeVisible();
  await expectReviewSettled(page);
  const space = option(page, /^Warning: Space before punctuation, paragraph 7, line 13\./);
  await expect(space).toHaveCount(1);
  await expect(space).toContainText('correspondent .');
  // The glossary's twelve corrections are the suggestions list's: one entry leads there.
  const corrections = option(page, /^Warning: 12 glossary corrections not applied yet/);
  await expect(corrections).toHaveCount(1);
  await corrections.click();
  await expect(suggestionItems(page).first()).toBeFocused();

  // A click goes to the editor with exactly the flagged span selected: copy shows it.
  await space.click();
  await expect(page.getByRole('textbox', { name: /^Post-edit/ })).toBeFocused();
  await expect(page.getByText(/^Ln 13, Col \d+$/)).toBeVisible();
  await page.keyboard.press(`${MOD}+c`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(' .');

  // Typing over the selection fixes it; the next review no longer lists it.
  await page.keyboard.type('.');
  await expect(qualityChecks(page)).toHaveAttribute('aria-busy', 'true');
  await expectReviewSettled(page);
  await expect(option(page, /Space before punctuation/)).toHaveCount(0);
  await expect(option(page, /^Error: Unpaired quote/)).toHaveCount(3);

  // The list from the keyboard: ↓ shows the next issue in the editor, Enter goes there.
  await qualityChecks(page).getByRole('option').first().focus();
  await page.keyboard.press('ArrowDown');
  const second = qualityChecks(page).getByRole('option').nth(1);
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(/^Ln 7, Col \d+$/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: /^Post-edit/ })).toBeFocused();
  await page.keyboard.press(`${MOD}+c`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('“');
});

test('a long list shows a page of issues at a time', async ({ page }) => {
  await startWithSeed(page);
  // The seed's words its dictionary lacks (names such as "Dmitry") are spelling warnings,
  // listed once the dictionary has loaded (it reviews again then).
  await expect(option(page, /^Warning: Spelling/).first()).toBeVisible();
  await expectReviewSettled(page);
  const misspelt = await option(page, /^Warning: Spelling/).count();
  expect(misspelt).toBeGreaterThan(0);
  // The seed eight times: 24 unpaired quotes, 8 spaces before ".", eight times the seed's
  // misspellings, and the corrections entry; 30 rows a page.
  const total = 24 + 8 + 8 * misspelt + 1;
  expect(total).toBeGreaterThan(30);
  const article = Array.from({ length: 8 }, () => MT.trimEnd()).join('\n\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open article', exact: true }).click();
  await (await chooser).setFiles({ name: 'eight.mt.txt', mimeType: 'text/plain', buffer: Buffer.from(article) });
  await expect(page).toHaveTitle('eight.mt.txt — Glossa');
  await expectReviewSettled(page);
  await expect(option(page, /^Error: Unpaired quote/)).toHaveCount(24);
  await expect(qualityChecks(page).getByRole('option')).toHaveCount(30);
  for (let shown = 30; shown < total;) {
    const next = Math.min(total - shown, 30);
    await page.getByRole('button', { name: `Show ${next} more` }).click();
    shown += next;
    await expect(qualityChecks(page).getByRole('option')).toHaveCount(shown);
  }
  await expect(option(page, /Space before punctuation/)).toHaveCount(8);
  await expect(option(page, /^Warning: Spelling/)).toHaveCount(8 * misspelt);
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toBeHidden();
});

test('the human post-edit: HTER 39.05%, 164 TER edits and the changed words in the status bar, as in the report; no errors', async ({ page }) => {
  await startWithSeed(page);
  await expect(page.getByText('HTER 0.00%', { exact: true })).toBeVisible();

  await replacePostEdit(page, POST_EDIT);
  await expect(page.getByText('HTER 39.05%', { exact: true })).toBeVisible();
  const hter = page.locator('[data-status="hter"]');
  await expect(hter).toHaveAttribute('title', /164 TER edits \/ 420 words of the post-edit/);
  const edits = page.locator('[data-status="ter-edits"]');
  await expect(edits.locator('.status-value')).toHaveText('164 TER edits');
  await expect(edits).toHaveAttribute('title', /20 inserted, 41 deleted, 89 substituted, 14 shifts/);
  const changed = page.locator('[data-status="changed-words"]');
  await expect(changed).toHaveAttribute('title', /changed words: words of the post-edit you wrote or changed/);

  // The same figures as the review report.
  const report = await downloadExport(page, /Review report/);
  const figures = await reportFigures(report);
  expect(figures.HTER).toBe('39.05 %');
  await expect(changed.locator('.status-value')).toHaveText(`${figures['Words changed']} changed words`);

  await expectReviewSettled(page);
  // No error, nothing against the source: only the words en_US's dictionary lacks (three
  // names and "militaries") are spelling warnings, each once.
  const issues = await qualityChecks(page).getByRole('option').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
  expect(issues.map((issue) => /^Warning: Spelling, paragraph \d+, line \d+\. "(.+)" is not in the English dictionary$/.exec(issue)?.[1] ?? issue))
    .toEqual(['Dmitry', 'militaries', 'Bashar', 'Sergey']);
  await expect(page.getByRole('region', { name: 'Quality checks' })).toContainText('4 warnings');
  await expect(option(page, /^Error:/)).toHaveCount(0);
  // The post-edit applied every correction: nothing left to suggest either.
  await expectSuggestionCount(page, 0);
});

test('a paragraph left in Russian is marked in the gutter and counted by the language badge', async ({ page }) => {
  await startWithSeed(page);
  const gutter = page.locator('.modified-in-monaco-diff-editor .glossa-foreign-paragraph');
  await expect(gutter).toHaveCount(0);

  await focusPostEditStart(page);
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Путин и Керри обсудили ситуацию в Сирии и договорились продолжить переговоры.');

  await expect(gutter.first()).toBeVisible();
  await expect(gutter.first()).toHaveAttribute('title', 'Paragraph in Russian (article: English)');
  await expect(page.getByText('1 paragraph not in English')).toBeVisible();
  await expect(page.getByText('English (en)', { exact: true })).toBeVisible();
  await expect(option(page, /^Warning: Untranslated text, paragraph 11,/)).toHaveCount(1);

  // Back to the MT alone: the mark goes with the paragraph.
  await replacePostEdit(page, MT);
  await expect(page.getByText('HTER 0.00%', { exact: true })).toBeVisible();
  await expectReviewSettled(page);
  await expect(gutter).toHaveCount(0);
  await expect(page.getByText('1 paragraph not in English')).toBeHidden();
});

test('Export offers every format, each downloading a non-empty file of its kind', async ({ page }) => {
  await startWithSeed(page);
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await exportButton.click();
  const labels = await page.getByRole('menuitem').evaluateAll((items) => items.map((item) => item.textContent ?? ''));
  await page.keyboard.press('Escape');
  const extensions = labels.flatMap((label) => /\(\.([a-z.]+)\)/.exec(label)?.[1] ?? []);
  expect(extensions).toEqual(['txt', 'md', 'html', 'docx', 'json', 'report.html']);

  const downloads = new Map<string, Buffer>();
  for (const extension of extensions) {
    const download = page.waitForEvent('download');
    await exportButton.click();
    await page.getByRole('menuitem', { name: new RegExp(`\\(\\.${extension.replace('.', '\\.')}\\)`) }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`kremlin-kerry.pe.${extension}`);
    const bytes = readFileSync(await file.path());
    expect(bytes.length).toBeGreaterThan(0);
    downloads.set(extension, bytes);
  }
  expect(downloads.get('txt')?.toString('utf8')).toBe(MT);
  // docx is a zip; the JSON and the report carry the glossary's changes and QA.
  expect(downloads.get('docx')?.subarray(0, 2).toString('latin1')).toBe('PK');
  const json = JSON.parse(downloads.get('json')?.toString('utf8') ?? '{}') as {
    changes: unknown[];
    counts: { glossaryChanges: number; qaErrors: number };
  };
  // Nothing was applied yet: the window's export counts what the editor applied, not
  // what the glossaries could do (those are the QA's corrections still to make).
  expect(json.changes).toHaveLength(0);
  expect(json.counts).toMatchObject({ glossaryChanges: 0, qaErrors: 3 });
  expect(downloads.get('report.html')?.toString('utf8')).toContain('ru-en-politics.tsv');
  expect(downloads.get('html')?.toString('utf8')).toMatch(/^<!doctype html>/i);
});

test('Export › Copy cleaned text puts the post-edit on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startWithSeed(page);
  await focusPostEditStart(page);
  await page.keyboard.type('Edited: ');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: /Copy cleaned text/ }).click();
  await expect(page.getByRole('status')).toHaveText('Copied the cleaned text');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`Edited: ${MT}`);
});

test('Ctrl+Shift+C copies the cleaned text from inside the editor', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startWithSeed(page);
  await page.evaluate(() => navigator.clipboard.writeText('something else'));
  await focusPostEditStart(page);
  await page.keyboard.type('Edited: ');
  await page.keyboard.press(`${MOD}+Shift+c`);
  await expect(page.getByRole('status')).toHaveText('Copied the cleaned text');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`Edited: ${MT}`);
});
