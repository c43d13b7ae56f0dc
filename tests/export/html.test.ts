import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../core/export/html';
import { launchChromium, openHtml } from './browser';
import { SEED_PE } from './samples';

describe('HTML export read by Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives the seed post-edit a detected lang, its headline as <h1> and one <p> per paragraph', async () => {
    const { page, requests } = await openHtml(browser, renderHtml({ postEdit: SEED_PE, lineEnding: '\n' }));
    const paragraphs = SEED_PE.split(/\n\s*\n/).map((block) => block.trim());
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe(paragraphs[0]);
    expect(await page.locator('h1').allTextContents()).toEqual([paragraphs[0]]);
    expect(await page.locator('p').allTextContents()).toEqual(paragraphs.slice(1));
    expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
    expect(await page.evaluate(() => document.compatMode)).toBe('CSS1Compat');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows markup-like text as text: nothing in the article becomes an element', async () => {
    const postEdit = 'A <b>bold</b> & "quoted" \'title\'\n\n<script>document.title = "pwned"</script> <img src=x onerror=alert(1)>';
    const { page } = await openHtml(browser, renderHtml({ postEdit, lineEnding: '\n', title: 'T <i>x</i>' }));
    expect(await page.title()).toBe('T <i>x</i>');
    expect(await page.locator('h1').textContent()).toBe('A <b>bold</b> & "quoted" \'title\'');
    expect(await page.locator('p').allTextContents()).toEqual(['<script>document.title = "pwned"</script> <img src=x onerror=alert(1)>']);
    expect(await page.locator('body *').count()).toBe(2);
    await page.close();
  });

  it('uses the language it is given, and no <h1> when the article opens with a sentence', async () => {
    const postEdit = 'Il a dit que la réunion était terminée.\nDeuxième ligne.\n\nFin.';
    const { page } = await openHtml(browser, renderHtml({ postEdit, lineEnding: '\n', language: 'fr' }));
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('h1').count()).toBe(0);
    // A line break inside a paragraph is a soft wrap: one space.
    expect(await page.locator('p').allTextContents()).toEqual(['Il a dit que la réunion était terminée. Deuxième ligne.', 'Fin.']);
    expect(await page.title()).toBe('Il a dit que la réunion était terminée…');
    await page.close();
  });

  it('detects the language of a Russian article for lang', async () => {
    const postEdit = 'Кремль рассказал о встрече Путина и Керри\n\nНа встрече президента Владимира Путина с госсекретарем США Джоном Керри не обсуждалось прямое военное взаимодействие России и США в Сирии, заявил пресс-секретарь российского лидера Дмитрий Песков.';
    const { page } = await openHtml(browser, renderHtml({ postEdit, lineEnding: '\n' }));
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await page.close();
  });
});
