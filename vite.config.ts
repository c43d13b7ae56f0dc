// Builds the renderer (the UI shared by the Electron app and the browser edition).
// `base: './'` keeps every URL relative so the same dist/renderer loads from
// file:// or a custom app:// protocol in Electron and from any path over HTTP.
import { defineConfig, type Plugin } from 'vite';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = path.join(repoRoot, 'dist', 'renderer');

/**
 * dist/renderer is not emptied before a build: a server already running on it
 * (`npm run web`, the e2e tests, Electron) keeps finding index.html while the new build
 * is written. Assets the finished build no longer uses are removed afterwards instead.
 */
function pruneStaleAssets(): Plugin {
  let startedAt = 0;
  return {
    name: 'glossa-prune-stale-assets',
    apply: 'build',
    buildStart() {
      startedAt = Date.now();
    },
    closeBundle() {
      const assets = path.join(outDir, 'assets');
      let names: string[];
      try {
        names = readdirSync(assets);
      } catch {
        return; // first build: nothing to prune
      }
      for (const name of names) {
        const file = path.join(assets, name);
        // Older than this build: written by an earlier one and not rewritten now.
        if (statSync(file).mtimeMs < startedAt - 1000) rmSync(file, { force: true });
      }
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  // The seed article and glossary live outside renderer/ and are imported with `?url`;
  // they must stay reachable in dev too.
  server: { fs: { allow: [repoRoot] } },
  resolve: {
    alias: [
      // hunspell-asm (the spell-checker, core/spell) is imported through its CommonJS build;
      // its loader's ESM build calls a namespace import of nanoid as a function, which a
      // bundler turns into a run-time error. The whole chain stays CommonJS.
      { find: /^emscripten-wasm-loader$/, replacement: path.join(repoRoot, 'node_modules', 'emscripten-wasm-loader', 'dist', 'cjs', 'index.js') },
    ],
  },
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    // Monaco alone is ~3 MB minified; warn only past that.
    chunkSizeWarningLimit: 4000,
    // Sourcemaps cost nothing at run time and make field reports readable.
    sourcemap: true,
    // Never inline assets as data: URLs: the CSP (default-src 'self') would block
    // fonts and the fetched seed files.
    assetsInlineLimit: 0,
  },
  plugins: [pruneStaleAssets()],
  worker: {
    // Classic (iife) workers load from file:// and app:// in Electron as well as over
    // HTTP; module workers are refused on file:// origins.
    format: 'iife',
  },
});
