// The post-edit as the structured exporters see it: paragraphs as single lines and,
// when the first paragraph reads like a headline, that paragraph as the title.
import { splitParagraphs } from '../text/paragraphs';
import type { DecodedText } from '../types';

/** A headline is short; a longer first paragraph is body text even without a full stop. */
export const MAX_TITLE_WORDS = 15;

export interface ArticleBlocks {
  /** The first paragraph when it is a title line (it is then not repeated in `paragraphs`). */
  heading?: string;
  /** Body paragraphs, each on one line. */
  paragraphs: string[];
}

/** Line breaks inside a paragraph are soft wraps in plain text: one space each. */
export function joinLines(paragraph: string): string {
  return paragraph.replace(/[^\S\r\n]*(?:\r\n|\r|\n)\s*/g, ' ');
}

/** One line, at most {@link MAX_TITLE_WORDS} words, not ending like a sentence. */
export function isTitleLine(paragraph: string): boolean {
  if (/[\r\n]/.test(paragraph)) return false;
  const words = paragraph.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  // Closing quotes and brackets after the stop still end a sentence: `…he said.”`
  return !/[.!?…](?:["'”’»)\]]*)$/.test(paragraph);
}

export function articleBlocks(text: string): ArticleBlocks {
  const paragraphs = splitParagraphs(text).map((paragraph) => paragraph.text);
  const first = paragraphs[0];
  if (first !== undefined && isTitleLine(first)) {
    return { heading: first, paragraphs: paragraphs.slice(1).map(joinLines) };
  }
  return { paragraphs: paragraphs.map(joinLines) };
}

/** The document title: the caller's, else the headline, else the opening words. */
export function documentTitle(title: string | undefined, blocks: ArticleBlocks): string {
  if (title !== undefined && title.trim() !== '') return title.trim();
  if (blocks.heading !== undefined) return blocks.heading;
  const words = (blocks.paragraphs[0] ?? '').split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return 'Untitled article';
  if (words.length <= 8) return words.join(' ');
  return `${words.slice(0, 8).join(' ').replace(/[\s.,;:!?…–—-]+$/u, '')}…`;
}

/** Every line break (CRLF, CR or LF) in `text` written as `lineEnding`. */
export function withLineEnding(text: string, lineEnding: DecodedText['lineEnding']): string {
  return text.replace(/\r\n|\r|\n/g, lineEnding);
}

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** `bytes` behind a UTF-8 byte-order mark when `wanted`. */
export function withByteOrderMark(bytes: Uint8Array, wanted: boolean | undefined): Uint8Array {
  if (!wanted) return bytes;
  const out = new Uint8Array(UTF8_BOM.length + bytes.length);
  out.set(UTF8_BOM, 0);
  out.set(bytes, UTF8_BOM.length);
  return out;
}
