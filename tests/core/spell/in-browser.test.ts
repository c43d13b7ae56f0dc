// core/spell must run where the window will run it: in a Web Worker, the dictionary's
// bytes passed in. The module is bundled for the browser (esbuild fails on a Node
// built-in), then a German dictionary is loaded and used inside a real Chromium worker.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDictionary } from '../../../cli/dictionaries.js';
import { bundleWorker, launchChromium, runInWorker } from '../../export/browser.js';

const WORKER_ENTRY = `
import { createSpellChecker } from './core/spell';
self.onmessage = async (event) => {
  try {
    const bytes = (base64) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const { language, aff, dic } = event.data.dictionary;
    const checker = await createSpellChecker({ language, aff: bytes(aff), dic: bytes(dic) });
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
    workerSource = await bundleWorker(WORKER_ENTRY);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('bundles without Node built-ins, loads dictionary-de from bytes and checks compounds', async () => {
    const dictionary = readDictionary('de')!;
    const text = 'Das Bundesverfassungsgericht prüft das Klimaschutzpacket im Hauss.';
    const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
    const result = await runInWorker<{ misspellings: Array<{ start: number; end: number; word: string }>; suggestions: string[][]; afterAdd: string[]; error?: string }>(
      browser,
      workerSource,
      { text, dictionary: { language: 'de', aff: base64(dictionary.aff), dic: base64(dictionary.dic) } },
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

