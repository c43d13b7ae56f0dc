// The two halves of the desktop app, each real, talking through the real contract: the
// main process (bundled as for the app, its stores on a real profile folder, only the
// `electron` module stood in) behind the renderer's real host client (ElectronHost over
// the preload's bridge), with every payload structured-cloned as IPC would. Where the two
// halves disagree about a shared fact (the user glossary's identity, the work's shape,
// what Recent holds), these tests fail.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBridge } from '../../electron/bridge';
import { appendTerm } from '../../renderer/dialogs/add-term-dialog';
import { GlossaryList } from '../../renderer/glossaries/glossary-list';
import { ElectronHost } from '../../renderer/host/electron-host';
import { validateEventPayload, type Invoke, type Subscribe } from '../../shared/contract';
import { hashBytes } from '../../shared/hash';
import { parseWorkFile, serializeWorkFile, workKey } from '../../shared/work';
import { inProcessEngine } from '../renderer/in-process-engine';
import { bootMain, trusted } from './boot-main';
import { workOf } from './work-fixtures';

let root: string;
let userData: string;
let docs: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'glossa-halves-'));
  userData = path.join(root, 'userData');
  docs = path.join(root, 'docs');
  await fs.mkdir(userData, { recursive: true });
  await fs.mkdir(docs, { recursive: true });
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const noSample = async () => {
  throw new Error('not in this test');
};

/** A fresh app start on the same profile: main booted, the renderer's host over it. */
async function start() {
  const { fake } = await bootMain(root, userData);
  const window = fake.windows.at(-1);
  const invoke = (async (channel: string, request: unknown) => {
    const handler = fake.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    // Structured clone both ways, as Electron's IPC does.
    return structuredClone(await handler(trusted(window?.webContents), structuredClone(request)));
  }) as Invoke;
  const subscribe = ((event: Parameters<Subscribe>[0], listener: (payload: never) => void) => {
    const relay = (payload: unknown) => listener(validateEventPayload(event, payload) as never);
    return () => void relay;
  }) as Subscribe;
  const host = new ElectronHost(createBridge(invoke, subscribe, () => ''), noSample);
  return { fake, host };
}

/** Makes the stand-in dialogs answer like a user who picks `paths` (in order). */
function answerDialogs(fake: Awaited<ReturnType<typeof start>>['fake'], paths: string[]) {
  const dialog = fake.electron.dialog as Record<string, unknown>;
  const shown: string[] = [];
  dialog.showOpenDialog = async (_window: unknown, options: { title: string }) => {
    shown.push(options.title);
    const next = paths.shift();
    return next ? { canceled: false, filePaths: [next] } : { canceled: true, filePaths: [] };
  };
  dialog.showSaveDialog = async (_window: unknown, options: { title: string; defaultPath: string }) => {
    shown.push(`${options.title} @ ${options.defaultPath}`);
    const next = paths.shift();
    return next ? { canceled: false, filePath: next } : { canceled: true };
  };
  return shown;
}

