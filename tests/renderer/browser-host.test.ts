// The browser edition's store of each article's work (renderer/host/browser-host.ts) on
// the in-memory key-value store IndexedDB falls back to: per-article keys, the bound on
// kept articles with the glossary copies they need, embedded glossary bytes stored once,
// and the one-slot session of earlier versions migrated.
import { describe, expect, it } from 'vitest';
import { BrowserHost } from '../../renderer/host/browser-host';
import { memoryKeyValueStore } from '../../renderer/host/idb-kv';
import { hashBytes } from '../../shared/hash';
import { workKey } from '../../shared/work';
import { workOf } from '../electron/work-fixtures';

describe('BrowserHost work store', () => {
  it('keeps each article apart and reads back exactly; the latest is the one saved last', async () => {
    const host = new BrowserHost(memoryKeyValueStore());
    const a = workOf({ name: 'a.txt', postEdit: 'Lavrov in A.\n', savedAt: 1, full: true });
    const b = workOf({ name: 'b.txt', postEdit: 'B.\n', savedAt: 2 });
    await host.writeWork(a);
    await host.writeWork(b);
    expect(await host.readWork(workKey(a.article))).toEqual(a);
    expect(await host.readWork(workKey(b.article))).toEqual(b);
    expect(await host.latestWork()).toEqual(b);
    await host.writeWork({ ...a, savedAt: 3 });
    expect((await host.latestWork())?.article.name).toBe('a.txt');
  });

  it('keeps the most recent articles only, and the glossary copies they still need', async () => {
    const only = new TextEncoder().encode('only\tthis\n');
    const shared = new TextEncoder().encode('shared\tterm\n');
    const store = memoryKeyValueStore();
    const host = new BrowserHost(store, 2);
    const works = ['a', 'b', 'c'].map((name, i) =>
      workOf({ name: `${name}.txt`, savedAt: i, glossaries: [{ file: 'shared.tsv', bytes: shared, embed: true }, ...(name === 'a' ? [{ file: 'only.tsv', bytes: only, embed: true }] : [])] }),
    );
    for (const work of works) await host.writeWork(work);
    expect(await host.readWork(workKey(works[0]!.article))).toBeNull();
    expect(await host.readGlossaryCopy(hashBytes(only))).toBeNull();
    expect(await host.readGlossaryCopy(hashBytes(shared))).toEqual(shared);
    // Stored works name their glossaries by hash; the bytes are kept once.
    expect((await host.readWork(workKey(works[2]!.article)))?.glossaries.every((g) => g.base64 === undefined)).toBe(true);
  });

  it('turns the autosave of earlier versions into its article’s work', async () => {
    const store = memoryKeyValueStore();
    await store.set('autosave', {
      version: 1, articleName: 'old.txt', mtText: 'Sands said.\n', postEdit: 'Peskov said.\n', lineEnding: '\n', glossaries: [],
      skipped: [], cursor: { lineNumber: 1, column: 1 }, savedAt: 9, unsaved: true,
    });
    const host = new BrowserHost(store);
    expect(await host.latestWork()).toMatchObject({ article: { name: 'old.txt' }, mt: 'Sands said.\n', postEdit: 'Peskov said.\n', unsavedChanges: true });
    expect(await store.get('autosave')).toBeUndefined();
  });

  it('marks the user glossary as such', async () => {
    const host = new BrowserHost(memoryKeyValueStore());
    await host.writeUserGlossary(new TextEncoder().encode('a\tb\n'));
    expect(await host.readUserGlossary()).toMatchObject({ name: 'my-corrections.tsv', role: 'user-glossary' });
  });
});

describe('BrowserHost spelling words', () => {
  it('keeps the user’s words per language, and reads a damaged record as none', async () => {
    const store = memoryKeyValueStore();
    const host = new BrowserHost(store);
    expect(await host.readUserWords('en')).toEqual([]);
    await host.writeUserWords('en', ['Glossa', 'Kerrys']);
    await host.writeUserWords('de', ['Bahnstreik']);
    expect(await host.readUserWords('en')).toEqual(['Glossa', 'Kerrys']);
    expect(await host.readUserWords('de')).toEqual(['Bahnstreik']);
    await store.set('user-words:ru', 'not a list');
    expect(await host.readUserWords('ru')).toEqual([]);
    await store.set('user-words:ru', ['Песков', 7, '']);
    expect(await host.readUserWords('ru')).toEqual(['Песков']);
  });
});
