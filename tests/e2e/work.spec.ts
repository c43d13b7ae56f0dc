// Every article keeps its own work, whatever route opens it again, and what the window
// shows is what happened: three articles edited in turn and reopened through Open,
// Recent, drag and drop, a reload and a .glossa file, the exact text compared each time;
// applied suggestions counted (and never suggested again), skipped ones reported as
// decisions; a file that failed to open kept out of Recent; "Reopen with encoding…".
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  MOD, SEED, downloadExport, dropFiles, expectReviewSettled, expectSuggestionCount, exportText, focusPostEditStart, openArticle,
  openRecent, qualityChecks, saveWork, suggestionItems, waitForApp,
} from './support/glossa';

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-work-'));
});
test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ARTICLES = {
  'alpha.txt': 'The Kremlin told about the meeting.\n\nSands said us Secretary of state arrived.\n',
  'beta.md': '# Beta\n\nPress-Secretary of Russian leader Dmitry Peskov spoke.\n',
  'gamma.txt': 'Gamma opens here.\r\n\r\nIt ends here.\r\n',
} as const;
type Name = keyof typeof ARTICLES;

function fileOf(name: Name): string {
  const file = path.join(dir, name);
  writeFileSync(file, ARTICLES[name]);
  return file;
}

async function typeAtStart(page: Page, text: string): Promise<void> {
  await focusPostEditStart(page);
  await page.keyboard.type(text);
}

async function expectText(page: Page, text: string): Promise<void> {
  expect((await exportText(page)).toString('utf8')).toBe(text);
}

/** Nothing in these flows may ask a question. */
function refuseDialogs(page: Page): void {
  page.on('dialog', () => {
    throw new Error('a browser dialog appeared');
  });
}

test('three articles edited in turn come back exactly through Open, Recent, drop, reload and a .glossa file', async ({ page, browser }) => {
  refuseDialogs(page);
  await page.goto('/');
  await waitForApp(page);
  const edited: Record<Name, string> = {
    'alpha.txt': `A-edit ${ARTICLES['alpha.txt']}`,
    'beta.md': `B-edit ${ARTICLES['beta.md']}`,
    'gamma.txt': `C-edit ${ARTICLES['gamma.txt']}`,
  };

  // Edited in turn, each reached by another route; no question at any switch.
  await openArticle(page, fileOf('alpha.txt'));
  // Keys typed before the article shows would edit the seed still on screen.
  await expect(page).toHaveTitle('alpha.txt — Glossa');
  await typeAtStart(page, 'A-edit ');
  await dropFiles(page, [{ name: 'beta.md', content: ARTICLES['beta.md'] }]);
  await expect(page).toHaveTitle('beta.md — Glossa');
  await typeAtStart(page, 'B-edit ');
  await openArticle(page, fileOf('gamma.txt'));
  await expect(page).toHaveTitle('gamma.txt — Glossa');
  await typeAtStart(page, 'C-edit ');
  await expect(page.locator('[data-autosave]')).toHaveAttribute('data-autosave', 'autosaved');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Back through every route; the text is the one left, to the byte (CRLF included).
  await openRecent(page, /alpha\.txt/);
  await expect(page).toHaveTitle('● alpha.txt — Glossa');
  await expectText(page, edited['alpha.txt']);
  await openArticle(page, fileOf('beta.md'));
  await expectText(page, edited['beta.md']);
  await dropFiles(page, [{ name: 'gamma.txt', content: ARTICLES['gamma.txt'] }]);
  await expectText(page, edited['gamma.txt']);
  await dropFiles(page, [{ name: 'alpha.txt', content: ARTICLES['alpha.txt'] }]);
  await expectText(page, edited['alpha.txt']);

  // Two articles again, edited once more in turn.
  await typeAtStart(page, 'again ');
  await openRecent(page, /beta\.md/);
  await typeAtStart(page, 'again ');
  edited['alpha.txt'] = `again ${edited['alpha.txt']}`;
  edited['beta.md'] = `again ${edited['beta.md']}`;

  // A reload is a restart: the article worked on last, as it was. (Within the autosave's
  // quiet second the browser would ask before leaving; after it, nothing is pending.)
  await expect(page.locator('[data-autosave]')).toHaveAttribute('data-autosave', 'autosaved');
  await page.reload();
  await waitForApp(page);
  await expect(page).toHaveTitle('● beta.md — Glossa');
  await expectText(page, edited['beta.md']);
  for (const name of ['alpha.txt', 'gamma.txt'] as const) {
    await openRecent(page, new RegExp(name.replace('.', '\\.')));
    await expectText(page, edited[name]);
  }

  // Ctrl+S: the work as a .glossa file, which opens exactly in a browser that never saw it.
  const saved = await saveWork(page);
  expect(saved.name).toBe('gamma.glossa');
  const glossa = path.join(dir, saved.name);
  writeFileSync(glossa, readFileSync(saved.path));
  const work = JSON.parse(readFileSync(glossa, 'utf8')) as { format: string; version: number; mt: string; postEdit: string; article: { lineEnding: string } };
  expect(work).toMatchObject({ format: 'glossa-work', version: 1, mt: ARTICLES['gamma.txt'], postEdit: edited['gamma.txt'], article: { lineEnding: '\r\n' } });
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto('/');
  await waitForApp(elsewhere);
  await openArticle(elsewhere, glossa);
  await expect(elsewhere).toHaveTitle('gamma.txt — Glossa');
  await expectText(elsewhere, edited['gamma.txt']);
  // It is in Recent there, and reopens from it.
  await openArticle(elsewhere, fileOf('alpha.txt'));
  await openRecent(elsewhere, /gamma\.glossa/);
  await expectText(elsewhere, edited['gamma.txt']);
  await other.close();
});

