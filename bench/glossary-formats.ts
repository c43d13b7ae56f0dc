// The same glossary entries written in each of the five formats Glossa reads (TSV, CSV,
// JSON, TBX 2, TBX 3), so loading them can be compared format against format: the load
// bench times them, the limits test checks they load complete.
import type { GlossaryEntry } from '../core/types';

export type GlossaryFileFormat = 'tsv' | 'csv' | 'json' | 'tbx2' | 'tbx3';
export const GLOSSARY_FILE_FORMATS: readonly GlossaryFileFormat[] = ['tsv', 'csv', 'json', 'tbx2', 'tbx3'];

/** File name for a format (TBX 3 keeps the .tbx extension, as termbases do). */
export function glossaryFileName(format: GlossaryFileFormat, stem = 'glossary'): string {
  return `${stem}.${format === 'tbx2' || format === 'tbx3' ? (format === 'tbx3' ? 'tbx3.tbx' : 'tbx') : format}`;
}

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const csvCell = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * `entries` (source → target, with an optional note) as the bytes of a file in `format`.
 * TBX files are ru → en termbases: each entry is one concept with a Russian term and the
 * preferred English one, so loading them with target language `en` gives the entries back.
 */
export function glossaryInFormat(format: GlossaryFileFormat, entries: ReadonlyArray<Pick<GlossaryEntry, 'source' | 'target' | 'note'>>): string {
  switch (format) {
    case 'tsv':
      return `# Glossary in tab-separated format -*- coding: utf-8 -*-\n${entries.map((e) => `${e.source}\t${e.target ?? ''}${e.note ? `\t${e.note}` : ''}`).join('\n')}\n`;
    case 'csv':
      return `source,target,note\n${entries.map((e) => [e.source, e.target ?? '', e.note ?? ''].map(csvCell).join(',')).join('\n')}\n`;
    case 'json':
      return `${JSON.stringify({ name: 'generated', sourceLanguage: 'ru', targetLanguage: 'en', entries: entries.map((e) => ({ source: e.source, ...(e.target ? { target: e.target } : {}), ...(e.note ? { note: e.note } : {}) })) }, null, 2)}\n`;
    case 'tbx2':
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<martif type="TBX" xml:lang="en">',
        '<martifHeader><fileDesc><sourceDesc><p>generated</p></sourceDesc></fileDesc></martifHeader>',
        '<text><body>',
        ...entries.map((e, i) =>
          `<termEntry id="c${i}">${e.note ? `<descrip type="definition">${xml(e.note)}</descrip>` : ''}` +
          `<langSet xml:lang="ru"><tig><term>${xml(e.source)}</term></tig></langSet>` +
          `<langSet xml:lang="en"><tig><term>${xml(e.target ?? '')}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet></termEntry>`),
        '</body></text>',
        '</martif>',
        '',
      ].join('\n');
    case 'tbx3':
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
        '<tbxHeader><fileDesc><sourceDesc><p>generated</p></sourceDesc></fileDesc></tbxHeader>',
        '<text><body>',
        ...entries.map((e, i) =>
          `<conceptEntry id="c${i}">${e.note ? `<descrip type="definition">${xml(e.note)}</descrip>` : ''}` +
          `<langSec xml:lang="ru"><termSec><term>${xml(e.source)}</term></termSec></langSec>` +
          `<langSec xml:lang="en"><termSec><term>${xml(e.target ?? '')}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>`),
        '</body></text>',
        '</tbx>',
        '',
      ].join('\n');
  }
}
