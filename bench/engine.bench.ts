// Glossary engine bench: Aho–Corasick engine vs a naive baseline (one global RegExp
// per entry with the same word-boundary and whitespace rules), and how match time
// scales with glossary size on the same 1 MB article.
import { applyGlossaries, compileGlossaries, findMatches } from '../core/engine';
import type { Glossary, GlossaryEntry } from '../core/types';
import { makeArticle, makeGlossary, makeVocabulary, seededRandom } from './generate';
import { formatTable, medianMs, ms, timeIt } from './timing';

const WORD = '[\\p{L}\\p{N}\\p{M}]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The obvious implementation: a RegExp per entry, applied one after another. */
function naiveApply(text: string, entries: readonly GlossaryEntry[]): string {
  let out = text;
  for (const entry of entries) {
    const tokens = entry.source.split(/\s+/u).map(escapeRegExp);
    const caseSensitive = entry.source !== entry.source.toLowerCase();
    const pattern = new RegExp(`(?<!${WORD})${tokens.join('[^\\S\\n]*\\n?[^\\S\\n]*')}(?!${WORD})`, caseSensitive ? 'gu' : 'giu');
    out = out.replace(pattern, entry.target ?? '');
  }
  return out;
}

export async function runEngineBench(): Promise<string> {
  const random = seededRandom(20261127);
  // Glossary terms and the article's other words come from disjoint vocabularies, as in
  // real text where most words are not termbase entries: every glossary size then finds
  // the same hits and the timings compare the matcher, not the amount of output.
  const words = makeVocabulary(120_000, random);
  const termWords = words.slice(0, 60_000);
  const vocabulary = words.slice(60_000);
  const big = makeGlossary(100_000, termWords, random);
  const sizes = [100, 1_000, 10_000, 100_000];
  const glossaries = new Map<number, Glossary>(sizes.map((size) => [size, { ...big, entries: big.entries.slice(0, size) }]));
  // The article carries terms from the smallest glossary, so every size finds the same hits.
  const terms = (glossaries.get(100) as Glossary).entries.map((entry) => entry.source);
  const article = makeArticle(1_000_000, vocabulary, terms, random);
  const megabytes = article.length / 1_000_000;
  const lines: string[] = [];
  lines.push(`Article: ${article.length.toLocaleString('en')} characters, ${article.split(/\s+/).length.toLocaleString('en')} words.`);

  // Engine vs naive at 10k entries.
  const tenK = glossaries.get(10_000) as Glossary;
  const compiled10k = compileGlossaries([tenK]);
  const engineMs = medianMs(3, () => applyGlossaries(compiled10k, article));
  const naive = timeIt(() => naiveApply(article, tenK.entries));
  const changes = findMatches(compiled10k, article).length;
  lines.push('', 'Engine vs naive baseline, 10,000 entries, 1 MB article (median of 3 for the engine; baseline run once):', '');
  lines.push(
    formatTable(
      ['implementation', 'time', 'throughput', 'ratio'],
      [
        ['naive: one RegExp replace per entry', ms(naive.ms), `${(megabytes / (naive.ms / 1000)).toFixed(2)} MB/s`, '1×'],
        ['glossa engine (compiled, apply)', ms(engineMs), `${(megabytes / (engineMs / 1000)).toFixed(1)} MB/s`, `${(naive.ms / engineMs).toFixed(0)}×`],
      ],
    ),
  );
  lines.push(`(${changes.toLocaleString('en')} replacements; goal ≥ 50×: ${naive.ms / engineMs >= 50 ? 'met' : 'NOT met'})`);

  // Scaling with glossary size.
  const rows: string[][] = [];
  const matchTimes = new Map<number, number>();
  for (const size of sizes) {
    // A fresh glossary object: compileGlossaries remembers what it compiled per object,
    // and this table must time a real compile.
    const glossary = { ...(glossaries.get(size) as Glossary) };
    const compile = timeIt(() => compileGlossaries([glossary]));
    const match = medianMs(5, () => applyGlossaries(compile.result, article));
    matchTimes.set(size, match);
    rows.push([size.toLocaleString('en'), ms(compile.ms), ms(match), ms(compile.ms + match)]);
  }
  const ratio = (matchTimes.get(100_000) as number) / (matchTimes.get(100) as number);
  lines.push('', 'Scaling on the same 1 MB article (apply = median of 5):', '');
  lines.push(formatTable(['entries', 'compile', 'apply', 'compile + apply'], rows));
  lines.push(`time(100k) / time(100) for apply: ${ratio.toFixed(2)} (goal ≤ 3: ${ratio <= 3 ? 'met' : 'NOT met'})`);
  return lines.join('\n');
}
