import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '../../renderer/host/host';
import { createAutosaveStore, PREVIOUS_SESSION_FILE, SESSION_FILE } from '../../electron/autosave';

const snapshot = (postEdit: string): SessionSnapshot => ({
  version: 1,
  articleName: 'a.txt',
  mtText: 'Лавров встретился с Керри.',
  postEdit,
  lineEnding: '\r\n',
  glossaries: [],
  skipped: [],
  cursor: { lineNumber: 1, column: 3 },
  savedAt: 1_700_000_000_000,
  unsaved: true,
});

let dir: string;
const logs: string[] = [];
const store = () => createAutosaveStore({ dir, log: (m) => logs.push(m), now: () => new Date('2025-01-02T03:04:05.678Z') });

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'glossa-autosave-'));
  logs.length = 0;
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('autosave', () => {
  it('returns null when nothing was saved', async () => {
    expect(await store().read()).toBeNull();
  });

  it('round-trips a snapshot, creating the folder', async () => {
    dir = path.join(dir, 'nested', 'userData');
    await store().write(snapshot('Lavrov met Kerry.'));
    expect(await store().read()).toEqual(snapshot('Lavrov met Kerry.'));
  });

  it('keeps the previous good copy when it writes a new one', async () => {
    const autosave = store();
    await autosave.write(snapshot('one'));
    await autosave.write(snapshot('two'));
    const previous = JSON.parse(await fs.readFile(path.join(dir, PREVIOUS_SESSION_FILE), 'utf8'));
    expect(previous.postEdit).toBe('one');
    expect(await autosave.read()).toEqual(snapshot('two'));
  });

  it('applies concurrent writes in call order', async () => {
    const autosave = store();
    await Promise.all(['a', 'b', 'c', 'd'].map((text) => autosave.write(snapshot(text))));
    expect((await autosave.read())?.postEdit).toBe('d');
  });

  it('on a corrupt file returns null and keeps the file aside', async () => {
    await fs.writeFile(path.join(dir, SESSION_FILE), '{"version": 1, "articleNa');
    expect(await store().read()).toBeNull();
    const names = await fs.readdir(dir);
    expect(names).not.toContain(SESSION_FILE);
    const aside = names.find((name) => name.startsWith('session.corrupt-'));
    expect(aside).toBe('session.corrupt-2025-01-02T03-04-05-678Z.json');
    expect(await fs.readFile(path.join(dir, aside ?? ''), 'utf8')).toBe('{"version": 1, "articleNa');
    expect(logs.join('\n')).toMatch(/unreadable/);
  });

  it('treats valid JSON of the wrong shape, and invalid UTF-8, as corrupt', async () => {
    await fs.writeFile(path.join(dir, SESSION_FILE), JSON.stringify({ ...snapshot('x'), cursor: 'top' }));
    expect(await store().read()).toBeNull();
    await fs.writeFile(path.join(dir, SESSION_FILE), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await store().read()).toBeNull();
    expect((await fs.readdir(dir)).filter((n) => n.startsWith('session.corrupt-'))).toHaveLength(1);
  });

  it('falls back to the previous good copy when the latest is corrupt', async () => {
    const autosave = store();
    await autosave.write(snapshot('good'));
    await autosave.write(snapshot('newer'));
    await fs.writeFile(path.join(dir, SESSION_FILE), 'garbage');
    expect((await store().read())?.postEdit).toBe('good');
  });

  it('a fresh write after a corrupt file works and does not rotate the garbage into the previous slot', async () => {
    await fs.writeFile(path.join(dir, SESSION_FILE), 'garbage');
    const autosave = store();
    await autosave.write(snapshot('fresh'));
    expect((await autosave.read())?.postEdit).toBe('fresh');
    await expect(fs.access(path.join(dir, PREVIOUS_SESSION_FILE))).rejects.toThrow();
  });

  it('clear removes both copies', async () => {
    const autosave = store();
    await autosave.write(snapshot('one'));
    await autosave.write(snapshot('two'));
    await autosave.clear();
    expect(await autosave.read()).toBeNull();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('flush waits for queued writes', async () => {
    const autosave = store();
    void autosave.write(snapshot('queued'));
    await autosave.flush();
    expect(JSON.parse(await fs.readFile(path.join(dir, SESSION_FILE), 'utf8')).postEdit).toBe('queued');
  });
});
