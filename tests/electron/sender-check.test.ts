import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch, handle, UserFacingError, type IpcMainLike } from '../../electron/ipc-main';
import {
  contentTypeFor, isAppOrigin, isRendererPageUrl, isTrustedSender, resolveRendererAsset, RENDERER_ENTRY_URL,
} from '../../electron/renderer-origin';
import { isForbiddenRequestUrl } from '../../electron/security';

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('isTrustedSender', () => {
  it.each([
    RENDERER_ENTRY_URL,
    'app://glossa/',
    'app://glossa/index.html?restore=1',
    'app://glossa/index.html#editor',
  ])('trusts the top frame of our page: %s', (url) => {
    expect(isTrustedSender(frame(url))).toBe(true);
  });

  it.each([
    'https://glossa/index.html',
    'http://localhost:5173/index.html',
    'file:///opt/glossa/dist/renderer/index.html',
    'app://evil/index.html',
    'app://glossa.evil.com/index.html',
    'app://glossa:8080/index.html',
    'app://user:pw@glossa/index.html',
    'app://glossa/other.html',
    'app://glossa/assets/index.html',
    'devtools://devtools/bundled/index.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(frame(url))).toBe(false);
  });

  it('refuses a sub-frame even on our own page', () => {
    expect(isTrustedSender(frame(RENDERER_ENTRY_URL, { url: RENDERER_ENTRY_URL }))).toBe(false);
  });

  it('refuses when the frame is gone', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });

  it('distinguishes the page from the origin', () => {
    expect(isAppOrigin('app://glossa/assets/x.js')).toBe(true);
    expect(isRendererPageUrl('app://glossa/assets/x.js')).toBe(false);
  });
});

describe('dispatch (guarded handle)', () => {
  it('refuses an untrusted sender before validating or running the handler', async () => {
    const handler = vi.fn();
    const log = vi.fn();
    await expect(dispatch('recent:list', handler, frame('https://example.com/'), [null], { log }))
      .rejects.toThrow('"recent:list" refused: not called from the Glossa window');
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('https://example.com/'));
  });

  it('passes a validated request and returns the handler result', async () => {
    const handler = vi.fn(async (request: { path: string }) => ({ name: path.basename(request.path), bytes: new Uint8Array() }));
    const result = await dispatch('recent:open', handler, frame(RENDERER_ENTRY_URL), [{ path: '/tmp/a.txt' }]);
    expect(result).toEqual({ name: 'a.txt', bytes: new Uint8Array() });
    expect(handler).toHaveBeenCalledWith({ path: '/tmp/a.txt' }, expect.anything());
  });

  it('passes a user-facing error message through unchanged', async () => {
    const handler = () => Promise.reject(new UserFacingError('a.txt: the disk is full'));
    await expect(dispatch('work:location', handler, frame(RENDERER_ENTRY_URL), [null])).rejects.toThrow(/^a\.txt: the disk is full$/);
  });

  it('hides internal errors behind a generic message and logs them', async () => {
    const log = vi.fn();
    const handler = () => Promise.reject(new Error('EIO at /home/user/.config/secret'));
    const call = dispatch('work:location', handler, frame(RENDERER_ENTRY_URL), [null], { log });
    await expect(call).rejects.toThrow('"work:location" failed unexpectedly; details are in the Glossa log');
    expect(log).toHaveBeenCalledWith('IPC "work:location" failed:', expect.any(Error));
  });

  it('handle registers the channel under its name, guarded', async () => {
    const registered = new Map<string, (event: never, ...args: unknown[]) => unknown>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) };
    handle(ipcMain, 'recent:list', () => ['/a.txt'], { log: () => undefined });
    const listener = registered.get('recent:list');
    expect(listener).toBeDefined();
    await expect(listener?.(frame(RENDERER_ENTRY_URL) as never, null)).resolves.toEqual(['/a.txt']);
    await expect(listener?.(frame('https://evil.example/') as never, null)).rejects.toThrow(/refused/);
  });
});

describe('resolveRendererAsset', () => {
  const root = path.resolve('/opt/glossa/dist/renderer');

  it.each([
    ['app://glossa/index.html', 'index.html'],
    ['app://glossa/', 'index.html'],
    ['app://glossa/assets/main-abc.js?v=1#x', 'assets/main-abc.js'],
    ['app://glossa/assets/na%20me.css', 'assets/na me.css'],
  ])('maps %s inside the renderer folder', (url, relative) => {
    expect(resolveRendererAsset(root, url)).toBe(path.join(root, relative));
  });

  it.each(['app://glossa/../../etc/passwd', 'app://glossa/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the folder (the URL parser resolves the dots first)',
    (url) => {
      expect(resolveRendererAsset(root, url)).toBe(path.join(root, 'etc', 'passwd'));
    },
  );

  it.each([
    'app://glossa/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://glossa/assets/..%5c..%5csecret',
    'app://glossa/%00index.html',
    'app://glossa/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveRendererAsset(root, url)).toBeNull();
  });

  it('serves known types with a charset and unknown ones as bytes', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/editor.worker.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/blob.bin')).toBe('application/octet-stream');
  });
});

describe('isForbiddenRequestUrl', () => {
  it.each(['https://example.com/x.js', 'http://127.0.0.1:8080/', 'wss://example.com/', 'file:///etc/passwd', 'nonsense'])(
    'blocks %s',
    (url) => expect(isForbiddenRequestUrl(url)).toBe(true),
  );
  it.each(['app://glossa/index.html', 'devtools://devtools/bundled/inspector.html', 'blob:app://glossa/1234'])(
    'allows %s',
    (url) => expect(isForbiddenRequestUrl(url)).toBe(false),
  );
});
