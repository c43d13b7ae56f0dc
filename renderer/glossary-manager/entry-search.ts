// The glossary manager's search: every entry of every managed glossary, filtered as the
// editor types. Each entry's searchable text (source, target, note, lower-cased) is built
// once per document and kept, so a keystroke on 10,000 entries is one `includes` per
// entry and per word of the query (about a millisecond), and the list shows only the
// rows in view (renderer/ui/list/keyboard-list.ts).
import type { DocumentView, EntryView } from './manager-protocol';

/** One listed entry: a glossary's document and the entry's position in it. */
export interface EntryRow<G extends { document: DocumentView | undefined } = { document: DocumentView | undefined }> {
  glossary: G;
  /** Index into `glossary.document.entries`. */
  index: number;
}

const haystacks = new WeakMap<DocumentView, string[]>();

function haystacksOf(document: DocumentView): string[] {
  let found = haystacks.get(document);
  if (!found) {
    found = document.entries.map(searchableText);
    haystacks.set(document, found);
  }
  return found;
}

function searchableText(entry: EntryView): string {
  return `${entry.source}\u0001${entry.target ?? ''}\u0001${entry.note ?? ''}${entry.status ? `\u0001${entry.status}` : ''}`.toLowerCase();
}

/** The query's words, lower-cased: an entry is listed when it holds every one of them. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The entries of `glossaries` (in their order, each in file order) whose source, target,
 * note or status hold every word of `query`; `only` keeps one glossary's.
 */
export function searchEntries<G extends { key: string; document: DocumentView | undefined }>(
  glossaries: readonly G[],
  query: string,
  only?: string,
): EntryRow<G>[] {
  const words = queryWords(query);
  const rows: EntryRow<G>[] = [];
  for (const glossary of glossaries) {
    if (only !== undefined && glossary.key !== only) continue;
    const document = glossary.document;
    if (!document) continue;
    const texts = haystacksOf(document);
    for (let index = 0; index < texts.length; index++) {
      const text = texts[index]!;
      let all = true;
      for (const word of words) {
        if (!text.includes(word)) {
          all = false;
          break;
        }
      }
      if (all) rows.push({ glossary, index });
    }
  }
  return rows;
}

/** Every entry of the glossaries, counted. */
export function entryCount(glossaries: readonly { document: DocumentView | undefined }[]): number {
  return glossaries.reduce((sum, glossary) => sum + (glossary.document?.entries.length ?? 0), 0);
}
