import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../core/export/report';
import { loadGlossary } from '../../core/glossary';
import { launchChromium, openHtml } from './browser';
import { SEED_GLOSSARY_FILE, SEED_MT, SEED_PE } from './samples';

const glossary = loadGlossary('ru-en-politics.tsv', new Uint8Array(readFileSync(SEED_GLOSSARY_FILE)));

describe('review report read by Chromium', () => {
  let browser: Browser;
  let page: Page;
  let requests: string[];
  const html = renderReport({ mt: SEED_MT, postEdit: SEED_PE, lineEnding: '\n', glossaries: [glossary] });

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, requests } = await openHtml(browser, html));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the seed’s HTER, 39.05 %', async () => {
    const hter = page.locator('.figures div', { hasText: 'HTER' });
    expect(await hter.locator('dd').innerText()).toMatch(/^39\.05 %/);
  });

  it('strikes “Sands” from the MT right where it inserts “Peskov”', async () => {
    const pairs = await page.$$eval('del', (dels) =>
      dels.map((del) => {
        let next = del.nextSibling;
        while (next && next.nodeType === Node.TEXT_NODE && next.textContent?.trim() === '') next = next.nextSibling;
        return { deleted: del.textContent ?? '', inserted: next instanceof HTMLElement && next.tagName === 'INS' ? (next.textContent ?? '') : null };
      }),
    );
    const sands = pairs.find((pair) => /\bSands\b/.test(pair.deleted));
    expect(sands).toBeDefined();
    expect(sands?.inserted).toMatch(/\bPeskov\b/);
  });

  it('reconstructs both texts from the redline: MT = plain + <del>, post-edit = plain + <ins>', async () => {
    const texts = await page.$$eval('.redline .group p', (paragraphs) =>
      paragraphs.map((p) => {
        let mt = '';
        let pe = '';
        for (const node of p.childNodes) {
          const text = node.textContent ?? '';
          if (node instanceof HTMLElement && node.tagName === 'DEL') mt += text;
          else if (node instanceof HTMLElement && node.tagName === 'INS') pe += text;
          else {
            mt += text;
            pe += text;
          }
        }
        return { mt, pe };
      }),
    );
    const paragraphsOf = (text: string) => text.split(/\n\s*\n/).map((block) => block.trim());
    expect(texts.map((text) => text.mt)).toEqual(paragraphsOf(SEED_MT));
    expect(texts.map((text) => text.pe)).toEqual(paragraphsOf(SEED_PE));
  });

  it('groups the glossary replacements by term with counts', async () => {
    const rows = await page.$$eval('.glossary tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.split('\n')[0])));
    expect(rows).toContainEqual(['Secretary of state', 'Secretary of State', '2', 'ru-en-politics.tsv:6']);
    expect(rows).toContainEqual(['Sands', 'Peskov', '1', 'ru-en-politics.tsv:4']);
    expect(rows.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(12);
  });

  it('is self-contained and printable: no scripts, no external resources, print styles inline', async () => {
    expect(requests).toEqual([]);
    expect(await page.locator('script, link, img, iframe, object, embed').count()).toBe(0);
    expect(html).not.toMatch(/\s(?:src|href)=/i);
    const hasPrintRules = await page.evaluate(() =>
      [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule instanceof CSSMediaRule && rule.media.mediaText.includes('print'))),
    );
    expect(hasPrintRules).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('lists QA issues with the offending text marked', async () => {
    const postEdit = 'Peskov said that “the talks were long.\n\nThe the meeting ended late.';
    const { page: qaPage } = await openHtml(browser, renderReport({ mt: 'Sands said that “the talks were long.\n\nThe the meeting ended late.', postEdit, lineEnding: '\n' }));
    const rows = await qaPage.$$eval('.qa tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText)));
    expect(rows.find((row) => row[1] === 'unpaired-quote')?.[0]).toBe('error');
    expect(rows.find((row) => row[1] === 'repeated-word')?.[2]).toBe('2');
    expect(await qaPage.locator('.qa mark').first().innerText()).toBe('“');
    const errors = await qaPage.locator('.figures div', { hasText: 'QA' }).locator('dd').innerText();
    expect(errors).toMatch(new RegExp(`^${rows.filter((row) => row[0] === 'error').length} error`));
    await qaPage.close();
  });

  it('without an MT shows the post-edit and says there is no redline', async () => {
    const { page: plain } = await openHtml(browser, renderReport({ postEdit: 'Title\n\nBody <b>text</b>.', lineEnding: '\n' }));
    expect(await plain.locator('del, ins').count()).toBe(0);
    expect(await plain.locator('.redline .group p').allInnerTexts()).toEqual(['Title', 'Body <b>text</b>.']);
    expect(await plain.locator('.figures div', { hasText: 'HTER' }).locator('dd').innerText()).toMatch(/^—/);
    await plain.close();
  });
});
