// Bundles the Electron main process and the preload with esbuild, each into one
// CommonJS file in dist/electron (Electron loads both as CommonJS; a sandboxed preload
// cannot require local files, so it must be a single file). `electron` stays external:
// the runtime provides it. The window icon is copied beside main.cjs.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = 'dist/electron';

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: `${outdir}/main.cjs`,
    platform: 'node',
    // Electron 45 ships Node 22.
    target: 'node22',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: `${outdir}/preload.cjs`,
    // The sandboxed preload runs in a renderer: no Node built-ins may be bundled in.
    platform: 'browser',
    target: 'chrome140',
  }),
]);

mkdirSync(new URL(`../${outdir}/`, import.meta.url), { recursive: true });
const icon = new URL('../build/icon.png', import.meta.url);
if (existsSync(icon)) copyFileSync(icon, new URL(`../${outdir}/icon.png`, import.meta.url));
