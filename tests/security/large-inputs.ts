// Generated inputs at Glossa's documented limits, shared by the limit tests (CLI, core) and
// the window's Playwright spec: a 5,000-paragraph article, a 100,000-entry glossary whose
// terms occur in it a known number of times, and an article one byte over 50 MB.
import { promises as fs } from 'node:fs';

export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;
export const PARAGRAPHS = 5_000;
export const GLOSSARY_ENTRIES = 100_000;

/** Letters only (no digits, no uppercase): `zq` + four base-26 letters, unique per entry. */
export function termSource(index: number): string {
  let code = '';
  for (let n = index, i = 0; i < 4; i++, n = Math.floor(n / 26)) code = String.fromCharCode(97 + (n % 26)) + code;
  return `zq${code}`;
}
export function termTarget(index: number): string {
  return `fixed${termSource(index).slice(2)}`;
}

/** The glossary as OmegaT writes it: a coding comment, then `source<TAB>target`. */
export function largeGlossaryTsv(entries = GLOSSARY_ENTRIES): string {
  const lines = ['# Glossary in tab-separated format -*- coding: utf-8 -*-'];
  for (let index = 0; index < entries; index++) lines.push(`${termSource(index)}\t${termTarget(index)}`);
  return `${lines.join('\n')}\n`;
}

/** Which entry paragraph `p` mentions, if any: every 8th paragraph, plus the last entry at the end. */
export function termInParagraph(p: number, paragraphs = PARAGRAPHS): number | undefined {
  if (p === paragraphs - 1) return GLOSSARY_ENTRIES - 1;
  return p % 8 === 0 ? (p * 7919) % GLOSSARY_ENTRIES : undefined;
}

export function paragraphText(p: number, paragraphs = PARAGRAPHS): string {
  const term = termInParagraph(p, paragraphs);
  const mention = term === undefined ? '' : ` The delegation used the word ${termSource(term)} in its statement.`;
  return `Paragraph ${p + 1}: the committee reviewed the report on regional trade and agreed to meet again next month.${mention}`;
}

/** A 5,000-paragraph English article (about 600 KB), paragraphs separated by blank lines. */
export function largeArticle(paragraphs = PARAGRAPHS): string {
  return `${Array.from({ length: paragraphs }, (_, p) => paragraphText(p, paragraphs)).join('\n\n')}\n`;
}

/** How many glossary matches the article holds. */
export function expectedMatches(paragraphs = PARAGRAPHS): number {
  let count = 0;
  for (let p = 0; p < paragraphs; p++) if (termInParagraph(p, paragraphs) !== undefined) count++;
  return count;
}

/** A file of `bytes` bytes written sparse (a hole, no data): instant at any size. */
export async function sparseFile(file: string, bytes: number): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    await handle.truncate(bytes);
  } finally {
    await handle.close();
  }
}
