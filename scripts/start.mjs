#!/usr/bin/env node
// `npm start`: build if the sources are newer than dist/, then open the Electron window.
// Where Electron's binary is not installed (the package's install script is disabled
// in package.json "allowScripts", so `npm install` never downloads it), fetch it once
// with electron's own install.js. If that fails, or no window can be shown, say why in
// one line and serve the browser edition on 127.0.0.1 instead, until Ctrl+C.
//
// Flags: --port N (browser edition port; default $PORT or 4173), --no-build (skip the
// freshness check; used by tests). GLOSSA_ELECTRON_DIR points at another electron package
// folder (tests use a fake one whose install always fails).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const INSTALL_TIMEOUT_MS = 180_000;

function option(name) {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** Inputs of `npm run build` whose change makes dist/ stale. */
const BUILD_INPUTS = ['electron', 'renderer', 'core', 'seeds', 'glossaries', 'vite.config.ts', 'scripts/build-electron.mjs', 'package.json'];
const BUILD_OUTPUTS = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs; // a deleted file shows as a newer folder
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function buildIsStale() {
  const outputs = BUILD_OUTPUTS.map((file) => path.join(root, file));
  if (outputs.some((file) => !existsSync(file))) return true;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return BUILD_INPUTS.some((input) => newestMtime(path.join(root, input)) > oldestOutput);
}

function buildIfNeeded() {
  if (args.includes('--no-build') || !buildIsStale()) return;
  console.log('Building Glossa (sources changed since the last build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('The build failed (see above); not starting.');
    process.exit(result.status ?? 1);
  }
}

const electronDir = process.env.GLOSSA_ELECTRON_DIR
  ? path.resolve(process.env.GLOSSA_ELECTRON_DIR)
  : path.join(root, 'node_modules', 'electron');

/**
 * The executable, found the way electron's index.js finds it, but without requiring
 * index.js: that one starts a download as a side effect when the binary is missing.
 */
function installedElectron() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const executable = path.join(distDir, relative);
  return existsSync(executable) ? executable : null;
}

/** The first line of the installer's output that names an error, else its exit status. */
function reasonFrom(output, status, signal) {
  const line = output
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => /error|fail|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|HTTP \d{3}/i.test(text) && !text.startsWith('at '));
  if (line) return line.length > 160 ? `${line.slice(0, 157)}…` : line;
  if (signal) return `the installer was stopped (${signal})`;
  return `the installer exited with status ${status}`;
}

/** Runs electron's own install.js once. Resolves to the executable, or a reason why not. */
function installElectron() {
  const installer = path.join(electronDir, 'install.js');
  if (!existsSync(installer)) return Promise.resolve({ reason: `${installer} is missing` });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: electronDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ reason: `no answer within ${INSTALL_TIMEOUT_MS / 1000} s` });
    }, INSTALL_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ reason: error.message });
    });
    child.on('exit', (status, signal) => {
      clearTimeout(timer);
      const executable = installedElectron();
      resolve(executable ? { executable } : { reason: reasonFrom(output, status, signal) });
    });
  });
}

/** Linux needs an X11 or Wayland display for a window; elsewhere there always is one. */
function displayProblem() {
  if (process.platform !== 'linux') return null;
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return null;
  return 'Electron cannot open a window here (no display: DISPLAY and WAYLAND_DISPLAY are unset)';
}

function launchElectron(executable) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would start Electron as plain Node, with no window
  const child = spawn(executable, [root, ...args.filter((arg) => arg !== '--no-build')], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveBrowserEditionInstead(reason) {
  console.log(`${reason}; serving the browser edition instead.`);
  const webScript = path.join(root, 'scripts', 'web.mjs');
  if (!existsSync(webScript)) {
    console.error(`Cannot serve the browser edition either: ${path.relative(root, webScript)} is missing.`);
    process.exit(1);
  }
  const { serveBrowserEdition } = await import(pathToFileURL(webScript).href);
  const port = Number(option('--port') ?? process.env.PORT ?? 4173);
  const server = await serveBrowserEdition({ port });
  const url = typeof server === 'string' ? server : server?.url;
  console.log(`Glossa (browser edition): ${url ?? `http://127.0.0.1:${port}/`}  (Ctrl+C to stop)`);
  const stop = async () => {
    await server?.close?.();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

buildIfNeeded();
let executable = installedElectron();
let reason = null;
if (!executable) {
  const installed = await installElectron();
  executable = installed.executable ?? null;
  if (!executable) reason = `Electron's binary could not be downloaded (${installed.reason})`;
}
reason ??= displayProblem();
if (executable && !reason) launchElectron(executable);
else await serveBrowserEditionInstead(reason);
