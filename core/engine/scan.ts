// One pass over a text: find where sources can start (the gates), walk the trie from
// there in canonical units, keep the leftmost-longest valid hit (rule 5), and note which
// hits lie inside a protected form. The loop reads each character once and does a trie
// walk only where a gate says a source may start, so the cost is a table lookup per
// character plus work per candidate, not per character.

import { canonicalEquals, offsetUnitsBefore, segmentEnd, segmentUnits, whitespaceRun, whitespaceUnit } from './canonical';
import {
  EDGE_CLOSING, EDGE_HANGUL, EDGE_MARK, EDGE_NONE, EDGE_NO_SPACE, EDGE_OPENING, EDGE_QUOTE, EDGE_WORD, EXACT, FIRST_UNIT, FOLDED,
  HANGUL, HANGUL_VT, HIGH_SURROGATE, IGNORABLE, MARK, MULTI, NO_SPACE, PUNCT, SEE_MAP, SPACE, TURKIC, UNKNOWN,
  astralInfo, classify, codePointAt, edgeClassAt, foldedUnit, previousCharStart,
  runCode, skeletonUnits, skipIgnorablesForward, unitsOf,
} from './chars';
import { KEEP, RULE, type Compiled, type CompiledEntry } from './compile';
import { FILTER_MULTIPLIER, HASH_PRIME, HASH_SEED, RULE_FLAG, TERM_FLAG, firstSkeletonUnit } from './gates';
import { NONE, ROOT, type Trie } from './trie';

export interface Hit {
  start: number;
  end: number;
  /** Index into compiled.entries. */
  entry: number;
  /** Lies inside an occurrence of a protected form: not a change. */
  protected: boolean;
  /**
   * Replacing this hit may change what matches around it: a walk that began before it
   * read into it, or a protected occurrence that covers another hit overlaps it.
   */
  interacts: boolean;
}

/** Which sources a pass selects: replacement rules only, or every source (QA). */
export const SELECT_RULES = RULE_FLAG;
export const SELECT_TERMS = RULE_FLAG | TERM_FLAG;

export function scanText(compiled: Compiled, text: string, select: number): Hit[] {
  return scanRange(compiled, text, 0, text.length, select).hits;
}

/**
 * Hits that start in [from, to) (a match may run past `to`); `openAtEnd` tells whether a
 * walk reached the end of the text with sources still going on.
 */
export function scanRange(compiled: Compiled, text: string, from: number, to: number, select: number): { hits: Hit[]; openAtEnd: boolean } {
  const scanner = new Scanner(compiled, text, select);
  scanner.run(from, to);
  return { hits: scanner.hits, openAtEnd: scanner.openAtEnd };
}

/** Class of the character before `index` (ignorables skipped; a mark counts as its base). */
function resolvedPreviousClass(text: string, index: number): number {
  let at = previousCharStart(text, index);
  if (at < 0) return EDGE_NONE;
  let cls = edgeClassAt(text, at);
  while (cls === EDGE_MARK) {
    const before = previousCharStart(text, at);
    const base = before < 0 ? EDGE_NONE : edgeClassAt(text, before);
    // A lone mark (after whitespace or at the start) is a word character of its own.
    if (base === EDGE_NONE) return EDGE_WORD;
    cls = base;
    at = before;
  }
  return cls;
}

class Scanner {
  readonly hits: Hit[] = [];
  /** A walk reached the end of the text with sources still going on. */
  openAtEnd = false;

  private readonly entries: readonly CompiledEntry[];
  private readonly termStart: Int32Array;
  private readonly termIds: Int32Array;
  private resume = 0;
  /** Furthest index any walk so far has read. */
  private frontier = -1;
  private lastCandidate = -1;
  private lastFlags = 0;
  private lastFrontier = -1;
  private bestEnd = -1;
  private bestEntry = -1;
  private reach = 0;
  private previousClassAt = -1;
  private previousClass = EDGE_NONE;

  constructor(
    private readonly compiled: Compiled,
    private readonly text: string,
    private readonly select: number,
  ) {
    this.entries = compiled.entries;
    this.termStart = compiled.trie.termStart;
    this.termIds = compiled.trie.termIds;
  }

