// Differential test: the engine's hits equal those of a slow, obviously-correct reference
// that applies the matching rules of README.md directly: at every position, every source
// compared in canonical form (ignorables dropped, whitespace runs as one space, each
// combining sequence decomposed and, for case-insensitive sources, folded), the boundary
// rules checked with Unicode property regexes, leftmost-longest with ties to the first
// entry, one pass. It shares no code with the engine's gates, trie or scan loop.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossaries, findTermHits } from '../../core/engine';
import type { Glossary } from '../../core/types';

const PIECES = [
  'a', 'b', 'ab', 'ba', 'A', 'B', 'Ab', 'п', 'П', '\u0301', '\u0323', '𝐀', ' ', '  ', '\t', '\n', '\r\n', '\n\n', '.', '-', '‑',
  '(', ')', '«', '»', '1', '\u00ad', '\u200d', "'", '’', 'ß', 'ss', 'SS', 'ς', 'σ', 'Σ', 'ό', 'ο\u0301', 'é', 'e\u0301',
  '地', '球', 'の', 'ก', '\u0e48', '손', '가', '각'.normalize('NFD'), 'I', 'ı', 'İ', 'i',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const sourceArb = fc
  .array(fc.constantFrom(...PIECES.filter((piece) => piece.trim() !== '' && !/^[\u00ad\u200d]$/.test(piece))), { minLength: 1, maxLength: 4 })
  .chain((tokens) => fc.constantFrom('', ' ', '  ').map((gap) => tokens.join(gap)));
const entriesArb = fc.array(fc.record({ source: sourceArb, caseSensitive: fc.option(fc.boolean(), { nil: undefined }) }), { minLength: 1, maxLength: 8 });

// --- the reference ---------------------------------------------------------------------

const IGNORABLE = /\u00ad|\u200c|\u200d|\u2060/gu;
const IS_IGNORABLE = /^(?:\u00ad|\u200c|\u200d|\u2060)$/u;
const MARK = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]$/u;
const NO_SPACE = /^[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmr}\p{scx=Mymr}]$/u;
const HANGUL = /^\p{scx=Hang}$/u;
const WORD = /^[\p{L}\p{N}]$/u;
const BRACKET_OR_QUOTE = /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"]$/u;

type Kind = 'none' | 'word' | 'hangul' | 'nospace' | 'mark' | 'bracket' | 'punct';

function kindOf(char: string | undefined): Kind {
  if (char === undefined || /^\s$/u.test(char)) return 'none';
  if (MARK.test(char)) return 'mark';
  if ("'’ʼ".includes(char)) return 'punct';
  if (WORD.test(char)) return NO_SPACE.test(char) ? 'nospace' : HANGUL.test(char) ? 'hangul' : 'word';
  return BRACKET_OR_QUOTE.test(char) ? 'bracket' : 'punct';
}

function fold(text: string): string {
  return [...text].map((char) => (char === 'İ' ? 'i\u0307' : char === 'ı' || char === 'I' ? (char === 'I' ? 'i' : 'ı') : char.toLowerCase().toUpperCase().toLowerCase())).join('');
}

/** Greek capitals carry no accents, so folded Greek drops them (the diaeresis stays). */
function dropGreekAccents(text: string): string {
  return text.replace(/([\u0370-\u03ff\u1f00-\u1fff])(\p{M}*)/gu, (_, letter: string, marks: string) => letter + marks.replace(/[\u0300\u0301\u0342\u0313\u0314]/gu, ''));
}

