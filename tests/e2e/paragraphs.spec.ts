// Paragraph status and effort, driven from the keyboard (issue 13 §3): Ctrl+Enter
// confirms the paragraph at the cursor and moves to the next unconfirmed one, the gutter
// marks it and the status bar counts it; editing a confirmed paragraph takes the
// confirmation back (and says so); confirmations and effort survive a reload and go into
// the .glossa file; the report and the JSON export show each paragraph's editing time and
// keystrokes next to HTER.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { splitParagraphs } from '../../core/text/paragraphs';
import { validate } from '../export/json-schema';
import {
  MOD, SEED, downloadExport, expectSuggestionCount, focusPostEditStart, reportFigures, saveWork, waitForApp,
} from './support/glossa';

const MT = readFileSync(SEED, 'utf8');
const PARAGRAPHS = splitParagraphs(MT);
const lineOf = (offset: number) => MT.slice(0, offset).split('\n').length;
const exportSchema = JSON.parse(readFileSync(new URL('../../schemas/export.schema.json', import.meta.url), 'utf8'));

function confirmedItem(page: Page) {
  return page.locator('[data-status="confirmed"] .status-value');
}

/** The post-edit lines (numbers, as in the gutter) whose first screen row carries the
 *  confirmed mark, among those on screen. */
function markedLines(page: Page): Promise<number[]> {
  return page.locator('.modified-in-monaco-diff-editor .margin-view-overlays > div').evaluateAll((rows) =>
    rows
      .filter((row) => row.querySelector('.glossa-confirmed'))
      .map((row) => Number(row.querySelector('.line-numbers')?.textContent?.trim()))
      .filter((line) => line > 0)
      .sort((a, b) => a - b),
  );
}

function toast(page: Page) {
  return page.locator('.toast[role="status"]');
}

async function cursorIs(page: Page, line: number, column: number): Promise<void> {
  await expect(page.getByTitle('Cursor', { exact: true })).toContainText(`Ln ${line}, Col ${column}`);
}

async function startWithSeed(page: Page): Promise<void> {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  // The seed's source is found after the seed shows, and says so in the toast: wait for
  // it, so that its message never replaces the ones these tests read.
  await expect(page.getByRole('region', { name: 'Source' })).toBeVisible();
}

test('Ctrl+Enter confirms, moves on, marks and counts; editing takes it back; a reload keeps the rest', async ({ page }) => {
  await startWithSeed(page);
  await expect(confirmedItem(page)).toHaveText(`0 / ${PARAGRAPHS.length} paragraphs confirmed`);
  await focusPostEditStart(page);

  await page.keyboard.press(`${MOD}+Enter`);
  await expect(confirmedItem(page)).toHaveText(`1 / ${PARAGRAPHS.length} paragraphs confirmed`);
  await expect(toast(page)).toContainText('Paragraph 1 confirmed (1 of 10); now at paragraph 2');
  await cursorIs(page, lineOf(PARAGRAPHS[1]!.start), 1);
  await expect.poll(() => markedLines(page)).toEqual([1]);
  // Ctrl+Enter is not a line break: the text is as it was.
  await expect(page).toHaveTitle('● kremlin-kerry.mt.txt — Glossa');

  await page.keyboard.press(`${MOD}+Enter`);
  await page.keyboard.press(`${MOD}+Enter`);
  await expect(confirmedItem(page)).toHaveText(`3 / ${PARAGRAPHS.length} paragraphs confirmed`);
  await cursorIs(page, lineOf(PARAGRAPHS[3]!.start), 1);
  const starts = PARAGRAPHS.map((p) => lineOf(p.start));
  await page.keyboard.press(`${MOD}+Home`);
  await expect.poll(() => markedLines(page)).toEqual(starts.slice(0, 3));

  // Back to paragraph 2 and type in it: no longer confirmed, and the editor is told.
  await page.keyboard.press(`${MOD}+g`);
  await page.getByRole('textbox', { name: 'Line, line:column or ¶paragraph' }).fill('¶2');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(' Edited.');
  await expect(toast(page)).toContainText('Paragraph 2 edited: no longer confirmed');
  await expect(confirmedItem(page)).toHaveText(`2 / ${PARAGRAPHS.length} paragraphs confirmed`);
  await expect.poll(() => markedLines(page)).toEqual([starts[0], starts[2]]);

  // Ctrl+Enter from paragraph 2 again goes on to the first unconfirmed after it (¶4).
  await page.keyboard.press(`${MOD}+Enter`);
  await expect(confirmedItem(page)).toHaveText(`3 / ${PARAGRAPHS.length} paragraphs confirmed`);
  await expect(toast(page)).toContainText('now at paragraph 4');

  // Typing a paragraph elsewhere keeps the confirmations of the others.
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.type('\n\nA new closing paragraph.');
  await expect(confirmedItem(page)).toHaveText(`3 / ${PARAGRAPHS.length + 1} paragraphs confirmed`);

  // The work is autosaved with them: a reload brings them back.
  await expect(page.locator('[data-autosave]')).toHaveAttribute('data-autosave', 'autosaved');
  await page.reload();
  await waitForApp(page);
  await expect(confirmedItem(page)).toHaveText(`3 / ${PARAGRAPHS.length + 1} paragraphs confirmed`);
  await page.keyboard.press(`${MOD}+Home`);
  await expect.poll(() => markedLines(page)).toEqual(starts.slice(0, 3));

  // And the .glossa file names them.
  const saved = await saveWork(page);
  const work = JSON.parse(readFileSync(saved.path, 'utf8'));
  expect(work.confirmedParagraphs).toEqual([0, 1, 2]);
});

