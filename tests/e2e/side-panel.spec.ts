// The side panel (issue 13 §2–§4), by keyboard: the one list component's keys and focus
// (Ctrl+Z keeps the focus in the list, Apply all never drops it on the page body), hits
// shown in context, sections collapsed and resized, ten glossaries at 1280×720, QA issues
// ignored one by one (kept with the work, listed in the report), and the offers learnt
// from the editor's own repeated fixes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  MOD, downloadExport, expectReviewSettled, expectSuggestionCount, exportText, focusPostEditStart, loadGlossary, qualityChecks,
  suggestionItems, suggestions, waitForApp,
} from './support/glossa';

const dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-side-'));

async function openSeed(page: Page): Promise<void> {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
}

/** F6 from the post-edit: glossaries, then the suggestions list. */
async function focusSuggestions(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: /^Post-edit/ }).focus();
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expect(suggestionItems(page).first()).toBeFocused();
}

async function focusedIsIn(container: Locator): Promise<boolean> {
  return container.evaluate((element) => element.contains(document.activeElement));
}

test('a suggestion card shows its hit in context', async ({ page }) => {
  await openSeed(page);
  const first = suggestionItems(page).first();
  await expect(first).toHaveAccessibleName('us Secretary of state → US Secretary of State');
  await expect(first.locator('.suggestion-context mark')).toHaveText('us Secretary of state');
  await expect(first.locator('.suggestion-context')).toHaveText('…Vladimir Putin with us Secretary of state John Kerry has…');
  await expect(first).toHaveAttribute('aria-description', /^…Vladimir Putin with us Secretary of state John Kerry has…; line 3$/);
});

test('Ctrl+Z in the suggestions list undoes and leaves the focus in the list; Delete then skips, it deletes no text', async ({ page }) => {
  await openSeed(page);
  await focusSuggestions(page);
  await page.keyboard.press('Enter');
  await expectSuggestionCount(page, 11);
  await expect(suggestionItems(page).first()).toBeFocused();
  await page.keyboard.press(`${MOD}+z`);
  await expectSuggestionCount(page, 12);
  expect(await focusedIsIn(suggestions(page))).toBe(true);
  await page.keyboard.press('Delete');
  await expectSuggestionCount(page, 11);
  await expect(page.getByText('1 skipped')).toBeVisible();
  expect(await focusedIsIn(suggestions(page))).toBe(true);
  // The text is the MT as it was: the undo restored it and Delete touched no text.
  expect((await exportText(page)).toString('utf8')).not.toContain('US Secretary of State');
});

test('after Apply all the focus stays on a control: the emptied list, or the button pressed', async ({ page }) => {
  await openSeed(page);
  await focusSuggestions(page);
  await page.keyboard.press(`${MOD}+Shift+Enter`);
  await expectSuggestionCount(page, 0);
  await expect(suggestions(page)).toBeFocused();
  await expect(page.locator('body')).not.toBeFocused();

  await page.keyboard.press(`${MOD}+z`);
  await expectSuggestionCount(page, 12);
  const applyAll = page.getByRole('button', { name: 'Apply all', exact: true });
  await applyAll.focus();
  await page.keyboard.press('Enter');
  await expectSuggestionCount(page, 0);
  await expect(applyAll).toBeFocused();
});