/** The canonical form of a piece of text, per the README. */
function canonical(text: string, folded: boolean): string {
  const visible = text.replace(IGNORABLE, '');
  const pieces = visible.match(/\s+|[^\s][\p{M}]*/gsu) ?? [];
  return pieces
    .map((piece) => {
      if (/^\s/u.test(piece)) return (piece.match(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/gu) ?? []).length >= 2 ? '\uffff' : ' ';
      const decomposed = folded ? dropGreekAccents(fold(piece.normalize('NFC')).normalize('NFD')) : piece.normalize('NFD');
      return decomposed.replace(/['’ʼ]/gu, "'").replace(/[-‐‑]/gu, '-');
    })
    .join('');
}

/** The character before `index`, ignorables skipped, a mark standing for its base (a lone mark is a word character). */
function kindBefore(text: string, index: number): Kind {
  const chars = [...text.slice(0, index).replace(IGNORABLE, '')];
  let at = chars.length - 1;
  while (at >= 0 && kindOf(chars[at]) === 'mark') at--;
  if (at < chars.length - 1 && kindOf(chars[at]) === 'none') return 'word';
  return kindOf(chars[at]);
}

function kindAfter(text: string, index: number): Kind {
  return kindOf([...text.slice(index).replace(IGNORABLE, '')][0]);
}

function edgeKinds(source: string): { first: Kind; last: Kind } {
  const chars = [...source.replace(IGNORABLE, '')];
  let last = chars.length - 1;
  while (last > 0 && kindOf(chars[last]) === 'mark') last--;
  return { first: kindOf(chars[0]), last: kindOf(chars[last]) };
}

function reference(text: string, glossary: Glossary): Array<[number, number, number]> {
  const rules = glossary.entries.map((entry) => {
    const source = entry.source.trim();
    const caseSensitive = entry.caseSensitive ?? [...source].some((char) => char !== char.toLowerCase() && char === char.toUpperCase());
    return { pattern: canonical(source, !caseSensitive), caseSensitive, ...edgeKinds(source) };
  });
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/[\udc00-\udfff]/.test(text[i]!) && i > 0 && /[\ud800-\udbff]/.test(text[i - 1]!)) continue;
    const kind = kindOf(String.fromCodePoint(text.codePointAt(i)!));
    if (kind === 'none' || IS_IGNORABLE.test(text[i]!)) continue;
    starts.push(i);
  }
  const spans: Array<[number, number, number]> = [];
  let resume = 0;
  for (const start of starts) {
    if (start < resume) continue;
    const before = kindBefore(text, start);
    // A match never begins with a mark that belongs to the character before it.
    if (kindOf(String.fromCodePoint(text.codePointAt(start)!)) === 'mark' && kindOf([...text.slice(0, start).replace(IGNORABLE, '')].at(-1)) !== 'none') continue;
    let best: [number, number] | undefined;
    rules.forEach((rule, index) => {
      if (['word', 'hangul', 'mark', 'punct'].includes(rule.first) && (before === 'word' || before === 'hangul')) return;
      for (let end = start + 1; end <= text.length; end++) {
        if (canonical(text.slice(start, end), !rule.caseSensitive) !== rule.pattern) continue;
        if (/\s/u.test(text[end - 1]!) || IS_IGNORABLE.test(text[end - 1]!) || /[\ud800-\udbff]/.test(text[end - 1]!)) continue;
        const after = kindAfter(text, end);
        if (after === 'mark') continue;
        if (['word', 'mark', 'punct'].includes(rule.last) && (after === 'word' || after === 'hangul')) continue;
        if (rule.last === 'hangul' && after === 'word') continue;
        if (!best || end > best[0]) best = [end, index];
        break;
      }
    });
    if (best) {
      spans.push([start, best[0], best[1]]);
      resume = best[0];
    }
  }
  return spans;
}

describe('engine against a reference implementation of the rules', () => {
  it('finds exactly the same spans and entries', () => {
    fc.assert(
      fc.property(textArb, entriesArb, (text, entries) => {
        const glossary: Glossary = {
          name: 'g', file: 'g.tsv', format: 'tsv',
          entries: entries.map((entry, line) => ({ ...(entry.caseSensitive === undefined ? { source: entry.source } : entry), line: line + 1 })),
        };
        const hits = findTermHits(compileGlossaries([glossary]), text).map((hit) => [hit.start, hit.end, hit.entry.line - 1]);
        expect(hits).toEqual(reference(text, glossary));
      }),
      { numRuns: 3000 },
    );
  });
});
