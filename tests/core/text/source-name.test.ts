import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSourceFileName, sourceFileCandidates } from '../../../core/text/source-name.js';

describe('findSourceFileName', () => {
  const seedFolder = ['kremlin-kerry.mt.txt', 'kremlin-kerry.pe.txt', 'kremlin-kerry.ru.txt', 'bahn-streik.de.txt', 'bahn-streik.mt.txt', 'bahn-streik.pe.txt'];

  it('finds the seeds’ sources in the seeds folder', () => {
    expect(findSourceFileName('kremlin-kerry.mt.txt', 'en', seedFolder)).toBe('kremlin-kerry.ru.txt');
    expect(findSourceFileName('bahn-streik.mt.txt', 'en', seedFolder)).toBe('bahn-streik.de.txt');
    expect(findSourceFileName('/home/editor/seeds/bahn-streik.mt.txt', 'en', seedFolder.map((name) => `/home/editor/seeds/${name}`))).toBe(
      '/home/editor/seeds/bahn-streik.de.txt',
    );
  });

  it('prefers name.src.txt to a language-named file', () => {
    expect(findSourceFileName('story.mt.txt', 'en', ['story.mt.txt', 'story.ru.txt', 'story.src.txt'])).toBe('story.src.txt');
    expect(findSourceFileName('story.txt', undefined, ['story.txt', 'story.SRC.TXT'])).toBe('story.SRC.TXT');
  });

  it('never takes a file in the MT’s own language, given or in the MT’s name', () => {
    expect(findSourceFileName('story.txt', 'en', ['story.txt', 'story.en.txt'])).toBeUndefined();
    expect(findSourceFileName('story.txt', 'eng', ['story.txt', 'story.en-GB.txt', 'story.de.txt'])).toBe('story.de.txt');
    expect(findSourceFileName('bericht.en.txt', undefined, ['bericht.en.txt', 'bericht.de.txt'])).toBe('bericht.de.txt');
    expect(findSourceFileName('bericht.en.txt', undefined, ['bericht.en.txt', 'bericht.en-US.txt'])).toBeUndefined();
  });

  it('does not read the role markers mt and pe as languages (mt is also Maltese), nor other files as sources', () => {
    expect(findSourceFileName('story.mt.txt', 'en', ['story.mt.txt', 'story.pe.txt'])).toBeUndefined();
    expect(findSourceFileName('story.pe.txt', 'en', ['story.mt.txt', 'story.pe.txt', 'story.ru.txt'])).toBe('story.ru.txt');
    expect(findSourceFileName('story.mt.txt', 'en', ['story.ru.docx', 'story.report.html', 'other.ru.txt', 'story.ru.txt.bak', 'story.xx.txt'])).toBeUndefined();
    expect(findSourceFileName('a.b.mt.txt', 'en', ['a.ru.txt', 'a.b.ru.txt'])).toBe('a.b.ru.txt');
  });

  it('chooses none when two languages qualify, and lists them', () => {
    const siblings = ['story.txt', 'story.ru.txt', 'story.de.md'];
    expect(findSourceFileName('story.txt', 'en', siblings)).toBeUndefined();
    expect(sourceFileCandidates('story.txt', 'en', siblings)).toEqual({ marked: [], byLanguage: ['story.de.md', 'story.ru.txt'] });
  });

  it('property: the answer is always one of the siblings, never the MT itself, and in another language', () => {
    const names = fc.constantFrom('story', 'Story', 'a.b', 'x');
    const markers = fc.constantFrom('', '.mt', '.pe', '.src', '.en', '.ru', '.de', '.en-GB', '.xx', '.source');
    const extensions = fc.constantFrom('.txt', '.md', '.TXT', '.docx', '');
    const file = fc.tuple(names, markers, extensions).map((parts) => parts.join(''));
    fc.assert(
      fc.property(file, fc.constantFrom('en', 'ru', undefined), fc.array(file, { maxLength: 8 }), (mt, language, siblings) => {
        const found = findSourceFileName(mt, language, [mt, ...siblings]);
        if (found === undefined) return;
        expect(siblings).toContain(found);
        expect(found.toLowerCase()).not.toBe(mt.toLowerCase());
        if (language !== undefined) expect(found.toLowerCase()).not.toContain(`.${language}.`);
      }),
    );
  });
});
