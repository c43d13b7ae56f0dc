// Learning from the editor's own fixes: when the same MT words were replaced by the same
// words in two or more places (found from the word diff), the window offers to replace
// the other places the MT words are still unchanged, and to add the pair to the user's
// glossary. The other places are found by the glossary engine itself, with the pair as a
// one-entry glossary, so "Replace the other N" does exactly what the glossary entry would
// (word boundaries, smart case, case carried over: "SANDS" → "PESKOV").
//
// Not every repeated change is worth an offer. Left out:
// - changes of one character or of punctuation alone ("a" → "the", "," → ";");
// - changes that keep the words and only move punctuation or spacing;
// - a capital letter fixed at the start of a sentence ("the" → "The"): such an occurrence
//   does not count (a lower-case proper noun fixed mid-sentence, "kremlin" → "Kremlin", does);
// - replacements the loaded glossaries already make, alone or inside a longer entry
//   ("Secretary of state" → "Secretary of State" makes "state" → "State");
// - pairs the editor dismissed.
import { applyGlossaries, compileGlossaries, findMatches, type CompiledGlossaries } from '../engine/index.js';
import { normaliseSource } from '../engine/canonical.js';
import type { Change } from '../types.js';
import type { ArticleDiff } from './article-diff.js';
import { wordChanges, type WordChange } from './change-runs.js';
import type { DiffOp } from './word-diff.js';

export interface RepeatedEditPlace {
  peStart: number;
  peEnd: number;
  mtStart: number;
  mtEnd: number;
  /** The text there now (for a remaining place, the unchanged MT words). */
  text: string;
}

export interface RemainingPlace extends RepeatedEditPlace {
  /** What "Replace the other N occurrences" puts there: `to`, with the case carried over. */
  replacement: string;
}

export interface RepeatedEditOffer {
  /** The MT words (whitespace normalised) and the words the editor put in their place. */
  from: string;
  to: string;
  /** Identifies the pair for dismissal: `repeatedEditKey(from, to)`. */
  key: string;
  /** Where the editor made this replacement (two or more places), in text order. */
  done: RepeatedEditPlace[];
  /** Where the MT words are still unchanged in the post-edit, in text order. */
  remaining: RemainingPlace[];
}

export interface RepeatedEditOptions {
  /** Keys (repeatedEditKey) of offers the editor dismissed for this article. */
  dismissed?: Iterable<string>;
  /** The loaded glossaries: pairs they already make are not offered. */
  glossaries?: CompiledGlossaries;
  /** Replacements needed before an offer is made (default 2). */
  minimumDone?: number;
  /** At most this many offers, those done most often (default 8). Finding an offer's
   *  remaining places scans the post-edit once, so this bounds the cost on an article
   *  where many small words were swapped about. */
  maxOffers?: number;
}

export function repeatedEditKey(from: string, to: string): string {
  return `${normaliseSource(from)}\u0000${normaliseSource(to)}`;
}

/** Offers for the post-edit `pe` of `mt`, given the article diff of the two. Most done first. */
export function findRepeatedEdits(mt: string, pe: string, diff: ArticleDiff | readonly DiffOp[], options: RepeatedEditOptions = {}): RepeatedEditOffer[] {
  const ops = 'ops' in diff ? diff.ops : diff;
  const dismissed = new Set(options.dismissed ?? []);
  const minimum = options.minimumDone ?? 2;
  const madeByGlossary = options.glossaries ? glossaryChangeCovering(mt, findMatches(options.glossaries, mt)) : () => false;
  const groups = new Map<string, { from: string; to: string; done: RepeatedEditPlace[] }>();
  for (const change of wordChanges(ops)) {
    if (change.kind !== 'replace') continue;
    const from = normaliseSource(change.mtText);
    const to = normaliseSource(change.peText);
    if (isNoise(from, to) || (isSentenceCaseFix(from, to) && startsSentence(pe, change.peStart))) continue;
    if (madeByGlossary(change)) continue;
    const key = `${from}\u0000${to}`; // repeatedEditKey of texts already normalised
    if (dismissed.has(key)) continue;
    const group = groups.get(key);
    const place = placeOf(change);
    if (group) group.done.push(place);
    else groups.set(key, { from, to, done: [place] });
  }

  const candidates = [...groups]
    .filter(([, { from, to, done }]) => done.length >= minimum && !(options.glossaries && applyGlossaries(options.glossaries, from).text === to))
    .sort(([, a], [, b]) => b.done.length - a.done.length || a.done[0]!.peStart - b.done[0]!.peStart)
    .slice(0, options.maxOffers ?? 8);
  if (candidates.length === 0) return [];
  const remainingOf = remainingFinder(pe, ops.filter((op) => op.type === 'equal'));
  return candidates.map(([key, { from, to, done }]) => ({ from, to, key, done, remaining: remainingOf(from, to) }));
}

