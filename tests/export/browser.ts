// One headless Chromium per test file, to read exported HTML the way a browser does.
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from './samples';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
}

/** Loads `html` in a fresh page; network requests are counted so tests can insist on none. */
export async function openHtml(browser: Browser, html: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests };
}

/** `entry` (TypeScript, imports resolved from the repository root) bundled as one script
 *  for a browser Web Worker: esbuild fails on any Node built-in it would need. */
export async function bundleWorker(entry: string): Promise<string> {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: REPO_ROOT, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text;
}

/** Starts a worker from `source` in a fresh page, posts it `data` (JSON-like) and gives
 *  back the worker's first message. */
export async function runInWorker<T>(browser: Browser, source: string, data: unknown): Promise<T> {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><title>worker</title>');
    return await page.evaluate(
      ([script, message]) =>
        new Promise<T>((resolve, reject) => {
          const worker = new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
          worker.onmessage = (event) => resolve(event.data);
          worker.onerror = (event) => reject(new Error(event.message));
          worker.postMessage(message);
        }),
      [source, data] as const,
    );
  } finally {
    await page.close();
  }
}
