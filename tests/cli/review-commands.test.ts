// glossa diff, qa and detect, run as users run them: the built binary on the samples.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run as runDiff } from '../../cli/commands/diff';
import { ensureCliBuilt, repoRoot, runGlossa } from './run-cli';

const MT = 'seeds/kremlin-kerry.mt.txt';
const PE = 'seeds/kremlin-kerry.pe.txt';
const GLOSSARY = 'glossaries/ru-en-politics.tsv';
const mt = readFileSync(join(repoRoot, MT), 'utf8');
const pe = readFileSync(join(repoRoot, PE), 'utf8');
// sacreBLEU 2.x TER per paragraph of the seed (/work/shared/README.md).
const SEED_PARAGRAPHS: Array<[number, number]> = [[7, 7], [17, 35], [23, 62], [15, 25], [22, 36], [14, 30], [30, 75], [10, 37], [7, 54], [19, 59]];
const round4 = (value: number): number => Math.round(value * 10000) / 10000;
const codePoints = (text: string): number => [...text].length;

beforeAll(() => ensureCliBuilt(), 120_000);

describe('glossa diff', () => {
  it('prints HTER 39.0476 (164 / 420) and the sacreBLEU figures per paragraph as JSON', () => {
    const result = runGlossa(['diff', MT, PE, '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['ter', 'edits', 'refWords', 'paragraphs', 'inserted', 'deleted', 'substituted', 'shifts', 'charsChanged']);
    expect(report).toEqual({
      ter: 39.0476,
      edits: 164,
      refWords: 420,
      paragraphs: SEED_PARAGRAPHS.map(([edits, refWords]) => ({ ter: round4((edits / refWords) * 100), edits, refWords })),
      // The final alignments' operations; with the 14 shifts they make up the 164 edits.
      inserted: 20,
      deleted: 41,
      substituted: 89,
      shifts: 14,
      charsChanged: 1552,
    });
    expect(report.inserted + report.deleted + report.substituted + report.shifts).toBe(report.edits);
  });

  it('prints a git-style word diff off a terminal that rebuilds both texts', () => {
    const result = runGlossa(['diff', MT, PE]);
    expect(result.status).toBe(0);
    const [body, summary] = splitSummary(result.stdout);
    expect(summary).toBe('HTER 39.05 % (164 edits / 420 words: 20 inserted, 41 deleted, 89 substituted, 14 shifts; 1552 characters changed)');
    expect(body).toContain(',” [-explained Sands-]{+Peskov explained+}.');
    expect(body).toContain('ended “[-far enough for -]{+well past +}midnight.{+”+}');
    expect(body).not.toContain('\u001b[');
    const mtSide = body.replace(/\{\+[\s\S]*?\+\}/g, '').replace(/\[-([\s\S]*?)-\]/g, '$1');
    const peSide = body.replace(/\[-[\s\S]*?-\]/g, '').replace(/\{\+([\s\S]*?)\+\}/g, '$1');
    // The diff ends in "{+\n+}" (only the post-edit has a final newline), so the command
    // adds one line break after it, on both sides.
    expect(mtSide).toBe(`${mt}\n`);
    expect(peSide).toBe(`${pe}\n`);
    // Inserted minus deleted characters is the change in length: the count is consistent.
    const inserted = [...body.matchAll(/\{\+([\s\S]*?)\+\}/g)].reduce((sum, m) => sum + codePoints(m[1]!), 0);
    const deleted = [...body.matchAll(/\[-([\s\S]*?)-\]/g)].reduce((sum, m) => sum + codePoints(m[1]!), 0);
    expect(inserted + deleted).toBe(1552);
    expect(inserted - deleted).toBe(codePoints(pe) - codePoints(mt));
  });

  it('colours deletions red and struck through, insertions green, on a terminal', async () => {
    let out = '';
    const io = { stdout: (text: string | Uint8Array) => void (out += String(text)), stderr: () => {}, isTTY: true, cwd: repoRoot };
    expect(await runDiff([MT, PE], io)).toBe(0);
    expect(out).toContain(',” \u001b[31;9mexplained Sands\u001b[0m\u001b[32mPeskov explained\u001b[0m.');
    expect(out).not.toContain('[-');
  });

  it('reports bad input on one line with exit 2', () => {
    const missing = runGlossa(['diff', MT, 'nope.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('glossa: nope.txt:1: cannot read: no such file\n');
    const usage = runGlossa(['diff', MT]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe("glossa: diff takes the MT file and the post-edit file (see 'glossa diff --help')\n");
  });
});

// Spelling is on by default (tests/cli/source.test.ts covers it); these tests are about
// the other checks, so they turn it off.
describe('glossa qa', () => {
  it('lists the seed MT’s issues as file:line:col and exits 1 for its unpaired quotes', () => {
    const result = runGlossa(['qa', MT, '--no-spelling']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      `${MT}:5:374: error unpaired-quote: Closing quote ” has no opening quote in this paragraph`,
      `${MT}:7:180: error unpaired-quote: Opening quote “ is not closed in this paragraph`,
      `${MT}:13:95: warning space-before-punctuation: Space before "."`,
      `${MT}:19:213: error unpaired-quote: Closing quote ” has no opening quote in this paragraph`,
    ]);
    // The positions are real: line 13, column 95 is the space of "correspondent .".
    expect(mt.split('\n')[12]!.slice(94, 96)).toBe(' .');
  });

  it('prints the issues as JSON with offsets, paragraph, line and column', () => {
    const result = runGlossa(['qa', MT, '--glossary', GLOSSARY, '--json', '--no-spelling']);
    expect(result.status).toBe(1);
    const { issues } = JSON.parse(result.stdout);
    expect(issues).toHaveLength(16);
    const sands = mt.indexOf('Sands');
    expect(issues[3]).toEqual({
      check: 'glossary-term',
      severity: 'warning',
      start: sands,
      end: sands + 'Sands'.length,
      paragraph: 2,
      message: `"Sands" should read "Peskov" (${GLOSSARY}:4): Dmitry Peskov (Песков); MT read the surname as "sand"`,
      line: 5,
      column: 386,
    });
    expect(issues.filter((issue: { check: string }) => issue.check === 'glossary-term')).toHaveLength(12);
  });

  it('passes the clean post-edit with exit 0', () => {
    const result = runGlossa(['qa', PE, '--glossary', GLOSSARY, '--mt', MT, '--json', '--no-spelling']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ issues: [] });
    const plain = runGlossa(['qa', PE, '--no-spelling']);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe('');
  });

  it('exits 0 with warnings only and 1 with a forbidden term', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossa-qa-'));
    writeFileSync(join(dir, 'article.txt'), 'Kerry met Lavrov on July 16.  Both sides talked.\n');
    writeFileSync(join(dir, 'mt.txt'), 'Kerry met Lavrov on 15 July. Both sides talked.\n');
    writeFileSync(join(dir, 'forbidden.json'), JSON.stringify({ entries: [{ source: 'sides', forbidden: true }] }));
    const warnings = runGlossa(['qa', 'article.txt', '--mt', 'mt.txt', '--no-spelling'], { cwd: dir });
    expect(warnings.status).toBe(0);
    expect(warnings.stdout.trimEnd().split('\n')).toEqual([
      'article.txt:1:1: warning number-mismatch: 15 from the MT is missing in this paragraph',
      'article.txt:1:26: warning number-mismatch: 16 is not in the MT of this paragraph',
      'article.txt:1:29: warning double-space: 2 spaces between words',
    ]);
    const forbidden = runGlossa(['qa', 'article.txt', '--glossary', 'forbidden.json', '--no-spelling'], { cwd: dir });
    expect(forbidden.status).toBe(1);
    expect(forbidden.stdout).toContain('article.txt:1:36: error forbidden-term: Forbidden term "sides" (forbidden.json:');
  });

  it('exits 2 on bad input', () => {
    expect(runGlossa(['qa']).status).toBe(2);
    const badGlossary = runGlossa(['qa', PE, '--glossary', 'seeds/kremlin-kerry.mt.txt.nope']);
    expect(badGlossary.status).toBe(2);
    expect(badGlossary.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('glossa detect', () => {
  it('prints the seed’s language and each paragraph’s as JSON', () => {
    const result = runGlossa(['detect', MT, '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      language: 'eng',
      paragraphs: Array.from({ length: 10 }, (_, index) => ({ index, language: 'eng' })),
    });
  });

  it('finds a Russian paragraph left in an English article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossa-detect-'));
    const paragraphs = pe.trimEnd().split('\n\n');
    paragraphs.splice(2, 0, 'Песков также заявил, что Россия поддерживает продолжение переговоров по сирийскому урегулированию.');
    writeFileSync(join(dir, 'mixed.txt'), paragraphs.join('\n\n'));
    const json = runGlossa(['detect', 'mixed.txt', '--json'], { cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual({
      language: 'eng',
      paragraphs: paragraphs.map((_, index) => ({ index, language: index === 2 ? 'rus' : 'eng' })),
    });
    const plain = runGlossa(['detect', 'mixed.txt'], { cwd: dir });
    expect(plain.stdout.split('\n').slice(0, 4)).toEqual([
      'mixed.txt: eng (English)',
      'mixed.txt:1: eng (English)',
      'mixed.txt:3: eng (English)',
      'mixed.txt:5: rus (Russian)',
    ]);
  });
});

function splitSummary(stdout: string): [string, string] {
  const cut = stdout.lastIndexOf('\n\nHTER ');
  return [stdout.slice(0, cut + 1), stdout.slice(cut + 2).trimEnd()];
}
