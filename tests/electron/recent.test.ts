import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentList, normaliseRecent, RECENT_FILE } from '../../electron/recent';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'glossa-recent-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const abs = (name: string) => path.join(dir, name);

describe('recent articles', () => {
  it('starts empty', async () => {
    expect(await createRecentList({ dir }).list()).toEqual([]);
  });

  it('puts the newest first, without duplicates, and tells the OS', async () => {
    const told: string[] = [];
    const recent = createRecentList({ dir, addRecentDocument: (p) => told.push(p) });
    await recent.add(abs('a.txt'));
    await recent.add(abs('b.txt'));
    await recent.add(abs('a.txt'));
    expect(await recent.list()).toEqual([abs('a.txt'), abs('b.txt')]);
    expect(told).toEqual([abs('a.txt'), abs('b.txt'), abs('a.txt')]);
  });

  it('keeps at most `limit` entries', async () => {
    const recent = createRecentList({ dir, limit: 3 });
    for (const name of ['1', '2', '3', '4', '5']) await recent.add(abs(`${name}.txt`));
    expect(await recent.list()).toEqual([abs('5.txt'), abs('4.txt'), abs('3.txt')]);
  });

  it('persists across instances', async () => {
    await createRecentList({ dir }).add(abs('a.txt'));
    const reloaded = createRecentList({ dir });
    expect(await reloaded.list()).toEqual([abs('a.txt')]);
    expect(await reloaded.has(abs('a.txt'))).toBe(true);
    expect(await reloaded.has(abs('b.txt'))).toBe(false);
  });

  it('removes an entry', async () => {
    const recent = createRecentList({ dir });
    await recent.add(abs('a.txt'));
    await recent.add(abs('b.txt'));
    expect(await recent.remove(abs('a.txt'))).toEqual([abs('b.txt')]);
    expect(await createRecentList({ dir }).list()).toEqual([abs('b.txt')]);
  });

  it('survives a corrupt file as an empty list, then rewrites it', async () => {
    await fs.writeFile(path.join(dir, RECENT_FILE), '[[[not json');
    const recent = createRecentList({ dir });
    expect(await recent.list()).toEqual([]);
    await recent.add(abs('a.txt'));
    expect(JSON.parse(await fs.readFile(path.join(dir, RECENT_FILE), 'utf8'))).toEqual([abs('a.txt')]);
  });

  it('compares paths case-insensitively on Windows and macOS only', async () => {
    const mac = createRecentList({ dir, platform: 'darwin' });
    await mac.add('/Users/me/A.txt');
    await mac.add('/Users/me/a.txt');
    expect(await mac.list()).toEqual(['/Users/me/a.txt']);
    expect(normaliseRecent(['/x/A.txt', '/x/a.txt'], 10, 'linux')).toEqual(['/x/A.txt', '/x/a.txt']);
  });

  it('drops entries that are not absolute path strings', () => {
    expect(normaliseRecent(['relative.txt', 42, null, '', '/ok.txt', '/ok.txt'], 10, 'linux')).toEqual(['/ok.txt']);
    expect(normaliseRecent({ 0: '/a.txt' }, 10, 'linux')).toEqual([]);
  });
});
