// core/spell must run where the window will run it: in a Web Worker, the dictionary's
// bytes passed in. The module is bundled for the browser (esbuild fails on a Node
// built-in), then a German dictionary is loaded and used inside a real Chromium worker.
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDictionary } from '../../../cli/dictionaries.js';
import { launchChromium } from '../../export/browser.js';
import { REPO_ROOT } from '../../export/samples.js';

const WORKER_ENTRY = `
import { createSpellChecker } from './core/spell';
self.onmessage = async (event) => {
  try {
    const checker = await createSpellChecker(event.data.dictionary);
    const misspellings = checker.check(event.data.text);
    const suggestions = misspellings.map((m) => checker.suggest(m.word).slice(0, 3));
    checker.addWord('Hauss');
    self.postMessage({ misspellings, suggestions, afterAdd: checker.check(event.data.text).map((m) => m.word) });
  } catch (error) {
    self.postMessage({ error: String(error && error.stack || error) });
  }
};
`;

describe('core/spell in a browser Web Worker', () => {
  let browser: Browser;
  let workerSource: string;

  beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: WORKER_ENTRY, resolveDir: REPO_ROOT, loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    workerSource = bundle.outputFiles[0]!.text;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('bundles without Node built-ins, loads dictionary-de from bytes and checks compounds', async () => {
    const dictionary = readDictionary('de')!;
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>worker</title>');
    const text = 'Das Bundesverfassungsgericht prüft das Klimaschutzpacket im Hauss.';
    const result = await page.evaluate(
      ([source, data]) =>
        new Promise<{ misspellings: Array<{ start: number; end: number; word: string }>; suggestions: string[][]; afterAdd: string[]; error?: string }>((resolve, reject) => {
          const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
          worker.onmessage = (event) => resolve(event.data);
          worker.onerror = (event) => reject(new Error(event.message));
          const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          worker.postMessage({ text: data.text, dictionary: { language: 'de', aff: bytes(data.aff), dic: bytes(data.dic) } });
        }),
      [workerSource, { text, aff: Buffer.from(dictionary.aff).toString('base64'), dic: Buffer.from(dictionary.dic).toString('base64') }] as const,
    );
    expect(result.error).toBeUndefined();
    expect(result.misspellings).toEqual([
      { start: 39, end: 56, word: 'Klimaschutzpacket' },
      { start: 60, end: 65, word: 'Hauss' },
    ]);
    expect(result.suggestions[0]).toContain('Klimaschutzpaket');
    expect(result.suggestions[1]).toContain('Haus');
    expect(result.afterAdd).toEqual(['Klimaschutzpacket']);
  });
});

