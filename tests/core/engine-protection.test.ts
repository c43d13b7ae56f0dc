// README "Matching rules" 1 and 8: correct text stays correct. Chains resolve to their final
// target, final targets (and keep entries) protect what lies inside them, and cycles
// change nothing and are reported.
import { describe, expect, it } from 'vitest';
import { applyGlossaries, compileGlossaries, describeCycle, findMatches, findTermHits } from '../../core/engine';
import type { Glossary } from '../../core/types';
import { glossaryOf } from './engine-helpers';

function apply(text: string, ...glossaries: Glossary[]) {
  return applyGlossaries(compileGlossaries(glossaries), text);
}
function fix(text: string, entries: Array<[string, string?]>) {
  return apply(text, glossaryOf('g.tsv', entries)).text;
}

describe('expansions: a target that contains its source', () => {
  const expansions: Array<[string, string]> = [
    ['Putin', 'Vladimir Putin'],
    ['Duma', 'State Duma'],
    ['Suffix', 'Das Suffix'],
    ['carbon cycle', 'carbon-nitrogen cycle'],
  ];
  it('expands the bare source once', () => {
    expect(fix('Putin and the Duma.', expansions)).toBe('Vladimir Putin and the State Duma.');
    expect(fix('Das Suffix. Suffix.', expansions)).toBe('Das Suffix. Das Suffix.');
    expect(fix('the carbon cycle', expansions)).toBe('the carbon-nitrogen cycle');
  });
  it('leaves text that already reads as the target alone', () => {
    const text = 'The State Duma met Vladimir Putin; Das Suffix; the carbon-nitrogen cycle.';
    expect(apply(text, glossaryOf('g.tsv', expansions)).changes).toEqual([]);
  });
  it('is idempotent: a second pass adds nothing', () => {
    const once = fix('The Duma met. Putin spoke.', expansions);
    expect(once).toBe('The State Duma met. Vladimir Putin spoke.');
    expect(fix(once, expansions)).toBe(once);
  });
  it('protects the target in the case forms the rule writes', () => {
    const glossary = glossaryOf('g.tsv', [['putin', 'Vladimir Putin']]);
    const once = apply('PUTIN said', glossary).text;
    expect(once).toBe('VLADIMIR PUTIN said');
    expect(apply(once, glossary).changes).toEqual([]);
  });
});

describe('chains', () => {
  const chain: Array<[string, string]> = [
    ['Sands', 'Peskov'],
    ['Peskov', 'Dmitry Peskov'],
  ];
  it('resolve to the final target in one pass', () => {
    expect(fix('Sands said. Peskov said.', chain)).toBe('Dmitry Peskov said. Dmitry Peskov said.');
  });
  it('report the rule that matched, writing the final target', () => {
    const { changes } = apply('Sands said', glossaryOf('g.tsv', chain));
    expect(changes).toEqual([{ start: 0, end: 5, from: 'Sands', to: 'Dmitry Peskov', source: 'Sands', glossary: 'g.tsv', line: 1 }]);
  });
  it('follow case transfer at every step', () => {
    expect(fix('KIEV', [['kiev', 'kyiv'], ['kyiv', 'kyiv city']])).toBe('KYIV CITY');
  });
  it('run across glossaries', () => {
    const first = glossaryOf('a.tsv', [['Sands', 'Peskov']]);
    const second = glossaryOf('b.tsv', [['Peskov', 'Dmitry Peskov']]);
    expect(apply('Sands', first, second).text).toBe('Dmitry Peskov');
  });
  it('stop at a keep entry (a target equal to its source)', () => {
    expect(fix('Sands', [['Sands', 'Peskov'], ['Peskov', 'Peskov'], ['Peskov', 'Dmitry Peskov']])).toBe('Peskov');
  });
});

