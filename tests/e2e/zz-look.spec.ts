import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { waitForApp, expectSuggestionCount, loadGlossary, MOD } from './support/glossa';
test('look', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  const dir = path.join(os.tmpdir(), 'gm-look'); mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < 9; i++) { const f = path.join(dir, `desk-${i}.tsv`); writeFileSync(f, `# desk ${i}\nfoo${i}\tbar${i}\nKremlin\tKremlin${i}\n`); files.push(f); }
  await loadGlossary(page, files);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/mgr/main.png' });
  await page.keyboard.press(`${MOD}+Shift+G`);
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/mgr/manager.png' });
  await page.keyboard.type('kremlin');
  await page.waitForTimeout(300);
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/mgr/manager2.png' });
});
