import { describe, expect, it } from 'vitest';
import { normaliseStatus, parseTbx } from '../../core/glossary/parse-tbx';
import type { GlossaryEntry } from '../../core/types';
import { UTF8_BOM, concatBytes, cp1251, inputErrorOf, utf8 } from './glossary-helpers';

/** 1-based line of the first occurrence of `needle` (fixtures name their expected lines this way). */
const lineOf = (text: string, needle: string): number => {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture lacks ${needle}`);
  return text.slice(0, at).split(/\r\n|\r|\n/).length;
};

const status = (value: string) => `<termNote type="administrativeStatus">${value}</termNote>`;

const TBX2 = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
  <text>
    <body>
      <termEntry id="bus">
        <descrip type="definition">A road   vehicle
          for many passengers.</descrip>
        <langSet xml:lang="en">
          <tig><term>bus</term></tig>
          <tig><term>coach</term></tig>
        </langSet>
        <langSet xml:lang="de-DE">
          <tig><term>Autobus</term>${status('admittedTerm-admn-sts')}</tig>
          <tig><term>Bus</term>${status('preferredTerm-admn-sts')}</tig>
          <tig><term>Kraftomnibus</term>${status('deprecatedTerm-admn-sts')}</tig>
        </langSet>
      </termEntry>
      <termEntry id="mail">
        <langSet lang="EN"><ntig><termGrp><term>e-mail</term></termGrp></ntig></langSet>
        <langSet lang="de">
          <ntig><termGrp><term>E-Mail</term><termNote type="normativeAuthorization">preferredTerm</termNote></termGrp></ntig>
          <ntig><termGrp><term>Email</term><termNote type="normativeAuthorization">supersededTerm</termNote></termGrp></ntig>
        </langSet>
      </termEntry>
      <termEntry id="computer">
        <langSet xml:lang="en"><tig><term>computer</term></tig></langSet>
        <langSet xml:lang="de">
          <tig><term>Rechner</term>${status('deprecated')}</tig>
          <tig><term>Computer</term></tig>
          <tig><term>Rechenanlage</term>${status('admitted')}</tig>
        </langSet>
        <langSet xml:lang="fr"><tig><term>ordinateur</term></tig></langSet>
      </termEntry>
      <termEntry id="phone">
        <langSet xml:lang="en"><tig><term>telephone</term></tig></langSet>
        <langSet xml:lang="de">
          <tig><term>Fernsprecher</term>${status('supersededTerm-admn-sts')}</tig>
          <tig><term>Fernsprechapparat</term>${status('forbidden')}</tig>
        </langSet>
      </termEntry>
      <termEntry id="english-only">
        <langSet xml:lang="en"><tig><term>only English</term></tig></langSet>
      </termEntry>
      <termEntry id="same">
        <langSet xml:lang="en"><tig><term>Kindergarten</term></tig></langSet>
        <langSet xml:lang="de"><tig><term>Kindergarten</term></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>
`;

const TBX3 = `<?xml version="1.0" encoding="utf-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>
      <conceptEntry id="c1">
        <langSec xml:lang="es">
          <termSec><term>cúmulo abierto</term>${status('preferredTerm-admn-sts')}</termSec>
        </langSec>
        <langSec xml:lang="en-US">
          <descripGrp><descrip type="definition">A group of stars.</descrip></descripGrp>
          <termSec><term>open cluster</term>${status('preferredTerm-admn-sts')}</termSec>
          <termSec><term>galactic cluster</term>${status('supersededTerm-admn-sts')}</termSec>
          <termSec><term>star cloud</term>${status('admittedTerm-admn-sts')}</termSec>
        </langSec>
      </conceptEntry>
      <conceptEntry id="c2">
        <langSec xml:lang="en"><termSec><term>Dow&#160;Jones &amp; <hi>Co</hi>  &#x2019;s</term></termSec></langSec>
        <langSec xml:lang="es"><termSec><term>caf&#233;</term></termSec></langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
`;

const parse = (xml: string, options: { targetLanguage?: string; sourceLanguage?: string }) => parseTbx('t.tbx', utf8(xml), options);
const message = (xml: string, options: { targetLanguage?: string; sourceLanguage?: string }) => inputErrorOf(() => parse(xml, options)).message;

/** Entries as "source → target" with status, language and flags, for compact expectations. */
const pairs = (entries: readonly GlossaryEntry[]) =>
  entries.map((e) => `${e.source} → ${e.forbidden ? '✗' : e.target === e.source ? '(keep)' : e.target} [${e.sourceLanguage ?? '?'}${e.status ? ` ${e.status}` : ''}]`);

describe('TBX 2 (martif/termEntry/langSet/tig|ntig)', () => {
  const glossary = parse(TBX2, { targetLanguage: 'de' });

  it('takes the first other language in the file as source and records both languages', () => {
    expect(glossary.sourceLanguage).toBe('en');
    expect(glossary.targetLanguage).toBe('de');
  });

  it('maps source terms and banned target terms to the preferred term and keeps the correct target terms, in file order', () => {
    expect(pairs(glossary.entries)).toEqual([
      // bus: preferred "Bus"; admitted "Autobus" is correct and kept as it is
      'bus → Bus [en]',
      'coach → Bus [en]',
      'Kraftomnibus → Bus [de-DE deprecated]',
      'Autobus → (keep) [de-DE admitted]',
      'Bus → (keep) [de-DE preferred]',
      // mail: ntig/termGrp, normativeAuthorization, `lang` attributes in any case
      'e-mail → E-Mail [EN]',
      'Email → E-Mail [de superseded]',
      'E-Mail → (keep) [de preferred]',
      // computer: nothing marked preferred → the first term that is not banned
      'computer → Computer [en]',
      'Rechner → Computer [de deprecated]',
      'Computer → (keep) [de]',
      'Rechenanlage → (keep) [de admitted]',
      // phone: no usable target term → its banned terms are flagged, its source skipped
      'Fernsprecher → ✗ [de superseded]',
      'Fernsprechapparat → ✗ [de forbidden]',
      // english-only gives nothing; same ("Kindergarten" → itself) has nothing to correct
      'Kindergarten → (keep) [de]',
    ]);
  });

  it('numbers each entry by the line of its <term>', () => {
    const lines = TBX2.split('\n');
    for (const entry of glossary.entries) expect(lines[entry.line - 1], entry.source).toContain(`<term>${entry.source}</term>`);
    // The kept German "Kindergarten" is the German term, not the English one above it.
    expect(glossary.entries.find((e) => e.source === 'Kindergarten')?.line).toBe(lineOf(TBX2, '<langSet xml:lang="de"><tig><term>Kindergarten'));
  });

  it('uses the concept definition as the note of its corrections, whitespace collapsed', () => {
    expect(glossary.entries[0]?.note).toBe('A road vehicle for many passengers.');
    expect(glossary.entries.find((e) => e.source === 'e-mail')?.note).toBeUndefined();
  });

  it('honours an explicit source language; a region the file lacks reads the plain language, then the first region', () => {
    const fromFrench = parse(TBX2, { targetLanguage: 'DE-at', sourceLanguage: 'fr' });
    expect(fromFrench.sourceLanguage).toBe('fr');
    expect(fromFrench.targetLanguage).toBe('de');
    expect(fromFrench.entries.filter((e) => !e.forbidden && e.target !== e.source).map((e) => `${e.source}→${e.target}`)).toEqual([
      'Kraftomnibus→Bus',
      'Email→E-Mail',
      'ordinateur→Computer',
      'Rechner→Computer',
    ]);
  });

  it('can read a TBX with only the target language (banned → preferred only)', () => {
    const english = parse(TBX2, { targetLanguage: 'en', sourceLanguage: 'de' });
    expect(english.entries.find((e) => e.source === 'Bus')).toMatchObject({ target: 'bus', sourceLanguage: 'de-DE', status: 'preferred' });
  });
});

describe('TBX 3 (tbx/conceptEntry/langSec/termSec)', () => {
  it('maps source and superseded terms to the preferred one and keeps the admitted ones', () => {
    const glossary = parse(TBX3, { targetLanguage: 'EN' });
    expect(glossary.sourceLanguage).toBe('es');
    expect(glossary.targetLanguage).toBe('en');
    expect(glossary.entries).toEqual([
      { source: 'cúmulo abierto', target: 'open cluster', note: 'A group of stars.', line: lineOf(TBX3, '<term>cúmulo abierto'), sourceLanguage: 'es', status: 'preferred' },
      { source: 'galactic cluster', target: 'open cluster', note: 'A group of stars.', line: lineOf(TBX3, '<term>galactic cluster'), sourceLanguage: 'en-US', status: 'superseded' },
      { source: 'open cluster', target: 'open cluster', line: lineOf(TBX3, '<term>open cluster'), sourceLanguage: 'en-US', status: 'preferred' },
      { source: 'star cloud', target: 'star cloud', line: lineOf(TBX3, '<term>star cloud'), sourceLanguage: 'en-US', status: 'admitted' },
      { source: 'café', target: 'Dow\u00a0Jones & Co \u2019s', line: lineOf(TBX3, '<term>caf&#233;'), sourceLanguage: 'es' },
      { source: 'Dow\u00a0Jones & Co \u2019s', target: 'Dow\u00a0Jones & Co \u2019s', line: lineOf(TBX3, '<term>Dow'), sourceLanguage: 'en' },
    ]);
  });

  it('keeps lines right with CRLF line endings and a BOM', () => {
    const crlf = TBX3.replace(/\n/g, '\r\n');
    const glossary = parseTbx('t.tbx', concatBytes(UTF8_BOM, utf8(crlf)), { targetLanguage: 'en' });
    expect(glossary.entries.map((e) => e.line)).toEqual([8, 13, 12, 14, 19, 18]);
    expect(glossary.entries.map((e) => e.line)).toEqual(parse(TBX3, { targetLanguage: 'en' }).entries.map((e) => e.line));
  });
});

describe('TBX decoding and errors', () => {
  it('decodes the encoding named by the XML declaration', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?>
<martif><text><body><termEntry>
<langSet xml:lang="en"><tig><term>Peskov</term></tig></langSet>
<langSet xml:lang="ru"><tig><term>Песков</term></tig></langSet>
</termEntry></body></text></martif>`;
    expect(parseTbx('t.tbx', cp1251(xml), { targetLanguage: 'ru' }).entries).toEqual([
      { source: 'Peskov', target: 'Песков', line: 3, sourceLanguage: 'en' },
      { source: 'Песков', target: 'Песков', line: 4, sourceLanguage: 'ru' },
    ]);
  });

  it('needs a target language', () => {
    expect(message(TBX2, {})).toBe('t.tbx:1: TBX glossary needs a target language (--target-lang)');
  });

  it('refuses languages the file does not have, or the same language twice', () => {
    expect(message(TBX2, { targetLanguage: 'ja' })).toBe('t.tbx:1: TBX glossary has no terms in the target language "ja" (languages in the file: en, de-DE, EN, de, fr)');
    expect(message(TBX2, { targetLanguage: 'de', sourceLanguage: 'it' })).toMatch(/^t\.tbx:1: TBX glossary has no terms in the source language "it"/);
    expect(message(TBX2, { targetLanguage: 'de', sourceLanguage: 'DE' })).toBe('t.tbx:1: source and target language are both "de"');
    // Another region of the target language is a source of its own, read by exact tag.
    expect(message(TBX2, { targetLanguage: 'de', sourceLanguage: 'de-CH' })).toMatch(/^t\.tbx:1: TBX glossary has no terms in the source language "de-CH"/);
  });

  it('refuses XML that is not well-formed with the line and column of the problem', () => {
    const error = inputErrorOf(() => parse('<martif>\n<text>\n  <body>\n    <termEntry>\n  </body>\n</text></martif>', { targetLanguage: 'de' }));
    expect(error.line).toBe(5);
    expect(error.column).toBe(3);
    expect(error.message).toBe("t.tbx:5:3: XML is not well-formed: Expected closing tag 'termEntry' (opened in line 4, col 5) instead of closing tag 'body'.");
    expect(message('<martif>\n  <text a="1" a="2"/>\n</martif>', { targetLanguage: 'de' })).toMatch(/^t\.tbx:2:\d+: XML is not well-formed: Attribute 'a' is repeated\.$/);
  });

  it('places elements left open at the end of the file', () => {
    expect(message('<martif>\n<text>\n<body>\n', { targetLanguage: 'de' })).toBe(
      't.tbx:3:7: XML is not well-formed: <martif>, <text>, <body> never closed (end of file reached)',
    );
  });

  it('refuses well-formed XML that is not TBX', () => {
    expect(message('<?xml version="1.0"?>\n<html><body/></html>', { targetLanguage: 'de' })).toBe(
      't.tbx:2: not a TBX file: found <html> where <martif> (TBX 2) or <tbx> (TBX 3) should be',
    );
  });
});

describe('normaliseStatus', () => {
  it.each([
    ['preferredTerm-admn-sts', 'preferred'],
    ['admittedTerm-admn-sts', 'admitted'],
    ['deprecatedTerm-admn-sts', 'deprecated'],
    ['supersededTerm-admn-sts', 'superseded'],
    ['Preferred', 'preferred'],
    ['preferred term', 'preferred'],
    ['deprecatedTerm', 'deprecated'],
    ['Not recommended', 'deprecated'],
    ['obsolete', 'superseded'],
    ['forbidden', 'forbidden'],
    ['standardizedTerm', 'preferred'],
    ['legalTerm', 'admitted'],
    ['regulatedTerm', 'admitted'],
    ['notRecommended', 'deprecated'],
    ['bogusStatus', undefined],
    ['', undefined],
  ])('%j → %j', (value, expected) => {
    expect(normaliseStatus(value)).toBe(expected);
  });
});
