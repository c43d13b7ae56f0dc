// The bundled main process, wired to a stand-in `electron` module under plain Node:
// lifecycle order, the window's web preferences, the hardening of every WebContents and
// the session, the app:// protocol, every IPC channel registered and guarded, and the
// close guard's round trip. What only a real Electron can show stays in tests/e2e.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannels } from '../../shared/contract';
import { hashBytes } from '../../shared/hash';
import { workId, workKey } from '../../shared/work';
import { workOf } from './work-fixtures';
import { bootMain, mainBundle, trusted } from './boot-main';
import { FakeWebContents, preventable, type createFakeElectron } from './fake-electron';

let tmp: string;
let fake: ReturnType<typeof createFakeElectron>;
let bundle: string;
const before: string[] = [];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'glossa-main-'));
  await fs.writeFile(path.join(tmp, 'secret.txt'), 'outside the renderer folder');
  const booted = await bootMain(tmp, path.join(tmp, 'userData'));
  fake = booted.fake;
  before.push(...booted.before);
  bundle = await mainBundle();
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('before ready: profile folder, privileged app:// scheme, sandbox for all renderers', () => {
    expect(before).toContain(`app.setPath userData ${path.join(tmp, 'userData')}`);
    expect(before).toContain('protocol.registerSchemesAsPrivileged');
    expect(before).toContain('app.enableSandbox');
    expect(before).not.toContain('protocol.handle app'); // only possible once ready
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
  });

  it('opens one window, locked down, on app://glossa/index.html', () => {
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0];
    expect(window?.loadedUrl).toBe('app://glossa/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false,
      preload: path.join(tmp, 'electron', 'preload.cjs'),
    });
    expect(fake.calls).toContain('Menu.setApplicationMenu');
  });

  it('registers a guarded handler for every channel of the contract, and no other', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual(Object.keys(invokeChannels).sort());
    const list = fake.handlers.get('recent:list');
    await expect(list?.(trusted(null), null)).resolves.toEqual([]);
    const untrusted = { senderFrame: { url: 'https://example.com/', parent: null } };
    await expect(list?.(untrusted, null)).rejects.toThrow(/refused/);
    await expect(fake.handlers.get('recent:open')?.(trusted(null), { path: '/etc/passwd' })).rejects.toThrow(/not a recent article/);
  });

  it('autosaves each article’s work through IPC into the profile folder', async () => {
    const work = workOf({ full: true, path: '/docs/a.mt.txt' });
    await fake.handlers.get('work:write')?.(trusted(null), work);
    await expect(fake.handlers.get('work:read')?.(trusted(null), { key: workKey(work.article) })).resolves.toEqual(work);
    await expect(fake.handlers.get('work:latest')?.(trusted(null), null)).resolves.toEqual(work);
    const file = path.join(tmp, 'userData', 'work', `${workId(workKey(work.article))}.json`);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual(work);
    await expect(fake.handlers.get('work:location')?.(trusted(null), null)).resolves.toBe(path.join(tmp, 'userData', 'work'));
  });

  it('finds the source beside an article and keeps the user’s spelling words in the profile folder', async () => {
    const article = path.join(tmp, 'docs', 'story.mt.txt');
    await fs.mkdir(path.dirname(article), { recursive: true });
    await fs.writeFile(article, 'The MT.');
    await fs.writeFile(path.join(tmp, 'docs', 'story.ru.txt'), 'Оригинал.');
    const found = (await fake.handlers.get('source:find')?.(trusted(null), { articlePath: article, language: 'en' })) as { name: string; path: string };
    expect(found).toMatchObject({ name: 'story.ru.txt', path: path.join(tmp, 'docs', 'story.ru.txt') });
    await expect(fake.handlers.get('source:find')?.(trusted(null), { articlePath: path.join(tmp, 'secret') })).rejects.toThrow(/not an article file/);
    await fake.handlers.get('user-words:write')?.(trusted(null), { language: 'en', words: ['Glossa'] });
    await expect(fake.handlers.get('user-words:read')?.(trusted(null), { language: 'en' })).resolves.toEqual(['Glossa']);
    expect(await fs.readFile(path.join(tmp, 'userData', 'dictionaries', 'en.txt'), 'utf8')).toBe('Glossa\n');
    await expect(fake.handlers.get('user-words:read')?.(trusted(null), { language: '../work' })).rejects.toThrow(/language/);
  });

  it('writes an edited glossary back only to a file the user loaded, only while it is unchanged, never a TBX', async () => {
    const folder = path.join(tmp, 'glossaries');
    await fs.mkdir(folder, { recursive: true });
    const desk = path.join(folder, 'desk.tsv');
    const tbx = path.join(folder, 'terms.tbx');
    const original = new TextEncoder().encode('# desk\r\ntold about\tspoke of\r\n');
    const edited = new TextEncoder().encode('# desk\r\ntold about\ttalked about\r\n');
    await fs.writeFile(desk, original);
    await fs.writeFile(tbx, '<martif/>');
    const write = fake.handlers.get('glossary:write')!;
    const event = trusted(fake.windows[0]?.webContents);
    const request = { path: desk, bytes: edited, previousHash: hashBytes(original) };
    // Not loaded through the dialog: the page cannot name a file to write.
    await expect(write(event, request)).rejects.toThrow(/writes only to glossary files loaded with Load glossary/);
    await expect(write(event, { ...request, path: path.join(tmp, 'secret.txt') })).rejects.toThrow(/loaded with Load glossary/);

    const dialog = fake.electron.dialog as Record<string, unknown>;
    const saved = dialog.showOpenDialog;
    dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [desk, tbx] });
    try {
      await fake.handlers.get('glossaries:open')!(event, null);
    } finally {
      dialog.showOpenDialog = saved;
    }
    // Another program changed the file since Glossa read it: refused, the file kept.
    await expect(write(event, { ...request, previousHash: hashBytes(edited) })).rejects.toThrow(/changed by another program/);
    expect(new Uint8Array(await fs.readFile(desk))).toEqual(original);
    await expect(write(event, { ...request, path: tbx, previousHash: hashBytes(new TextEncoder().encode('<martif/>')) })).rejects.toThrow(/edits only TSV, CSV and JSON/);

    await expect(write(event, request)).resolves.toBeNull();
    expect(new Uint8Array(await fs.readFile(desk))).toEqual(edited);
    expect(await fs.readdir(folder)).toEqual(['desk.tsv', 'terms.tbx']);
    // The list survives a restart: it is kept in the profile folder.
    expect(JSON.parse(await fs.readFile(path.join(tmp, 'userData', 'glossary-files.json'), 'utf8'))).toEqual([tbx, desk]);
  });

  it('hardens every WebContents: no window.open, no navigation', () => {
    const contents = new FakeWebContents('app://glossa/index.html');
    fake.electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const navigation = preventable({ url: 'https://example.com/' });
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    const webview = preventable({});
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('denies every permission and blocks network and file requests', () => {
    const granted: boolean[] = [];
    fake.permissionRequest()?.({}, 'geolocation', (answer) => granted.push(answer));
    fake.permissionRequest()?.({}, 'media', (answer) => granted.push(answer));
    expect(granted).toEqual([false, false]);
    expect(fake.permissionCheck()?.()).toBe(false);
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      fake.beforeRequest()?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://glossa/assets/index.js')).toBe(false);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    const handler = fake.protocolHandler();
    const page = await handler?.(new Request('app://glossa/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; " +
      "object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(page?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page?.text()).toContain('<title>Glossa</title>');
    expect((await handler?.(new Request('app://glossa/..%2fsecret.txt')))?.status).toBe(404);
    expect((await handler?.(new Request('app://glossa/missing.js')))?.status).toBe(404);
    expect((await handler?.(new Request('app://glossa/index.html', { method: 'POST', body: 'x' })))?.status).toBe(405);
  });

  it('web preferences: isolated, sandboxed, no Node, no insecure content, no experimental or Blink features', () => {
    // An exact match: a key added later (experimentalFeatures, enableBlinkFeatures…) fails here.
    expect(fake.windows[0]?.options.webPreferences).toEqual({
      preload: path.join(tmp, 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // app.isPackaged is false in this run: DevTools only in development.
      devTools: true,
    });
  });

  it('the main window’s own WebContents: every window.open denied, every navigation refused', () => {
    const contents = fake.windows[0]?.webContents;
    if (!contents) throw new Error('no window');
    for (const url of ['https://example.com/', 'app://glossa/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    // The UI is one page: even our own origin is not navigated to (it would drop the work).
    for (const url of ['https://example.com/', 'app://glossa/index.html', 'app://glossa/other.html', 'file:///tmp/article.txt']) {
      const navigation = preventable({ url });
      contents.emit('will-navigate', navigation);
      expect(navigation.defaultPrevented, url).toBe(true);
    }
    // Frames and redirects may stay on app://glossa, nowhere else.
    for (const [event, url, prevented] of [
      ['will-frame-navigate', 'https://example.com/', true],
      ['will-frame-navigate', 'app://evil/index.html', true],
      ['will-frame-navigate', 'app://glossa/assets/x.html', false],
      ['will-redirect', 'http://127.0.0.1:8080/', true],
      ['will-redirect', 'app://glossa/index.html', false],
    ] as const) {
      const navigation = preventable({ url });
      contents.emit(event, navigation);
      expect(navigation.defaultPrevented, `${event} ${url}`).toBe(prevented);
    }
    const webview = preventable({});
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('refuses every permission, checked or requested, and every device', () => {
    const permissions = [
      'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection',
      'media', 'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal',
      'speaker-selection', 'storage-access', 'top-level-storage-access', 'window-management', 'fileSystem', 'unknown',
    ];
    const answers: boolean[] = [];
    for (const permission of permissions) fake.permissionRequest()?.({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual(permissions.map(() => false));
    expect(fake.permissionCheck()?.()).toBe(false);
    expect(fake.devicePermission()?.({ deviceType: 'usb', origin: 'app://glossa' })).toBe(false);
  });

  it('blocks every network and file:// request; the app origin, DevTools, data: and blob: stay local', () => {
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      fake.beforeRequest()?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    for (const url of ['http://example.com/', 'https://example.com/', 'ws://127.0.0.1:1/', 'wss://example.com/', 'ftp://example.com/x', 'file:///home/user/a.txt', 'not a url']) {
      expect(cancelled(url), url).toBe(true);
    }
    for (const url of ['app://glossa/assets/index.js', 'devtools://devtools/bundled/inspector.html', 'data:text/plain,x', 'blob:app://glossa/1']) {
      expect(cancelled(url), url).toBe(false);
    }
  });

  it('every channel refuses other senders (web pages, sub-frames, vanished frames) before doing anything', async () => {
    const opened: string[] = [];
    const dialog = fake.electron.dialog as Record<string, unknown>;
    const saved = { ...dialog };
    for (const name of ['showOpenDialog', 'showSaveDialog', 'showMessageBox']) {
      dialog[name] = async () => {
        opened.push(name);
        return { canceled: true, filePaths: [], response: 0 };
      };
    }
    const workFolder = path.join(tmp, 'userData', 'work');
    const workBefore = await fs.readdir(workFolder).catch(() => null);
    const requests: Record<string, unknown> = {
      'recent:open': { path: '/etc/passwd' },
      'recent:add': { path: path.join(tmp, 'secret.txt') },
      'export:save': { suggestedName: 'a.txt', bytes: new Uint8Array([1]), mimeType: 'text/plain' },
      'work:write': workOf({ name: 'x.txt', postEdit: 'evil' }),
      'work:keep-glossary': { hash: '0123456789abcdef', bytes: new Uint8Array([1]) },
      'work:save-file': { suggestedName: 'x.glossa', bytes: new Uint8Array([1]), target: path.join(tmp, 'x.glossa') },
      'user-glossary:write': { bytes: new Uint8Array([65]) },
      'glossary:write': { path: path.join(tmp, 'secret.txt'), bytes: new Uint8Array([65]), previousHash: '0123456789abcdef' },
      'window:set-title': { title: 'pwned', dirty: true },
      'window:close-response': { requestId: 1, decision: 'close' },
    };
    const senders = [
      { senderFrame: { url: 'https://evil.example/index.html', parent: null } },
      { senderFrame: { url: 'app://glossa/index.html', parent: { url: 'app://glossa/index.html' } } },
      { senderFrame: { url: 'file:///opt/glossa/dist/renderer/index.html', parent: null } },
      { senderFrame: null },
    ];
    try {
      for (const [channel, handler] of fake.handlers) {
        for (const sender of senders) {
          await expect(handler({ ...sender, sender: fake.windows[0]?.webContents }, requests[channel] ?? null), channel)
            .rejects.toThrow(`"${channel}" refused: not called from the Glossa window`);
        }
      }
      expect(opened).toEqual([]);
      expect(await fs.readdir(workFolder).catch(() => null)).toEqual(workBefore);
      expect(await fs.readdir(tmp)).not.toContain('x.glossa');
      expect(await fs.readdir(path.join(tmp, 'userData'))).not.toContain('my-corrections.tsv');
      expect(fake.windows[0]?.title).not.toBe('pwned');
    } finally {
      Object.assign(dialog, saved);
    }
  });

  it('every channel rejects a malformed payload from our own page, cleanly', async () => {
    for (const [channel, handler] of fake.handlers) {
      for (const payload of [{ unexpected: true }, 'text', 42, [null]]) {
        await expect(handler(trusted(null), payload), channel).rejects.toThrow(new RegExp(`^Invalid "${channel}" request: payload`));
      }
    }
  });

  it('never hands a URL to the operating system (no shell.openExternal in the main process)', () => {
    expect(bundle.length).toBeGreaterThan(10_000);
    expect(bundle).not.toMatch(/openExternal|openPath|showItemInFolder/);
  });

  it('asks the renderer before closing and closes on its answer', async () => {
    const window = fake.windows[0];
    if (!window) throw new Error('no window');
    window.close();
    expect(window.closed).toBe(false);
    expect(window.webContents.sent.at(-1)).toEqual({ channel: 'window:close-requested', payload: { requestId: 1 } });
    const respond = fake.handlers.get('window:close-response');
    await respond?.(trusted(window.webContents), { requestId: 1, decision: 'stay' });
    expect(window.closed).toBe(false);
    window.close();
    await respond?.(trusted(window.webContents), { requestId: 2, decision: 'close' });
    await expect.poll(() => window.closed).toBe(true);
    expect(fake.calls).toContain('app.quit'); // window-all-closed on Linux/Windows
  });

  it('a packaged app opens its windows without DevTools', () => {
    // Runs after the close test: no window is left, and macOS-style activation opens one.
    expect(fake.windows.filter((window) => !window.closed)).toHaveLength(0);
    (fake.electron.app as { isPackaged: boolean }).isPackaged = true;
    fake.electron.app.emit('activate');
    const reopened = fake.windows.at(-1);
    expect(reopened?.closed).toBe(false);
    expect(reopened?.options.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true });
  });
});
