// `glossa apply` and the engine rules that show on the command line: cycle warnings on
// stderr, the target language a termbase used in --json, Turkish folding, and offsets
// into the original text whatever the matcher normalised.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runGlossa } from './run-cli';

describe('glossa apply and the engine', () => {
  beforeAll(() => ensureCliBuilt(), 120_000);
  const dir = mkdtempSync(join(tmpdir(), 'glossa-engine-'));
  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('warns once per rule cycle on stderr, naming the glossary file and lines, and changes nothing there', () => {
    const glossary = file('cycle.tsv', '# a cycle\nnatural gas\tgas\nKiev\tKyiv\ngas\tnatural gas\n');
    const article = file('gas.txt', 'Kiev buys natural gas and gas.\n');
    const result = runGlossa(['apply', article, '-g', glossary, '--target-lang', 'en']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Kyiv buys natural gas and gas.\n');
    expect(result.stderr).toBe(`glossa: warning: glossary cycle, changes nothing: ${glossary}:2 "natural gas → gas", ${glossary}:4 "gas → natural gas"\n`);
  });

  it('says in --json which target language a termbase was read in (pt-BR for detected pt)', () => {
    const tbx = file(
      'transport.tbx',
      `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry><langSec xml:lang="en"><termSec><term>bus</term></termSec></langSec>
<langSec xml:lang="pt-BR"><termSec><term>ônibus</term></termSec></langSec>
<langSec xml:lang="pt-PT"><termSec><term>autocarro</term></termSec></langSec></conceptEntry>
</body></text></tbx>
`,
    );
    const article = file(
      'pt.txt',
      'A prefeitura anunciou ontem que o novo bus elétrico começará a circular na próxima semana pelas principais avenidas da cidade, ' +
        'segundo o secretário de transportes, que espera reduzir a poluição e o barulho no centro histórico.\n',
    );
    const result = runGlossa(['apply', article, '-g', tbx, '--json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.language).toBe('pt');
    expect(report.targetLanguage).toBe('pt-BR');
    expect(report.changes).toMatchObject([{ from: 'bus', to: 'ônibus' }]);
  });

  it('folds dotted and dotless i the Turkish way for --target-lang tr', () => {
    const glossary = file('tr.tsv', 'ırmak\tnehir\n');
    const article = file('tr.txt', 'IRMAK kıyısında\n');
    expect(runGlossa(['apply', article, '-g', glossary, '--target-lang', 'tr']).stdout).toBe('NEHİR kıyısında\n');
    expect(runGlossa(['apply', article, '-g', glossary, '--target-lang', 'en']).stdout).toBe('IRMAK kıyısında\n');
  });

  it('reports UTF-16 offsets into the original text in --json, whatever was normalised', () => {
    const glossary = file('norm.tsv', 'Peskov\tDmitry Peskov\nrosé\trosado\nοδός\tdromos\n');
    const text = '😀 Pes\u00adkov drank Rose\u0301 on ΟΔΟΣ.\n';
    const article = file('norm.txt', text);
    const report = JSON.parse(runGlossa(['apply', article, '-g', glossary, '--target-lang', 'en', '--json']).stdout);
    expect(report.changes.map((change: { start: number; end: number }) => text.slice(change.start, change.end))).toEqual([
      'Pes\u00adkov',
      'Rose\u0301',
      'ΟΔΟΣ',
    ]);
    expect(report.text).toBe('😀 Dmitry Peskov drank Rosado on DROMOS.\n');
  });
});
