// Builds the renderer (the UI shared by the Electron app and the browser edition).
// `base: './'` keeps every URL relative so the same dist/renderer loads from
// file:// or a custom app:// protocol in Electron and from any path over HTTP.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'renderer',
  base: './',
  // The seed article and glossary live outside renderer/ and are imported with `?url`;
  // they must stay reachable in dev too.
  server: { fs: { allow: [repoRoot] } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    // Monaco alone is ~3 MB minified; warn only past that.
    chunkSizeWarningLimit: 4000,
    // Sourcemaps cost nothing at run time and make field reports readable.
    sourcemap: true,
    // Never inline assets as data: URLs: the CSP (default-src 'self') would block
    // fonts and the fetched seed files.
    assetsInlineLimit: 0,
  },
  worker: {
    // Classic (iife) workers load from file:// and app:// in Electron as well as over
    // HTTP; module workers are refused on file:// origins.
    format: 'iife',
  },
});
