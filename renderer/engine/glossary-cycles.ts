// The one place the window reads the engine's rule cycles (`A → B` with `B → A`, or
// longer): they change nothing, so the window says so once, in words a person reads.
import { describeCycle, type CompiledGlossaries } from '../../core/engine/index';

/** Each rule cycle in the compiled glossaries, described for a person. */
export function describeCycles(compiled: CompiledGlossaries): string[] {
  return compiled.cycles.map(describeCycle);
}
