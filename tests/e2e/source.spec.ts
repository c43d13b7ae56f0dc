// Post-editing against the source (issue 12) in the browser edition, as an editor works:
// the seed opens with its Russian source in three panes that stay level paragraph by
// paragraph; a term the editor drops and a number they change are flagged against the
// source, each shown in both texts; misspellings are underlined as they are typed and
// fixed from the keyboard; "Add to dictionary" and "Ignore in this article" last across a
// reload; the report shows the source; Hide MT pane; the source comes back with its
// article through every route; the second sample opens from Help.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  MOD, downloadExport, dropFiles, expectReviewSettled, focusPostEditStart, openArticle, openRecent, qualityChecks, waitForApp,
} from './support/glossa';

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-source-'));
});
test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const PANES = {
  source: '.source-host',
  mt: '.original-in-monaco-diff-editor',
  pe: '.modified-in-monaco-diff-editor',
} as const;

function sourcePane(page: Page): Locator {
  return page.getByRole('region', { name: 'Source' });
}

/** The on-screen top of the first visual line starting with `text` in a pane. */
async function lineTop(page: Page, pane: keyof typeof PANES, text: string): Promise<number> {
  const line = page.locator(`${PANES[pane]} .view-line`).filter({ hasText: text }).first();
  const box = await line.boundingBox();
  if (!box) throw new Error(`"${text}" is not on screen in the ${pane} pane`);
  return box.y;
}

/** The panes start these paragraphs (source, MT, post-edit) at the same height. */
async function expectLevel(page: Page, source: string, mt: string, pe: string): Promise<void> {
  await expect.poll(async () => Math.abs((await lineTop(page, 'source', source)) - (await lineTop(page, 'pe', pe))), { timeout: 15_000 }).toBeLessThan(2);
  await expect.poll(async () => Math.abs((await lineTop(page, 'mt', mt)) - (await lineTop(page, 'pe', pe))), { timeout: 15_000 }).toBeLessThan(2);
}

/** Ctrl+F in the post-edit, the match selected, typed over: what an editor does. */
async function replaceInPostEdit(page: Page, find: string, replacement: string): Promise<void> {
  await focusPostEditStart(page);
  await page.keyboard.press(`${MOD}+f`);
  await page.keyboard.type(find);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.type(replacement);
}

function misspelling(page: Page, word: string): Locator {
  return page.locator(`${PANES.pe} .glossa-spelling`, { hasText: word });
}

async function openSeed(page: Page): Promise<void> {
  await page.goto('/');
  await waitForApp(page);
  await expect(sourcePane(page)).toBeVisible();
}