test('sections collapse from their header and resize from the keyboard; the layout is remembered', async ({ page }) => {
  await openSeed(page);
  await focusSuggestions(page);
  // Shift+Tab from the list reaches the section's header.
  await page.keyboard.press('Shift+Tab');
  const toggle = page.getByRole('button', { name: 'Suggestions', exact: true });
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(suggestions(page)).toBeHidden();
  // The quality checks take the room.
  await expect(page.locator('[data-section="qa"]')).toHaveClass(/is-fill/);

  const separator = page.getByRole('separator', { name: 'Resize glossaries and suggestions' });
  await separator.focus();
  const before = Number(await separator.getAttribute('aria-valuenow'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(separator).toHaveAttribute('aria-valuenow', String(before + 48));

  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('button', { name: 'Suggestions', exact: true })).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: 'Suggestions', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(suggestions(page)).toBeVisible();
  await expectSuggestionCount(page, 12);
  // The glossaries section may now grow to that height (one glossary needs less).
  await expect(page.getByRole('separator', { name: 'Resize glossaries and suggestions' })).toHaveAttribute('aria-valuenow', String(before + 48));
  await expect(page.locator('[data-section="glossaries"]')).toHaveCSS('max-height', `${before + 48}px`);
});

test('ten glossaries at 1280×720: every section usable, empty ones shrink', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openSeed(page);
  // The seed opens with its two bundled glossaries; desk files make up the ten.
  const loaded = page.getByRole('list', { name: 'Loaded glossaries' }).getByRole('listitem');
  const bundled = ['ru-en-politics.tsv', 'ru-en-terms.csv'].length;
  await expect(loaded).toHaveCount(bundled);
  const files: string[] = [];
  for (let k = 1; k <= 10 - bundled; k++) {
    const file = path.join(dir, `desk-${k}.tsv`);
    writeFileSync(file, `# desk ${k}\nmeeting of Putin\tmeeting between Putin ${k}\n`);
    files.push(file);
  }
  await loadGlossary(page, files);
  await expect(loaded).toHaveCount(10);
  await expectReviewSettled(page);
  const viewport = { top: 0, bottom: 720 };
  const inView = async (locator: Locator) => {
    const box = await locator.boundingBox();
    return box !== null && box.y >= viewport.top && box.y + box.height <= viewport.bottom;
  };
  for (const name of ['Glossaries', 'Suggestions', 'Quality checks']) expect(await inView(page.getByRole('button', { name, exact: true }))).toBe(true);
  // At least three whole suggestion cards and one quality check in view.
  const listBox = (await suggestions(page).boundingBox())!;
  let whole = 0;
  for (const item of await suggestionItems(page).all()) {
    const box = await item.boundingBox();
    if (box && box.y >= listBox.y && box.y + box.height <= listBox.y + listBox.height) whole++;
  }
  expect(whole).toBeGreaterThanOrEqual(3);
  expect(await inView(qualityChecks(page).getByRole('option').first())).toBe(true);
  // The tenth glossary is reached by scrolling its section.
  const last = page.getByRole('checkbox', { name: `desk-${10 - bundled}.tsv` });
  await last.focus();
  expect(await inView(last)).toBe(true);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Nothing left to suggest: the section shrinks to its note and the checks fill.
  await page.keyboard.press(`${MOD}+Shift+Enter`);
  await expectSuggestionCount(page, 0);
  await expect(page.locator('[data-section="suggestions"]')).toHaveClass(/is-empty/);
  await expect(page.locator('[data-section="qa"]')).toHaveClass(/is-fill/);
  expect((await page.locator('[data-section="suggestions"]').boundingBox())!.height).toBeLessThan(120);
});

