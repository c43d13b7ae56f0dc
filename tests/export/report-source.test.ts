// The review report with a source: each source paragraph heads its redline, read back by
// Chromium the way an editor sees it.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../core/export/report';
import { launchChromium, openHtml } from './browser';
import { REPO_ROOT, SEED_MT, SEED_PE } from './samples';

const SEED_RU = readFileSync(`${REPO_ROOT}/seeds/kremlin-kerry.ru.txt`, 'utf8');

/** The redline section as [kind, label, text] rows, in page order. */
async function redlineRows(page: Page): Promise<Array<[string, string, string]>> {
  return page.locator('section.redline > div').evaluateAll((divs) =>
    divs.map((div) => [div.className.split(' ')[0]!, div.querySelector('.label')!.textContent!, div.querySelector('p')!.textContent!] as [string, string, string]));
}

describe('review report with a source', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('puts each source paragraph, marked with its language, above the redline of its translation', async () => {
    const { page, requests } = await openHtml(browser, renderReport({ mt: SEED_MT, postEdit: SEED_PE, source: SEED_RU, lineEnding: '\n', language: 'en' }));
    const rows = await redlineRows(page);
    expect(rows.map(([kind, label]) => `${kind} ${label.replace(/ · TER.*/, '')}`)).toEqual(
      Array.from({ length: 10 }, (_, k) => [`source Source ¶${k + 1}`, `group MT ¶${k + 1} → post-edit ¶${k + 1}`]).flat(),
    );
    expect(rows[4]![2]).toBe(SEED_RU.split('\n\n')[2]!.trim());
    expect(rows[5]![2]).toContain('Peskov explained');
    expect(await page.locator('.source p').first().getAttribute('lang')).toBe('ru');
    expect(requests).toEqual([]);
  });

  it('keeps a split MT paragraph under one source paragraph and marks a paragraph the source lacks', async () => {
    const mt = 'Sands said the talks would last 74 minutes.\n\nIn Geneva waiting for results.\n\nDecision will be announced tomorrow.';
    const pe = 'Peskov said the talks would last 47 minutes.\n\nGeneva is waiting for the results. The decision will be announced tomorrow.\n\nThis line was added by the editor <on purpose>.';
    const source = 'Песков заявил, что переговоры продлятся 47 минут.\n\nВ Женеве ждут итогов. Решение объявят завтра.';
    const { page } = await openHtml(browser, renderReport({ mt, postEdit: pe, source, sourceLanguage: 'ru', lineEnding: '\n', language: 'en' }));
    expect((await redlineRows(page)).map(([kind, label]) => `${kind} ${label.replace(/ · TER.*/, '')}`)).toEqual([
      'source Source ¶1',
      'group MT ¶1 → post-edit ¶1',
      'source Source ¶2',
      'group MT ¶2–3 → post-edit ¶2',
      'source Source —',
      'group MT — → post-edit ¶3',
    ]);
    expect(await page.locator('.source').last().innerText()).toContain('Not in the source.');
    expect(await page.locator('.group').last().innerText()).toContain('<on purpose>');
  });

  it('without an MT, puts the source paragraphs above the post-edit’s', async () => {
    const { page } = await openHtml(browser, renderReport({ postEdit: SEED_PE, source: SEED_RU, lineEnding: '\n', language: 'en' }));
    const rows = await redlineRows(page);
    expect(rows.map(([kind, label]) => `${kind} ${label}`)).toEqual(Array.from({ length: 10 }, (_, k) => [`source Source ¶${k + 1}`, `group ¶${k + 1}`]).flat());
  });
});