test('the seed opens with its Russian source in three panes, level paragraph by paragraph', async ({ page }) => {
  await openSeed(page);
  await expect(page.locator('.source-title')).toHaveText('Source · kremlin-kerry.ru.txt');
  await expect(page.locator('.source-language')).toHaveText('Russian');
  await expect(page.getByRole('textbox', { name: 'Source (read-only)' })).toBeAttached();
  await expectReviewSettled(page);
  await expectLevel(page, 'На встрече президента', 'At a meeting of President', 'At a meeting of President');
  await expectLevel(page, '«Обсуждались различные', '“We discussed various', '“We discussed various');
  await expectLevel(page, '«Состоялось общение', '“It was suggested', '“It was suggested');

  // A paragraph that grows by lines as the editor writes keeps the ones below it level.
  await focusPostEditStart(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type(' Both sides said the talks in Moscow had lasted far longer than planned and would continue in Geneva next week, with the foreign ministers and their deputies present.');
  await expectLevel(page, '«Обсуждались различные', '“We discussed various', '“We discussed various');
  await expectLevel(page, '«Состоялось общение', '“It was suggested', '“It was suggested');

  // The paragraph being edited is tinted in all three panes.
  for (const pane of Object.values(PANES)) await expect(page.locator(`${pane} .glossa-current-paragraph`).first()).toBeAttached();
});

test('a term the editor drops and a number they change are flagged against the source, in both texts', async ({ page }) => {
  await openSeed(page);
  await expectReviewSettled(page);
  const droppedTerm = qualityChecks(page).getByRole('option', { name: /Term missing.*"госсекретарем".*"Secretary of State"/ });
  await expect(droppedTerm).toHaveCount(0);

  await replaceInPostEdit(page, 'us Secretary of state John Kerry', 'John Kerry');
  await replaceInPostEdit(page, 'Friday, 15 July', 'Friday, 17 July');
  await expectReviewSettled(page);
  // The term, the target the glossary expects, and both paragraphs are named.
  await expect(droppedTerm).toHaveCount(1);
  await expect(droppedTerm).toHaveAttribute('aria-label', /source ¶2.*post-edit ¶2.*ru-en-terms\.csv/);
  await droppedTerm.click();
  await expect(page.locator(`${PANES.source} .glossa-source-span`)).toHaveText('госсекретарем');
  // The number against the source's 15, not the MT: the number itself is marked.
  const number = qualityChecks(page).getByRole('option', { name: /Number mismatch/ });
  await expect(number).toHaveCount(1);
  await expect(number.locator('mark')).toHaveText('17');
  await number.click();
  await expect(page.locator(`${PANES.source} .glossa-source-span`)).toHaveText('15');
});

test('misspellings are underlined as typed and fixed from the keyboard; spelling is listed with the checks', async ({ page }) => {
  await openSeed(page);
  await focusPostEditStart(page);
  await page.keyboard.type('The goverment said: ');
  await expect(misspelling(page, 'goverment')).toHaveCount(1);
  // Glossary terms and names the glossaries know are never flagged.
  await expect(misspelling(page, 'Peskov')).toHaveCount(0);
  await focusPostEditStart(page);
  await page.keyboard.press(`${MOD}+ArrowRight`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(`${MOD}+.`);
  const menu = page.getByRole('menu', { name: 'Spelling: goverment' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toHaveText('government');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(page.locator(`${PANES.pe} .view-line`).first()).toContainText('The government said:');
  await expect(misspelling(page, 'goverment')).toHaveCount(0);
  // Undo takes the replacement back in one step.
  await page.keyboard.press(`${MOD}+z`);
  await expect(page.locator(`${PANES.pe} .view-line`).first()).toContainText('The goverment said:');
  await expect(misspelling(page, 'goverment')).toHaveCount(1);
  await expectReviewSettled(page);
  await expect(qualityChecks(page).getByRole('option', { name: /Spelling.*"goverment" is not in the English dictionary/ })).toHaveCount(1);
});

test('Add to dictionary lasts across a reload; Ignore in this article stays with the article', async ({ page }) => {
  await openSeed(page);
  await focusPostEditStart(page);
  await page.keyboard.type('Peskovian remarks, recieved well. ');
  await expect(misspelling(page, 'Peskovian')).toHaveCount(1);
  await expect(misspelling(page, 'recieved')).toHaveCount(1);
  await focusPostEditStart(page);
  await page.keyboard.press(`${MOD}+.`);
  await page.getByRole('menuitem', { name: 'Add “Peskovian” to dictionary' }).click();
  await expect(misspelling(page, 'Peskovian')).toHaveCount(0);
  await expect(misspelling(page, 'Dmitry')).toHaveCount(1);
  await misspelling(page, 'Dmitry').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Ignore “Dmitry” in this article' }).click();
  await expect(misspelling(page, 'Dmitry')).toHaveCount(0);
  await expect(page.locator('[data-autosave]')).toHaveAttribute('data-autosave', 'autosaved');

  await page.reload();
  await waitForApp(page);
  await expect(misspelling(page, 'recieved')).toHaveCount(1);
  await expect(misspelling(page, 'Peskovian')).toHaveCount(0);
  await expect(misspelling(page, 'Dmitry')).toHaveCount(0);

  // In another article, the added word is still known; the ignored one is flagged again.
  const other = path.join(dir, 'other.txt');
  writeFileSync(other, 'Dmitry Peskovian spoke to the press.\n\nThe Kremlin said nothing more about the talks in Geneva.\n');
  await openArticle(page, other);
  await expect(misspelling(page, 'Dmitry')).toHaveCount(1);
  await expect(misspelling(page, 'Peskovian')).toHaveCount(0);
});

test('the review report shows each source paragraph above its redline', async ({ page }) => {
  await openSeed(page);
  await expectReviewSettled(page);
  const report = (await downloadExport(page, /Review report/)).toString('utf8');
  expect(report).toMatch(/<div class="source"><div class="label">Source ¶1<\/div><p lang="ru">В Кремле рассказали о встрече Путина и Керри<\/p>/);
  // Source ¶2 heads the redline of its translation, before Source ¶3 begins.
  expect(report).toMatch(/Source ¶2<\/div><p lang="ru">На встрече президента Владимира Путина[^<]*<\/p><\/div>(?:(?!Source ¶3)[\s\S])*At a meeting of President Vladimir Putin/);
});

test('Hide MT pane: source | post-edit, still level, and back', async ({ page }) => {
  await openSeed(page);
  const mtTitle = page.locator('.pane-header .pane-title', { hasText: 'Machine translation' });
  await expect(mtTitle).toBeVisible();
  await page.keyboard.press(`${MOD}+Alt+m`);
  await expect(mtTitle).toBeHidden();
  await expect(page.getByRole('button', { name: 'Hide MT' })).toHaveAttribute('aria-pressed', 'true');
  // The post-edit fills the diff's column: it starts where the column starts.
  const column = (await page.locator('.diff-column').boundingBox())!;
  await expect.poll(async () => Math.abs((await page.locator(PANES.pe).boundingBox())!.x - column.x)).toBeLessThan(2);
  await expect.poll(async () => Math.abs((await lineTop(page, 'source', '«Обсуждались различные')) - (await lineTop(page, 'pe', '“We discussed various'))), { timeout: 15_000 }).toBeLessThan(2);
  // A window preference: it stays after a reload, until switched back.
  await page.reload();
  await waitForApp(page);
  await expect(mtTitle).toBeHidden();
  await page.getByRole('button', { name: 'Hide MT' }).click();
  await expect(mtTitle).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide MT' })).toHaveAttribute('aria-pressed', 'false');
});

test('the source comes back with its article: switching articles, Recent and a reload; Open source and Close', async ({ page }) => {
  await openSeed(page);
  const story = path.join(dir, 'story.mt.txt');
  writeFileSync(story, 'Officials said 12 trains were cancelled.\n\nThe strike ends on Friday.\n');
  const source = 'Официальные лица сообщили, что отменены 12 поездов.\n\nЗабастовка закончится в пятницу.\n';
  await openArticle(page, story);
  // The browser edition has no folder to look in: no source yet.
  await expect(sourcePane(page)).toBeHidden();
  await dropFiles(page, [{ name: 'story.ru.txt', content: source }]);
  await expect(page).toHaveTitle(/story\.mt\.txt/);
  await expect(sourcePane(page)).toBeVisible();
  await expect(page.locator('.source-title')).toHaveText('Source · story.ru.txt');

  const other = path.join(dir, 'other.txt');
  writeFileSync(other, 'Another article, with no source.\n');
  await openArticle(page, other);
  await expect(sourcePane(page)).toBeHidden();
  await openRecent(page, /story\.mt\.txt/);
  await expect(page.locator('.source-title')).toHaveText('Source · story.ru.txt');
  await expect(page.locator(`${PANES.source} .view-lines`)).toContainText('Официальные лица сообщили');
  await page.reload();
  await waitForApp(page);
  await expect(page).toHaveTitle(/story\.mt\.txt/);
  await expect(page.locator('.source-title')).toHaveText('Source · story.ru.txt');

  // Close source: two panes again, and it stays closed for the article.
  await page.getByRole('button', { name: 'Close the source' }).click();
  await expect(sourcePane(page)).toBeHidden();
  await expect(page.locator('[data-autosave]')).toHaveAttribute('data-autosave', 'autosaved');
  await page.reload();
  await waitForApp(page);
  await expect(page).toHaveTitle(/story\.mt\.txt/);
  await expect(sourcePane(page)).toBeHidden();

  // Open source… picks one for the article through the file chooser.
  const original = path.join(dir, 'original.txt');
  writeFileSync(original, source);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open source', exact: true }).click();
  await (await chooser).setFiles(original);
  await expect(page.locator('.source-title')).toHaveText('Source · original.txt');
});

test('a dropped file in another language is asked about; one in the article’s language opens as an article', async ({ page }) => {
  await openSeed(page);
  await dropFiles(page, [{ name: 'notes.txt', content: 'Песков заявил, что переговоры продолжатся на следующей неделе в Женеве, где встретятся министры иностранных дел.\n' }]);
  const dialog = page.getByRole('dialog', { name: 'Open notes.txt' });
  await expect(dialog).toContainText('notes.txt is in Russian; kremlin-kerry.mt.txt is in English');
  await dialog.getByRole('button', { name: 'Use as source' }).click();
  await expect(page.locator('.source-title')).toHaveText('Source · notes.txt');
  await expect(page).toHaveTitle(/kremlin-kerry\.mt\.txt/);

  await dropFiles(page, [{ name: 'english.txt', content: 'An English article about the talks in Geneva, which went on late into the night.\n' }]);
  await expect(page).toHaveTitle(/english\.txt/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('Help › Sample articles opens the German pair with its source and glossary', async ({ page }) => {
  await openSeed(page);
  await page.keyboard.press('F1');
  await page.getByRole('button', { name: 'Sample articles…' }).click();
  await page.getByRole('button', { name: /Open Train drivers’ strike/ }).click();
  await expect(page).toHaveTitle(/bahn-streik\.mt\.txt/);
  await expect(page.locator('.source-title')).toHaveText('Source · bahn-streik.de.txt');
  await expect(page.locator('.source-language')).toHaveText('German');
  await expect(page.getByRole('checkbox', { name: /de-en-bahn\.csv/ })).toBeChecked();
  await expectLevel(page, 'Die Gewerkschaft Deutscher', 'The Union of German', 'The Union of German');
});
