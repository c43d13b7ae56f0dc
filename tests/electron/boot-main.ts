// Boots the bundled main process (electron/main.ts, as esbuild bundles it for the app)
// under plain Node with only the `electron` module stood in (fake-electron.ts): the real
// IPC handlers, stores, dialogs module and menu, on a real profile folder.
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { createFakeElectron } from './fake-electron';

let bundled: Promise<string> | undefined;

/** The main process bundle, built once per test file. */
export function mainBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: ['electron/main.ts'], bundle: true, write: false, format: 'cjs', platform: 'node',
    target: 'node20', external: ['electron'], logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}

/** A frame of our own page, as the sender check wants it. */
export const trusted = (sender: unknown) => ({ senderFrame: { url: 'app://glossa/index.html', parent: null }, sender });

/**
 * Runs main in `root/electron` (the renderer is looked for in `root/renderer`) with the
 * profile in `userData`. Returns the stand-in electron and the calls made before ready.
 */
export async function bootMain(root: string, userData: string): Promise<{ fake: ReturnType<typeof createFakeElectron>; before: string[] }> {
  await fs.mkdir(path.join(root, 'renderer', 'assets'), { recursive: true });
  await fs.mkdir(path.join(root, 'electron'), { recursive: true });
  await fs.writeFile(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>Glossa</title>');
  const code = await mainBundle();
  const fake = createFakeElectron(userData);
  const realRequire = createRequire(import.meta.url);
  const fakeRequire = (id: string) => (id === 'electron' ? fake.electron : realRequire(id));
  const module = { exports: {} };
  const previous = process.env.GLOSSA_USER_DATA_DIR;
  process.env.GLOSSA_USER_DATA_DIR = userData;
  try {
    const run = new Function('require', 'module', 'exports', '__dirname', '__filename', code);
    run(fakeRequire, module, module.exports, path.join(root, 'electron'), path.join(root, 'electron', 'main.cjs'));
  } finally {
    if (previous === undefined) delete process.env.GLOSSA_USER_DATA_DIR;
    else process.env.GLOSSA_USER_DATA_DIR = previous;
  }
  const before = [...fake.calls];
  fake.becomeReady();
  // start() awaits the recent list before opening the window.
  for (let i = 0; i < 200 && fake.windows.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  return { fake, before };
}