test('editing time and keystrokes per paragraph reach the JSON export and the report, next to HTER', async ({ page }) => {
  await startWithSeed(page);
  await focusPostEditStart(page);
  // Paragraph 1: Ctrl+Home (above) and End, then five letters: seven keystrokes.
  await page.keyboard.press('End');
  await page.keyboard.type(' live');
  // Paragraph 3: Ctrl+G, then in the dialog (not the post-edit), then two keys there.
  await page.keyboard.press(`${MOD}+g`);
  await page.getByRole('textbox', { name: 'Line, line:column or ¶paragraph' }).fill('¶3');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Delete');
  await page.keyboard.press(`${MOD}+Enter`);

  const json = JSON.parse((await downloadExport(page, /JSON/)).toString('utf8'));
  expect(validate(exportSchema, json)).toEqual([]);
  const effort = json.effort;
  expect(effort.paragraphs).toHaveLength(PARAGRAPHS.length);
  expect(effort.paragraphs[0]).toMatchObject({ paragraph: 0, keystrokes: 7, confirmed: false });
  expect(effort.paragraphs[2]).toMatchObject({ paragraph: 2, keystrokes: 2, confirmed: true });
  expect(effort.keystrokes).toBe(9);
  expect(effort.paragraphs[0].activeSeconds).toBeGreaterThan(0);
  expect(effort.activeSeconds).toBeGreaterThanOrEqual(effort.paragraphs[0].activeSeconds + effort.paragraphs[2].activeSeconds);
  expect(effort.confirmed).toEqual({ confirmed: 1, total: PARAGRAPHS.length });
  expect(effort.hter).toBe(Math.round(json.hter.ter * 100) / 100);
  expect(effort.paragraphs[0].ter).toBeGreaterThan(0);
  expect(effort.paragraphs[5].keystrokes).toBe(0);
  // Ctrl+Enter moved the caret to paragraph 4: the time since counts there.
  expect(effort.paragraphs[3].keystrokes).toBe(0);

  const report = await downloadExport(page, /Review report/);
  const figures = await reportFigures(report);
  expect(figures['Editing time']).toMatch(/^\d+ s$/);
  const html = report.toString('utf8');
  expect(html).toContain('<h3>Editing effort by paragraph</h3>');
  expect(html).toMatch(/<tr><td class="number">1<\/td><td class="number">\d+<\/td><td class="number">\d+ s<\/td><td class="number">7<\/td>/);
  expect(html).toContain(`${PARAGRAPHS.length - 3} paragraphs without editing time or keystrokes not listed.`);

  // Kept with the work: the .glossa file has it (Ctrl+S also writes the autosave)...
  const saved = JSON.parse(readFileSync((await saveWork(page)).path, 'utf8'));
  expect(saved.effort.paragraphs.map((p: { paragraph: number; keystrokes: number }) => [p.paragraph, p.keystrokes])).toEqual([[0, 7], [2, 2], [3, 0]]);
  expect(saved.editingMs).toBeGreaterThan(0);
  // ...and it goes on from there after a reload.
  await page.reload();
  await waitForApp(page);
  await focusPostEditStart(page);
  await page.keyboard.type('x');
  const again = JSON.parse((await downloadExport(page, /JSON/)).toString('utf8'));
  // The caret came back in paragraph 4, where Ctrl+Home was pressed; then 'x' in ¶1.
  expect(again.effort.paragraphs.slice(0, 4).map((p: { keystrokes: number }) => p.keystrokes)).toEqual([8, 0, 2, 1]);
  expect(again.effort.keystrokes).toBe(11);
  expect(again.effort.activeSeconds).toBeGreaterThanOrEqual(effort.activeSeconds);
});