  /** The scan loop over [from, to): runs of word characters, gates, candidates. */
  run(from: number, to: number): void {
    const text = this.text;
    const words = this.compiled.gates.words;
    const filter = words.filter;
    const filterShift = words.filterShift;
    const punctuation = this.compiled.gates.punctuation;
    const length = text.length;
    let i = from;
    while (i < to) {
      let run = runCode[text.charCodeAt(i)] as number;
      if (run >= FIRST_UNIT) {
        // The common case, kept tight: a run of letters and digits that are one skeleton
        // unit each (it may run past `to`: a word is read whole).
        const start = i;
        let hash = HASH_SEED;
        for (;;) {
          do {
            hash = Math.imul(hash ^ run, HASH_PRIME);
            if (++i >= length) {
              run = SPACE;
              break;
            }
            run = runCode[text.charCodeAt(i)] as number;
          } while (run >= FIRST_UNIT);
          if (run !== UNKNOWN) break;
          run = classify(text.charCodeAt(i)); // the first time this character is seen
          if (run < FIRST_UNIT) break;
        }
        if (run === MULTI || run === HANGUL || run === MARK || run === HANGUL_VT || run === IGNORABLE || run === HIGH_SURROGATE) {
          i = this.runOn(start, i, hash);
          continue;
        }
        // HashGate.get, inlined: this runs once per word of the text.
        const bit = Math.imul(hash, FILTER_MULTIPLIER) >>> filterShift;
        if ((filter[bit >>> 5]! & (1 << (bit & 31))) !== 0) {
          const flags = words.lookup(hash);
          if (flags !== 0) this.candidate(start, flags);
        }
        continue;
      }
      if (run === SPACE) {
        i++;
        continue;
      }
      if (run === PUNCT) {
        const code = text.charCodeAt(i);
        let unit = foldedUnit[code] as number;
        if (unit === SEE_MAP) unit = unitsOf(code, FOLDED).charCodeAt(0);
        const flags = punctuation[unit] as number;
        if (flags !== 0) this.candidate(i, flags);
        i++;
        continue;
      }
      if (run === UNKNOWN) {
        classify(text.charCodeAt(i));
        continue;
      }
      this.other(i, text.charCodeAt(i), run);
      i = this.otherEnd;
    }
  }

  /** Where other() left off. */
  private otherEnd = 0;

  /** One character that is not a plain letter or digit (sets otherEnd to the index after what it read). */
  private other(i: number, code: number, run: number): void {
    const text = this.text;
    const gates = this.compiled.gates;
    this.otherEnd = i + 1;
    switch (run) {
      case PUNCT: {
        let unit = foldedUnit[code] as number;
        if (unit === SEE_MAP) unit = unitsOf(code, FOLDED).charCodeAt(0);
        const flags = gates.punctuation[unit] as number;
        if (flags !== 0) this.candidate(i, flags);
        return;
      }
      case NO_SPACE: {
        const flags = gates.noSpace[firstSkeletonUnit(code)] as number;
        if (flags !== 0) this.candidate(i, flags);
        return;
      }
      case MARK:
      case HANGUL_VT:
        // A mark belongs to the character before it; only after whitespace does it start a word.
        if (isAfterWhitespace(text, i)) this.otherEnd = this.runOn(i, i, HASH_SEED);
        return;
      case HIGH_SURROGATE: {
        const point = codePointAt(text, i);
        if (point === code) return; // a lone surrogate: punctuation
        const info = astralInfo(point);
        if (info.run === FIRST_UNIT) {
          this.otherEnd = this.runOn(i, i, HASH_SEED);
          return;
        }
        if (info.run !== MARK) {
          const flags = info.run === NO_SPACE ? (gates.noSpace[info.skeleton.charCodeAt(0)] as number) : (gates.punctuation[code] as number);
          if (flags !== 0) this.candidate(i, flags);
        }
        this.otherEnd = i + 2;
        return;
      }
      case MULTI:
      case HANGUL:
        this.otherEnd = this.runOn(i, i, HASH_SEED);
        return;
      default: // IGNORABLE, SPACE
        return;
    }
  }