describe('protection by final targets', () => {
  it('keeps a hit inside an occurrence of another rule’s target', () => {
    const glossary: Array<[string, string]> = [
      ['US', 'United States'],
      ['American army', 'US Army'],
    ];
    expect(fix('the US Army and the US', glossary)).toBe('the US Army and the United States');
  });
  it('matches protected forms with the whitespace and equivalence rules of sources', () => {
    expect(fix('the State\n  Duma', [['Duma', 'State Duma']])).toBe('the State\n  Duma');
    expect(fix('the State\u00a0Duma', [['Duma', 'State Duma']])).toBe('the State\u00a0Duma');
  });
  it('does not protect a different case of a case-sensitive target', () => {
    expect(fix('us Army', [['us', 'US'], ['American army', 'US Army']])).toBe('US Army');
  });
  it('keep entries protect and never change anything', () => {
    const glossary: Array<[string, string]> = [
      ['ciclo del carbono', 'ciclo CNO'],
      ['ciclo del carbono-nitrógeno', 'ciclo del carbono-nitrógeno'],
    ];
    expect(fix('el ciclo del carbono-nitrógeno y el ciclo del carbono', glossary)).toBe(
      'el ciclo del carbono-nitrógeno y el ciclo CNO',
    );
    expect(fix('Ciclo del carbono-nitrógeno', glossary)).toBe('Ciclo del carbono-nitrógeno');
  });
  it('a forbidden term inside a protected form is no hit for QA', () => {
    const glossary = glossaryOf('g.tsv', [{ source: 'ciclo del carbono', forbidden: true }, ['ciclo del carbono-nitrógeno', 'ciclo del carbono-nitrógeno']]);
    const hits = findTermHits(compileGlossaries([glossary]), 'el ciclo del carbono-nitrógeno; el ciclo del carbono');
    expect(hits.map((hit) => hit.start)).toEqual([35]);
  });
});

describe('cycles', () => {
  it('change nothing and are reported once, naming the lines', () => {
    const glossary = glossaryOf('a.tsv', [['A', 'B'], ['x', 'y'], ['B', 'A']]);
    const compiled = compileGlossaries([glossary]);
    expect(compiled.cycles).toHaveLength(1);
    expect(describeCycle(compiled.cycles[0]!)).toBe('glossary cycle, changes nothing: a.tsv:1 "A → B", a.tsv:3 "B → A"');
    expect(applyGlossaries(compiled, 'A and B and x').text).toBe('A and B and y');
  });
  it('are found across glossaries and through longer loops', () => {
    const first = glossaryOf('a.tsv', [['natural gas', 'gas']]);
    const second = glossaryOf('b.tsv', [['gas', 'fuel'], ['fuel', 'natural gas']]);
    const compiled = compileGlossaries([first, second]);
    expect(compiled.cycles.map(describeCycle)).toEqual([
      'glossary cycle, changes nothing: a.tsv:1 "natural gas → gas", b.tsv:1 "gas → fuel", b.tsv:2 "fuel → natural gas"',
    ]);
    expect(applyGlossaries(compiled, 'gas, fuel and natural gas').changes).toEqual([]);
  });
  it('a rule leading into a cycle writes its own target', () => {
    expect(fix('C', [['A', 'B'], ['B', 'A'], ['C', 'A']])).toBe('A');
  });
  it('a cycle member’s target protects what lies inside it', () => {
    expect(fix('big apple', [['big apple', 'New York'], ['New York', 'big apple'], ['apple', 'pear']])).toBe('big apple');
  });
  it('a rule whose target is its own source in another case is no cycle', () => {
    const compiled = compileGlossaries([glossaryOf('g.tsv', [['us', 'US']])]);
    expect(compiled.cycles).toEqual([]);
    expect(applyGlossaries(compiled, 'us and US').text).toBe('US and US');
  });
});

describe('idempotence across a replacement’s edges', () => {
  it('a later rule that spans a replacement and its neighbour applies in the same call', () => {
    expect(fix('Kiev region', [['Kiev', 'Kyiv'], ['Kyiv region', 'Kyiv Oblast']])).toBe('Kyiv Oblast');
  });
  it('reports such a change once, against the original text', () => {
    const { changes } = apply('in Kiev region', glossaryOf('g.tsv', [['Kiev', 'Kyiv'], ['Kyiv region', 'Kyiv Oblast']]));
    expect(changes).toMatchObject([{ start: 3, end: 14, from: 'Kiev region', to: 'Kyiv Oblast', source: 'Kyiv region' }]);
  });
  it('findMatches on the result of applyGlossaries finds nothing', () => {
    const compiled = compileGlossaries([glossaryOf('g.tsv', [['Kiev', 'Kyiv'], ['Kyiv region', 'Kyiv Oblast'], ['Duma', 'State Duma']])]);
    const { text } = applyGlossaries(compiled, 'Kiev region and Kiev. The Duma.');
    expect(findMatches(compiled, text)).toEqual([]);
  });
});