test('applied suggestions are counted and never suggested again; a skipped one is a decision, not a warning', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  // Skip the first suggestion, apply all the others (one step), nothing is left.
  const skipped = await suggestionItems(page).first().getAttribute('aria-label');
  await suggestionItems(page).first().locator('[data-row-action="skip"]').click();
  await expectSuggestionCount(page, 11);
  await page.getByRole('button', { name: 'Apply all', exact: true }).click();
  await expectSuggestionCount(page, 0);
  await expect(page.getByText('1 skipped')).toBeVisible();
  // QA knows the skip is a decision: no glossary correction is pending.
  await expectReviewSettled(page);
  await expect(qualityChecks(page).getByRole('option', { name: /glossary correction/i })).toHaveCount(0);

  // The report and the JSON say what happened: 11 applied, 1 skipped by the editor.
  const json = JSON.parse((await downloadExport(page, /JSON/)).toString('utf8')) as {
    changes: { to: string; start: number; end: number }[];
    changesIn: string;
    skipped: { from: string; to: string }[];
    counts: { glossaryChanges: number; skippedSuggestions: number; qaWarnings: number };
    postEdit: string;
    qa: { check: string; severity: string }[];
  };
  expect(json.changes).toHaveLength(11);
  expect(json.changesIn).toBe('postEdit');
  for (const change of json.changes) expect(json.postEdit.slice(change.start, change.end)).toBe(change.to);
  expect(json.skipped.map((s) => `${s.from} → ${s.to}`)).toEqual([skipped]);
  expect(json.counts).toMatchObject({ glossaryChanges: 11, skippedSuggestions: 1 });
  expect(json.qa.filter((issue) => issue.check === 'glossary-term' && issue.severity === 'warning')).toEqual([]);
  const report = (await downloadExport(page, /Review report/)).toString('utf8');
  expect(report).toContain('Suggestions skipped by the editor');
  expect(report).toMatch(/<dt>Glossary replacements<\/dt><dd>11<small>[^<]*1 suggestion skipped by the editor/);

  // Undo takes the applications back: counted no more, suggested again.
  await page.getByRole('textbox', { name: /^Post-edit/ }).focus();
  await page.keyboard.press(`${MOD}+z`);
  await expectSuggestionCount(page, 11);
  const undone = JSON.parse((await downloadExport(page, /JSON/)).toString('utf8')) as { counts: { glossaryChanges: number } };
  expect(undone.counts.glossaryChanges).toBe(0);

  // The decisions are part of the article's work: after a restart they are still there.
  await page.keyboard.press(`${MOD}+y`);
  await expectSuggestionCount(page, 0);
  await expect(page.locator('[data-autosave]')).toHaveAttribute('data-autosave', 'autosaved');
  await page.reload();
  await waitForApp(page);
  await expectSuggestionCount(page, 0);
  await expect(page.getByText('1 skipped')).toBeVisible();
  const restored = JSON.parse((await downloadExport(page, /JSON/)).toString('utf8')) as { counts: { glossaryChanges: number; skippedSuggestions: number } };
  expect(restored.counts).toMatchObject({ glossaryChanges: 11, skippedSuggestions: 1 });
});

