// Review bench: our article diff (paragraph alignment + Myers per changed paragraph) against
// jsdiff's diffWords on the same texts, the keystroke re-diff of the cached differ, and HTER.
// Inputs are generated from a fixed seed, so every run measures the same texts.
import { diffWords } from 'diff';
import { ArticleDiffer, diffArticle } from '../core/review/article-diff';
import { computeHter } from '../core/review/hter';
import type { DiffOp } from '../core/review/word-diff';
import { makeVocabulary, seededRandom } from './generate';
import { formatTable, medianMs, ms, percentile, timeIt } from './timing';

interface Article {
  paragraphs: string[][];
  text: string;
}

/** `words` words in paragraphs of 40–160 words, sentences of 6–24 words with punctuation. */
function makeWordArticle(words: number, vocabulary: readonly string[], random: () => number): Article {
  const paragraphs: string[][] = [];
  let total = 0;
  while (total < words) {
    const length = Math.min(words - total, 40 + Math.floor(random() * 121));
    const paragraph: string[] = [];
    let sentence = 0;
    for (let i = 0; i < length; i++) {
      let word = vocabulary[Math.floor(random() ** 2 * vocabulary.length)]!;
      if (sentence === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
      sentence++;
      const end = i === length - 1 || (sentence >= 6 && random() < 0.08);
      if (end) {
        word += '.';
        sentence = 0;
      } else if (random() < 0.06) {
        word += ',';
      }
      paragraph.push(word);
    }
    paragraphs.push(paragraph);
    total += length;
  }
  return { paragraphs, text: join(paragraphs) };
}

/** A post-edit touching `rate` of the words: substitutions, deletions, insertions and
 *  swaps of neighbours (which TER scores as shifts), spread evenly. */
function postEdit(article: Article, rate: number, vocabulary: readonly string[], random: () => number): string {
  const edited = article.paragraphs.map((paragraph) => {
    const out: string[] = [];
    for (let i = 0; i < paragraph.length; i++) {
      const word = paragraph[i]!;
      if (random() >= rate) {
        out.push(word);
        continue;
      }
      const other = vocabulary[Math.floor(random() * vocabulary.length)]!;
      const kind = random();
      if (kind < 0.4) out.push(other);
      else if (kind < 0.6) continue;
      else if (kind < 0.85) out.push(word, other);
      else if (i + 1 < paragraph.length) out.push(paragraph[++i]!, word);
      else out.push(word);
    }
    return out;
  });
  return join(edited);
}

function join(paragraphs: readonly string[][]): string {
  return `${paragraphs.map((paragraph) => paragraph.join(' ')).join('\n\n')}\n`;
}

function reconstructs(ops: readonly DiffOp[], mt: string, pe: string): boolean {
  return ops.filter((op) => op.type !== 'insert').map((op) => op.text).join('') === mt &&
    ops.filter((op) => op.type !== 'delete').map((op) => op.text).join('') === pe;
}

/** Which sides jsdiff's change list gives back exactly: its diffWords ignores whitespace
 *  and keeps the new text's in unchanged parts, so the old side can differ. */
function jsdiffReconstructs(changes: ReadonlyArray<{ value: string; added?: boolean; removed?: boolean }>, mt: string, pe: string): string {
  const old = changes.filter((change) => !change.added).map((change) => change.value).join('') === mt;
  const updated = changes.filter((change) => !change.removed).map((change) => change.value).join('') === pe;
  return `MT ${old ? 'yes' : 'NO'}, post-edit ${updated ? 'yes' : 'NO'}`;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function runReviewBench(): Promise<string> {
  const random = seededRandom(20260715);
  const vocabulary = makeVocabulary(8_000, random);
  const lines: string[] = [];

  const cases = [
    { label: '100,000 words, 2 % changed', words: 100_000, rate: 0.02 },
    { label: '10,000 words, 30 % changed', words: 10_000, rate: 0.3 },
  ];
  const rows: string[][] = [];
  for (const { label, words, rate } of cases) {
    const article = makeWordArticle(words, vocabulary, random);
    const mt = article.text;
    const pe = postEdit(article, rate, vocabulary, random);
    collectGarbage();
    const oursRuns: number[] = [];
    let ours = diffArticle(mt, pe);
    for (let run = 0; run < 5; run++) {
      const timed = timeIt(() => diffArticle(mt, pe));
      oursRuns.push(timed.ms);
      ours = timed.result;
    }
    const oursMs = percentile(oursRuns, 50);
    collectGarbage();
    const baseline = timeIt(() => diffWords(mt, pe));
    rows.push([
      label,
      `${article.paragraphs.length}`,
      ms(baseline.ms),
      `${ms(oursMs)} (best ${ms(Math.min(...oursRuns))})`,
      `${(baseline.ms / oursMs).toFixed(0)}×`,
      reconstructs(ours.ops, mt, pe) ? 'MT yes, post-edit yes' : 'NO',
      jsdiffReconstructs(baseline.result, mt, pe),
    ]);
  }
  lines.push('Whole-article word diff, ours (median of 5) vs jsdiff diffWords (run once), goal ≥ 30×:', '');
  lines.push(formatTable(['input', 'paragraphs', 'jsdiff diffWords', 'glossa diffArticle', 'ratio', 'ours rebuilds both', 'jsdiff rebuilds both'], rows));

  // Keystrokes: an edited 10k-word article (every paragraph differs from the MT, as after a
  // real post-edit); 50 characters typed at random places, each followed by a re-diff.
  const article = makeWordArticle(10_000, vocabulary, random);
  const mt = article.text;
  let pe = postEdit(article, 0.1, vocabulary, random);
  const differ = new ArticleDiffer();
  differ.diff(mt, pe);
  for (let warm = 0; warm < 20; warm++) differ.diff(mt, pe.slice(0, 100 + warm) + 'w' + pe.slice(100 + warm));
  differ.diff(mt, pe);
  collectGarbage();
  const keystrokeMs: number[] = [];
  let rediffed = 0;
  let cursor = Math.floor(random() * pe.length);
  for (let key = 0; key < 50; key++) {
    // Mostly typing on at the cursor, sometimes jumping elsewhere.
    if (random() < 0.2) cursor = Math.floor(random() * pe.length);
    pe = pe.slice(0, cursor) + 'x' + pe.slice(cursor);
    cursor++;
    const { ms: elapsed, result } = timeIt(() => differ.diff(mt, pe));
    keystrokeMs.push(elapsed);
    rediffed += differ.lastStats.diffed;
    if (!reconstructs(result.ops, mt, pe)) throw new Error('keystroke re-diff lost text');
  }
  lines.push('', `One keystroke on a ${mt.split(/\s+/).length.toLocaleString('en')}-word article (${article.paragraphs.length} paragraphs), ` +
    `50 keystrokes, goal ≤ 5 ms (paragraphs re-diffed per keystroke: ${(rediffed / 50).toFixed(1)}):`, '');
  lines.push(formatTable(['median', 'p95', 'max'], [[ms(percentile(keystrokeMs, 50)), ms(percentile(keystrokeMs, 95)), ms(Math.max(...keystrokeMs))]]));

  // HTER of a 10k-word article, 30 % edited: TER with shifts per aligned paragraph.
  const hterArticle = makeWordArticle(10_000, vocabulary, random);
  const hterPe = postEdit(hterArticle, 0.3, vocabulary, random);
  collectGarbage();
  const hterMs = medianMs(3, () => computeHter(hterArticle.text, hterPe));
  const hter = computeHter(hterArticle.text, hterPe);
  lines.push('', 'HTER (sacreBLEU TER per aligned paragraph) of a 10,000-word article, 30 % changed, median of 3, goal ≤ 0.5 s:', '');
  lines.push(formatTable(['time', 'HTER', 'edits / ref words', 'shifts'], [
    [ms(hterMs), `${hter.ter.toFixed(2)} %`, `${hter.edits} / ${hter.refWords}`, `${hter.shifts}`],
  ]));
  return lines.join('\n');
}
