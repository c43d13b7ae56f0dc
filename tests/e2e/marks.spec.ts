// The glossary hit marks in the post-edit follow typing (renderer/editor/mark-set.ts): a
// mark the edit left alone is kept and moves with its text; one the edit touched goes with
// its hit. Checked on screen: the marked text, read in reading order, is the hits' text.
import { expect, test, type Page } from '@playwright/test';
import { expectSuggestionCount, focusPostEditStart, suggestionItems, waitForApp } from './support/glossa';

/** Every marked stretch of the post-edit on screen, in reading order, run together. */
async function markedText(page: Page): Promise<string> {
  const text = await page.locator('.modified-in-monaco-diff-editor .glossa-hit').evaluateAll((marks) =>
    marks
      .map((mark) => ({ rect: mark.getBoundingClientRect(), text: mark.textContent ?? '' }))
      .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left)
      .map((mark) => mark.text)
      .join(''),
  );
  // Monaco draws spaces as no-break spaces.
  return text.replace(/\u00a0/g, ' ');
}

/** The pending hits' matched text ("from" of "from → to"), in the list's (text) order. */
async function hitText(page: Page): Promise<string> {
  const labels = await suggestionItems(page).evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
  return labels.map((label) => label.split(' → ')[0]).join('');
}

test('hit marks move with typing before them and go with a hit typed into', async ({ page }) => {
  // Tall enough that Monaco renders every line of the seed.
  await page.setViewportSize({ width: 1600, height: 1600 });
  await page.goto('/');
  await waitForApp(page);
  await expectSuggestionCount(page, 12);
  // Beside its source the post-edit pane is narrower and its lines wrap into more rows than
  // the window shows; without it every line of the seed is on screen, where marks are drawn.
  await page.getByRole('button', { name: 'Close the source' }).click();
  await expect.poll(() => markedText(page)).toBe(await hitText(page));

  // Typing at the start of the third line moves every later hit.
  await focusPostEditStart(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Yesterday, ');
  await expectSuggestionCount(page, 12);
  await expect.poll(() => markedText(page)).toBe(await hitText(page));
  expect(await hitText(page)).toContain('us Secretary of state');

  // "us Secretary of state" began at column 46 of that line, now 11 further. Typed into,
  // it is no hit, and the shorter entry "Secretary of state" takes its place.
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Yesterday, '.length + 46 + 1; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('x');
  await expect.poll(() => hitText(page)).not.toContain('us Secretary of state');
  await expectSuggestionCount(page, 12);
  await expect.poll(() => markedText(page)).toBe(await hitText(page));
});
