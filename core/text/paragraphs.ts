// Paragraphs are the unit of alignment, language detection and QA: blocks of lines
// separated by blank lines (a line holding only whitespace is blank). Offsets stay UTF-16
// indices into the original text so every consumer can point back at the exact source.

export interface Paragraph {
  /** 0-based position among the text's paragraphs. */
  index: number;
  /** Offset of the paragraph's first non-whitespace character. */
  start: number;
  /** Offset just past its last non-whitespace character. */
  end: number;
  /** `text.slice(start, end)`: line breaks inside are kept as written. */
  text: string;
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/gy;
const NON_BLANK = /\S/;

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const close = (): void => {
    if (blockStart < 0) return;
    const raw = text.slice(blockStart, blockEnd);
    const leading = raw.length - raw.trimStart().length;
    const start = blockStart + leading;
    const end = blockStart + raw.trimEnd().length;
    paragraphs.push({ index: paragraphs.length, start, end, text: text.slice(start, end) });
    blockStart = -1;
  };
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const lineStart = LINE.lastIndex;
    const match = LINE.exec(text);
    if (!match) break;
    const line = match[0];
    if (NON_BLANK.test(line)) {
      if (blockStart < 0) blockStart = lineStart;
      blockEnd = lineStart + line.length;
    } else {
      close();
    }
  }
  close();
  return paragraphs;
}

/** Words for counting and similarity: runs of letters, marks and digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;
}
