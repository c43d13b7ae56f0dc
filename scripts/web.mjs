#!/usr/bin/env node
// `npm run web [-- --port N] [--dev]`: the browser edition of Glossa on http://127.0.0.1.
// Builds dist/renderer first when it is missing or older than its sources, then serves
// it with Node's own http module (no dev server: this is the same build Electron loads).
// `--port 0` picks a free port. scripts/start.mjs imports `serveBrowserEdition` to fall
// back to the browser when Electron cannot run.
//
// Served as the app is: the same Content-Security-Policy header as Electron's app://
// (tests compare them); a request whose Host is not the loopback address and port served
// is refused (a DNS-rebinding page would send its own host name); source maps only with
// --dev (they would hand the sources to any page that can reach the port).
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = path.join(root, 'dist', 'renderer');
const builtIndex = path.join(distDir, 'index.html');

/** What the renderer build reads: a change in any of them makes dist/renderer stale. */
const SOURCES = [
  'renderer', 'core', 'shared', 'vite.config.ts', 'package.json',
  // The bundled samples (renderer/host/bundled-sample.ts): MTs, sources, glossaries.
  'seeds/kremlin-kerry.mt.txt', 'seeds/kremlin-kerry.ru.txt', 'seeds/bahn-streik.mt.txt', 'seeds/bahn-streik.de.txt',
  'glossaries/ru-en-politics.tsv', 'glossaries/ru-en-terms.csv', 'glossaries/de-en-bahn.csv',
];

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tbx': 'application/xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

// The app's policy (CONTENT_SECURITY_POLICY in electron/renderer-origin.ts; a test keeps
// the two equal), sent as a header so that it also covers the workers (a worker script's
// CSP comes from its own response, not the page's meta).
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Host headers a request to the server on `port` may carry: the loopback names only. */
export function allowedHosts(port) {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function browserBuildIsStale() {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > built);
}

export async function buildBrowserEdition() {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), root: path.join(root, 'renderer'), logLevel: 'warn' });
}

/** Maps a request path onto a file inside dist/renderer, or null if it escapes it. */
function resolveRequest(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(distDir, relative);
  if (file !== distDir && !file.startsWith(distDir + path.sep)) return null;
  return file;
}

function handle(request, response, { port, dev }) {
  // DNS rebinding: a page on attacker.example whose name now points at 127.0.0.1 reaches
  // this port with its own Host header. Only our own loopback names are served.
  if (!allowedHosts(port).has((request.headers.host ?? '').toLowerCase())) {
    response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden: unknown Host\n');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveRequest(request.url ?? '/');
  const hiddenMap = !dev && file !== null && path.extname(file).toLowerCase() === '.map';
  if (!file || hiddenMap || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  response.writeHead(200, {
    'Content-Type': type,
    'Content-Length': statSync(file).size,
    // Hashed assets never change; index.html must be re-read to pick up a new build.
    'Cache-Control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

/**
 * Serve dist/renderer on 127.0.0.1 (building it first when stale).
 * @param {{ port?: number, build?: boolean, dev?: boolean }} [options] port 0 picks a free
 *   one; dev also serves source maps.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveBrowserEdition({ port = 4173, build = true, dev = false } = {}) {
  if (build && browserBuildIsStale()) await buildBrowserEdition();
  if (!existsSync(builtIndex)) throw new Error(`${path.relative(root, builtIndex)} is missing: the build produced nothing`);
  const served = { port, dev };
  const server = createServer((request, response) => handle(request, response, served));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  served.port = actualPort;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function portFromArgs(argv) {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (index < 0) return Number(process.env.PORT ?? 4173);
  const value = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`web: --port needs a number from 0 to 65535, got ${value ?? 'nothing'}`);
    process.exit(2);
  }
  return port;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log('Usage: npm run web [-- --port N] [--dev]   (N = 0 picks a free port; default 4173; --dev also serves source maps)');
    process.exit(0);
  }
  try {
    if (browserBuildIsStale()) console.log('Building the browser edition (sources changed since the last build)…');
    const { url, close } = await serveBrowserEdition({ port: portFromArgs(argv), dev: argv.includes('--dev') });
    console.log(`Glossa (browser edition): ${url}  (Ctrl+C to stop)`);
    const stop = async () => {
      await close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`web: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
