import type { Glossary, GlossaryEntry } from '../../core/types';

/** A glossary built in memory: entries as [source, target?] pairs or full entries. */
export function glossaryOf(
  file: string,
  entries: Array<[string, string?] | Omit<GlossaryEntry, 'line'>>,
): Glossary {
  return {
    name: file,
    file,
    format: 'tsv',
    entries: entries.map((item, index) =>
      Array.isArray(item)
        ? { source: item[0], ...(item[1] !== undefined ? { target: item[1] } : {}), line: index + 1 }
        : { ...item, line: index + 1 },
    ),
  };
}
