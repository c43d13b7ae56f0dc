// Renders build/icon.svg to the PNG icons electron-builder packs (build/icon.png at
// 512×512, the Linux set in build/icons/). Run by hand after changing the SVG; the PNGs
// are committed so packaging needs no browser. Uses the system Chromium (CHROMIUM_PATH,
// default /usr/bin/chromium) through playwright-core.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../build/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  mkdirSync(new URL('../build/icons/', import.meta.url), { recursive: true });
  for (const size of [512, 256, 128, 64, 32, 16]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`,
    );
    const targets = [`../build/icons/${size}x${size}.png`, ...(size === 512 ? ['../build/icon.png'] : [])];
    for (const target of targets) {
      await page.screenshot({ path: new URL(target, import.meta.url).pathname, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    }
    await page.close();
  }
} finally {
  await browser.close();
}
