// Confirmed paragraphs (the segment confirmation of CAT tools, Ctrl+Enter in the window).
// A confirmation belongs to a paragraph's text, not its number: inserting or deleting
// paragraphs elsewhere keeps it, editing the paragraph itself (or splitting or merging
// it) drops it. Statuses are immutable values, so the window can keep them with its undo.
import { splitParagraphs, type Paragraph } from '../text/paragraphs.js';
import { mapParagraphs } from './paragraph-map.js';

export interface ParagraphStatus {
  /** The post-edit's paragraphs (as splitParagraphs cuts them) the flags refer to. */
  readonly texts: readonly string[];
  readonly confirmed: readonly boolean[];
}

/** What the autosave keeps: confirmed paragraphs by number and a fingerprint of their text. */
export interface SavedParagraphStatus {
  confirmed: Array<{ paragraph: number; fingerprint: string }>;
}

/**
 * The post-edit, as its text or as its paragraphs already split (splitParagraphs): the
 * window's review worker splits them for the diff on every keystroke, and passing them
 * saves splitting a long article again.
 */
export type PostEdit = string | readonly Paragraph[];

/** A status with no paragraph confirmed. */
export function paragraphStatus(text: PostEdit): ParagraphStatus {
  const texts = paragraphTexts(text);
  return { texts, confirmed: texts.map(() => false) };
}

/** The status after the post-edit became `text`: confirmations follow unchanged paragraphs. */
export function updateParagraphStatus(status: ParagraphStatus, text: PostEdit): ParagraphStatus {
  const texts = paragraphTexts(text);
  const { unchanged } = mapParagraphs(status.texts, texts);
  return { texts, confirmed: texts.map((_, j) => unchanged[j]! >= 0 && status.confirmed[unchanged[j]!] === true) };
}

export function setConfirmed(status: ParagraphStatus, paragraph: number, confirmed: boolean): ParagraphStatus {
  if (paragraph < 0 || paragraph >= status.texts.length || status.confirmed[paragraph] === confirmed) return status;
  const flags = [...status.confirmed];
  flags[paragraph] = confirmed;
  return { texts: status.texts, confirmed: flags };
}

/** The first unconfirmed paragraph after `paragraph`, wrapping round to the start;
 *  undefined when every other paragraph is confirmed. */
export function nextUnconfirmed(status: ParagraphStatus, paragraph: number): number | undefined {
  const count = status.texts.length;
  for (let step = 1; step <= count; step++) {
    const index = (((paragraph + step) % count) + count) % count;
    if (!status.confirmed[index] && index !== paragraph) return index;
  }
  return undefined;
}

/** "7 / 10 paragraphs confirmed". */
export function confirmedCount(status: ParagraphStatus): { confirmed: number; total: number } {
  return { confirmed: status.confirmed.filter(Boolean).length, total: status.texts.length };
}

export function saveParagraphStatus(status: ParagraphStatus): SavedParagraphStatus {
  const confirmed: SavedParagraphStatus['confirmed'] = [];
  status.confirmed.forEach((flag, paragraph) => {
    if (flag) confirmed.push({ paragraph, fingerprint: fingerprint(status.texts[paragraph]!) });
  });
  return { confirmed };
}

/** The status of `text` from a saved one: a confirmation stays where its paragraph still
 *  has the same text (at the same number, else the first free paragraph with that text). */
export function restoreParagraphStatus(text: PostEdit, saved: SavedParagraphStatus): ParagraphStatus {
  const texts = paragraphTexts(text);
  const prints = texts.map(fingerprint);
  const confirmed = texts.map(() => false);
  for (const { paragraph, fingerprint: print } of saved.confirmed) {
    const at = prints[paragraph] === print && !confirmed[paragraph] ? paragraph : prints.findIndex((p, k) => p === print && !confirmed[k]);
    if (at >= 0) confirmed[at] = true;
  }
  return { texts, confirmed };
}

/** Index of the paragraph holding `offset`; between paragraphs, the next one; after the
 *  last, the last. -1 for a text without paragraphs. */
export function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid]!.end < offset) low = mid + 1;
    else high = mid;
  }
  return Math.min(low, paragraphs.length - 1);
}

function paragraphTexts(text: PostEdit): string[] {
  return paragraphsOf(text).map((paragraph) => paragraph.text);
}

export function paragraphsOf(text: PostEdit): readonly Paragraph[] {
  return typeof text === 'string' ? splitParagraphs(text) : text;
}

/** FNV-1a of the text, with its length: enough to tell an edited paragraph apart. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}
