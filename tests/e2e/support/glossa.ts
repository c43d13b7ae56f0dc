// Shared steps of the browser-edition scenarios, in the user's terms: open through the
// file chooser, read the suggestions list, export through the download.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const SEED = path.join(root, 'seeds', 'kremlin-kerry.mt.txt');
export const GLOSSARY = path.join(root, 'glossaries', 'ru-en-politics.tsv');
/** The human post-edit of the seed (sacreBLEU's TER of the seed against it: 39.0476). */
export const SEED_POST_EDIT = path.join(root, 'seeds', 'kremlin-kerry.pe.txt');
export const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** The suggestions list: the window's one list component, a listbox of options. */
export function suggestions(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Suggestions' });
}

export function suggestionItems(page: Page): Locator {
  return suggestions(page).getByRole('option');
}

/** The list once it describes the current text (aria-busy="false" is the documented signal). */
export async function expectSuggestionCount(page: Page, count: number): Promise<void> {
  await expect(suggestionItems(page)).toHaveCount(count);
  await expect(suggestions(page)).toHaveAttribute('aria-busy', 'false');
  await expect(suggestionItems(page)).toHaveCount(count);
}

export function qualityChecks(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Quality checks' });
}

/** The QA list once it describes the current text (aria-busy="false", as for suggestions). */
export async function expectReviewSettled(page: Page): Promise<void> {
  await expect(qualityChecks(page)).toHaveAttribute('aria-busy', 'false');
}

/** The app is up: the bundled seed (or a restored session) is on screen. */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Open article' })).toBeVisible();
  await expect(page.locator('#app')).not.toHaveAttribute('aria-busy', 'true');
}

export async function chooseFiles(page: Page, trigger: () => Promise<void>, files: string | string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles(files);
}

export async function openArticle(page: Page, file: string): Promise<void> {
  await chooseFiles(page, () => page.getByRole('button', { name: 'Open article', exact: true }).click(), file);
}

export async function loadGlossary(page: Page, file: string | string[]): Promise<void> {
  await chooseFiles(page, () => page.getByRole('button', { name: 'Load glossary', exact: true }).click(), file);
}

/** Export → the format whose menu item matches `label`, and the downloaded file's bytes. */
export async function downloadExport(page: Page, label: RegExp): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: label }).click();
  return readFileSync(await (await download).path());
}

/** Export → Plain text, and the downloaded file's bytes. */
export function exportText(page: Page): Promise<Buffer> {
  return downloadExport(page, /Plain text/);
}

/** The review report's summary figures, by label ("HTER" → "39.05 %"). */
export async function reportFigures(html: Buffer): Promise<Record<string, string>> {
  const figures: Record<string, string> = {};
  for (const match of html.toString('utf8').matchAll(/<dt>([^<]*)<\/dt><dd>([^<]*)<small>/g)) figures[match[1] as string] = match[2] as string;
  return figures;
}

/** Ctrl+S in the browser edition: the .glossa file it downloads (name and path). */
export async function saveWork(page: Page): Promise<{ name: string; path: string }> {
  const download = page.waitForEvent('download');
  await page.keyboard.press(`${MOD}+s`);
  const file = await download;
  return { name: file.suggestedFilename(), path: await file.path() };
}

/** Drops files on the window, as a user dragging them from the desktop. */
export async function dropFiles(page: Page, files: { name: string; content: string | Buffer }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: 'text/plain' }));
    return transfer;
  }, files.map((file) => ({ name: file.name, bytes: [...Buffer.from(file.content)] })));
  await page.dispatchEvent('.workspace', 'dragenter', { dataTransfer });
  await page.dispatchEvent('.workspace', 'dragover', { dataTransfer });
  await page.dispatchEvent('.workspace', 'drop', { dataTransfer });
}

/** Toolbar › Recent articles › `name`. */
export async function openRecent(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Recent articles' }).click();
  await page.getByRole('menuitem', { name }).click();
}

/** The post-edit as the editor holds it (Monaco's model, not its rendered lines). */
export async function postEditText(page: Page): Promise<string> {
  return (await exportText(page)).toString('utf8');
}

/** Focus the post-edit editor (Monaco's hidden textarea) with the caret at the very start. */
export async function focusPostEditStart(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: /^Post-edit/ }).focus();
  await page.keyboard.press(`${MOD}+Home`);
}

/** What `glossa apply` prints for the seed: the reference the export must equal. */
export function cliApply(article: string, glossary: string): Buffer {
  if (!existsSync(path.join(root, 'dist', 'cli', 'glossa.js'))) {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'inherit' });
  }
  return execFileSync(process.execPath, [path.join(root, 'bin', 'glossa.js'), 'apply', article, '--glossary', glossary], { cwd: root });
}
