// The matching rules of README.md ("Matching rules"), one block per rule.
import { describe, expect, it } from 'vitest';
import { applyGlossaries, compileGlossaries, findMatches, findTermHits, applyChanges } from '../../core/engine';
import { glossaryOf } from './engine-helpers';
import type { Glossary } from '../../core/types';

function apply(text: string, ...glossaries: Glossary[]) {
  return applyGlossaries(compileGlossaries(glossaries), text);
}
function fix(text: string, entries: Array<[string, string?]>) {
  return apply(text, glossaryOf('g.tsv', entries)).text;
}

describe('rule 1: what is a replacement rule', () => {
  it('applies an entry with a source and a target', () => {
    expect(fix('Sands said', [['Sands', 'Peskov']])).toBe('Peskov said');
  });
  it('never applies an entry without a target', () => {
    expect(fix('Sands said', [['Sands']])).toBe('Sands said');
  });
  it('never applies a forbidden entry, even with a target', () => {
    const glossary = glossaryOf('g.tsv', [{ source: 'Kiev', target: 'Kyiv', forbidden: true }]);
    expect(apply('in Kiev', glossary).changes).toEqual([]);
  });
  it('ignores entries whose source is only whitespace', () => {
    expect(fix('a  b', [['  ', 'x']])).toBe('a  b');
  });
  it('applies an empty target as a deletion', () => {
    expect(fix('the the end', [['the the', 'the']])).toBe('the end');
  });
});

describe('rule 2: whitespace inside a source', () => {
  it('matches tokens separated by any whitespace run without a blank line, keeping none of it', () => {
    expect(fix('us  Secretary\tof\nstate Kerry', [['us Secretary of state', 'US Secretary of State']])).toBe(
      'US Secretary of State Kerry',
    );
  });
  it('matches across a CRLF line break', () => {
    expect(fix('far enough\r\nfor midnight', [['far enough for midnight', 'well past midnight']])).toBe(
      'well past midnight',
    );
  });
  it('does not match across a blank line (paragraph break)', () => {
    expect(fix('far enough\n\nfor midnight', [['far enough for midnight', 'x']])).toBe('far enough\n\nfor midnight');
    expect(fix('far enough\r\n  \r\nfor midnight', [['far enough for midnight', 'x']])).toBe(
      'far enough\r\n  \r\nfor midnight',
    );
  });
  it('treats whitespace in the source the same whatever it is', () => {
    expect(fix('state Department', [['state \t Department', 'State Department']])).toBe('State Department');
  });
  it('reports the whole matched span with its original whitespace', () => {
    const { changes } = apply('said the press\n Secretary.', glossaryOf('g.tsv', [['press Secretary', 'press secretary']]));
    expect(changes).toMatchObject([{ start: 9, end: 25, from: 'press\n Secretary', to: 'press secretary' }]);
  });
});

describe('rule 3: smart case', () => {
  it('matches an all-lowercase source in any case', () => {
    expect(fix('Gas, GAS, gas', [['gas', 'fuel']])).toBe('Fuel, FUEL, fuel');
  });
  it('matches a source with an uppercase letter case-sensitively', () => {
    expect(fix('Sands, sands, SANDS', [['Sands', 'Peskov']])).toBe('Peskov, sands, SANDS');
  });
  it('lets an entry override smart case', () => {
    const insensitive = glossaryOf('g.tsv', [{ source: 'Sands', target: 'Peskov', caseSensitive: false }]);
    expect(apply('sands SANDS', insensitive).text).toBe('Peskov PESKOV');
    const sensitive = glossaryOf('g.tsv', [{ source: 'gas', target: 'fuel', caseSensitive: true }]);
    expect(apply('Gas gas', sensitive).text).toBe('Gas fuel');
  });
  it('matches Cyrillic case-insensitively too', () => {
    expect(fix('ПЕСКОВ и песков', [['песков', 'Peskov']])).toBe('PESKOV и Peskov');
  });
});

describe('rule 4: word boundaries', () => {
  const sands: Array<[string, string]> = [['Sands', 'Peskov']];
  it("matches before an apostrophe and before a full stop", () => {
    expect(fix("Sands' words. Sands.", sands)).toBe("Peskov' words. Peskov.");
  });
  it('does not match inside a longer word', () => {
    expect(fix('Sandstone and QuickSands', sands)).toBe('Sandstone and QuickSands');
  });
  it('does not match a Cyrillic stem inside an inflected form', () => {
    expect(fix('Пескова и Песков', [['Песков', 'Peskov']])).toBe('Пескова и Peskov');
  });
  it('treats digits and combining marks as word characters', () => {
    expect(fix('G20 G2', [['G2', 'Group of Two']])).toBe('G20 Group of Two');
    // "e" followed by a combining acute accent is one letter to a reader.
    expect(fix('cafe\u0301 cafe', [['cafe', 'café']])).toBe('cafe\u0301 café');
  });
  it('needs no boundary where the source begins or ends with punctuation', () => {
    expect(fix('#tag and x#tagged', [['#tag', '#label']])).toBe('#label and x#tagged');
    expect(fix('x(in Syria)y', [['(in Syria)', '']])).toBe('xy');
  });
  it('handles letters outside the BMP as word characters', () => {
    // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter.
    expect(fix('\u{1D400}Sands Sands', sands)).toBe('\u{1D400}Sands Peskov');
  });
});

