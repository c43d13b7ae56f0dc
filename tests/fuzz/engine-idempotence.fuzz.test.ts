// Correct text stays correct: applying the glossaries to their own output changes
// nothing, whatever the glossaries hold. Random strings would almost never contain a
// source, so the glossaries are generated with the hard cases on purpose (chains,
// expansions whose target contains the source, cycles, keep entries, case overrides,
// several glossaries) and the texts are built from those glossaries' own sources and
// targets, in several cases and with every kind of separator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, applyGlossaries, compileGlossaries, findMatches } from '../../core/engine';
import type { Glossary, GlossaryEntry } from '../../core/types';

const WORDS = [
  'a', 'b', 'ab', 'Kiev', 'Kyiv', 'gas', 'natural', 'Duma', 'State', 'US', 'us', 'Army', 'straße', 'STRASSE', 'ΟΔΟΣ', 'οδός',
  'U.S.', '(AP)', "Kiev's", 'Kiev’s', 'Pes\u00adkov', 'Peskov', 'Rose\u0301', 'Rosé', '地球', 'システム', '손가락', '이', 'İ', 'ı',
];
const SEPARATORS = [' ', ' ', '  ', '\n', '\n\n', ', ', '. ', '', '-', '(', ')', '«', '»', "'", '’', 'x'];

const phraseArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).chain((words) =>
  fc.constantFrom(' ', '', '-').map((gap) => words.join(gap)),
);

type Draft = Omit<GlossaryEntry, 'line'>;

/** One step that adds entries relating to what is there already. */
const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('rule'), source: phraseArb, target: phraseArb }),
  fc.record({ kind: fc.constant('expansion'), source: phraseArb, extra: phraseArb, before: fc.boolean() }),
  fc.record({ kind: fc.constant('chain'), pick: fc.nat(), target: phraseArb }),
  fc.record({ kind: fc.constant('cycle'), pick: fc.nat(), via: fc.option(phraseArb, { nil: undefined }) }),
  fc.record({ kind: fc.constant('keep'), pick: fc.nat() }),
  fc.record({ kind: fc.constant('term'), source: phraseArb, forbidden: fc.boolean() }),
);

function buildEntries(steps: ReadonlyArray<Record<string, unknown>>, caseFlags: ReadonlyArray<boolean | undefined>): Draft[] {
  const entries: Draft[] = [];
  const targets = (): string[] => entries.map((entry) => entry.target).filter((target): target is string => target !== undefined);
  steps.forEach((step, index) => {
    const caseSensitive = caseFlags[index % Math.max(1, caseFlags.length)];
    const add = (source: string, target?: string, forbidden?: boolean): void => {
      entries.push({ source, ...(target !== undefined ? { target } : {}), ...(forbidden ? { forbidden } : {}), ...(caseSensitive !== undefined ? { caseSensitive } : {}) });
    };
    const existing = targets();
    switch (step.kind) {
      case 'rule':
        add(step.source as string, step.target as string);
        break;
      case 'expansion': // Putin → Vladimir Putin
        add(step.source as string, step.before ? `${step.extra as string} ${step.source as string}` : `${step.source as string} ${step.extra as string}`);
        break;
      case 'chain': // Sands → Peskov, Peskov → Dmitry Peskov
        if (existing.length > 0) add(existing[(step.pick as number) % existing.length] as string, step.target as string);
        break;
      case 'cycle': {
        // A → B exists: add B → A, or B → C and C → A.
        const rules = entries.filter((entry) => entry.target !== undefined);
        const rule = rules[(step.pick as number) % Math.max(1, rules.length)];
        if (!rule) break;
        if (step.via === undefined) add(rule.target as string, rule.source);
        else {
          add(rule.target as string, step.via as string);
          add(step.via as string, rule.source);
        }
        break;
      }
      case 'keep':
        if (existing.length > 0) {
          const kept = existing[(step.pick as number) % existing.length] as string;
          add(kept, kept);
        }
        break;
      case 'term':
        add(step.source as string, undefined, step.forbidden as boolean);
        break;
    }
  });
  return entries;
}

const glossariesArb = fc
  .tuple(
    fc.array(stepArb, { minLength: 1, maxLength: 12 }),
    fc.array(fc.option(fc.boolean(), { nil: undefined }), { maxLength: 4 }),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([steps, caseFlags, count]) => {
    const entries = buildEntries(steps, caseFlags);
    const glossaries: Glossary[] = [];
    for (let g = 0; g < count; g++) {
      const own = entries.filter((_, index) => index % count === g);
      glossaries.push({ name: `g${g}`, file: `g${g}.tsv`, format: 'tsv', entries: own.map((entry, line) => ({ ...entry, line: line + 1 })) });
    }
    return glossaries;
  });

/** Text made of the glossaries' own sources and targets, in several cases, with separators. */
function textArbFor(glossaries: readonly Glossary[]): fc.Arbitrary<string> {
  const phrases = [...WORDS.slice(0, 1), ...glossaries.flatMap((glossary) => glossary.entries.flatMap((entry) => [entry.source, ...(entry.target !== undefined ? [entry.target] : [])]))];
  const piece = fc.oneof(
    fc.constantFrom(...phrases),
    fc.constantFrom(...phrases).map((phrase) => phrase.toUpperCase()),
    fc.constantFrom(...phrases).map((phrase) => phrase.charAt(0).toUpperCase() + phrase.slice(1)),
    fc.constantFrom(...WORDS),
    fc.constantFrom(...SEPARATORS),
  );
  return fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
}

const caseArb = fc.record({ glossaries: glossariesArb, language: fc.constantFrom(undefined, 'tr') }).chain(({ glossaries, language }) =>
  textArbFor(glossaries).map((text) => ({ glossaries, language, text })),
);

describe('applying the glossaries twice', () => {
  it('changes nothing the second time: apply(apply(x)) = apply(x), and findMatches finds nothing left', () => {
    fc.assert(
      fc.property(caseArb, ({ glossaries, language, text }) => {
        const compiled = compileGlossaries(glossaries, { language });
        const once = applyGlossaries(compiled, text);
        expect(applyGlossaries(compiled, once.text).text).toBe(once.text);
        expect(findMatches(compiled, once.text)).toEqual([]);
        // The changes are the whole truth, against the original text.
        expect(applyChanges(text, once.changes)).toBe(once.text);
        for (const change of once.changes) expect(text.slice(change.start, change.end)).toBe(change.from);
      }),
      { numRuns: 1500 },
    );
  });

  it('a cycle changes nothing and is reported once', () => {
    fc.assert(
      fc.property(glossariesArb, (glossaries) => {
        const compiled = compileGlossaries(glossaries);
        const members = compiled.cycles.flatMap((cycle) => cycle.members.map((member) => `${member.glossary}:${member.line}`));
        expect(new Set(members).size).toBe(members.length);
        for (const cycle of compiled.cycles) {
          const text = cycle.members.map((member) => member.source).join(' | ');
          for (const change of applyGlossaries(compiled, text).changes) {
            expect(cycle.members.some((member) => member.glossary === change.glossary && member.line === change.line)).toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
