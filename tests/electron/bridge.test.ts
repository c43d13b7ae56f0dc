// The preload's bridge: each Host-facing function calls the right channel with a payload
// that the main process validator accepts (so the two ends agree), and events reach the
// listeners with their payloads unwrapped.
import { describe, expect, it } from 'vitest';
import { createBridge } from '../../electron/bridge';
import {
  validateRequest, type EventPayloadOf, type Invoke, type InvokeChannel, type MainEvent, type Subscribe,
} from '../../shared/contract';
import { workKey } from '../../shared/work';
import { workOf } from './work-fixtures';

function harness() {
  const calls: { channel: InvokeChannel; request: unknown }[] = [];
  const invoke = (async (channel: InvokeChannel, request: unknown) => {
    calls.push({ channel, request });
    return null;
  }) as Invoke;
  const listeners = new Map<MainEvent, (payload: unknown) => void>();
  const subscribe = ((event: MainEvent, listener: (payload: unknown) => void) => {
    listeners.set(event, listener);
    return () => listeners.delete(event);
  }) as Subscribe;
  const emit = <E extends MainEvent>(event: E, payload: EventPayloadOf<E>) => listeners.get(event)?.(payload);
  const bridge = createBridge(invoke, subscribe, () => '/dropped/a.txt');
  return { bridge, calls, emit, listeners };
}

const work = workOf({ full: true });

describe('glossaBridge', () => {
  it('sends every operation on its channel with a payload main accepts', async () => {
    const { bridge, calls } = harness();
    const bytes = new Uint8Array([65]);
    await bridge.openArticle();
    await bridge.openGlossaries();
    await bridge.openRecent('/docs/a.txt');
    await bridge.recentArticles();
    await bridge.addRecentArticle('/docs/a.txt');
    await bridge.saveExport('a.pe.txt', bytes, 'text/plain');
    await bridge.readWork(workKey(work.article));
    await bridge.writeWork(work);
    await bridge.latestWork();
    await bridge.keepGlossaryCopy('0123456789abcdef', bytes);
    await bridge.readGlossaryCopy('0123456789abcdef');
    await bridge.workLocation();
    await bridge.saveWorkFile('a.mt.glossa', bytes, { articlePath: '/docs/a.mt.txt' });
    await bridge.saveWorkFile('a.mt.glossa', bytes, { target: '/docs/a.mt.glossa' });
    await bridge.readUserGlossary();
    await bridge.writeUserGlossary(bytes);
    await bridge.writeGlossaryFile('/docs/terms.tsv', bytes, '0123456789abcdef');
    await bridge.setTitle('Glossa', true);
    await bridge.respondToCloseRequest(4, 'stay');
    expect(calls.map((c) => c.channel)).toEqual([
      'article:open', 'glossaries:open', 'recent:open', 'recent:list', 'recent:add', 'export:save', 'work:read',
      'work:write', 'work:latest', 'work:keep-glossary', 'work:glossary', 'work:location', 'work:save-file', 'work:save-file',
      'user-glossary:read', 'user-glossary:write', 'glossary:write', 'window:set-title', 'window:close-response',
    ]);
    for (const { channel, request } of calls) expect(() => validateRequest(channel, request), channel).not.toThrow();
    expect(calls[5]?.request).toEqual({ suggestedName: 'a.pe.txt', bytes, mimeType: 'text/plain' });
    expect(calls[12]?.request).toEqual({ suggestedName: 'a.mt.glossa', bytes, articlePath: '/docs/a.mt.txt' });
    expect(calls[13]?.request).toEqual({ suggestedName: 'a.mt.glossa', bytes, target: '/docs/a.mt.glossa' });
  });

  it('exposes no generic invoke or ipcRenderer', () => {
    const { bridge } = harness();
    expect(Object.keys(bridge)).not.toContain('invoke');
    expect(Object.keys(bridge)).not.toContain('ipcRenderer');
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('unwraps events for the listeners and can unsubscribe', () => {
    const { bridge, emit, listeners } = harness();
    const commands: string[] = [];
    const paths: string[] = [];
    const requests: number[] = [];
    const off = bridge.onMenuCommand((c) => commands.push(c));
    bridge.onOpenRecent((p) => paths.push(p));
    bridge.onCloseRequested((id) => requests.push(id));
    emit('menu:command', 'apply-all');
    emit('menu:open-recent', { path: '/docs/b.txt' });
    emit('window:close-requested', { requestId: 3 });
    expect([commands, paths, requests]).toEqual([['apply-all'], ['/docs/b.txt'], [3]]);
    off();
    expect(listeners.has('menu:command')).toBe(false);
  });

  it('passes dropped files to the path lookup', () => {
    const { bridge } = harness();
    expect(bridge.pathForFile({ name: 'a.txt' })).toBe('/dropped/a.txt');
  });
});

describe('preload wiring', () => {
  it('bundles to code that requires nothing but electron (sandbox rule)', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: ['electron/preload.ts'], bundle: true, write: false, format: 'cjs', platform: 'browser',
      external: ['electron'], logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
  });
});

