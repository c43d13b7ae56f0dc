// README "Matching rules" on real text: punctuation at a source's edge, invisible
// characters, equivalent spellings (canonical equivalence, apostrophes and hyphens, full
// case folding, Turkish i), and scripts written without spaces.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyGlossaries, compileGlossaries, findTermHits } from '../../core/engine';
import { loadGlossary } from '../../core/glossary';
import type { GlossaryEntry } from '../../core/types';
import { glossaryOf } from './engine-helpers';

function fix(text: string, entries: Array<[string, string?] | Omit<GlossaryEntry, 'line'>>, language?: string) {
  return applyGlossaries(compileGlossaries([glossaryOf('g.tsv', entries)], { language }), text).text;
}
function hits(text: string, sources: string[]) {
  const compiled = compileGlossaries([glossaryOf('g.tsv', sources.map((source) => [source]))]);
  return findTermHits(compiled, text).map((hit) => hit.from);
}

describe('rule 4: a source that begins or ends with punctuation', () => {
  it('does not end inside a longer token', () => {
    expect(fix('the U.S.S.R. and the U.S. army', [['U.S.', 'US']])).toBe('the U.S.S.R. and the US army');
    expect(fix('Acme Inc.com and Acme Inc. said', [['Inc.', 'Incorporated']])).toBe('Acme Inc.com and Acme Incorporated said');
  });
  it('does not begin inside a longer token', () => {
    expect(hits('example.com and .com', ['.com'])).toEqual(['.com']);
    expect(hits('a-b and -b', ['-b'])).toEqual(['-b']);
  });
  it('brackets and quotes need no boundary', () => {
    expect(fix('MOSCOW(AP)- The', [['(AP)', '(Reuters)']])).toBe('MOSCOW(Reuters)- The');
    expect(hits('x(in Syria)y said «Sands»', ['(in Syria)', '«Sands»'])).toEqual(['(in Syria)', '«Sands»']);
  });
  it('still matches before a full stop or a comma', () => {
    expect(fix('the U.S., then the U.S.', [['U.S.', 'US']])).toBe('the US, then the US');
  });
});

describe('invisible characters inside words', () => {
  it('soft hyphen, zero-width joiner and non-joiner and word joiner are transparent', () => {
    for (const invisible of ['\u00ad', '\u200c', '\u200d', '\u2060']) {
      expect(fix(`Pes${invisible}kov said`, [['Peskov', 'Dmitry Peskov']]), JSON.stringify(invisible)).toBe('Dmitry Peskov said');
    }
  });
  it('are never a word boundary', () => {
    expect(hits('Sands\u00adtone and Sands\u200dtone', ['Sands', 'tone'])).toEqual([]);
    expect(hits('Sands\u00ad and tone', ['Sands', 'tone'])).toEqual(['Sands', 'tone']);
  });
});

describe('equivalent spellings', () => {
  it('a source in NFC matches text in NFD and the reverse', () => {
    const nfc = 'Ros\u00e9';
    const nfd = 'Rose\u0301';
    expect(fix(`a ${nfd} wine`, [[nfc, 'rosé']])).toBe('a rosé wine');
    expect(fix(`a ${nfc} wine`, [[nfd, 'rosé']])).toBe('a rosé wine');
    // Marks in another canonical order are the same text.
    expect(hits('Vie\u0323\u0302t', ['Vi\u1ec7t'])).toEqual(['Vie\u0323\u0302t']);
    expect(hits('Vie\u0302\u0323t', ['Vi\u1ec7t'])).toEqual(['Vie\u0302\u0323t']);
  });
  it('a base letter never matches the same letter with a mark', () => {
    expect(hits('cafe\u0301 café', ['cafe'])).toEqual([]);
  });
  it('does not report an NFD → NFC rewrite of the same text as a change', () => {
    const compiled = compileGlossaries([glossaryOf('g.tsv', [['rose', 'Ros\u00e9']])]);
    expect(applyGlossaries(compiled, 'Rose\u0301').changes).toEqual([]);
  });
  it("apostrophes ' ’ ʼ are one character, and the text keeps its own", () => {
    expect(fix('Kiev’s mayor', [["Kiev's", "Kyiv's"]])).toBe('Kyiv’s mayor');
    expect(fix('Kievʼs mayor', [["Kiev's", "Kyiv's"]])).toBe('Kyivʼs mayor');
    expect(fix("Kiev's mayor", [['Kiev’s', 'Kyiv’s']])).toBe("Kyiv's mayor");
    expect(fix('O’Neil', [["O'Neil", "O'Neill"]])).toBe('O’Neill');
  });
  it('hyphens - ‐ ‑ are one character', () => {
    expect(hits('carbon‐nitrogen carbon‑nitrogen carbon-nitrogen', ['carbon-nitrogen'])).toHaveLength(3);
  });
  it('case-insensitive matching folds fully: Greek final sigma, ß and SS', () => {
    expect(hits('ΟΔΟΣ, οδός, Οδός', ['οδός'])).toEqual(['ΟΔΟΣ', 'οδός', 'Οδός']);
    expect(hits('STRASSE, Straße, strasse', ['straße'])).toEqual(['STRASSE', 'Straße', 'strasse']);
    expect(fix('STRASSE', [['straße', 'gasse']])).toBe('GASSE');
  });
  it('a case-sensitive source still matches equivalent spellings of the same case', () => {
    expect(fix('Rose\u0301 Rosé ROSÉ', [['Rosé', 'Rosa']])).toBe('Rosa Rosa ROSÉ');
  });
  it('folds dotted and dotless i the Turkish way for Turkish and Azerbaijani', () => {
    const entries: Array<[string, string]> = [['istanbul', 'İstanbul'], ['ırmak', 'nehir']];
    // Default folding: I ↔ i, İ is i with a dot above, ı stays apart.
    expect(fix('ISTANBUL ırmak IRMAK', entries)).toBe('İSTANBUL nehir IRMAK');
    // Turkish: İ ↔ i and I ↔ ı; case transfer upper-cases i to İ.
    expect(fix('İSTANBUL ISTANBUL ırmak IRMAK', entries, 'tr')).toBe('İSTANBUL ISTANBUL nehir NEHİR');
    expect(fix('İSTANBUL', entries, 'az')).toBe('İSTANBUL');
    expect(fix('istanbul', entries, 'tr-TR')).toBe('İstanbul');
  });
  it('reports UTF-16 offsets into the original text, whatever was normalised', () => {
    const text = '😀 Pes\u00adkov and Rose\u0301 ΟΔΟΣ';
    const compiled = compileGlossaries([glossaryOf('g.tsv', [['Peskov', 'P'], ['rosé', 'R'], ['οδός', 'O']])]);
    const { changes } = applyGlossaries(compiled, text);
    expect(changes.map((change) => text.slice(change.start, change.end))).toEqual(['Pes\u00adkov', 'Rose\u0301', 'ΟΔΟΣ']);
    expect(changes.map((change) => change.from)).toEqual(['Pes\u00adkov', 'Rose\u0301', 'ΟΔΟΣ']);
  });
});

