// `npm run bench`: every bench in one run, each printing its figures next to the
// baseline it measured in the same run. Pass names to run only some: engine, load, limits, review, ui, batch, toolkit, spell.
import { cpus, totalmem } from 'node:os';

type Bench = () => Promise<string>;
// Loaded on demand: the UI bench needs a built renderer and Chromium, the others do not.
const BENCHES: Record<string, () => Promise<Bench>> = {
  engine: async () => (await import('./engine.bench')).runEngineBench,
  load: async () => (await import('./load.bench')).runLoadBench,
  limits: async () => (await import('./limits.bench')).runLimitsBench,
  review: async () => (await import('./review.bench')).runReviewBench,
  batch: async () => (await import('./batch.bench')).runBatchBench,
  toolkit: async () => (await import('./toolkit.bench')).runToolkitBench,
  spell: async () => (await import('./spell.bench')).runSpellBench,
  ui: async () => (await import('./ui.bench')).runUiBench,
};

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
console.log(`# Glossa bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
for (const name of names) {
  const load = BENCHES[name];
  if (!load) {
    console.error(`unknown bench '${name}'; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  console.log(`\n## ${name}\n`);
  console.log(await (await load())());
}
