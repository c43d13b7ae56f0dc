// The main process's two new stores of issue 12, on a real folder: the article's source
// found beside it by name (electron/source-files.ts), and the user's spelling words per
// language (electron/user-dictionary.ts).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSourceBeside } from '../../electron/source-files';
import { createUserDictionaryStore, parseUserWords, USER_DICTIONARY_FOLDER } from '../../electron/user-dictionary';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'glossa-source-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function files(names: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(names)) await fs.writeFile(path.join(dir, name), text);
}

describe('the source beside the article', () => {
  it('reads the sibling the naming rule names: name.<lang>.txt in another language than the MT', async () => {
    await files({ 'story.mt.txt': 'The MT.', 'story.ru.txt': 'Оригинал.', 'story.pe.txt': 'Post-edit.', 'other.de.txt': 'Anderes.' });
    const found = await findSourceBeside(path.join(dir, 'story.mt.txt'), 'en');
    expect(found).toEqual({ name: 'story.ru.txt', path: path.join(dir, 'story.ru.txt'), bytes: new Uint8Array(Buffer.from('Оригинал.')) });
  });

  it('prefers name.src.txt, and names none when two languages are equally likely', async () => {
    await files({ 'story.mt.txt': 'The MT.', 'story.ru.txt': 'Оригинал.', 'story.de.txt': 'Original.' });
    expect(await findSourceBeside(path.join(dir, 'story.mt.txt'), 'en')).toBeNull();
    await files({ 'story.src.txt': 'The marked source.' });
    expect((await findSourceBeside(path.join(dir, 'story.mt.txt'), 'en'))?.name).toBe('story.src.txt');
  });

  it('skips a sibling in the MT’s own language, a folder of that name, and a folder that is gone', async () => {
    await files({ 'bericht.en.txt': 'The MT.', 'bericht.en-GB.txt': 'Also English.' });
    expect(await findSourceBeside(path.join(dir, 'bericht.en.txt'), undefined)).toBeNull();
    await fs.mkdir(path.join(dir, 'bericht.de.txt'));
    expect(await findSourceBeside(path.join(dir, 'bericht.en.txt'), 'en')).toBeNull();
    expect(await findSourceBeside(path.join(dir, 'gone', 'story.mt.txt'), 'en')).toBeNull();
  });

  it('looks only beside an article file named by an absolute path', async () => {
    await expect(findSourceBeside('story.mt.txt', 'en')).rejects.toThrow(/not an article file/);
    await expect(findSourceBeside(path.join(dir, 'passwd'), 'en')).rejects.toThrow(/not an article file/);
    await expect(findSourceBeside(path.join(dir, 'work.glossa'), 'en')).rejects.toThrow(/not an article file/);
  });
});

describe('the user’s spelling words', () => {
  it('are kept per language, one word a line, and read back as written', async () => {
    const store = createUserDictionaryStore({ dir });
    expect(await store.read('en')).toEqual([]);
    await store.write('en', ['Glossa', 'Kerrys']);
    await store.write('de', ['Bahnstreik']);
    expect(await store.read('en')).toEqual(['Glossa', 'Kerrys']);
    expect(await store.read('de')).toEqual(['Bahnstreik']);
    expect(await fs.readFile(path.join(dir, USER_DICTIONARY_FOLDER, 'en.txt'), 'utf8')).toBe('Glossa\nKerrys\n');
    await store.write('en', []);
    expect(await store.read('en')).toEqual([]);
  });

  it('finish quick writes in order', async () => {
    const store = createUserDictionaryStore({ dir });
    await Promise.all([store.write('en', ['a']), store.write('en', ['a', 'b']), store.write('en', ['a', 'b', 'c'])]);
    expect(await store.read('en')).toEqual(['a', 'b', 'c']);
  });

  it('read a file edited by hand: blank lines, comments, repeats and CRLF', () => {
    expect(parseUserWords('# my words\r\nGlossa\r\n\r\n  Kerrys  \nGlossa\n' + 'x'.repeat(201) + '\n')).toEqual(['Glossa', 'Kerrys']);
  });
});
