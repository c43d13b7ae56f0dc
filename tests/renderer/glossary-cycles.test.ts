// The window reads the engine's rule cycles through one adapter
// (renderer/engine/glossary-cycles.ts): each cycle described with its terms and the
// files and lines of its rules, and nothing when the compiled glossaries report none.
import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../core/engine/index';
import { describeCycles } from '../../renderer/engine/glossary-cycles';

describe('describeCycles', () => {
  it('describes each cycle the compiled glossaries carry', () => {
    const compiled = compileGlossaries([]);
    const withCycles = Object.assign(Object.create(Object.getPrototypeOf(compiled) as object) as object, compiled, {
      cycles: [
        {
          members: [
            { glossary: '/g/names.tsv', line: 3, source: 'Sands', target: 'Peskov' },
            { glossary: '/g/names.tsv', line: 7, source: 'Peskov', target: 'Sands' },
          ],
        },
      ],
    }) as typeof compiled;
    const [description] = describeCycles(withCycles);
    expect(description).toContain('Sands');
    expect(description).toContain('Peskov');
    expect(description).toContain('names.tsv:3');
    expect(description).toContain('names.tsv:7');
  });

  it('says nothing when there is no cycle', () => {
    expect(describeCycles(compileGlossaries([]))).toEqual([]);
  });
});
