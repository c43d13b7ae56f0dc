// Load bench: the same 100,000 entries in each glossary format, loaded by loadGlossary
// (decoding, parsing, the line of every entry), against TSV measured in the same run.
// Goal (issue 11): every format under 3 s and within 3× of TSV.
import { loadGlossary } from '../core/glossary/load-glossary';
import { GLOSSARY_FILE_FORMATS, glossaryFileName, glossaryInFormat } from './glossary-formats';
import { formatTable, medianMs, ms } from './timing';

const ENTRIES = 100_000;
const GOAL_MS = 3000;
const GOAL_RATIO = 3;

export function loadBenchEntries(count = ENTRIES): Array<{ source: string; target: string; note?: string }> {
  return Array.from({ length: count }, (_, i) => ({
    source: `термин ${i.toString(36)}`,
    target: `term ${i.toString(36)}`,
    ...(i % 10 === 0 ? { note: `note for entry ${i}, "quoted" & <marked>` } : {}),
  }));
}

export async function runLoadBench(): Promise<string> {
  const entries = loadBenchEntries();
  const rows: string[][] = [];
  let tsvMs = 0;
  for (const format of GLOSSARY_FILE_FORMATS) {
    const bytes = new TextEncoder().encode(glossaryInFormat(format, entries));
    const file = glossaryFileName(format);
    let loaded = 0;
    const time = medianMs(3, () => {
      // Corrections only: a TBX concept also gives a keep entry for its preferred target term.
      loaded = loadGlossary(file, bytes, { targetLanguage: 'en' }).entries.filter((entry) => entry.target !== entry.source).length;
    });
    if (loaded !== ENTRIES) throw new Error(`load bench: ${file} gave ${loaded} corrections, expected ${ENTRIES}`);
    if (format === 'tsv') tsvMs = time;
    const ratio = time / tsvMs;
    const met = time < GOAL_MS && ratio <= GOAL_RATIO;
    rows.push([format === 'tbx2' ? 'TBX 2' : format === 'tbx3' ? 'TBX 3' : format.toUpperCase(), `${(bytes.length / 1e6).toFixed(1)} MB`, ms(time), `${ratio.toFixed(2)}×`, met ? 'yes' : 'NO']);
  }
  return [
    `${ENTRIES.toLocaleString('en')} entries (every 10th with a note), the same in each format; loadGlossary from bytes in memory,`,
    `median of 3 after a warm-up. Goal: under ${GOAL_MS / 1000} s and at most ${GOAL_RATIO}× the TSV time.`,
    '',
    formatTable(['format', 'file', 'load', 'vs TSV', 'goal met'], rows),
  ].join('\n');
}
