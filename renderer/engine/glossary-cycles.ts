// The one place the window reads the engine's rule cycles (`A → B` with `B → A`, or
// longer): `compiled.cycles` with `describeCycle` from core/engine.
//
// ADAPTER: the engine branch that adds `CompiledGlossaries.cycles`, `RuleCycle` and
// `describeCycle` is not merged yet. Until it is, the shape is declared here and read
// defensively; once merged, replace the body of `describeCycles` with
// `return compiled.cycles.map(describeCycle);` (and drop the local types).
import type { CompiledGlossaries } from '../../core/engine/index';

interface RuleCycle {
  readonly members: readonly { glossary: string; line: number; source: string; target: string }[];
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** Stand-in for core/engine's describeCycle: "A → B → A (x.tsv:3, x.tsv:7)". */
function describeCycleLocally(cycle: RuleCycle): string {
  const first = cycle.members[0];
  const terms = [...cycle.members.map((member) => member.source), first?.source ?? ''].join(' → ');
  const lines = cycle.members.map((member) => `${baseName(member.glossary)}:${member.line}`).join(', ');
  return `${terms} (${lines})`;
}

/** Each rule cycle in the compiled glossaries, described for a person. */
export function describeCycles(compiled: CompiledGlossaries): string[] {
  const cycles = (compiled as unknown as { cycles?: readonly RuleCycle[] }).cycles ?? [];
  return cycles.map(describeCycleLocally);
}
