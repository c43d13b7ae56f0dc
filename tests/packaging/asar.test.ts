// The installer's payload, checked without Electron's binary and without the network:
// `npm run build`, then electron-builder `--dir` with this repo's config and a stand-in
// Electron distribution (one fake `electron` executable carrying the fuse wire, which is
// all electron-builder needs for a Linux dir target, found by running it). Then app.asar
// is read back with @electron/asar: the bundles and the renderer are in it, the sources,
// tests, benches, node_modules and source maps are not. The fuses electron-builder burnt
// into the stand-in are read back too, for the release and for the Playwright test build.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Asar from '@electron/asar';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
// electron-builder's own copy of @electron/asar: the reader that matches its writer.
const builderLib = path.dirname(require.resolve('app-builder-lib/package.json', { paths: [path.dirname(require.resolve('electron-builder/package.json'))] }));
const asar = require(require.resolve('@electron/asar', { paths: [builderLib] })) as typeof Asar;

const ELECTRON_VERSION = (JSON.parse(await fs.readFile(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;

/** @electron/fuses' marker; the fuse wire follows it: version byte, length byte, one byte per fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse order of wire version 1, and Electron's defaults ('1' enabled, '0' disabled). */
const FUSES = [
  ['runAsNode', '1'],
  ['enableCookieEncryption', '0'],
  ['enableNodeOptionsEnvironmentVariable', '1'],
  ['enableNodeCliInspectArguments', '1'],
  ['enableEmbeddedAsarIntegrityValidation', '0'],
  ['onlyLoadAppFromAsar', '0'],
  ['loadBrowserProcessSpecificV8Snapshot', '0'],
  ['grantFileProtocolExtraPrivileges', '1'],
] as const;

let workDir: string;
let fakeDist: string;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, {
    cwd: root,
    env: {
      ...process.env,
      // Any download attempt goes to a closed port and fails: the test proves it is offline.
      HTTP_PROXY: 'http://127.0.0.1:9',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      http_proxy: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
      ELECTRON_GET_USE_PROXY: '1',
      NO_PROXY: '',
      no_proxy: '',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${output}`);
  return output;
}

/** electron-builder --dir into its own folder; returns the unpacked app folder. */
function packageApp(name: string, env: NodeJS.ProcessEnv = {}): string {
  const output = path.join(workDir, name);
  run(path.join(root, 'node_modules', '.bin', 'electron-builder'), [
    '--config', 'electron-builder.config.cjs',
    '--dir', '--linux', '--x64', '--publish', 'never',
    `-c.electronDist=${fakeDist}`,
    `-c.electronVersion=${ELECTRON_VERSION}`,
    `-c.directories.output=${output}`,
  ], env);
  return path.join(output, 'linux-unpacked');
}

/** The fuse states burnt into a binary, by name. */
async function readFuses(binary: string): Promise<Record<string, string>> {
  const bytes = await fs.readFile(binary);
  const at = bytes.indexOf(SENTINEL);
  if (at < 0) throw new Error(`${binary} has no fuse wire`);
  const wire = at + SENTINEL.length;
  expect(bytes[wire]).toBe(1); // wire version 1
  const length = bytes[wire + 1] ?? 0;
  return Object.fromEntries(FUSES.slice(0, length).map(([name], i) => [name, String.fromCharCode(bytes[wire + 2 + i] ?? 0)]));
}

/** Entries as '/dir/file' paths, whatever the platform's separator. */
function entries(archive: string): string[] {
  return asar.listPackage(archive, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}

let release: string;
let archive: string;
let listing: string[];

beforeAll(async () => {
  run('npm', ['run', 'build']);
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'glossa-asar-'));
  fakeDist = path.join(workDir, 'electron-dist');
  await fs.mkdir(fakeDist);
  // A shell script, so nothing here can start by mistake, ending with the fuse wire as
  // Electron ships it (electron-builder refuses to package without one).
  const defaults = FUSES.map(([, state]) => state).join('');
  await fs.writeFile(
    path.join(fakeDist, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary (packaging test)" >&2\nexit 1\n'),
      Buffer.from(SENTINEL), Buffer.from([1, FUSES.length]), Buffer.from(defaults), Buffer.from('\n'),
    ]),
    { mode: 0o755 },
  );
  release = packageApp('release');
  archive = path.join(release, 'resources', 'app.asar');
  listing = entries(archive);
}, 600_000);

afterAll(async () => {
  if (workDir) await fs.rm(workDir, { recursive: true, force: true });
});

describe('packaged app (electron-builder --dir, offline)', () => {
  it('ships the app only as app.asar', async () => {
    expect((await fs.readdir(path.join(release, 'resources'))).sort()).toEqual(['app.asar']);
    const { size } = await fs.stat(archive);
    console.info(`app.asar: ${(size / (1024 * 1024)).toFixed(2)} MB (${size} bytes), ${listing.length} entries`);
    expect(size).toBeGreaterThan(0);
  });

  it('holds the built main process, preload and renderer with all its assets', async () => {
    for (const file of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/electron/icon.png', '/dist/renderer/index.html']) {
      expect(listing, file).toContain(file);
    }
    const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { main: string };
    expect(listing).toContain(`/${manifest.main}`);
    // The bundles are the ones `npm run build` just wrote.
    for (const file of ['dist/electron/main.cjs', 'dist/electron/preload.cjs']) {
      expect(asar.extractFile(archive, file).equals(await fs.readFile(path.join(root, file))), file).toBe(true);
    }
    // Every script, style and asset the page references is packaged.
    const html = asar.extractFile(archive, 'dist/renderer/index.html').toString('utf8');
    const referenced = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => `/dist/renderer/${match[1]}`);
    expect(referenced.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of referenced) expect(listing, file).toContain(file);
    // And the workers and assets the bundles load at run time.
    const assets = listing.filter((entry) => entry.startsWith('/dist/renderer/assets/'));
    expect(assets.some((entry) => /engine\.worker-[\w-]+\.js$/.test(entry))).toBe(true);
    expect(assets.some((entry) => /editor\.worker-[\w-]+\.js$/.test(entry))).toBe(true);
  });

  it('holds nothing else: no sources, tests, benches, node_modules or source maps', () => {
    const allowed = (entry: string) =>
      entry === '/package.json' || /^\/dist(\/electron|\/renderer)?(\/|$)/.test(entry);
    expect(listing.filter((entry) => !allowed(entry))).toEqual([]);
    const forbidden = listing.filter((entry) =>
      /^\/(core|cli|renderer|electron|tests|bench|scripts|seeds|glossaries|schemas|docs|node_modules|build|out)(\/|$)/.test(entry) ||
      /^\/dist\/(cli|bench|chunks)(\/|$)/.test(entry) ||
      /\/node_modules\//.test(entry) ||
      /\.(ts|tsx|mts|cts|map)$/.test(entry));
    expect(forbidden).toEqual([]);
  });

  it('burns the release fuses: no run-as-Node, no NODE_OPTIONS, no --inspect, asar only', async () => {
    expect(await readFuses(path.join(release, 'glossa'))).toEqual({
      runAsNode: '0',
      enableCookieEncryption: '1',
      enableNodeOptionsEnvironmentVariable: '0',
      enableNodeCliInspectArguments: '0',
      enableEmbeddedAsarIntegrityValidation: '1',
      onlyLoadAppFromAsar: '1',
      loadBrowserProcessSpecificV8Snapshot: '0', // not configured: Electron's default stays
      grantFileProtocolExtraPrivileges: '0',
    });
  });

  it('GLOSSA_TEST_BUILD=1 differs only in the nodeCliInspect fuse Playwright needs', async () => {
    const testBuild = packageApp('test-build', { GLOSSA_TEST_BUILD: '1' });
    const releaseFuses = await readFuses(path.join(release, 'glossa'));
    const testFuses = await readFuses(path.join(testBuild, 'glossa'));
    expect(testFuses).toEqual({ ...releaseFuses, enableNodeCliInspectArguments: '1' });
    expect(entries(path.join(testBuild, 'resources', 'app.asar'))).toEqual(listing);
  }, 300_000);
});
