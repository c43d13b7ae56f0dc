// The main process's store of each article's work (electron/work-store.ts), on a real
// folder: one file per article found by its key, the previous copy kept, corrupt files
// moved aside, the index rebuilt when lost, the 200-article bound (here 3) with the
// glossary copies nobody needs deleted, and the one-slot session of earlier versions
// migrated.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkStore, INDEX_FILE, WORK_DIR } from '../../electron/work-store';
import { hashBytes } from '../../shared/hash';
import { workId, workKey, type ArticleWork } from '../../shared/work';
import { workOf } from './work-fixtures';

let dir: string;
const logs: string[] = [];
const store = (limit?: number) =>
  createWorkStore({ dir, log: (m) => logs.push(m), now: () => new Date('2025-01-02T03:04:05.678Z'), ...(limit ? { limit } : {}) });
const workDir = () => path.join(dir, WORK_DIR);
const fileOf = (work: ArticleWork) => path.join(workDir(), `${workId(workKey(work.article))}.json`);

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'glossa-work-'));
  logs.length = 0;
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('work store', () => {
  it('has nothing before the first write', async () => {
    expect(await store().latest()).toBeNull();
    expect(await store().read(workKey(workOf().article))).toBeNull();
  });

  it('round-trips a work with every field, creating the folder', async () => {
    dir = path.join(dir, 'nested', 'userData');
    const work = workOf({ full: true, path: '/docs/a.mt.txt' });
    await store().write(work);
    expect(await store().read(workKey(work.article))).toEqual(work);
    expect(await store().latest()).toEqual(work);
  });

  it('keeps each article apart: two and three articles written in turn come back exactly', async () => {
    const works = ['a', 'b', 'c'].map((name, i) => workOf({ name: `${name}.txt`, path: `/docs/${name}.txt`, postEdit: `Text of ${name}.\n`, savedAt: 1000 + i }));
    const autosave = store();
    for (const round of [0, 1]) {
      for (const work of works) await autosave.write({ ...work, postEdit: `${work.postEdit}round ${round}\n`, applied: [] });
    }
    const fresh = store();
    for (const work of works) expect((await fresh.read(workKey(work.article)))?.postEdit).toBe(`${work.postEdit}round 1\n`);
    expect((await fresh.latest())?.article.name).toBe('c.txt');
  });

  it('the same path with another MT is another article', async () => {
    const first = workOf({ path: '/docs/a.txt', mt: 'One.\n', postEdit: 'One!\n' });
    const second = workOf({ path: '/docs/a.txt', mt: 'Two.\n', postEdit: 'Two!\n' });
    await store().write(first);
    await store().write(second);
    expect((await store().read(workKey(first.article)))?.postEdit).toBe('One!\n');
    expect((await store().read(workKey(second.article)))?.postEdit).toBe('Two!\n');
  });

  it('keeps the previous good copy when it writes a new one, and falls back to it', async () => {
    const autosave = store();
    await autosave.write(workOf({ postEdit: 'one' }));
    await autosave.write(workOf({ postEdit: 'two' }));
    const work = workOf();
    const previous = JSON.parse(await fs.readFile(fileOf(work).replace(/\.json$/, '.previous.json'), 'utf8'));
    expect(previous.postEdit).toBe('one');
    await fs.writeFile(fileOf(work), 'garbage');
    expect((await store().read(workKey(work.article)))?.postEdit).toBe('one');
    // The garbage is kept aside for a human, never deleted.
    expect((await fs.readdir(workDir())).some((name) => name.includes('.corrupt-2025-01-02T03-04-05-678Z'))).toBe(true);
    expect(logs.join('\n')).toMatch(/unreadable/);
  });

  it('applies concurrent writes in call order', async () => {
    const autosave = store();
    await Promise.all(['a', 'b', 'c', 'd'].map((text) => autosave.write(workOf({ postEdit: text }))));
    expect((await autosave.read(workKey(workOf().article)))?.postEdit).toBe('d');
  });

  it('treats valid JSON of the wrong shape, and invalid UTF-8, as corrupt', async () => {
    const work = workOf();
    await fs.mkdir(workDir(), { recursive: true });
    await fs.writeFile(fileOf(work), JSON.stringify({ ...work, view: 'top' }));
    expect(await store().read(workKey(work.article))).toBeNull();
    await fs.writeFile(fileOf(work), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await store().read(workKey(work.article))).toBeNull();
  });

  it('rebuilds a lost or corrupt index from the works themselves', async () => {
    const autosave = store();
    await autosave.write(workOf({ name: 'old.txt', savedAt: 1 }));
    await autosave.write(workOf({ name: 'new.txt', savedAt: 2 }));
    await fs.writeFile(path.join(workDir(), INDEX_FILE), '[{"key":');
    expect((await store().latest())?.article.name).toBe('new.txt');
    await fs.rm(path.join(workDir(), INDEX_FILE));
    expect((await store().latest())?.article.name).toBe('new.txt');
  });

  it('keeps the most recent articles only, with the glossary copies they need', async () => {
    const shared = new TextEncoder().encode('Sands\tPeskov\n');
    const only = new TextEncoder().encode('us\tUS\n');
    const autosave = store(3);
    const works = ['a', 'b', 'c', 'd'].map((name, i) =>
      workOf({ name: `${name}.txt`, savedAt: i, glossaries: name === 'a' ? [{ file: 'only.tsv', bytes: only }, { file: 'shared.tsv', bytes: shared }] : [{ file: 'shared.tsv', bytes: shared }] }),
    );
    await autosave.keepGlossary(hashBytes(only), only);
    await autosave.keepGlossary(hashBytes(shared), shared);
    for (const work of works) await autosave.write(work);
    // "a" was pushed out: its work and the copy only it needed are gone.
    expect(await autosave.read(workKey(works[0]!.article))).toBeNull();
    expect(await autosave.readGlossary(hashBytes(only))).toBeNull();
    expect(await autosave.readGlossary(hashBytes(shared))).toEqual(shared);
    for (const work of works.slice(1)) expect(await autosave.read(workKey(work.article))).not.toBeNull();
    const files = (await fs.readdir(workDir())).filter((name) => name.endsWith('.json') && name !== INDEX_FILE && !name.includes('previous'));
    expect(files).toHaveLength(3);
  });

  it('stores the bytes a .glossa file embedded once, and works name them by hash', async () => {
    const bytes = new TextEncoder().encode('Duma\tState Duma\n');
    const work = workOf({ glossaries: [{ file: '/g/politics.tsv', bytes, embed: true }] });
    await store().write(work);
    const stored = await store().read(workKey(work.article));
    expect(stored?.glossaries[0]?.base64).toBeUndefined();
    expect(await store().readGlossary(hashBytes(bytes))).toEqual(bytes);
  });

  it('turns the session.json of earlier versions into its article’s work, once, keeping its glossary', async () => {
    const glossary = new TextEncoder().encode('Sands\tPeskov\n');
    const session = {
      version: 1, articleName: 'old.mt.txt', articlePath: '/docs/old.mt.txt', mtText: 'Sands said.\n', postEdit: 'Peskov said, edited.\n',
      lineEnding: '\n', skipped: ['0:Sands'], cursor: { lineNumber: 1, column: 4 }, savedAt: 5, unsaved: true, hadBom: true, encoding: 'windows-1251',
      glossaries: [
        { name: 'names', file: '/g/names.tsv', base64: Buffer.from(glossary).toString('base64'), enabled: false },
        { name: 'mine', file: '/userData/user-glossary.tsv', base64: Buffer.from('a\tb\n').toString('base64'), enabled: true },
      ],
    };
    await fs.writeFile(path.join(dir, 'session.json'), JSON.stringify(session));
    const work = await store().latest();
    expect(work).toMatchObject({
      article: { name: 'old.mt.txt', path: '/docs/old.mt.txt', encoding: 'windows-1251', hadBom: true },
      mt: 'Sands said.\n',
      postEdit: 'Peskov said, edited.\n',
      unsavedChanges: true,
      view: { cursor: { lineNumber: 1, column: 4 } },
      skipped: [{ start: 0, source: 'Sands' }],
    });
    expect(work?.glossaries.map((g) => [g.file, g.enabled, g.user ?? false])).toEqual([['/g/names.tsv', false, false], ['my-corrections.tsv', true, true]]);
    expect(await store().readGlossary(hashBytes(glossary))).toEqual(glossary);
    expect(await fs.readdir(dir)).toContain('session.migrated.json');
    expect(await fs.readdir(dir)).not.toContain('session.json');
  });

  it('flush waits for queued writes', async () => {
    const autosave = store();
    const work = workOf({ postEdit: 'queued' });
    void autosave.write(work);
    await autosave.flush();
    expect(JSON.parse(await fs.readFile(fileOf(work), 'utf8')).postEdit).toBe('queued');
  });
});
