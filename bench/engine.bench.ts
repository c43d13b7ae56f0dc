// Glossary engine bench. Every goal is a ratio against a baseline measured in the same
// run, on the same 1 MB article:
//   - apply vs a bare charCodeAt scan (goal ≤ 15×, moonshot ≤ 5×) and vs one alternation
//     RegExp replace, `(?<!\p{L})(?:a|b|…)(?!\p{L})` longest first (goal ≤ 1× at 100 and
//     1,000 entries), at 100, 1,000 and 10,000 entries;
//   - apply vs the obvious implementation, one RegExp replace per entry (goal ≥ 50×);
//   - apply time at 100,000 entries vs at 100 (goal ≤ 3);
//   - `glossa apply` of the seed as a whole process vs `node -e 0` (goal ≤ 2.5×).
// Measurements alternate between the contenders, round after round, and report medians,
// so a change in machine load affects both sides of a ratio alike.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { applyGlossaries, compileGlossaries, findMatches } from '../core/engine';
import type { Glossary, GlossaryEntry } from '../core/types';
import { makeArticle, makeGlossary, makeVocabulary, seededRandom } from './generate';
import { findRepoRoot } from './repo-root';
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

/** One alternation of every source, longest first, replaced in one call: the baseline. */
function alternationApply(entries: readonly GlossaryEntry[]): (text: string) => string {
  const sorted = [...entries].sort((a, b) => b.source.length - a.source.length);
  const pattern = new RegExp(`(?<!\\p{L})(?:${sorted.map((entry) => escapeRegExp(entry.source)).join('|')})(?!\\p{L})`, 'gu');
  const targets = new Map(entries.map((entry) => [entry.source, entry.target ?? '']));
  return (text) => text.replace(pattern, (match) => targets.get(match) ?? match);
}

/** The bare scan: read every UTF-16 unit once, nothing else. */
function bareScan(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

/** Runs the contenders in turn, `rounds` times (after warm-up runs, so V8 has optimised them); median ms of each. */
function interleavedMedians(rounds: number, contenders: ReadonlyArray<() => unknown>, warmUps = 3): number[] {
  const times = contenders.map(() => [] as number[]);
  for (let round = 0; round < warmUps; round++) for (const run of contenders) run();
  for (let round = 0; round < rounds; round++) {
    contenders.forEach((run, index) => (times[index] as number[]).push(timeIt(run).ms));
  }
  return times.map((list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number);
}

const ratio = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

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

  // Apply against the bare scan and the alternation RegExp.
  const encoder = new TextEncoder();
  const rows: string[][] = [];
  const endToEnd: string[][] = [];
  let allWithin15 = true;
  let allWithin5 = true;
  let regexGoal = true;
  for (const size of [100, 1_000, 10_000]) {
    const glossary = glossaries.get(size) as Glossary;
    const compiled = compileGlossaries([glossary]);
    const regex = alternationApply(glossary.entries);
    const rounds = size >= 10_000 ? 7 : 21;
    const [bare, alternation, apply] = interleavedMedians(rounds, [
      () => bareScan(article),
      () => regex(article),
      () => applyGlossaries(compiled, article),
    ]) as [number, number, number];
    const toBare = apply / bare;
    const toRegex = apply / alternation;
    allWithin15 &&= toBare <= 15;
    allWithin5 &&= toBare <= 5;
    if (size <= 1_000) regexGoal &&= toRegex <= 1;
    rows.push([size.toLocaleString('en'), ms(bare), ms(alternation), ms(apply), ratio(toBare), ratio(toRegex)]);
    // What `glossa apply` writes: the cleaned text as UTF-8 bytes, for both.
    const [regexBytes, applyBytes] = interleavedMedians(rounds, [
      () => encoder.encode(regex(article)),
      () => encoder.encode(applyGlossaries(compiled, article).text),
    ]) as [number, number];
    endToEnd.push([size.toLocaleString('en'), ms(regexBytes), ms(applyBytes), ratio(applyBytes / regexBytes)]);
  }
  lines.push('', 'Apply on the 1 MB article vs a bare charCodeAt scan and one alternation RegExp replace (medians, interleaved):', '');
  lines.push(formatTable(['entries', 'bare scan', 'alternation RegExp', 'glossa apply', 'apply / bare', 'apply / RegExp'], rows));
  lines.push(
    `Goals: apply ≤ 15× the bare scan at every size: ${verdict(allWithin15)}; moonshot ≤ 5×: ${verdict(allWithin5)}; ` +
      `apply ≤ the RegExp at 100 and 1,000 entries: ${verdict(regexGoal)}.`,
  );
  lines.push('', 'The same, with the cleaned text encoded as UTF-8 bytes (what glossa apply writes; applyGlossaries returns a rope of flat pieces that this flattens):', '');
  lines.push(formatTable(['entries', 'RegExp + encode', 'apply + encode', 'ratio'], endToEnd));

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
  lines.push(`(${changes.toLocaleString('en')} replacements; goal ≥ 50×: ${verdict(naive.ms / engineMs >= 50)})`);

  // Scaling with glossary size.
  const scaling: string[][] = [];
  const matchTimes = new Map<number, number>();
  for (const size of sizes) {
    // A fresh glossary object: compileGlossaries remembers what it compiled per object,
    // and this table must time a real compile.
    const glossary = { ...(glossaries.get(size) as Glossary) };
    const compile = timeIt(() => compileGlossaries([glossary]));
    const match = medianMs(5, () => applyGlossaries(compile.result, article));
    matchTimes.set(size, match);
    scaling.push([size.toLocaleString('en'), ms(compile.ms), ms(match), ms(compile.ms + match)]);
  }
  const growth = (matchTimes.get(100_000) as number) / (matchTimes.get(100) as number);
  lines.push('', 'Scaling on the same 1 MB article (apply = median of 5):', '');
  lines.push(formatTable(['entries', 'compile', 'apply', 'compile + apply'], scaling));
  lines.push(`time(100k) / time(100) for apply: ${growth.toFixed(2)} (goal ≤ 3: ${verdict(growth <= 3)})`);

  lines.push('', processBench());
  return lines.join('\n');
}

/** `glossa apply` of the seed as a whole process, against starting Node and doing nothing. */
function processBench(): string {
  const root = findRepoRoot(import.meta.url, path.join('bin', 'glossa.js'));
  const glossa = path.join(root, 'bin', 'glossa.js');
  const run = (args: string[]) => () => {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.status !== 0) throw new Error(`engine bench: ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  };
  const [nodeOnly, apply] = interleavedMedians(15, [
    run(['-e', '0']),
    run([glossa, 'apply', 'seeds/kremlin-kerry.mt.txt', '--glossary', 'glossaries/ru-en-politics.tsv']),
  ], 1) as [number, number];
  return [
    '`glossa apply seeds/kremlin-kerry.mt.txt -g glossaries/ru-en-politics.tsv` as a whole process (median of 15, interleaved):',
    '',
    formatTable(['node -e 0', 'glossa apply', 'ratio'], [[ms(nodeOnly), ms(apply), ratio(apply / nodeOnly)]]),
    `(goal ≤ 2.5×: ${verdict(apply / nodeOnly <= 2.5)})`,
  ].join('\n');
}
