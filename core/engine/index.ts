export { compileGlossaries, findMatches, findTermHits, applyChanges, applyGlossaries, isReplacementRule } from './matcher';
export type { CompiledGlossaries, TermHit } from './matcher';
