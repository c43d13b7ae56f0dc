// The spell-check session on the real npm dictionaries (read by the CLI's loader): German
// compounds, Russian inflection, English; what is never flagged; user words, ignored
// words; re-checks that ask the dictionary only about new words.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDictionary } from '../../../cli/dictionaries.js';
import { loadGlossary } from '../../../core/glossary/index.js';
import { runQa } from '../../../core/qa/index.js';
import { createHunspell, type SpellEngine } from '../../../core/spell/hunspell.js';
import { scriptOfCharacter } from '../../../core/language/scripts.js';
import { createSpellChecker, protectedWordsOf, SpellChecker, spellLanguageOf, spellTokens } from '../../../core/spell/index.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const words = (checker: SpellChecker, text: string, protectedWords?: ReadonlySet<string>): string[] =>
  checker.check(text, protectedWords).map((misspelling) => misspelling.word);

let en: SpellChecker;
let de: SpellChecker;
let ru: SpellChecker;
beforeAll(async () => {
  const load = (language: string) => createSpellChecker(readDictionary(language)!);
  [en, de, ru] = await Promise.all([load('en'), load('de'), load('ru')]);
});

describe('spellTokens: what never reaches the dictionary', () => {
  const tokens = (text: string, script: string | undefined = 'Latin') => spellTokens(text, script).map((token) => token.word);

  it('skips numbers and words glued to them, URLs, e-mail, dotted abbreviations and domains, acronyms, single letters, tags', () => {
    // "48-hour" like "48-stündigen": the word part of a number compound is left alone.
    expect(tokens('In 2016 the 48-hour COVID-19 test of G7 and 3D km2 ran.')).toEqual(['In', 'the', 'test', 'of', 'and', 'ran']);
    expect(tokens('See https://tass.ru/politika/1?x=teh or www.exmaple.org, mail teh.editor@exmaple.com now')).toEqual(['See', 'or', 'mail', 'now']);
    expect(tokens('The U.S. and e.g. tass.ru and Lenta.ru')).toEqual(['The', 'and', 'and']);
    expect(tokens('NATO, the GDL’s and TASS said I saw a #tpyo by @edtior')).toEqual(['the', 'and', 'said', 'saw', 'by']);
  });

  it('skips words in another script than the dictionary’s', () => {
    expect(tokens('Peskov (Песков) said', 'Latin')).toEqual(['Peskov', 'said']);
    expect(tokens('Песков (Peskov) сказал', 'Cyrillic')).toEqual(['Песков', 'сказал']);
  });

  it('gives hyphenated words with their parts and exact offsets', () => {
    const text = 'the press-secretary of al‐Nusra';
    const [, compound, , named] = spellTokens(text, 'Latin');
    expect(compound).toEqual({ start: 4, end: 19, word: 'press-secretary', parts: [{ start: 4, end: 9, word: 'press' }, { start: 10, end: 19, word: 'secretary' }] });
    expect(named!.parts.map((part) => text.slice(part.start, part.end))).toEqual(['al', 'Nusra']);
  });
});

