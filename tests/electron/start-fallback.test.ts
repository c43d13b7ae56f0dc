// `npm start` where Electron cannot run: one line saying why, then the browser edition on
// 127.0.0.1 until Ctrl+C. A fake electron package (GLOSSA_ELECTRON_DIR) stands in for the
// real one, so the test does not depend on this machine having or lacking the binary.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function fakeElectronPackage(setup: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-fake-electron-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  setup(dir);
  return dir;
}

/** Starts `node scripts/start.mjs` and collects its output until it prints the URL. */
function start(env: NodeJS.ProcessEnv): { child: ChildProcessWithoutNullStreams; ready: Promise<string[]> } {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build', '--port', '0'], { cwd: root, env });
  cleanups.push(() => child.kill('SIGKILL'));
  const ready = new Promise<string[]>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/browser edition\): http:\/\/127\.0\.0\.1:\d+\//.test(output)) resolve(output.trim().split('\n'));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`start.mjs exited (${code}) before serving:\n${output}`)));
  });
  return { child, ready };
}

async function expectServesAndStops(child: ChildProcessWithoutNullStreams, urlLine: string): Promise<void> {
  expect(urlLine).toMatch(/^Glossa \(browser edition\): http:\/\/127\.0\.0\.1:\d+\/ {2}\(Ctrl\+C to stop\)$/);
  const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(urlLine)?.[0] ?? '';
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('<title>Glossa</title>');
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  expect(await exited).toBe(0);
}

const baseEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return env;
};

describe('npm start without a usable Electron', () => {
  it('says in one line that the download failed, then serves the browser edition', async () => {
    const electronDir = fakeElectronPackage((dir) => {
      writeFileSync(
        path.join(dir, 'install.js'),
        "console.error('RequestError: getaddrinfo ENOTFOUND example.invalid');\nconsole.error('    at ClientRequest (node:_http_client)');\nprocess.exit(1);\n",
      );
    });
    const { child, ready } = start({ ...baseEnv(), GLOSSA_ELECTRON_DIR: electronDir });
    const lines = await ready;
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      "Electron's binary could not be downloaded (RequestError: getaddrinfo ENOTFOUND example.invalid); serving the browser edition instead.",
    );
    await expectServesAndStops(child, lines[1] ?? '');
  }, 180_000);

  it.runIf(process.platform === 'linux')('falls back when there is no display to open a window on', async () => {
    const electronDir = fakeElectronPackage((dir) => {
      writeFileSync(path.join(dir, 'path.txt'), 'electron');
      mkdirSync(path.join(dir, 'dist'));
      writeFileSync(path.join(dir, 'dist', 'electron'), '#!/bin/sh\nexit 99\n', { mode: 0o755 });
    });
    const env: NodeJS.ProcessEnv = { ...baseEnv(), GLOSSA_ELECTRON_DIR: electronDir };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const { child, ready } = start(env);
    const lines = await ready;
    expect(lines[0]).toBe(
      'Electron cannot open a window here (no display: DISPLAY and WAYLAND_DISPLAY are unset); serving the browser edition instead.',
    );
    await expectServesAndStops(child, lines[1] ?? '');
  }, 180_000);
});