  /**
   * The rest of a run of word characters that began at `start`, from `i` on, with every
   * kind of character a word can hold. Returns the index where the run ends.
   */
  private runOn(start: number, from: number, seed: number): number {
    const text = this.text;
    const gates = this.compiled.gates;
    const length = text.length;
    let hash = seed;
    let i = from;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      const run = runCode[code] || classify(code);
      if (run >= FIRST_UNIT) {
        hash = Math.imul(hash ^ run, HASH_PRIME);
      } else if (run === MULTI) {
        const units = skeletonUnits(code);
        for (let u = 0; u < units.length; u++) hash = Math.imul(hash ^ units.charCodeAt(u), HASH_PRIME);
      } else if (run === HANGUL) {
        if (i > start && isHangulBefore(text, i)) {
          // Korean particles attach to the word: a source of Hangul may end here.
          const flags = gates.hangulPrefixes.get(hash);
          if (flags !== 0) this.candidate(start, flags);
        }
        hash = Math.imul(hash ^ firstSkeletonUnit(code), HASH_PRIME);
      } else if (run === MARK || run === HANGUL_VT || run === IGNORABLE) {
        continue;
      } else if (run === HIGH_SURROGATE) {
        const point = codePointAt(text, i);
        if (point === code) break;
        const info = astralInfo(point);
        if (info.run === FIRST_UNIT) {
          for (let u = 0; u < info.skeleton.length; u++) hash = Math.imul(hash ^ info.skeleton.charCodeAt(u), HASH_PRIME);
        } else if (info.run !== MARK) {
          break;
        }
        i++;
      } else {
        break; // SPACE, PUNCT, NO_SPACE
      }
    }
    const flags = gates.words.get(hash);
    if (flags !== 0) this.candidate(start, flags);
    return i;
  }

  private candidate(start: number, flags: number): void {
    // The Hangul prefix gate can offer the same start again with more kinds of source.
    let frontierBefore = this.frontier;
    if (start === this.lastCandidate) {
      if ((flags & ~this.lastFlags) === 0) return;
      flags |= this.lastFlags;
      frontierBefore = this.lastFrontier;
    }
    this.lastCandidate = start;
    this.lastFlags = flags;
    this.lastFrontier = frontierBefore;
    if (start < this.resume || (flags & this.select) === 0) return;
    this.bestEnd = -1;
    this.bestEntry = -1;
    this.walk(start);
    if (this.bestEntry < 0) return;
    const end = this.bestEnd;
    const hit: Hit = { start, end, entry: this.bestEntry, protected: false, interacts: frontierBefore >= start };
    if (this.findCover(this.bestEntry, start, end)) {
      hit.protected = true;
      // The occurrence that protects this hit must survive the replacement before it.
      const changed = this.lastChanged;
      if (changed && this.coverStart < changed.end) changed.interacts = true;
      if (this.coverEnd > this.coverReach) this.coverReach = this.coverEnd;
    } else {
      if (start < this.coverReach) hit.interacts = true;
      this.lastChanged = hit;
    }
    this.hits.push(hit);
    this.resume = end;
  }

  private coverStart = 0;
  private coverEnd = 0;
  /** Furthest end of an occurrence that protected a hit so far. */
  private coverReach = -1;
  /** The last hit that was not protected (a change, unless it writes what is there). */
  private lastChanged: Hit | undefined;

  /**
   * Rule 8: an occurrence of a protected form around [start, end)? For each place the
   * entry's source sits in some form, the forms are read from that far back; a form
   * that reaches `end` covers the hit. Sets coverStart and coverEnd.
   */
  private findCover(entry: number, start: number, end: number): boolean {
    const offsets = this.compiled.coverOffsets.get(entry);
    if (!offsets) return false;
    const text = this.text;
    const { formTrie, forms, fold, coverFrom } = this.compiled;
    for (const offset of offsets) {
      let node = ROOT;
      let from = start;
      let i = start;
      if (offset === 0) {
        // The hit read the source's units already: the forms that begin with it go on from its end.
        node = coverFrom[entry] as number;
        i = end;
      } else {
        from = offsetUnitsBefore(text, start, offset, fold);
        if (from < 0) continue;
        i = from;
      }
      for (;;) {
        if (i >= end) {
          const last = formTrie.termStart[node + 1] as number;
          for (let k = formTrie.termStart[node] as number; k < last; k++) {
            const exact = forms[formTrie.termIds[k] as number]?.forms;
            if (exact && !exact.some((form) => this.readsAs(from, i, form))) continue;
            this.coverStart = from;
            this.coverEnd = i;
            return true;
          }
        }
        if (i >= text.length) break;
        node = this.step(formTrie, node, i);
        if (node === NONE) break;
        i = this.stepEnd;
        // A form ends after a character, never inside a whitespace run.
        while (!this.steppedChar && i < text.length) {
          node = this.step(formTrie, node, i);
          if (node === NONE) break;
          i = this.stepEnd;
        }
        if (node === NONE) break;
      }
    }
    return false;
  }

  /** Walks the trie of sources from `start` in folded canonical units, offering every source end. */
  private walk(start: number): void {
    const text = this.text;
    const trie = this.compiled.trie;
    const termStart = this.termStart;
    let node = ROOT;
    let i = start;
    this.reach = start;
    while (i < text.length) {
      node = this.step(trie, node, i);
      if (node === NONE) break;
      i = this.stepEnd;
      if (i > this.reach) this.reach = i;
      if (this.steppedChar && termStart[node] !== termStart[node + 1]) this.offer(node, start, i);
    }
    if (i > this.reach) this.reach = i;
    if (this.reach > this.frontier) this.frontier = this.reach;
    if (i >= text.length && node !== NONE && trie.hasChildren(node)) this.openAtEnd = true;
  }

  /** Where step() left off, and whether it read a character (a source may end there) or whitespace. */
  private stepEnd = 0;
  private steppedChar = false;

  /**
   * Follows `trie` from `node` over the text element at `i`: a whitespace run (one unit),
   * an ignorable (none), or a character with any marks after it (its canonical units).
   */
  private step(trie: Trie, node: number, i: number): number {
    const text = this.text;
    const length = text.length;
    const code = text.charCodeAt(i);
    const run = runCode[code] || classify(code);
    if (run === SPACE) {
      const whitespace = whitespaceRun(text, i, length);
      this.stepEnd = Math.floor(whitespace / 2);
      this.steppedChar = false;
      return trie.child(node, whitespaceUnit(whitespace));
    }
    this.steppedChar = run !== IGNORABLE;
    if (run === IGNORABLE) {
      this.stepEnd = i + 1;
      return node;
    }
    const fold = this.compiled.fold;
    const after = i + 1 < length ? text.charCodeAt(i + 1) : 0;
    let units: string;
    if (run === HIGH_SURROGATE || (after !== 0 && (runCode[after] || classify(after)) === MARK) || (fold === TURKIC && (code === 0x49 || code === 0x130))) {
      this.stepEnd = segmentEnd(text, i, length);
      units = segmentUnits(text, i, this.stepEnd, fold);
    } else {
      this.stepEnd = i + 1;
      const unit = foldedUnit[code] as number;
      if (unit !== SEE_MAP) return trie.child(node, unit);
      units = unitsOf(code, fold);
    }
    for (let u = 0; u < units.length && node !== NONE; u++) node = trie.child(node, units.charCodeAt(u));
    return node;
  }

  /** Every source ending at `node`, for a match [start, end). */
  private offer(node: number, start: number, end: number): void {
    // Rule 5: a longer match wins; at equal length, the first entry.
    if (end === this.bestEnd) return;
    const termIds = this.termIds;
    const last = this.termStart[node + 1] as number;
    for (let k = this.termStart[node] as number; k < last; k++) {
      const id = termIds[k] as number;
      const entry = this.entries[id] as CompiledEntry;
      if (entry.kind === KEEP || (entry.kind !== RULE && (this.select & TERM_FLAG) === 0)) continue;
      if (!this.fitsBefore(entry, start) || !this.fitsAfter(entry, end)) continue;
      if (entry.caseSensitive && !this.readsAs(start, end, entry.exact)) continue;
      this.bestEnd = end;
      this.bestEntry = id;
      return;
    }
  }

  /** Does text[start, end) read exactly as `form` (exact canonical units)? Verbatim text is the quick yes. */
  private readsAs(start: number, end: number, form: string): boolean {
    if (end - start === form.length && this.text.startsWith(form, start)) return true;
    return canonicalEquals(this.text, start, end, form, EXACT);
  }

  /** Rule 4 at the start of a match. */
  private fitsBefore(entry: CompiledEntry, start: number): boolean {
    if (this.previousClassAt !== start) {
      this.previousClassAt = start;
      this.previousClass = resolvedPreviousClass(this.text, start);
    }
    const previous = this.previousClass;
    switch (entry.startEdge) {
      case EDGE_OPENING:
      case EDGE_CLOSING:
      case EDGE_QUOTE:
      case EDGE_NO_SPACE:
        return true;
      default:
        return previous !== EDGE_WORD && previous !== EDGE_HANGUL;
    }
  }

  /** Rule 4 at the end of a match. */
  private fitsAfter(entry: CompiledEntry, end: number): boolean {
    const at = skipIgnorablesForward(this.text, end);
    if (at >= this.reach) this.reach = at + 1;
    const next = edgeClassAt(this.text, at);
    if (next === EDGE_MARK) return false; // a mark belongs to the character before it
    switch (entry.endEdge) {
      case EDGE_OPENING:
      case EDGE_CLOSING:
      case EDGE_QUOTE:
      case EDGE_NO_SPACE:
        return true;
      case EDGE_HANGUL:
        return next !== EDGE_WORD;
      default:
        return next !== EDGE_WORD && next !== EDGE_HANGUL;
    }
  }
}

function isHangulBefore(text: string, index: number): boolean {
  const before = previousCharStart(text, index);
  if (before < 0) return false;
  const run = runCode[text.charCodeAt(before)] as number;
  return run === HANGUL || run === HANGUL_VT;
}

/** Is the character before `index` (ignorables skipped) whitespace, or is `index` the start? */
function isAfterWhitespace(text: string, index: number): boolean {
  const before = previousCharStart(text, index);
  return before < 0 || runCode[text.charCodeAt(before)] === SPACE;
}
