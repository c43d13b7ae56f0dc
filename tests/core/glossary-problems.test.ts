// The glossary manager's problem list, checked against what the engine actually does:
// an entry reported as never applied must indeed never be applied.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossaries, findMatches } from '../../core/engine';
import { hitsByEntry, hitsOfEntry } from '../../core/glossary/entry-hits';
import { loadGlossary } from '../../core/glossary/load-glossary';
import { findGlossaryProblems } from '../../core/glossary/problems';
import type { Glossary, GlossaryEntry } from '../../core/types';
import { utf8 } from './glossary-helpers';

const tsv = (file: string, text: string): Glossary => loadGlossary(file, utf8(text));
const json = (file: string, entries: object[]): Glossary => loadGlossary(file, utf8(JSON.stringify({ entries })));

describe('findGlossaryProblems', () => {
  it('same source, different targets: the first is applied, the lines are named', () => {
    const glossary = tsv('g.tsv', 'Kiev\tKyiv\nSands\tPeskov\nKiev\tKiev (city)\n');
    const problems = findGlossaryProblems([glossary]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'conflicting-targets' });
    expect(problems[0]!.entries.map((e) => [e.line, e.entry.target, e.shadowed])).toEqual([[1, 'Kyiv', false], [3, 'Kiev (city)', true]]);
    expect(problems[0]!.message).toBe('“Kiev” has different targets: where they overlap, line 1 “Kiev → Kyiv” is applied, never line 3 “Kiev → Kiev (city)”');
  });

  it('the engine’s rules decide what “the same source” is: whitespace, smart case, caseSensitive', () => {
    // "press  secretary" and "press secretary" are the same pattern (rule 2); an all-lower
    // source matches any case (rule 3), so it collides with "Press Secretary".
    const glossary = tsv('g.tsv', 'press  secretary\tspokesman\nPress Secretary\tPress secretary\nNATO\tNATO (alliance)\n');
    const overrides = json('o.json', [{ source: 'nato', target: 'Nato', caseSensitive: true }]);
    const problems = findGlossaryProblems([glossary, overrides]);
    expect(problems.map((p) => [p.kind, p.entries.map((e) => `${e.glossary}:${e.line}`)])).toEqual([
      ['conflicting-targets', ['g.tsv:1', 'g.tsv:2']],
    ]);
    // Two case-sensitive spellings match different texts: no conflict between NATO and nato.
  });

  it('a case-sensitive entry after an insensitive one with the same letters is never applied', () => {
    const glossary = tsv('g.tsv', 'kiev\tkyiv\nKiev\tKyiv (capital)\n');
    const [problem] = findGlossaryProblems([glossary]);
    expect(problem!.entries.map((e) => [e.line, e.caseSensitive, e.shadowed])).toEqual([[1, false, false], [2, true, true]]);
    const compiled = compileGlossaries([glossary]);
    expect(findMatches(compiled, 'Kiev and KIEV').map((c) => `${c.to}@${c.line}`)).toEqual(['Kyiv@1', 'KYIV@1']);
  });

  it('an insensitive entry after a case-sensitive one is still applied to other spellings', () => {
    const glossary = tsv('g.tsv', 'Kiev\tKyiv\nkiev\tkyiv city\n');
    const [problem] = findGlossaryProblems([glossary]);
    expect(problem!.entries.map((e) => e.shadowed)).toEqual([false, false]);
    expect(findMatches(compileGlossaries([glossary]), 'Kiev kiev').map((c) => c.line)).toEqual([1, 2]);
  });

  it('a repeated entry (same source, same target) can go; across glossaries the file is named', () => {
    const mine = tsv('my-corrections.tsv', 'Sands\tPeskov\n');
    const desk = tsv('desk.tsv', '# desk\nSands\tPeskov\n');
    const problems = findGlossaryProblems([mine, desk]);
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'repeated-entry',
        message: 'desk.tsv line 2 repeats my-corrections.tsv line 1 (“Sands → Peskov”): it is never applied and can go',
      }),
    ]);
  });

  it('entries that can never match (empty once trimmed); a keep entry (target = source) is no problem', () => {
    const glossary: Glossary = {
      name: 'g',
      file: 'g.json',
      format: 'json',
      entries: [
        { source: ' \u00a0 ', target: 'x', line: 3 },
        { source: 'Kremlin', target: 'Kremlin', line: 4 },
        { source: 'Sands', line: 5 },
      ],
    };
    expect(findGlossaryProblems([glossary]).map((p) => [p.kind, p.entries[0]!.line])).toEqual([
      ['never-matches', 3],
    ]);
  });

  it('terms without a target and forbidden terms are not rules: no conflict with a rule', () => {
    const glossary = json('g.json', [{ source: 'Kiev', target: 'Kyiv' }, { source: 'Kiev' }, { source: 'Kiev', forbidden: true, target: 'x' }]);
    expect(findGlossaryProblems([glossary])).toEqual([]);
  });

  // Property: an entry marked shadowed is never applied, on texts made of the glossary's
  // own sources in every case.
  it('an entry reported as shadowed is never the one the engine applies', () => {
    const word = fc.constantFrom('kiev', 'Kiev', 'KIEV', 'sands', 'Sands', 'press secretary', 'Press  Secretary');
    const entry = fc.record({ source: word, target: fc.constantFrom('a', 'b', 'c'), caseSensitive: fc.option(fc.boolean(), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 2, maxLength: 6 }), (raw) => {
        const entries: GlossaryEntry[] = raw.map((e, k) => ({ source: e.source, target: e.target, line: k + 1, ...(e.caseSensitive === undefined ? {} : { caseSensitive: e.caseSensitive }) }));
        const glossary: Glossary = { name: 'g', file: 'g.json', format: 'json', entries };
        const shadowed = new Set(findGlossaryProblems([glossary]).flatMap((p) => p.entries.filter((e) => e.shadowed).map((e) => e.line)));
        const text = ['kiev', 'Kiev', 'KIEV', 'sands', 'Sands', 'SANDS', 'press secretary', 'Press Secretary', 'PRESS SECRETARY'].join(' . ');
        const applied = new Set(findMatches(compileGlossaries([glossary]), text).map((change) => change.line));
        for (const line of shadowed) expect(applied.has(line)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hits for the glossary manager', () => {
  const glossary = tsv('g.tsv', 'Secretary of state\tSecretary of State\nstate\tState\nSands\tPeskov\n');
  const text = 'The Secretary of state met Sands. The state of things; Sands again.';

  it('hitsByEntry: the engine’s hits, per entry (a source inside a longer hit has none there)', () => {
    const hits = hitsByEntry(compileGlossaries([glossary]), text);
    const [secretary, state, sands] = glossary.entries;
    expect(hits.get(secretary!)!.map((h) => text.slice(h.start, h.end))).toEqual(['Secretary of state']);
    expect(hits.get(state!)!.map((h) => h.start)).toEqual([text.indexOf('state of')]);
    expect(hits.get(sands!)!.map((h) => h.start)).toEqual([text.indexOf('Sands'), text.lastIndexOf('Sands')]);
  });

  it('hitsOfEntry: every place one entry matches on its own', () => {
    const state = glossary.entries[1]!;
    expect(hitsOfEntry(state, 'g.tsv', text).map((h) => h.start)).toEqual([text.indexOf('state met') , text.indexOf('state of')]);
  });
});