test('a QA issue ignored leaves the list, stays ignored with the work, and is listed as ignored in the report', async ({ page }) => {
  await openSeed(page);
  await expectReviewSettled(page);
  const quotes = qualityChecks(page).getByRole('option', { name: /^Error: Unpaired quote/ });
  await expect(quotes).toHaveCount(3);
  await focusSuggestions(page);
  await page.keyboard.press('F6');
  await expect(quotes.first()).toBeFocused();
  const ignored = await quotes.first().getAttribute('aria-label');
  await page.keyboard.press('Delete');
  await expect(quotes).toHaveCount(2);
  await expect(page.getByText('1 ignored')).toBeVisible();
  // Focus stays in the list, on the issue that took its place.
  expect(await focusedIsIn(qualityChecks(page))).toBe(true);
  await expect(page.locator('[data-autosave]')).toHaveAttribute('data-autosave', 'autosaved');

  await page.reload();
  await waitForApp(page);
  await expectReviewSettled(page);
  await expect(quotes).toHaveCount(2);
  await expect(qualityChecks(page).getByRole('option', { name: ignored ?? '' })).toHaveCount(0);
  await expect(page.getByText('1 ignored')).toBeVisible();
  const report = (await downloadExport(page, /review report/i)).toString('utf8');
  const section = report.slice(report.indexOf('<section class="qa-ignored">'));
  expect(section).toContain('<h3>QA issues ignored by the editor</h3>');
  expect(section.slice(0, section.indexOf('</section>'))).toContain('unpaired-quote');
  expect(report).toContain('2 errors');

  await page.getByRole('button', { name: 'Show ignored again' }).click();
  await expect(quotes).toHaveCount(3);
  await expect(page.getByText('1 ignored')).toBeHidden();
});

test('the same fix made twice is offered for the rest, without taking the focus; one undo step; dismissed for good', async ({ page }) => {
  await openSeed(page);
  await focusPostEditStart(page);
  // Replace two of the three "collaboration" with "cooperation", through the editor's find.
  for (let round = 0; round < 2; round++) {
    await page.keyboard.press(`${MOD}+f`);
    await page.keyboard.type('collaboration');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.type('cooperation');
  }
  const offers = page.getByRole('group', { name: 'Learnt from your edits' });
  await expect(offers).toContainText('You replaced “collaboration” with “cooperation” 2 times. 1 other place still has “collaboration”.');
  await expect(page.getByRole('textbox', { name: /^Post-edit/ })).toBeFocused();

  // From the list, Shift+Tab reaches the card's buttons.
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await page.keyboard.press('Shift+Tab');
  await expect(offers.getByRole('button', { name: /^Dismiss/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(offers.getByRole('button', { name: 'Replace the other 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(offers.getByRole('button', { name: 'Replace the other 1' })).toHaveCount(0);
  await expect(offers.getByRole('button', { name: /^Add “collaboration → cooperation”/ })).toBeFocused();
  expect((await exportText(page)).toString('utf8')).not.toContain('collaboration');
  // One Ctrl+Z takes the replacement back (focus stays on the card).
  await offers.getByRole('button', { name: /^Add “collaboration → cooperation”/ }).focus();
  await page.keyboard.press(`${MOD}+z`);
  await expect.poll(async () => (await exportText(page)).toString('utf8').split('collaboration').length - 1).toBe(1);
  await expect(offers.getByRole('button', { name: 'Replace the other 1' })).toBeVisible();

  await offers.getByRole('button', { name: /^Dismiss/ }).focus();
  await page.keyboard.press('Enter');
  await expect(offers).toHaveCount(0);
  expect(await focusedIsIn(suggestions(page))).toBe(true);
  await expect(page.locator('[data-autosave]')).toHaveAttribute('data-autosave', 'autosaved');
  await page.reload();
  await waitForApp(page);
  await expectReviewSettled(page);
  await expect(page.getByRole('group', { name: 'Learnt from your edits' })).toHaveCount(0);
});

test('"Add to my glossary" from an offer turns the rest into suggestions', async ({ page }) => {
  await openSeed(page);
  await focusPostEditStart(page);
  for (let round = 0; round < 2; round++) {
    await page.keyboard.press(`${MOD}+f`);
    await page.keyboard.type('collaboration');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.type('cooperation');
  }
  const offers = page.getByRole('group', { name: 'Learnt from your edits' });
  const add = offers.getByRole('button', { name: 'Add “collaboration → cooperation” to My corrections' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expectSuggestionCount(page, 13);
  await expect(page.getByRole('option', { name: 'collaboration → cooperation', exact: true })).toHaveCount(1);
  await expect(offers).toHaveCount(0);
});