/**
 * Whether a glossary change found in the MT makes this very replacement: it spans the
 * replaced MT words, and its own replacement is its matched text with just those words
 * replaced ("Secretary of state" → "Secretary of State" makes "state" → "State" there).
 */
function glossaryChangeCovering(mt: string, glossaryChanges: readonly Change[]): (change: WordChange) => boolean {
  return (change) => {
    let low = 0;
    let high = glossaryChanges.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (glossaryChanges[mid]!.end <= change.mtStart) low = mid + 1;
      else high = mid;
    }
    const covering = glossaryChanges[low];
    if (!covering || covering.start > change.mtStart || covering.end < change.mtEnd) return false;
    const made = mt.slice(covering.start, change.mtStart) + change.peText + mt.slice(change.mtEnd, covering.end);
    return normaliseSource(made) === normaliseSource(covering.to);
  };
}

function placeOf(change: WordChange): RepeatedEditPlace {
  return { peStart: change.peStart, peEnd: change.peEnd, mtStart: change.mtStart, mtEnd: change.mtEnd, text: change.peText };
}

/**
 * Finds where `from` matches (as a glossary source) inside text the editor left as in the
 * MT: the engine scans the whole post-edit with the pair as its one rule (its equivalences,
 * boundaries and protection included, which no cheaper pre-filter reproduces exactly), and
 * only hits inside unchanged text are kept. A scan costs a few milliseconds per 100,000
 * words, and offers are looked for when typing pauses, at most `maxOffers` at a time.
 */
function remainingFinder(pe: string, equalOps: readonly DiffOp[]): (from: string, to: string) => RemainingPlace[] {
  return (from, to) => {
    const compiled = compileGlossaries([{ name: 'repeated edit', file: 'repeated edit', format: 'tsv', entries: [{ source: from, target: to, line: 1 }] }]);
    const places: RemainingPlace[] = [];
    for (const match of findMatches(compiled, pe)) {
      const op = equalOpAround(equalOps, match.start, match.end);
      if (!op) continue;
      const mtStart = op.mtStart! + (match.start - op.peStart!);
      places.push({ peStart: match.start, peEnd: match.end, mtStart, mtEnd: mtStart + (match.end - match.start), text: match.from, replacement: match.to });
    }
    return places;
  };
}

/** The equal op holding the post-edit range [start, end) whole, if one does. */
function equalOpAround(equalOps: readonly DiffOp[], start: number, end: number): DiffOp | undefined {
  let low = 0;
  let high = equalOps.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const op = equalOps[mid]!;
    if (op.peStart! + op.text.length <= start) low = mid + 1;
    else if (op.peStart! > start) high = mid - 1;
    else return end <= op.peStart! + op.text.length ? op : undefined;
  }
  return undefined;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** One character, punctuation, or the same words with other punctuation or spacing. */
function isNoise(from: string, to: string): boolean {
  const fromWords = words(from);
  const toWords = words(to);
  const letters = (list: string[]): number => list.reduce((sum, word) => sum + word.length, 0);
  if (letters(fromWords) < 2 || letters(toWords) < 2) return true;
  return fromWords.join(' ') === toWords.join(' ');
}

/** Only the case of the first letter differs ("the" → "The"). */
function isSentenceCaseFix(from: string, to: string): boolean {
  if (from === to || from.toLowerCase() !== to.toLowerCase()) return false;
  const first = (text: string): number => text.search(/\p{L}/u);
  const at = first(from);
  return at >= 0 && at === first(to) && from.slice(at + 1) === to.slice(at + 1);
}

/** Whether `offset` starts a sentence: only opening quotes, brackets and spaces lie
 *  between it and the start of the text, a paragraph break, or a full stop (! ? …). */
function startsSentence(text: string, offset: number): boolean {
  let lineBreaks = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') {
      if (++lineBreaks >= 2) return true;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (/["'“‘«„‚([¿¡—–-]/.test(c)) continue;
    return /[.!?…]/.test(c);
  }
  return true;
}
