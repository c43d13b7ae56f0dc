// Paragraph alignment of three texts: the source, its MT and the post-edit. The source is
// aligned with the MT by length (align-source: they are in different languages), the MT
// with the post-edit by words (align: alignParagraphs, or a ParagraphAligner kept warm
// while typing), and the two are composed: a group is every paragraph linked through shared
// MT paragraphs, so a source paragraph the MT split in two and the editor joined again is
// one group of 1 source, 2 MT and 1 post-edit paragraph.
import { alignParagraphs, type AlignmentGroup } from './align.js';
import { alignSourceParagraphs, type SourceAlignmentGroup, type SourceAlignmentLanguages } from './align-source.js';

export interface ThreeWayGroup {
  /** Consecutive indices on each side; any side may be empty, never all three. */
  source: number[];
  mt: number[];
  pe: number[];
}

/** Aligns the three texts' paragraphs from scratch. */
export function alignThreeTexts(
  source: readonly string[],
  mt: readonly string[],
  pe: readonly string[],
  languages: { source?: string; mt?: string } = {},
): ThreeWayGroup[] {
  const sourceLanguages: SourceAlignmentLanguages = {
    ...(languages.source !== undefined ? { source: languages.source } : {}),
    ...(languages.mt !== undefined ? { target: languages.mt } : {}),
  };
  return composeAlignment(alignSourceParagraphs(source, mt, sourceLanguages), alignParagraphs(mt, pe));
}

/**
 * Joins a source–MT alignment (`target` = MT paragraphs) and an MT–post-edit alignment
 * into three-way groups. The source–MT side never changes while the editor types, so the
 * window aligns it once and composes it with each keystroke's MT–post-edit alignment:
 * this costs one pass over the groups.
 *
 * A source paragraph the MT dropped and a paragraph the editor added at the same place
 * become one group: that is where the editor translated what the MT missed.
 */
export function composeAlignment(sourceMt: readonly SourceAlignmentGroup[], mtPe: readonly AlignmentGroup[]): ThreeWayGroup[] {
  const groups: ThreeWayGroup[] = [];
  let s = 0;
  let p = 0;
  const take = (group: ThreeWayGroup, from: { source?: number[]; mt?: number[]; pe?: number[] }): void => {
    group.source.push(...(from.source ?? []));
    group.mt.push(...(from.mt ?? []));
    group.pe.push(...(from.pe ?? []));
  };
  while (s < sourceMt.length || p < mtPe.length) {
    const left = sourceMt[s];
    const right = mtPe[p];
    // Groups without MT paragraphs sit between the MT paragraphs; those at the same place
    // on both sides are joined.
    if ((left && left.target.length === 0) || (right && right.mt.length === 0)) {
      const group: ThreeWayGroup = { source: [], mt: [], pe: [] };
      while (sourceMt[s] && sourceMt[s]!.target.length === 0) take(group, { source: sourceMt[s++]!.source });
      while (mtPe[p] && mtPe[p]!.mt.length === 0) take(group, { pe: mtPe[p++]!.pe });
      groups.push(group);
      continue;
    }
    if (!left || !right) {
      // One side ran out of MT paragraphs before the other: the alignments disagree on
      // the MT's length. Each remaining group stands alone rather than being lost.
      if (left) groups.push({ source: [...left.source], mt: [...left.target], pe: [] });
      if (right) groups.push({ source: [], mt: [...right.mt], pe: [...right.pe] });
      s += left ? 1 : 0;
      p += right ? 1 : 0;
      continue;
    }
    // Both start at the same MT paragraph: grow the group until both end at the same one.
    const group: ThreeWayGroup = { source: [...left.source], mt: [], pe: [...right.pe] };
    let leftEnd = last(left.target);
    let rightEnd = last(right.mt);
    s++;
    p++;
    while (leftEnd !== rightEnd) {
      if (leftEnd < rightEnd) {
        const next = sourceMt[s++];
        if (!next) break;
        take(group, { source: next.source });
        if (next.target.length > 0) leftEnd = last(next.target);
      } else {
        const next = mtPe[p++];
        if (!next) break;
        take(group, { pe: next.pe });
        if (next.mt.length > 0) rightEnd = last(next.mt);
      }
    }
    const mtFrom = left.target[0]!;
    const mtTo = Math.max(leftEnd, rightEnd);
    for (let k = mtFrom; k <= mtTo; k++) group.mt.push(k);
    groups.push(group);
  }
  return groups;
}

/** The source–post-edit pairs of a three-way alignment (for checks against the source). */
export function sourcePostEditGroups(groups: readonly ThreeWayGroup[]): SourceAlignmentGroup[] {
  return groups.map((group) => ({ source: group.source, target: group.pe }));
}

function last(indices: readonly number[]): number {
  return indices[indices.length - 1]!;
}

/** For each three-way group, the indices (in `mtPe`) of the MT–post-edit groups it holds:
 *  a report or a diff prints the source paragraphs, then those groups' redlines. */
export function mtPeGroupsByGroup(groups: readonly ThreeWayGroup[], mtPe: readonly AlignmentGroup[]): number[][] {
  const groupOfMt = new Map<number, number>();
  const groupOfPe = new Map<number, number>();
  groups.forEach((group, k) => {
    for (const index of group.mt) groupOfMt.set(index, k);
    for (const index of group.pe) groupOfPe.set(index, k);
  });
  const held: number[][] = groups.map(() => []);
  mtPe.forEach((pair, k) => {
    const owner = pair.mt.length > 0 ? groupOfMt.get(pair.mt[0]!) : groupOfPe.get(pair.pe[0]!);
    if (owner !== undefined) held[owner]!.push(k);
  });
  return held;
}
