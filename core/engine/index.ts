export { compileGlossaries, findMatches, findTermHits, applyChanges, applyGlossaries, isReplacementRule, describeCycle } from './matcher';
export type { CompiledGlossaries, CompileOptions, TermHit, RuleCycle } from './matcher';
