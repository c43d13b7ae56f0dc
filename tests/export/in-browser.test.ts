// core/export must work where the window runs it: in a Web Worker, with no Node APIs.
// The module is bundled for the browser (esbuild fails on any Node built-in), then every
// format is produced inside a real Chromium worker and read back here.
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWorker, launchChromium, runInWorker } from './browser';
import { SEED_MT, SEED_PE } from './samples';

const WORKER_ENTRY = `
import { EXPORT_FORMATS, exportArticle } from './core/export';
self.onmessage = async (event) => {
  const results = {};
  for (const format of EXPORT_FORMATS) {
    const bytes = await exportArticle(format.id, event.data);
    results[format.id] = Array.from(bytes);
  }
  self.postMessage(results);
};
`;

describe('core/export in a browser Web Worker', () => {
  let browser: Browser;
  let workerSource: string;

  beforeAll(async () => {
    workerSource = await bundleWorker(WORKER_ENTRY);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('bundles without Node built-ins and produces every format in the worker', async () => {
    const input = { mt: SEED_MT, postEdit: SEED_PE, lineEnding: '\r\n' as const, language: 'en' };
    const results = await runInWorker<Record<string, number[]>>(browser, workerSource, input);
    const text = (id: string) => new TextDecoder().decode(new Uint8Array(results[id]!));
    expect(text('txt')).toBe(SEED_PE.replace(/\n/g, '\r\n'));
    expect(text('md')).toMatch(/^# Kremlin comments on Putin's meeting with Kerry\r\n\r\n/);
    expect(text('html')).toContain('<h1>Kremlin comments on Putin&#39;s meeting with Kerry</h1>');
    expect(JSON.parse(text('json')).hter.ter.toFixed(2)).toBe('39.05');
    expect(text('report')).toContain('39.05 %');
    const docx = unzipSync(new Uint8Array(results.docx!));
    expect(new TextDecoder().decode(docx['word/document.xml'])).toContain('Heading1');
  });
});