describe('main and renderer, each real, through the contract', () => {
  it('the user glossary: main marks it, the window knows it, and no term is ever lost (old user-glossary.tsv migrated)', async () => {
    await fs.writeFile(path.join(userData, 'user-glossary.tsv'), '# My corrections (Glossa)\nSands\tPeskov\nus\tUS\n');
    const { fake, host } = await start();
    // Main itself marks it: the window does not go by its name.
    expect(await fake.handlers.get('user-glossary:read')?.(trusted(null), null)).toMatchObject({ name: 'my-corrections.tsv', role: 'user-glossary' });
    const stored = await host.readUserGlossary();
    expect(stored).toMatchObject({ name: 'my-corrections.tsv', role: 'user-glossary' });
    // The renderer's glossary list takes it as the user's glossary from the host's mark.
    const glossaries = new GlossaryList(await inProcessEngine(), () => 'en');
    await glossaries.add(stored!);
    expect(glossaries.userGlossary?.isUser).toBe(true);
    expect(glossaries.userGlossary?.summary?.entryCount).toBe(2);
    // "Add to glossary" appends to what the list holds, and main keeps all of it.
    await host.writeUserGlossary(appendTerm(glossaries.userGlossary?.bytes, { source: 'Duma', target: 'State Duma', note: '' }));

    const again = await start();
    const text = new TextDecoder().decode((await again.host.readUserGlossary())?.bytes);
    expect(text.match(/^[^#].*$/gm)).toEqual(['Sands\tPeskov', 'us\tUS', 'Duma\tState Duma']);
    expect(await fs.readdir(userData)).toContain('user-glossary.tsv.migrated');
  });

  it('each article’s work: written by the window, kept by main, read back exactly, the latest first after a restart', async () => {
    const { host } = await start();
    const glossary = new TextEncoder().encode('Sands\tPeskov\n');
    const a = workOf({ name: 'a.txt', path: path.join(docs, 'a.txt'), postEdit: 'Text of a, edited.\n', savedAt: 1, full: true });
    const b = workOf({ name: 'b.txt', path: path.join(docs, 'b.txt'), postEdit: 'Text of b, edited.\n', savedAt: 2, glossaries: [{ file: '/g/n.tsv', bytes: glossary }] });
    await host.keepGlossaryCopy(hashBytes(glossary), glossary);
    await host.writeWork(a);
    await host.writeWork(b);

    const again = await start();
    expect(await again.host.readWork(workKey(a.article))).toEqual(a);
    expect(await again.host.readWork(workKey(b.article))).toEqual(b);
    expect(await again.host.latestWork()).toEqual(b);
    expect(await again.host.readGlossaryCopy(hashBytes(glossary))).toEqual(glossary);
    expect(await again.host.workLocation()).toBe(path.join(userData, 'work'));
  });

  it('Recent holds only what the window opened; a file that failed is not offered again', async () => {
    const article = path.join(docs, 'story.txt');
    const broken = path.join(docs, 'broken.txt');
    await fs.writeFile(article, 'A story.\n');
    await fs.writeFile(broken, Buffer.from([0, 1, 2]));
    const { fake, host } = await start();
    answerDialogs(fake, [broken, article]);
    // The window failed to decode the first one: it never says it opened it.
    expect((await host.openArticle())?.path).toBe(broken);
    const opened = await host.openArticle();
    expect(await host.recentArticles()).toEqual([]);
    await host.addRecentArticle(opened!);
    expect(await host.recentArticles()).toEqual([article]);
    expect((await host.openRecent(article))?.bytes).toEqual(new Uint8Array(Buffer.from('A story.\n')));
    await expect(host.openRecent(broken)).rejects.toThrow(/not a recent article/);
  });

  it('Ctrl+S: a .glossa file beside the article, listed in Recent, written silently after the first time, reopened exactly', async () => {
    const articlePath = path.join(docs, 'kremlin.mt.txt');
    await fs.writeFile(articlePath, 'MT.\n');
    const { fake, host } = await start();
    const target = path.join(docs, 'kremlin.mt.glossa');
    const shown = answerDialogs(fake, [target]);
    const work = workOf({ name: 'kremlin.mt.txt', path: articlePath, full: true });
    const bytes = new TextEncoder().encode(serializeWorkFile(work));
    expect(await host.saveWorkFile('kremlin.mt.glossa', bytes, { articlePath })).toBe(target);
    // The dialog opened beside the article.
    expect(shown).toEqual([`Save the work on this article @ ${target}`]);
    expect(parseWorkFile(await fs.readFile(target, 'utf8'))).toEqual(work);
    expect(await host.recentArticles()).toEqual([target]);

    // Next time (even after a restart) the same file is written without a dialog.
    const again = await start();
    const quiet = answerDialogs(again.fake, []);
    const edited = { ...work, postEdit: `${work.postEdit}More.\n` };
    expect(await again.host.saveWorkFile('kremlin.mt.glossa', new TextEncoder().encode(serializeWorkFile(edited)), { articlePath, target })).toBe(target);
    expect(quiet).toEqual([]);
    expect(parseWorkFile(new TextDecoder().decode((await again.host.openRecent(target))?.bytes))).toEqual(edited);
    // A target the user never chose is never written silently: it goes through the dialog.
    const elsewhere = path.join(docs, 'other.glossa');
    expect(await again.host.saveWorkFile('x.glossa', bytes, { target: elsewhere })).toBeNull();
    expect(quiet).toHaveLength(1);
    await expect(fs.access(elsewhere)).rejects.toThrow();
  });
});
