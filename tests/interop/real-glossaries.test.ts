// Glossaries exported by real tools (Weblate, OmegaT, TermaTE), kept outside the repo in
// ../shared/samples/real. Each test states facts read from the file itself.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary, type LoadGlossaryOptions } from '../../core/glossary';
import type { GlossaryEntry } from '../../core/types';

const repoRoot = path.resolve(__dirname, '../..');
const samples = path.resolve(repoRoot, '../shared/samples/real');
const present = existsSync(samples);

const load = (name: string, options?: LoadGlossaryOptions) => loadGlossary(name, readFileSync(path.join(samples, name)), options);
/** The entries that change text (TBX also keeps its correct target terms), without the TBX language and status fields. */
const corrections = (entries: readonly GlossaryEntry[]) =>
  entries.filter((e) => e.target !== e.source).map(({ sourceLanguage: _language, status: _status, ...entry }) => entry);
const pairs = (name: string, options?: LoadGlossaryOptions) => corrections(load(name, options).entries).map((e) => `${e.source} → ${e.target ?? '∅'}`);

describe.skipIf(!present)(`real glossaries in ${samples}${present ? '' : ' (SKIPPED: folder not found)'}`, () => {
  it('weblate-cs.tbx: TBX 2 en→cs, four plain concepts', () => {
    const glossary = load('weblate-cs.tbx', { targetLanguage: 'cs' });
    expect(glossary).toMatchObject({ format: 'tbx', name: 'weblate-cs.tbx', sourceLanguage: 'en', targetLanguage: 'cs' });
    expect(corrections(glossary.entries)).toEqual([
      { source: 'address bar', target: 'adresní řádek', line: 16 },
      { source: 'administrator', target: 'správce', line: 28 },
      { source: 'administrate', target: 'spravovat', line: 40 },
      { source: 'always on top', target: 'vždy navrchu', line: 52 },
    ]);
  });

  it('omegat-oracle.tbx: TBX 2 with a DOCTYPE and comments, en/hu, concept definition as note', () => {
    expect(corrections(load('omegat-oracle.tbx', { targetLanguage: 'hu' }).entries)).toEqual([
      { source: 'alpha smoothing factor', target: 'hu translation', note: 'A value between 0 and 1 used in ...', line: 29 },
    ]);
    expect(pairs('omegat-oracle.tbx', { targetLanguage: 'en' })).toEqual(['hu translation → alpha smoothing factor']);
  });

  describe('termate-astronomy.tbx3.tbx: TBX 3 with en/es (and zu bibliography entries)', () => {
    it('into English: Spanish terms and superseded/deprecated English terms → the preferred term', () => {
      const glossary = load('termate-astronomy.tbx3.tbx', { targetLanguage: 'en' });
      expect(glossary.sourceLanguage).toBe('es');
      expect(corrections(glossary.entries)).toHaveLength(53);
      const galactic = glossary.entries.find((e) => e.source === 'galactic cluster');
      expect(galactic).toMatchObject({ target: 'open cluster', line: 75 }); // supersededTerm-admn-sts
      expect(glossary.entries.find((e) => e.source === 'cúmulo abierto')).toMatchObject({ target: 'open cluster', line: 111 });
      expect(glossary.entries.find((e) => e.source === 'carbon cycle')).toMatchObject({ target: 'CNO cycle', line: 3336 }); // deprecated
      // c38 lists admitted "carbon-nitrogen cycle" first; "CNO cycle", marked preferred, wins.
      expect(corrections(glossary.entries).filter((e) => e.target === 'CNO cycle').map((e) => e.source)).toEqual([
        'ciclo CNO',
        'ciclo del carbono-nitrógeno-oxígeno',
        'ciclo del carbono',
        'ciclo del carbono-nitrógeno',
        'carbon cycle',
      ]);
      // Admitted English terms are correct as they are; "supernova" is the same in both.
      const sources = new Set(corrections(glossary.entries).map((e) => e.source));
      for (const untouched of ['accretion disc', 'circumstellar disk', 'absorbtion nebula', 'supernova', 'Bally2005']) {
        expect(sources.has(untouched), untouched).toBe(false);
      }
      // They are kept: entries that protect them and change nothing.
      expect(glossary.entries.find((e) => e.source === 'accretion disc')).toMatchObject({ target: 'accretion disc', status: 'admitted', sourceLanguage: 'en' });
    });

    it('into Spanish: the preferred term wins over an earlier admitted one', () => {
      const glossary = load('termate-astronomy.tbx3.tbx', { targetLanguage: 'es' });
      expect(glossary.sourceLanguage).toBe('en');
      expect(corrections(glossary.entries)).toHaveLength(56);
      expect(pairs('termate-astronomy.tbx3.tbx', { targetLanguage: 'es' })).toEqual(
        expect.arrayContaining([
          'open cluster → cúmulo abierto',
          'galactic cluster → cúmulo abierto',
          'binary star → estrella doble', // "estrella binaria" (admitted) comes first in the file
          'ciclo del carbono → ciclo del carbono-nitrógeno', // deprecated Spanish term
          'carbon cycle → ciclo del carbono-nitrógeno',
        ]),
      );
      expect(glossary.entries.some((e) => e.forbidden)).toBe(false);
    });
  });

  it('omegat-quoting.csv: RFC 4180 quoting, no header', () => {
    expect(load('omegat-quoting.csv').entries).toEqual([
      { source: 'kde', target: 'csv kde', line: 1 },
      { source: 'question', target: 'csv q', line: 2 },
      { source: 'kde; question', target: 'comma', line: 3 },
      { source: 'kde, qu', target: 'comma dot', line: 4 },
      { source: '"kde","q"', target: 'cdk', line: 5 },
      { source: '""k', target: 'k', line: 6 },
      { source: 'zz"zz', target: 'zz', line: 7 },
    ]);
  });

  it('omegat-cjk.tab: tab format with CJK and Korean sources and a note column', () => {
    const glossary = load('omegat-cjk.tab');
    expect(glossary.format).toBe('tsv');
    expect(glossary.entries).toEqual([
      { source: 'kde', target: 'koo moo', line: 1 },
      { source: 'question', target: 'qqqqq', line: 2 },
      { source: '地球システム', target: 'System Terre', note: 'https://fr.wikipedia.org/wiki/Science_du_syst%C3%A8me_Terre', line: 3 },
      { source: '손가락', target: 'Korean Term', line: 4 },
    ]);
  });
});