describe('rule 5: leftmost-longest, one pass', () => {
  it('prefers the longest match at a position', () => {
    const text = 'with us Secretary of state John Kerry. The Secretary of state noted';
    expect(
      fix(text, [
        ['Secretary of state', 'Secretary of State'],
        ['us Secretary of state', 'US Secretary of State'],
      ]),
    ).toBe('with US Secretary of State John Kerry. The Secretary of State noted');
  });
  it('prefers the leftmost match over a longer one starting later', () => {
    expect(fix('a b c d', [['a b', 'X'], ['b c d', 'Y']])).toBe('X c d');
  });
  it('breaks a tie of equal length by the entry that comes first', () => {
    expect(fix('Kiev', [['kiev', 'Kyiv'], ['Kiev', 'Kiew']])).toBe('Kyiv');
    expect(fix('Kiev', [['Kiev', 'Kiew'], ['kiev', 'Kyiv']])).toBe('Kiew');
  });
  it('breaks a tie by the first glossary given', () => {
    const first = glossaryOf('first.tsv', [['Kiev', 'Kyiv']]);
    const second = glossaryOf('second.tsv', [['Kiev', 'Kiew']]);
    expect(apply('Kiev', first, second).changes[0]?.glossary).toBe('first.tsv');
    expect(apply('Kiev', second, first).changes[0]?.glossary).toBe('second.tsv');
  });
  it('never rewrites text a replacement just wrote', () => {
    expect(fix('Sands said', [['Sands', 'Peskov Sands'], ['Peskov', 'Dmitry Peskov']])).toBe('Peskov Sands said');
  });
  it('falls back to a shorter match when the longest fails a boundary', () => {
    expect(fix('state Departments', [['state', 'State'], ['state Department', 'State Department']])).toBe(
      'State Departments',
    );
  });
  it('resumes after the match, so overlapping occurrences are taken once', () => {
    expect(fix('aaa', [['aa', 'b']])).toBe('aaa');
    expect(fix('a a a', [['a a', 'b']])).toBe('b a');
  });
});

describe('rule 6: case transfer', () => {
  it('upper-cases the target for an all-caps match', () => {
    expect(fix('KIEV', [['kiev', 'kyiv']])).toBe('KYIV');
  });
  it("capitalises the target's first letter for a capitalised match", () => {
    expect(fix("Kiev's", [['kiev', 'kyiv']])).toBe("Kyiv's");
  });
  it('keeps the target as written for a lowercase match', () => {
    expect(fix('kiev', [['kiev', 'Kyiv']])).toBe('Kyiv');
  });
  it('needs two letters to call a match all-caps', () => {
    expect(fix('A', [['a', 'an']])).toBe('An');
  });
  it('does not transfer case for case-sensitive matches', () => {
    expect(fix('Sands', [['Sands', 'peskov']])).toBe('peskov');
  });
  it('does not count a replacement equal to the matched text as a change', () => {
    const { changes, text } = apply('Kyiv', glossaryOf('g.tsv', [['kyiv', 'kyiv']]));
    expect(changes).toEqual([]);
    expect(text).toBe('Kyiv');
  });
});

describe('changes', () => {
  it('reports UTF-16 offsets, entry, glossary, line and note', () => {
    const glossary = glossaryOf('politics.tsv', [['x', 'y'], { source: 'Sands', target: 'Peskov', note: 'surname' }]);
    const { changes } = apply('😀 Sands', glossary);
    expect(changes).toEqual([
      { start: 3, end: 8, from: 'Sands', to: 'Peskov', source: 'Sands', glossary: 'politics.tsv', line: 2, note: 'surname' },
    ]);
  });
  it('splices changes back into the text exactly', () => {
    const text = 'A b A b';
    const changes = findMatches(compileGlossaries([glossaryOf('g.tsv', [['b', 'bee']])]), text);
    expect(applyChanges(text, changes)).toBe('A bee A bee');
  });
  it('refuses overlapping changes', () => {
    expect(() => applyChanges('abc', [{ start: 0, end: 2, to: 'x' }, { start: 1, end: 3, to: 'y' }])).toThrow(RangeError);
  });
  it('changes nothing with no glossary, or on empty text', () => {
    expect(apply('Sands')).toEqual({ text: 'Sands', changes: [] });
    expect(fix('', [['a', 'b']])).toBe('');
  });
});

describe('term hits (for QA)', () => {
  it('finds terms without target and forbidden terms as well as rules', () => {
    const glossary = glossaryOf('g.tsv', [['Kerry'], { source: 'Kiev', forbidden: true }, ['Sands', 'Peskov']]);
    const hits = findTermHits(compileGlossaries([glossary]), 'Kerry in Kiev met Sands');
    expect(hits.map((hit) => [hit.from, hit.entry.line])).toEqual([['Kerry', 1], ['Kiev', 2], ['Sands', 3]]);
  });
});

describe('compiling', () => {
  it('reuses the compiled form for the same glossaries in the same order, only', () => {
    const a = glossaryOf('a.tsv', [['Kiev', 'Kyiv']]);
    const b = glossaryOf('b.tsv', [['Kiev', 'Kiew']]);
    expect(compileGlossaries([a, b])).toBe(compileGlossaries([a, b]));
    expect(compileGlossaries([b, a])).not.toBe(compileGlossaries([a, b]));
    expect(compileGlossaries([a])).not.toBe(compileGlossaries([a, b]));
    expect(apply('Kiev', b, a).text).toBe('Kiew');
  });
});
