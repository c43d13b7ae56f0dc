import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectArticleLanguages,
  detectLanguage,
  detectParagraphLanguages,
  samePrimaryLanguage,
  toIso6391,
  toIso6393,
} from '../../../core/language/detect.js';

const seedMt = readFileSync(new URL('../../../seeds/kremlin-kerry.mt.txt', import.meta.url), 'utf8');
const seedPe = readFileSync(new URL('../../../seeds/kremlin-kerry.pe.txt', import.meta.url), 'utf8');

const ENGLISH_LEAD =
  'President Vladimir Putin and US Secretary of State John Kerry did not discuss direct military cooperation ' +
  'between Russia and the United States in Syria at their meeting, said Dmitry Peskov, the Russian leader’s press secretary.';
const RUSSIAN_LEAD =
  'На встрече президента Владимира Путина с госсекретарем США Джоном Керри не обсуждалось прямое военное ' +
  'взаимодействие России и США в Сирии, заявил пресс-секретарь российского лидера Дмитрий Песков.';
const FRENCH_LEAD =
  'Le président Vladimir Poutine et le secrétaire d’État américain John Kerry n’ont pas discuté d’une coopération ' +
  'militaire directe entre la Russie et les États-Unis en Syrie lors de leur rencontre, a déclaré Dmitri Peskov.';

describe('detectLanguage', () => {
  it('detects the seed articles as English', () => {
    expect(detectLanguage(seedMt)).toEqual({ language: 'eng', iso6391: 'en' });
    expect(detectLanguage(seedPe)).toEqual({ language: 'eng', iso6391: 'en' });
  });

  it('detects Russian and French articles', () => {
    expect(detectLanguage(RUSSIAN_LEAD)).toEqual({ language: 'rus', iso6391: 'ru' });
    expect(detectLanguage(FRENCH_LEAD)).toEqual({ language: 'fra', iso6391: 'fr' });
  });

  it('never answers a language without an ISO 639-1 code (franc alone says Scots here)', () => {
    // A real short English sentence that franc, unrestricted, ranks close to Scots.
    expect(detectLanguage('Peskov also said that Russia supports continuation of negotiations on the Syrian settlement.'))
      .toEqual({ language: 'eng', iso6391: 'en' });
  });

  it('answers und for text without letters or too short to judge', () => {
    expect(detectLanguage('')).toEqual({ language: 'und' });
    expect(detectLanguage('12 345 — 67')).toEqual({ language: 'und' });
  });

  it('lets a quoted foreign word through but not a foreign alphabet (franc alone says Bulgarian)', () => {
    expect(detectLanguage(`${RUSSIAN_LEAD} Об этом сообщает агентство «Україна».`).language).toBe('rus');
    expect(detectLanguage('Кремълът разказа за срещата между президента Путин и държавния секретар Кери в Москва, ' +
      'съобщи говорителят на руския лидер Дмитрий Песков.').language).toBe('bul');
  });

  it('keeps to the candidates it is given', () => {
    expect(detectLanguage(FRENCH_LEAD, { only: ['eng', 'deu'] }).language).not.toBe('fra');
  });

  it('given the article language, takes a short text in its script as written in it (franc alone says Sardinian)', () => {
    const short = '# Beta\n\nPress-Secretary of Russian leader Dmitry Peskov spoke.\n';
    expect(detectLanguage(short).language).not.toBe('eng');
    expect(detectLanguage(short, { article: 'eng' })).toEqual({ language: 'eng', iso6391: 'en' });
    // Another script, or enough words to trust franc, is still told apart.
    expect(detectLanguage('Песков выступил с заявлением.', { article: 'eng' })).toEqual({ language: 'rus', iso6391: 'ru' });
    expect(detectLanguage(FRENCH_LEAD, { article: 'eng' })).toEqual({ language: 'fra', iso6391: 'fr' });
  });
});