describe('scripts written without spaces', () => {
  it('finds a Japanese term inside a sentence', () => {
    expect(fix('この地球システムは複雑です。', [['地球システム', 'Earth system']])).toBe('このEarth systemは複雑です。');
    expect(hits('東京都の気候変動対策', ['気候変動', '東京'])).toEqual(['東京', '気候変動']);
  });
  it('finds a Chinese term inside a sentence, leftmost-longest', () => {
    expect(hits('我们研究全球气候变化的影响。', ['气候', '气候变化', '全球'])).toEqual(['全球', '气候变化']);
  });
  it('finds Thai, Lao, Khmer and Myanmar terms without spaces', () => {
    expect(hits('ประเทศไทยมีภาษาไทย', ['ภาษาไทย'])).toEqual(['ภาษาไทย']);
    expect(hits('ປະເທດລາວ', ['ລາວ'])).toEqual(['ລາວ']);
    expect(hits('ប្រទេសកម្ពុជា', ['កម្ពុជា'])).toEqual(['កម្ពុជា']);
    expect(hits('မြန်မာနိုင်ငံ', ['နိုင်ငံ'])).toEqual(['နိုင်ငံ']);
  });
  it('a Thai term does not end before a mark that belongs to its last letter', () => {
    expect(hits('ก่า', ['ก'])).toEqual([]);
  });
  it('a Latin term next to Japanese text needs no space', () => {
    expect(fix('新しいiPhone用のケース', [['iPhone', 'アイフォーン']])).toBe('新しいアイフォーン用のケース');
    expect(hits('Appleは', ['Apple'])).toEqual(['Apple']);
  });
  it('a Hangul term matches before a particle, not after a prefix', () => {
    expect(hits('손가락이 아프다', ['손가락'])).toEqual(['손가락']);
    expect(hits('새손가락', ['손가락'])).toEqual([]);
    expect(fix('손가락을 다쳤다', [['손가락', '손']])).toBe('손을 다쳤다');
  });
  it('matches NFD Korean (conjoining jamo) as NFC, never ending inside a syllable', () => {
    const nfd = '손가락이'.normalize('NFD');
    expect(hits(nfd, ['손가락'])).toEqual(['손가락'.normalize('NFD')]);
    expect(hits('각'.normalize('NFD'), ['가'])).toEqual([]);
  });
  it('applies an OmegaT-style CJK glossary to a Japanese article', () => {
    const glossary = glossaryOf('omegat-ja.tab', [
      ['地球システム', 'Earth system', ],
      ['気候変動', 'climate change'],
      ['国連', 'United Nations'],
      ['손가락', 'finger'],
    ]);
    const article = '国連の報告書によると、地球システムの変化は気候変動を加速させている。';
    const { text, changes } = applyGlossaries(compileGlossaries([glossary]), article);
    expect(text).toBe('United Nationsの報告書によると、Earth systemの変化はclimate changeを加速させている。');
    expect(changes.map((change) => [change.start, change.end])).toEqual([[0, 2], [11, 17], [21, 25]]);
  });
});

describe('an OmegaT tab glossary of CJK terms on real-shaped sentences', () => {
  const file = path.join(__dirname, '../fixtures/engine/cjk.tab');
  const compiled = compileGlossaries([loadGlossary('cjk.tab', readFileSync(file))]);
  const apply = (text: string) => applyGlossaries(compiled, text);

  it('cleans a Japanese news sentence, leftmost-longest (国際連合 before 国連)', () => {
    const text = '国際連合の報告書によると、地球システムの変化は気候変動を加速させており、国連は対策を求めている。';
    expect(apply(text).text).toBe('United Nationsの報告書によると、Earth systemの変化はclimate changeを加速させており、UNは対策を求めている。');
  });

  it('cleans a Chinese news sentence and reports offsets into it', () => {
    const text = '专家指出，温室效应正在加剧，各国应加快发展可再生能源和其他清洁能源。';
    const { text: cleaned, changes } = apply(text);
    expect(cleaned).toBe('专家指出，greenhouse effect正在加剧，各国应加快发展renewable energy和其他清洁energy。');
    for (const change of changes) expect(text.slice(change.start, change.end)).toBe(change.from);
  });

  it('cleans a Korean sentence with a particle after the term', () => {
    expect(apply('그는 손가락을 다쳤다.').text).toBe('그는 finger을 다쳤다.');
  });
});
