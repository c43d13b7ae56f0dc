// A hit in context, for suggestion cards and issue lists: a few words either side of the
// span, on one line, with an ellipsis where the paragraph goes on. "…Kerry met Green
// on…" tells "Green → Zelensky" from "Green energy" at a glance.

export interface ContextSnippet {
  /** Words before the hit (whitespace runs as one space), "…" first when cut. */
  before: string;
  hit: string;
  /** Words after the hit, "…" last when cut. */
  after: string;
}

/** How far either side is looked at: enough for a few words of any language. */
const WINDOW = 400;
const BLANK_LINE = /\r?\n[^\S\r\n]*\r?\n|\r[^\S\r\n]*\r/;

/** `words` whitespace-separated words either side of [start, end), within its paragraph. */
export function contextSnippet(text: string, start: number, end: number, words = 4): ContextSnippet {
  words = Math.max(1, Math.floor(words));
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const beforeParts = text.slice(from, start).split(BLANK_LINE);
  const beforeBlock = beforeParts[beforeParts.length - 1]!;
  const afterParts = text.slice(end, to).split(BLANK_LINE);
  const afterBlock = afterParts[0]!;

  const starts = [...beforeBlock.matchAll(/\S+/g)].map((match) => match.index);
  const beforeCut = starts.length > words || (beforeParts.length === 1 && from > 0);
  const before = beforeBlock.slice(starts.length > words ? starts[starts.length - words] : 0);
  const ends = [...afterBlock.matchAll(/\S+/g)].map((match) => match.index + match[0].length);
  const afterCut = ends.length > words || (afterParts.length === 1 && to < text.length);
  const after = afterBlock.slice(0, ends.length > words ? ends[words - 1] : afterBlock.length);
  return {
    before: (beforeCut ? '…' : '') + squeeze(before).trimStart(),
    hit: squeeze(text.slice(start, end)),
    after: squeeze(after).trimEnd() + (afterCut ? '…' : ''),
  };
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}