describe('detectParagraphLanguages', () => {
  it('gives every seed paragraph the article language with its offsets', () => {
    const paragraphs = detectParagraphLanguages(seedMt);
    expect(paragraphs).toHaveLength(10);
    expect(paragraphs.every((p) => p.language === 'eng' && p.iso6391 === 'en')).toBe(true);
    expect(paragraphs[0]).toMatchObject({ index: 0, start: 0, end: 'The Kremlin told about the meeting of Putin and Kerry'.length });
    for (const p of paragraphs) expect(seedMt.slice(p.start, p.end)).toBe(seedMt.slice(p.start, p.end).trim());
  });

  it('gives a short paragraph in the article script the article language', () => {
    // 9 words: franc alone would not reliably call this English.
    const text = `${ENGLISH_LEAD}\n\nThe Kremlin told about the meeting of Putin and Kerry\n\n${ENGLISH_LEAD}`;
    expect(detectParagraphLanguages(text).map((p) => p.language)).toEqual(['eng', 'eng', 'eng']);
  });

  it('detects a short Cyrillic paragraph in an English article among Cyrillic languages', () => {
    const cases: Array<[string, string]> = [
      ['Кремль рассказал о встрече Путина и Керри', 'rus'], // franc alone: Bulgarian
      ['Беседа была честной и серьезной.', 'rus'],
      ['Пресс-секретарь', 'rus'],
      ['Україна підтримує продовження переговорів.', 'ukr'],
      ['Кремълът разказа за срещата между Путин и Кери.', 'bul'],
      ['Кремљ је говорио о састанку Путина и Керија.', 'srp'],
    ];
    for (const [sentence, expected] of cases) {
      const [lead, quoted] = detectParagraphLanguages(`${ENGLISH_LEAD}\n\n${sentence}`);
      expect(lead?.language).toBe('eng');
      expect(quoted?.language, sentence).toBe(expected);
    }
  });

  it('detects a short English paragraph in a Russian article as English', () => {
    const languages = detectParagraphLanguages(`${RUSSIAN_LEAD}\n\nThe conversation was honest and serious.`);
    expect(languages.map((p) => p.language)).toEqual(['rus', 'eng']);
  });

  it('trusts franc on a long paragraph in the same script', () => {
    const languages = detectParagraphLanguages(`${ENGLISH_LEAD}\n\n${FRENCH_LEAD}\n\n${ENGLISH_LEAD}`);
    expect(languages.map((p) => p.language)).toEqual(['eng', 'fra', 'eng']);
  });

  it('takes the article language it is given for short paragraphs, and reports it', () => {
    const text = `${ENGLISH_LEAD}\n\nThe Kremlin told about the meeting of Putin and Kerry`;
    const { article, paragraphs } = detectArticleLanguages(text, { article: 'eng' });
    expect(article).toEqual({ language: 'eng', iso6391: 'en' });
    expect(paragraphs.map((p) => p.language)).toEqual(['eng', 'eng']);
    // Told the article is Russian, a short Latin-script paragraph is still judged by script.
    expect(detectArticleLanguages(text, { article: 'rus' }).paragraphs.map((p) => p.language)).toEqual(['eng', 'eng']);
    expect(detectArticleLanguages('').article).toEqual({ language: 'und' });
  });

  it('gives a paragraph without letters the article language', () => {
    const languages = detectParagraphLanguages(`${ENGLISH_LEAD}\n\n15.07.2016 — 23:45`);
    expect(languages.map((p) => p.language)).toEqual(['eng', 'eng']);
  });

  it('treats whitespace-only lines as paragraph breaks and keeps UTF-16 offsets', () => {
    const text = `  ${ENGLISH_LEAD}\n \t \nКремль рассказал о встрече Путина и Керри 😀\r\n`;
    const [first, second] = detectParagraphLanguages(text);
    expect(first).toMatchObject({ index: 0, start: 2, end: 2 + ENGLISH_LEAD.length, language: 'eng' });
    expect(second && text.slice(second.start, second.end)).toBe('Кремль рассказал о встрече Путина и Керри 😀');
    expect(second?.language).toBe('rus');
  });
});

describe('ISO 639 codes', () => {
  it('maps franc codes to ISO 639-1, through the macrolanguage when needed', () => {
    expect(toIso6391('eng')).toBe('en');
    expect(toIso6391('rus')).toBe('ru');
    expect(toIso6391('arb')).toBe('ar');
    expect(toIso6391('pes')).toBe('fa');
    expect(toIso6391('cmn')).toBe('zh');
    expect(toIso6391('ara')).toBe('ar');
    expect(toIso6391('ENG')).toBe('en');
    expect(toIso6391('sco')).toBeUndefined();
    expect(toIso6391('und')).toBeUndefined();
  });

  it('maps ISO 639-1 to the code franc returns', () => {
    expect(toIso6393('en')).toBe('eng');
    expect(toIso6393('ar')).toBe('arb');
    expect(toIso6393('fa')).toBe('pes');
    expect(toIso6393('ms')).toBe('zlm');
    expect(toIso6393('DE')).toBe('deu');
    expect(toIso6393('xx')).toBeUndefined();
  });

  it('round-trips every language franc detects in these tests', () => {
    for (const code of ['eng', 'rus', 'ukr', 'bul', 'srp', 'fra', 'deu', 'arb', 'cmn', 'jpn']) {
      const iso6391 = toIso6391(code);
      expect(iso6391 && toIso6393(iso6391)).toBe(code);
    }
  });

  it('compares BCP 47, 639-1 and 639-3 tags by primary language', () => {
    expect(samePrimaryLanguage('en-GB', 'eng')).toBe(true);
    expect(samePrimaryLanguage('EN', 'en_US')).toBe(true);
    expect(samePrimaryLanguage('ar', 'arb')).toBe(true);
    expect(samePrimaryLanguage('ara', 'ar-EG')).toBe(true);
    expect(samePrimaryLanguage('pt-BR', 'por')).toBe(true);
    expect(samePrimaryLanguage('en', 'ru')).toBe(false);
    expect(samePrimaryLanguage('sr-Latn', 'hrv')).toBe(false);
    expect(samePrimaryLanguage('und', 'und')).toBe(false);
    expect(samePrimaryLanguage('', '')).toBe(false);
    expect(samePrimaryLanguage('sco', 'sco')).toBe(true);
  });
});
