// TBX 3 in its two styles (DCA: data categories as type attributes; DCT: namespaced
// elements of the module namespaces), the status synonyms, language regions, and what
// the engine makes of a termbase on real sentences.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyGlossaries, compileGlossaries } from '../../core/engine';
import { loadGlossary } from '../../core/glossary';
import { parseTbx } from '../../core/glossary/parse-tbx';
import type { GlossaryEntry } from '../../core/types';
import { inputErrorOf, utf8 } from './glossary-helpers';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/tbx3', name));
const withoutLines = (entries: readonly GlossaryEntry[]) => entries.map(({ line: _line, ...rest }) => rest);
const pairs = (entries: readonly GlossaryEntry[]) =>
  entries.map((e) => `${e.source} → ${e.forbidden ? '✗' : e.target === e.source ? '(keep)' : e.target}${e.status ? ` [${e.status}]` : ''}`);

describe('TBX 3 DCA and DCT styles', () => {
  const dca = (targetLanguage: string) => loadGlossary('astronomy-dca.tbx', fixture('astronomy-dca.tbx'), { targetLanguage });
  const dct = (targetLanguage: string) => loadGlossary('astronomy-dct.tbx', fixture('astronomy-dct.tbx'), { targetLanguage });

  it('give the same glossary, in both directions', () => {
    for (const language of ['es', 'en']) {
      expect(withoutLines(dct(language).entries), language).toEqual(withoutLines(dca(language).entries));
      expect(dct(language).sourceLanguage).toBe(dca(language).sourceLanguage);
    }
  });

  it('read statuses and definitions in DCT style (any namespace prefix)', () => {
    expect(pairs(dct('es').entries)).toEqual([
      'open cluster → cúmulo abierto [preferred]',
      'galactic cluster → cúmulo abierto [superseded]',
      'cúmulo galáctico → cúmulo abierto [deprecated]',
      'cúmulo abierto → (keep) [preferred]',
      'CNO cycle → ciclo CNO [preferred]',
      'carbon-nitrogen cycle → ciclo CNO [admitted]',
      'carbon cycle → ciclo CNO [deprecated]',
      'ciclo del carbono → ciclo CNO [deprecated]',
      'ciclo CNO → (keep) [preferred]',
      'ciclo del carbono-nitrógeno → (keep) [admitted]',
      // "estrella binaria" (admitted) comes first, "estrella doble" is marked preferred
      'binary star → estrella doble [preferred]',
      'estrella binaria → (keep) [admitted]',
      'estrella doble → (keep) [preferred]',
      // "supernova" is the same in both languages: nothing to correct, the term is kept
      'supernova → (keep)',
    ]);
    expect(dct('es').entries[0]?.note).toBe('Grupo poco compacto de estrellas jóvenes nacidas juntas en el disco de una galaxia.');
  });

  it('name the line of each <term> in either style', () => {
    for (const name of ['astronomy-dca.tbx', 'astronomy-dct.tbx']) {
      const lines = fixture(name).toString('utf8').split('\n');
      for (const entry of loadGlossary(name, fixture(name), { targetLanguage: 'es' }).entries) {
        expect(lines[entry.line - 1], `${name}: ${entry.source}`).toContain(`<term>${entry.source}</term>`);
      }
    }
  });

  it('mark which language each source is in', () => {
    const glossary = dct('es');
    expect(glossary.entries.find((e) => e.source === 'open cluster')?.sourceLanguage).toBe('en');
    expect(glossary.entries.find((e) => e.source === 'ciclo del carbono')?.sourceLanguage).toBe('es');
  });

  it('leave a deprecated term inside an admitted or preferred one alone when applied', () => {
    for (const glossary of [dca('es'), dct('es')]) {
      const { text } = applyGlossaries(
        compileGlossaries([glossary]),
        'El ciclo del carbono-nitrógeno domina en estrellas masivas; el ciclo del carbono, no. Un galactic cluster.',
      );
      expect(text).toBe('El ciclo del carbono-nitrógeno domina en estrellas masivas; el ciclo CNO, no. Un cúmulo abierto.');
    }
  });
});

const term = (text: string, status?: string, category = 'administrativeStatus') =>
  `<termSec><term>${text}</term>${status ? `<termNote type="${category}">${status}</termNote>` : ''}</termSec>`;
const tbx = (concepts: string) => `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
${concepts}
</body></text></tbx>`;
const concept = (...sections: Array<[string, string]>) =>
  `<conceptEntry>${sections.map(([language, terms]) => `<langSec xml:lang="${language}">${terms}</langSec>`).join('')}</conceptEntry>`;
const parse = (xml: string, options: { targetLanguage: string; sourceLanguage?: string }) => parseTbx('t.tbx', utf8(xml), options);

