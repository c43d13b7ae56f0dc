import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlignmentGroup } from '../../../core/review/align.js';
import type { SourceAlignmentGroup } from '../../../core/review/align-source.js';
import { alignThreeTexts, composeAlignment, type ThreeWayGroup } from '../../../core/review/align-three.js';
import { splitParagraphs } from '../../../core/text/paragraphs.js';

const read = (name: string): string[] =>
  splitParagraphs(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8')).map((p) => p.text);
const ru = read('kremlin-kerry.ru.txt');
const mt = read('kremlin-kerry.mt.txt');
const pe = read('kremlin-kerry.pe.txt');
const straight = (count: number, from = 0): ThreeWayGroup[] =>
  Array.from({ length: count }, (_, k) => ({ source: [from + k], mt: [from + k], pe: [from + k] }));

function splitAfterFirstSentence(text: string): [string, string] {
  const cut = text.search(/[.!?]["”»]?\s/) + 1;
  return [text.slice(0, cut).trim(), text.slice(cut).trim()];
}

describe('alignThreeTexts', () => {
  it('aligns the seed’s source, MT and post-edit paragraph for paragraph', () => {
    expect(alignThreeTexts(ru, mt, pe, { source: 'ru', mt: 'en' })).toEqual(straight(10));
  });

  it('keeps a paragraph the MT split, and the editor joined again, with its source paragraph', () => {
    const [head, tail] = splitAfterFirstSentence(mt[6]!);
    const splitMt = [...mt.slice(0, 6), head, tail, ...mt.slice(7)];
    expect(alignThreeTexts(ru, splitMt, pe)).toEqual([
      ...straight(6),
      { source: [6], mt: [6, 7], pe: [6] },
      ...[7, 8, 9].map((k) => ({ source: [k], mt: [k + 1], pe: [k] })),
    ]);
  });

  it('keeps a paragraph the MT split and the editor left split with its source paragraph', () => {
    const [head, tail] = splitAfterFirstSentence(mt[6]!);
    const [peHead, peTail] = splitAfterFirstSentence(pe[6]!);
    const splitMt = [...mt.slice(0, 6), head, tail, ...mt.slice(7)];
    const splitPe = [...pe.slice(0, 6), peHead, peTail, ...pe.slice(7)];
    expect(alignThreeTexts(ru, splitMt, splitPe)[6]).toEqual({ source: [6], mt: [6, 7], pe: [6, 7] });
  });

  it('keeps two source paragraphs the MT merged, and the editor split again, together', () => {
    const mergedMt = [...mt.slice(0, 7), `${mt[7]} ${mt[8]}`, mt[9]!];
    expect(alignThreeTexts(ru, mergedMt, pe).slice(7)).toEqual([
      { source: [7, 8], mt: [7], pe: [7, 8] },
      { source: [9], mt: [8], pe: [9] },
    ]);
  });
});

describe('composeAlignment', () => {
  it('joins a source paragraph the MT dropped with the paragraph the editor wrote in its place', () => {
    const sourceMt: SourceAlignmentGroup[] = [{ source: [0], target: [0] }, { source: [1], target: [] }, { source: [2], target: [1] }];
    const mtPe: AlignmentGroup[] = [{ mt: [0], pe: [0] }, { mt: [], pe: [1] }, { mt: [1], pe: [2] }];
    expect(composeAlignment(sourceMt, mtPe)).toEqual([
      { source: [0], mt: [0], pe: [0] },
      { source: [1], mt: [], pe: [1] },
      { source: [2], mt: [1], pe: [2] },
    ]);
  });

  it('chains a split on one side into a merge on the other into one group', () => {
    // Source 0 → MT 0–1; the editor merged MT 1 with MT 2, which translates source 1.
    const sourceMt: SourceAlignmentGroup[] = [{ source: [0], target: [0, 1] }, { source: [1], target: [2] }];
    const mtPe: AlignmentGroup[] = [{ mt: [0], pe: [0] }, { mt: [1, 2], pe: [1] }];
    expect(composeAlignment(sourceMt, mtPe)).toEqual([{ source: [0, 1], mt: [0, 1, 2], pe: [0, 1] }]);
  });

  it('property: any two alignments over the same MT compose into groups covering every paragraph once, in order', () => {
    // Random monotone alignments: runs of 0–2 paragraphs on each side, the MT side shared.
    const alignment = fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 })).filter(([a, b]) => a + b > 0), { maxLength: 30 });
    fc.assert(
      fc.property(alignment, alignment, (sourceSide, peSide) => {
        const mtCount = sourceSide.reduce((n, [, m]) => n + Math.min(m, 2), 0);
        const sourceMt = build(sourceSide.map(([s, m]) => [s, Math.min(m, 2)]), (source, target) => ({ source, target }));
        // The post-edit side must cover the same MT paragraphs: cut or pad it to mtCount.
        const peSteps: Array<[number, number]> = [];
        let left = mtCount;
        for (const [p, m] of peSide) {
          const take = Math.min(left, Math.min(m, 2));
          if (take + p > 0) peSteps.push([take, p]);
          left -= take;
        }
        while (left > 0) {
          peSteps.push([1, 1]);
          left--;
        }
        const mtPe = build(peSteps, (mtIndices, peIndices) => ({ mt: mtIndices, pe: peIndices }));
        const groups = composeAlignment(sourceMt, mtPe);
        const count = (side: 'source' | 'mt' | 'pe') => groups.flatMap((group) => group[side]);
        expect(count('source')).toEqual(range(sourceMt.reduce((n, g) => n + g.source.length, 0)));
        expect(count('mt')).toEqual(range(mtCount));
        expect(count('pe')).toEqual(range(mtPe.reduce((n, g) => n + g.pe.length, 0)));
        for (const group of groups) expect(group.source.length + group.mt.length + group.pe.length).toBeGreaterThan(0);
      }),
    );
  });
});

function build<T>(steps: ReadonlyArray<readonly [number, number]>, make: (left: number[], right: number[]) => T): T[] {
  let a = 0;
  let b = 0;
  return steps.map(([left, right]) => {
    const group = make(range(left, a), range(right, b));
    a += left;
    b += right;
    return group;
  });
}

function range(count: number, from = 0): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}
