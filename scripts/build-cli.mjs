// Bundles the command line (and its batch worker and the benches) with esbuild:
// one ESM file per entry, dependencies included, so `glossa` starts fast and needs
// no TypeScript at run time.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entryPoints = {
  'cli/glossa': 'cli/glossa.ts',
  'cli/batch-worker': 'cli/batch/worker.ts',
  'bench/run': 'bench/run.ts',
};

await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.entries(entryPoints).filter(([, source]) => existsSync(new URL(`../${source}`, import.meta.url)))),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Commands load on demand: `glossa apply` never parses the docx writer.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  sourcemap: true,
  // Bundled CommonJS dependencies (chardet) call require(); give ESM output one.
  banner: { js: "import { createRequire as __glossaCreateRequire } from 'node:module'; const require = __glossaCreateRequire(import.meta.url);" },
  // hunspell-asm's Node build is Emscripten output that reads __dirname: it loads from
  // node_modules as the CommonJS it is (the spelling dictionaries are read from there too).
  external: ['playwright-core', '@playwright/test', 'electron', 'diff', 'vite', 'esbuild', 'hunspell-asm'],
  logLevel: 'warning',
});