describe('spellTokens against a RegExp reference', () => {
  // The rules written as regular expressions, as a reader would state them; the module
  // scans by hand for speed and must agree on every input.
  function reference(text: string, script: string): string[] {
    const excluded = [...text.matchAll(/(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"«»“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu)]
      .map((m) => [m.index, m.index + m[0].length]);
    const out: string[] = [];
    for (const match of text.matchAll(/[\p{L}\p{M}]+(?:['’\-\u2010.][\p{L}\p{M}]+)*/gu)) {
      const [start, end, word] = [match.index, match.index + match[0].length, match[0]];
      if (word.includes('.') || excluded.some(([from, to]) => from! < end && to! > start)) continue;
      const [b2, b1, a1, a2] = [text[start - 2] ?? '', text[start - 1] ?? '', text[end] ?? '', text[end + 1] ?? ''];
      if (/\p{N}/u.test(b1) || /\p{N}/u.test(a1) || /[#@_]/.test(b1) || a1 === '_') continue;
      if ((/[-\u2010]/.test(b1) && /\p{N}/u.test(b2)) || (/[-\u2010]/.test(a1) && /\p{N}/u.test(a2))) continue;
      if (scriptOfCharacter(String.fromCodePoint(word.codePointAt(0)!)) !== script) continue;
      const bare = word.replace(/['’]s$/u, '');
      if ([...bare].length < 2 || (/\p{Lu}/u.test(bare) && !/\p{Ll}/u.test(bare))) continue;
      out.push(`${start}:${word}`);
    }
    return out;
  }

  it('property: the hand-written scanner finds exactly the reference’s tokens', () => {
    const pieces = ['a', 'B', 'ab', 'NATO', 'п', 'Песков', 'ß', 'é', 'e\u0301', '\u0301', '𝐀', '😀', '\ud800', ' ', '\n', '-', '‐', "'", '’', '’s', '.', ',', '1', '٣', '#', '@', '_', 'https://', 'www.', 'x@y.ru', '://'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.constantFrom('Latin', 'Cyrillic'), (parts, script) => {
        const text = parts.join('');
        expect(spellTokens(text, script).map((token) => `${token.start}:${token.word}`)).toEqual(reference(text, script));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('SpellChecker on the npm dictionaries', () => {
  it('flags "goverment recieved teh" and suggests the right words first', () => {
    const text = 'The goverment recieved teh report.';
    expect(en.check(text)).toEqual([
      { start: 4, end: 13, word: 'goverment' },
      { start: 14, end: 22, word: 'recieved' },
      { start: 23, end: 26, word: 'teh' },
    ]);
    expect(en.suggest('goverment')[0]).toBe('government');
    expect(en.suggest('recieved')[0]).toBe('received');
    expect(en.suggest('teh')[0]).toBe('the');
  });

  it('accepts correct German compound-rich news: only four words missing from the dictionary are flagged', () => {
    const text = `${read('tests/core/spell/fixtures/de-compounds.txt')}\n\n${read('seeds/bahn-streik.de.txt')}`;
    expect(words(de, text)).toEqual(['Regionalisierungsmittel', 'Normenkontrollklage', 'Qualifizierungsoffensive', 'Kurzfristigkeit']);
  });

  it('finds misspelt German compounds and suggests the intended word', () => {
    const typos: Array<[string, string]> = [
      ['Bundesregirung', 'Bundesregierung'], ['Klimaschutzpacket', 'Klimaschutzpaket'], ['Wärmepumenförderung', 'Wärmepumpenförderung'],
      ['Fachkräftemagel', 'Fachkräftemangel'], ['Strassenverkehr', 'Straßenverkehr'], ['Genehmigungsverfaren', 'Genehmigungsverfahren'],
      ['Koalitionsauschuss', 'Koalitionsausschuss'], ['Lokfüher', 'Lokführer'], ['Verkehrsminster', 'Verkehrsminister'],
    ];
    for (const [typo, intended] of typos) {
      expect(de.isCorrect(typo), typo).toBe(false);
      expect(de.suggest(typo).slice(0, 5), typo).toContain(intended);
    }
  });

  it('accepts inflected Russian and flags only names the dictionary lacks; glossary terms are never flagged', () => {
    const source = read('seeds/kremlin-kerry.ru.txt');
    expect([...new Set(words(ru, source))]).toEqual(['Керри', 'Башара', 'Асада', 'Обаме', 'Обама', 'Кирби', 'Джебхат', 'Нусра', 'авиаудары']);
    const terms = loadGlossary('ru-en-terms.csv', readFileSync(new URL('glossaries/ru-en-terms.csv', root)));
    expect([...new Set(words(ru, source, protectedWordsOf([terms])))]).toEqual(['Керри', 'Башара', 'Асада', 'Обаме', 'Обама', 'авиаудары']);
    expect(ru.isCorrect('сотруднечество')).toBe(false);
    expect(ru.suggest('сотруднечество')[0]).toBe('сотрудничество');
  });

  it('never flags a glossary’s sources or targets, nor words of the source text', () => {
    const pe = read('seeds/kremlin-kerry.pe.txt');
    expect([...new Set(words(en, pe))]).toEqual(['Dmitry', 'Peskov', 'militaries', 'Bashar', 'Sergey', 'Lavrov', 'Jabhat', 'al', 'Nusra']);
    const terms = loadGlossary('ru-en-terms.csv', readFileSync(new URL('glossaries/ru-en-terms.csv', root)));
    expect([...new Set(words(en, pe, protectedWordsOf([terms])))]).toEqual(['Dmitry', 'militaries', 'Bashar', 'Sergey']);
    const german = read('seeds/bahn-streik.pe.txt');
    expect([...new Set(words(en, german))]).toEqual(['Deutsche', "Bahn's", 'Bahn']);
    // "Bahn" is a word of the source ("Pro Bahn"); "Deutsche" is not ("der Deutschen Bahn"),
    // but the glossary's target "Deutsche Bahn" is.
    expect([...new Set(words(en, german, protectedWordsOf([], read('seeds/bahn-streik.de.txt'))))]).toEqual(['Deutsche']);
    const bahn = loadGlossary('de-en-bahn.csv', readFileSync(new URL('glossaries/de-en-bahn.csv', root)));
    expect(words(en, german, protectedWordsOf([bahn], read('seeds/bahn-streik.de.txt')))).toEqual([]);
  });
});

describe('every bundled dictionary', () => {
  it('loads, accepts a common word and flags a misspelling of it', async () => {
    const words: Record<string, [string, string]> = {
      cs: ['dobrý den', 'dobrýý'], de: ['das Haus', 'Hauss'], en: ['the house', 'housse'], es: ['la casa', 'casaa'],
      fr: ['la maison', 'maisonn'], it: ['la casa', 'casaa'], nl: ['het huis', 'huiss'], pl: ['dom i ogród', 'domm'],
      pt: ['a casa', 'casaa'], ru: ['большой дом', 'домм'], uk: ['великий будинок', 'будинокк'],
    };
    for (const [language, [good, bad]] of Object.entries(words)) {
      const checker = await createSpellChecker(readDictionary(language)!);
      expect(checker.check(good), language).toEqual([]);
      expect(checker.check(`${good} ${bad}`).map((m) => m.word), language).toEqual([bad]);
      checker.dispose();
    }
  }, 60_000);

  it('flags only the unknown part of a hyphenated word', () => {
    expect(en.check('the press-secretery said')).toEqual([{ start: 10, end: 19, word: 'secretery' }]);
    expect(words(ru, 'пресс-секретрь сказал')).toEqual(['секретрь']);
  });
});

describe('user words and ignored words', () => {
  it('accepts added words (and their capitalised forms) until removed; the list is given back for saving', async () => {
    const checker = await createSpellChecker(readDictionary('en')!, { userWords: ['Peskov'] });
    expect(words(checker, 'Peskov and PESKOV met Lavrov.')).toEqual(['Lavrov']);
    checker.addWord('Lavrov');
    expect(words(checker, 'Peskov met Lavrov.')).toEqual([]);
    expect(checker.userWords()).toEqual(['Peskov', 'Lavrov']);
    checker.removeWord('Peskov');
    expect(words(checker, 'Peskov met Lavrov.')).toEqual(['Peskov']);
    checker.dispose();
  });

  it('ignores a word in any case for this article only', async () => {
    const checker = await createSpellChecker(readDictionary('en')!, { ignoredWords: ['teh'] });
    expect(words(checker, 'Teh and teh and TEH but recieved')).toEqual(['recieved']);
    checker.unignoreWord('TEH');
    expect(words(checker, 'teh')).toEqual(['teh']);
    expect(checker.ignoredWords()).toEqual([]);
    checker.dispose();
    const other = await createSpellChecker(readDictionary('en')!);
    expect(words(other, 'teh')).toEqual(['teh']);
    other.dispose();
  });
});

describe('re-checking an edited paragraph', () => {
  it('asks the dictionary only about words it has not seen', async () => {
    const engine = await createHunspell(readDictionary('en')!.aff, readDictionary('en')!.dic);
    let calls = 0;
    const counting: SpellEngine = { ...engine, spell: (word) => (calls++, engine.spell(word)) };
    const checker = new SpellChecker('en', counting);
    const paragraph = read('seeds/kremlin-kerry.pe.txt').split('\n\n')[6]!;
    checker.check(paragraph);
    const first = calls;
    expect(first).toBeGreaterThan(30);
    checker.check(paragraph);
    expect(calls).toBe(first);
    expect(words(checker, paragraph.replace('serious', 'seriuos'))).toContain('seriuos');
    expect(calls).toBe(first + 1);
    checker.dispose();
  });

  it('property: any text gives misspellings whose offsets slice out their word, in order, never throwing', () => {
    const pieces = ['teh', 'the', 'Kerry', 'Песков', '-', '‐', "'", '’s', ' ', '\n\n', '.', 'U.S.', '1', 'é', 'e\u0301', '😀', 'https://x.ru', '@', '#', 'NATO'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        let previous = 0;
        for (const found of en.check(text)) {
          expect(text.slice(found.start, found.end)).toBe(found.word);
          expect(found.start).toBeGreaterThanOrEqual(previous);
          previous = found.end;
        }
      }),
    );
  });
});

describe('spelling in QA', () => {
  it('reports each misspelt word as a warning on the word itself, skipping paragraphs in another language', () => {
    const text = 'The goverment met.\n\nПравительство встретилось с делегацией и обсудило вопросы сотрудничества в области энергетики и транспорта на ближайшие годы.';
    const issues = runQa(text, { language: 'en', spelling: en }).filter((issue) => issue.check === 'spelling');
    expect(issues).toEqual([{ check: 'spelling', severity: 'warning', start: 4, end: 13, paragraph: 0, message: '"goverment" is not in the English dictionary' }]);
  });

  it('never flags the glossaries’ terms nor the source’s words', () => {
    const terms = loadGlossary('ru-en-terms.csv', readFileSync(new URL('glossaries/ru-en-terms.csv', root)));
    const issues = runQa(read('seeds/kremlin-kerry.pe.txt'), { language: 'en', spelling: en, glossaries: [terms], source: read('seeds/kremlin-kerry.ru.txt') });
    expect(issues.filter((issue) => issue.check === 'spelling').map((issue) => issue.message)).toEqual([
      '"Dmitry" is not in the English dictionary',
      '"militaries" is not in the English dictionary',
      '"Bashar" is not in the English dictionary',
      '"Sergey" is not in the English dictionary',
    ]);
  });
});

describe('spellLanguageOf', () => {
  it('maps tags to the bundled dictionaries', () => {
    expect(['en-GB', 'eng', 'DE', 'de_AT', 'rus', 'uk', 'ja', 'xx', undefined].map(spellLanguageOf)).toEqual(['en', 'en', 'de', 'de', 'ru', 'uk', undefined, undefined, undefined]);
  });
});