test('a file that failed to open is not added to Recent; Reopen with encoding… reads it as written', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  const binary = path.join(dir, 'binary.txt');
  writeFileSync(binary, Buffer.from([0x41, 0x00, 0x42]));
  await openArticle(page, binary);
  const error = page.getByRole('dialog', { name: 'Cannot open the article' });
  await expect(error).toContainText('binary.txt');
  await expect(error.getByRole('button', { name: 'Reopen with encoding…' })).toBeVisible();
  await error.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('button', { name: 'Recent articles' }).click();
  await expect(page.getByRole('menuitem', { name: /binary\.txt/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // A Russian article saved as KOI8-R: whatever the guess, the editor can say which it is.
  const russian = 'Кремль рассказал о встрече Путина и Керри.\n\nПресс-секретарь Дмитрий Песков.\n';
  const koi8 = path.join(dir, 'koi8.txt');
  writeFileSync(koi8, encodeKoi8r(russian));
  await openArticle(page, koi8);
  await expect(page).toHaveTitle('koi8.txt — Glossa');
  await page.getByRole('button', { name: 'Recent articles' }).click();
  await page.getByRole('menuitem', { name: 'Reopen with encoding…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reopen with encoding' });
  await dialog.getByRole('combobox', { name: 'Encoding' }).selectOption('koi8-r');
  await expect(dialog.getByLabel('Preview')).toContainText('Кремль рассказал');
  await dialog.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.locator('.original-in-monaco-diff-editor .view-line').first()).toHaveText('Кремль рассказал о встрече Путина и Керри.');
  await expectText(page, russian);
  const saved = JSON.parse(readFileSync((await saveWork(page)).path, 'utf8')) as { article: { encoding: string } };
  expect(saved.article.encoding).toBe('koi8-r');
});

test('switching articles never asks, and the seed keeps its own work too', async ({ page }) => {
  refuseDialogs(page);
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  await typeAtStart(page, 'Seed edit. ');
  await openArticle(page, fileOf('alpha.txt'));
  await expect(page).toHaveTitle(/alpha\.txt/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await openRecent(page, /alpha\.txt/);
  await dropFiles(page, [{ name: 'kremlin-kerry.mt.txt', content: readFileSync(SEED) }]);
  await expect(page).toHaveTitle('● kremlin-kerry.mt.txt — Glossa');
  expect((await exportText(page)).toString('utf8')).toBe(`Seed edit. ${readFileSync(SEED, 'utf8')}`);
});

/** KOI8-R bytes of Cyrillic text (ASCII as is): what an old Russian newsroom system writes. */
function encodeKoi8r(text: string): Buffer {
  // KOI8-R orders the Cyrillic letters by their Latin look-alikes: ю а б ц д е ф г х и й к л м н о п я р с т у ж в ь ы з ш э щ ч ъ.
  const lower = 'юабцдефгхийклмнопярстужвьызшэщчъ';
  const upper = lower.toUpperCase();
  const bytes: number[] = [];
  for (const char of text) {
    const l = lower.indexOf(char);
    const u = upper.indexOf(char);
    if (l >= 0) bytes.push(0xc0 + l);
    else if (u >= 0) bytes.push(0xe0 + u);
    else if (char === 'ё') bytes.push(0xa3);
    else if (char === 'Ё') bytes.push(0xb3);
    else bytes.push(char.charCodeAt(0));
  }
  return Buffer.from(bytes);
}