describe('status data categories', () => {
  it('read usageStatus and normativeAuthorization as synonyms of administrativeStatus', () => {
    const xml = tbx(
      [
        concept(['en', term('redshift')], ['es', term('corrimiento al rojo', 'notRecommended', 'usageStatus') + term('desplazamiento al rojo', 'preferred', 'usageStatus')]),
        concept(['en', term('light year')], ['es', term('año de luz', 'deprecatedTerm', 'normativeAuthorization') + term('año luz', 'standardizedTerm', 'normativeAuthorization')]),
      ].join('\n'),
    );
    expect(pairs(parse(xml, { targetLanguage: 'es' }).entries)).toEqual([
      'redshift → desplazamiento al rojo',
      'corrimiento al rojo → desplazamiento al rojo [deprecated]',
      'desplazamiento al rojo → (keep) [preferred]',
      'light year → año luz',
      'año de luz → año luz [deprecated]',
      'año luz → (keep) [preferred]',
    ]);
  });

  it('read a DCT status element of another module, and a termNoteGrp', () => {
    const xml = `<tbx style="dct" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:x="http://example.org/ns/mine"><text><body><conceptEntry>
<langSec xml:lang="en"><termSec><term>quasar</term></termSec></langSec>
<langSec xml:lang="de"><termSec><term>Quasistellares Objekt</term><x:normativeAuthorization>supersededTerm</x:normativeAuthorization></termSec>
<termSec><term>Quasar</term><termNoteGrp><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termNoteGrp></termSec></langSec>
</conceptEntry></body></text></tbx>`;
    expect(pairs(parse(xml, { targetLanguage: 'de' }).entries)).toEqual([
      'quasar → Quasar',
      'Quasistellares Objekt → Quasar [superseded]',
      'Quasar → (keep) [preferred]',
    ]);
  });
});

describe('language regions', () => {
  const PORTUGUESE = tbx(
    [
      concept(['en', term('bus')], ['pt-BR', term('ônibus')], ['pt-PT', term('autocarro')]),
      concept(['en', term('cell phone')], ['pt', term('celular')], ['pt-PT', term('telemóvel')]),
      concept(['en', term('ice cream')], ['pt-PT', term('gelado')]),
    ].join('\n'),
  );
  const rules = (entries: readonly GlossaryEntry[]) => entries.filter((e) => e.target !== e.source).map((e) => `${e.source} → ${e.target}`);

  it('--target-lang pt-BR takes pt-BR terms, then plain pt, never pt-PT where the file has pt-BR', () => {
    const glossary = parse(PORTUGUESE, { targetLanguage: 'pt-BR' });
    expect(glossary.targetLanguage).toBe('pt-BR');
    expect(rules(glossary.entries)).toEqual(['bus → ônibus', 'cell phone → celular']);
    expect(glossary.entries.some((e) => e.sourceLanguage === 'pt-PT')).toBe(false);
  });

  it('--target-lang pt_pt (any spelling) takes pt-PT terms', () => {
    const glossary = parse(PORTUGUESE, { targetLanguage: 'pt_pt' });
    expect(glossary.targetLanguage).toBe('pt-PT');
    expect(rules(glossary.entries)).toEqual(['bus → autocarro', 'cell phone → telemóvel', 'ice cream → gelado']);
  });

  it('a language without region (as franc detects it) takes plain terms, then the first region in file order, and says which', () => {
    const glossary = parse(PORTUGUESE, { targetLanguage: 'pt' });
    expect(glossary.targetLanguage).toBe('pt');
    expect(rules(glossary.entries)).toEqual(['bus → ônibus', 'cell phone → celular']);
    const regionsOnly = parse(PORTUGUESE.replace('xml:lang="pt"', 'xml:lang="pt-PT"'), { targetLanguage: 'pt' });
    expect(regionsOnly.targetLanguage).toBe('pt-BR');
    expect(rules(regionsOnly.entries)).toEqual(['bus → ônibus']);
  });

  it('--source-lang en-US --target-lang en-GB is a spelling termbase', () => {
    const SPELLING = tbx(
      [
        concept(['en-US', term('color')], ['en-GB', term('colour')]),
        concept(['en-US', term('center')], ['en-GB', term('centre')]),
        concept(['en-US', term('program')], ['en-GB', term('program')]),
      ].join('\n'),
    );
    const glossary = parse(SPELLING, { targetLanguage: 'en-GB', sourceLanguage: 'en-US' });
    expect(glossary).toMatchObject({ sourceLanguage: 'en-US', targetLanguage: 'en-GB' });
    expect(rules(glossary.entries)).toEqual(['color → colour', 'center → centre']);
    expect(applyGlossaries(compileGlossaries([{ name: 't', file: 't.tbx', format: 'tbx', ...glossary }]), 'The color of the center program.').text).toBe(
      'The colour of the centre program.',
    );
    expect(inputErrorOf(() => parse(SPELLING, { targetLanguage: 'en-GB', sourceLanguage: 'EN_gb' })).message).toBe(
      't.tbx:1: source and target language are both "en-GB"',
    );
  });
});

describe('large termbases', () => {
  it('names the right line for each of 20,000 terms', () => {
    const concepts = Array.from({ length: 10_000 }, (_, i) => `<conceptEntry>\n<langSec xml:lang="en">${term(`term${i}`)}</langSec>\n<langSec xml:lang="de">${term(`Begriff${i}`)}</langSec>\n</conceptEntry>`);
    const xml = tbx(concepts.join('\n'));
    const glossary = parse(xml, { targetLanguage: 'de' });
    const lines = xml.split('\n');
    expect(glossary.entries).toHaveLength(20_000);
    for (const entry of glossary.entries.filter((_, i) => i % 997 === 0)) expect(lines[entry.line - 1]).toContain(`<term>${entry.source}</term>`);
  });
});
