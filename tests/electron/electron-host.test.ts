import { describe, expect, it, vi } from 'vitest';
import type { CloseDecision, GlossaBridge } from '../../shared/contract';
import { cleanIpcError, ElectronHost } from '../../renderer/host/electron-host';

function fakeBridge(overrides: Partial<GlossaBridge> = {}) {
  let closeRequested: ((id: number) => void) | undefined;
  const answers: [number, CloseDecision][] = [];
  let answered: () => void = () => undefined;
  const bridge: GlossaBridge = {
    openArticle: vi.fn(async () => ({ name: 'a.txt', path: '/d/a.txt', bytes: new Uint8Array([1]) })),
    openGlossaries: vi.fn(async () => []),
    openRecent: vi.fn(async () => null),
    recentArticles: vi.fn(async () => ['/d/a.txt']),
    addRecentArticle: vi.fn(async () => undefined),
    pathForFile: vi.fn(() => '/d/dropped.txt'),
    saveExport: vi.fn(async () => '/d/a.pe.txt'),
    readWork: vi.fn(async () => null),
    writeWork: vi.fn(async () => undefined),
    latestWork: vi.fn(async () => null),
    keepGlossaryCopy: vi.fn(async () => undefined),
    readGlossaryCopy: vi.fn(async () => null),
    workLocation: vi.fn(async () => '/userData/work'),
    saveWorkFile: vi.fn(async () => '/d/a.glossa'),
    readUserGlossary: vi.fn(async () => null),
    writeUserGlossary: vi.fn(async () => undefined),
    openSource: vi.fn(async () => null),
    findSource: vi.fn(async () => null),
    readUserWords: vi.fn(async () => []),
    writeUserWords: vi.fn(async () => undefined),
    writeGlossaryFile: vi.fn(async () => undefined),
    setTitle: vi.fn(async () => undefined),
    onMenuCommand: vi.fn(() => () => undefined),
    onOpenRecent: vi.fn(() => () => undefined),
    onCloseRequested: vi.fn((listener: (id: number) => void) => {
      closeRequested = listener;
      return () => undefined;
    }),
    respondToCloseRequest: vi.fn(async (id: number, decision: CloseDecision) => {
      answers.push([id, decision]);
      answered();
    }),
    ...overrides,
  };
  const requestClose = (id: number) =>
    new Promise<void>((resolve) => {
      answered = resolve;
      closeRequested?.(id);
    });
  return { bridge, answers, requestClose };
}

const noSample = async () => {
  throw new Error('not in this test');
};

describe('ElectronHost', () => {
  it('answers close requests with the UI listener result', async () => {
    const { bridge, answers, requestClose } = fakeBridge();
    const host = new ElectronHost(bridge, noSample);
    await requestClose(1); // no listener yet: nothing unsaved to protect
    host.onCloseRequest(() => false);
    await requestClose(2);
    host.onCloseRequest(async () => true);
    await requestClose(3);
    host.onCloseRequest(() => {
      throw new Error('boom');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await requestClose(4);
    expect(answers).toEqual([[1, 'close'], [2, 'stay'], [3, 'close'], [4, 'failed']]);
  });

  it('strips Electron\'s remote-method prefix from errors', async () => {
    const failing = vi.fn(async () => {
      throw new Error("Error invoking remote method 'recent:open': Error: a.txt is not a recent article");
    });
    const host = new ElectronHost(fakeBridge({ openRecent: failing }).bridge, noSample);
    await expect(host.openRecent('/x/a.txt')).rejects.toThrow(/^a\.txt is not a recent article$/);
    expect(cleanIpcError('plain').message).toBe('plain');
  });

  it('passes files through with their own byte arrays', async () => {
    const { bridge } = fakeBridge();
    const host = new ElectronHost(bridge, noSample);
    const file = await host.openArticle();
    expect(file).toEqual({ name: 'a.txt', path: '/d/a.txt', bytes: new Uint8Array([1]) });
    expect(host.kind).toBe('electron');
  });

  it('gives dropped files their real path, and adds to Recent only what the window says opened', async () => {
    const { bridge } = fakeBridge();
    const host = new ElectronHost(bridge, noSample);
    const dropped = { name: 'dropped.txt', arrayBuffer: async () => new Uint8Array([7]).buffer } as unknown as File;
    const picked = await host.pickedFromDrop(dropped);
    expect(picked).toEqual({ name: 'dropped.txt', path: '/d/dropped.txt', bytes: new Uint8Array([7]) });
    // Picking is not opening: a file that fails to decode must not land in Recent.
    expect(bridge.addRecentArticle).not.toHaveBeenCalled();
    await host.addRecentArticle(picked);
    expect(bridge.addRecentArticle).toHaveBeenCalledWith('/d/dropped.txt');
    await host.addRecentArticle({ name: 'b.txt', bytes: new Uint8Array() });
    expect(bridge.addRecentArticle).toHaveBeenCalledTimes(1);
  });

  it('marks the user glossary as such, whatever the bridge said', async () => {
    const { bridge } = fakeBridge({ readUserGlossary: vi.fn(async () => ({ name: 'my-corrections.tsv', path: '/u/my-corrections.tsv', bytes: new Uint8Array([65]) })) });
    const host = new ElectronHost(bridge, noSample);
    expect(await host.readUserGlossary()).toEqual({ name: 'my-corrections.tsv', path: '/u/my-corrections.tsv', bytes: new Uint8Array([65]), role: 'user-glossary' });
  });

  it('setTitle marks the page title and never throws, even when the bridge fails', async () => {
    const page = { title: '' };
    vi.stubGlobal('document', page);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = vi.fn(async () => Promise.reject(new Error('gone')));
    const host = new ElectronHost(fakeBridge({ setTitle: failing }).bridge, noSample);
    expect(() => host.setTitle('a.txt — Glossa', true)).not.toThrow();
    expect(page.title).toBe('● a.txt — Glossa');
    expect(failing).toHaveBeenCalledWith('a.txt — Glossa', true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(warn).toHaveBeenCalled();
    host.setTitle('a.txt — Glossa', false);
    expect(page.title).toBe('a.txt — Glossa');
    vi.unstubAllGlobals();
  });
});
