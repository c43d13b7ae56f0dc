// --source on glossa qa, diff and export, and spell-checking in qa: the built binary on
// the seeds and on small articles written here.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, repoRoot, runGlossa } from './run-cli';

const RU = 'seeds/kremlin-kerry.ru.txt';
const MT = 'seeds/kremlin-kerry.mt.txt';
const PE = 'seeds/kremlin-kerry.pe.txt';
const TERMS = 'glossaries/ru-en-terms.csv';
const ru = readFileSync(join(repoRoot, RU), 'utf8');

beforeAll(() => ensureCliBuilt(), 120_000);

/** A folder with a three-paragraph Russian source, its MT and a post-edit. */
function article(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glossa-source-'));
  writeFileSync(join(dir, 'talks.ru.txt'), 'Песков заявил, что переговоры продлятся 47 минут.\n\nЛавров встретился с Керри.\n\nВ Женеве ждут итогов. Решение объявят завтра.\n');
  writeFileSync(join(dir, 'talks.mt.txt'), 'Sands said the talks will last 74 minutes.\n\nLavrov met with Kerry.\n\nIn Geneva waiting for results. Decision will be announced tomorrow.\n');
  writeFileSync(join(dir, 'talks.pe.txt'), 'He said the talks would last 74 minutes.\n\nLavrov met Kerry.\n\nGeneva is waiting for the results. The decision will be announced tomorrow.\n');
  writeFileSync(join(dir, 'terms.csv'), 'ru,en\nПесков,Peskov\nЛавров,Lavrov\n');
  return dir;
}

describe('glossa qa --source', () => {
  it('prints term-missing and number-mismatch against the source as exact JSON, with the source span’s position', () => {
    const dir = article();
    const result = runGlossa(['qa', 'talks.pe.txt', '--source', 'talks.ru.txt', '--source-lang', 'ru', '--mt', 'talks.mt.txt', '-g', 'terms.csv', '--json', '--no-spelling'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      issues: [
        {
          check: 'term-missing',
          severity: 'warning',
          start: 0,
          end: 40,
          paragraph: 0,
          message: 'Source term "Песков" (source ¶1) should be translated "Peskov", not found in post-edit ¶1 (terms.csv:2)',
          line: 1,
          column: 1,
          sourceSpan: { start: 0, end: 6, paragraph: 0, line: 1, column: 1 },
        },
        {
          check: 'number-mismatch',
          severity: 'warning',
          start: 29,
          end: 31,
          paragraph: 0,
          message: '74 does not match the source, which has 47 here',
          line: 1,
          column: 30,
          sourceSpan: { start: 40, end: 42, paragraph: 0, line: 1, column: 41 },
        },
      ],
    });
  });

  it('without --source compares numbers with the MT, which has the same wrong 74: nothing to report', () => {
    const dir = article();
    const result = runGlossa(['qa', 'talks.pe.txt', '--mt', 'talks.mt.txt', '-g', 'terms.csv', '--json', '--no-spelling'], { cwd: dir });
    expect(JSON.parse(result.stdout)).toEqual({ issues: [] });
  });

  it('finds the five terms the raw seed MT leaves untranslated, one line each', () => {
    const result = runGlossa(['qa', MT, '--source', RU, '--mt', MT, '-g', TERMS, '--no-spelling']);
    expect(result.stdout.split('\n').filter((line) => line.includes('term-missing'))).toEqual([
      `${MT}:3:1: warning term-missing: Source term "пресс-секретарь" (source ¶2) should be translated "press secretary", not found in post-edit ¶2 (${TERMS}:8)`,
      `${MT}:5:1: warning term-missing: Source term "Песков" (source ¶3) should be translated "Peskov", not found in post-edit ¶3 (${TERMS}:2)`,
      `${MT}:7:1: warning term-missing: Source term "далеко за полночь" (source ¶4) should be translated "well past midnight", not found in post-edit ¶4 (${TERMS}:12)`,
      `${MT}:9:1: warning term-missing: Source term "представитель Кремля" (source ¶5) should be translated "Kremlin spokesman", not found in post-edit ¶5 (${TERMS}:10)`,
      `${MT}:19:1: warning term-missing: Source term "Пресс-секретарь Госдепартамента" (source ¶10) should be translated "State Department spokesman", not found in post-edit ¶10 (${TERMS}:9)`,
    ]);
  });
});

describe('glossa qa spelling', () => {
  it('spell-checks by default with the dictionary of the article’s language; --no-spelling turns it off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossa-spell-'));
    writeFileSync(join(dir, 'article.txt'), 'The goverment recieved teh report on Tuesday.\n');
    const result = runGlossa(['qa', 'article.txt'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'article.txt:1:5: warning spelling: "goverment" is not in the English dictionary',
      'article.txt:1:15: warning spelling: "recieved" is not in the English dictionary',
      'article.txt:1:24: warning spelling: "teh" is not in the English dictionary',
    ]);
    expect(runGlossa(['qa', 'article.txt', '--no-spelling'], { cwd: dir }).stdout).toBe('');
  });

  it('never flags glossary terms nor words of the source', () => {
    const dir = article();
    writeFileSync(join(dir, 'names.pe.txt'), 'Peskov said the talks would last 47 minutes.\n\nLavrov met Kerry.\n\nGeneva is waiting for the results. The decision will be announced tomorrow.\n');
    const without = runGlossa(['qa', 'names.pe.txt', '--json'], { cwd: dir });
    expect(JSON.parse(without.stdout).issues.map((issue: { message: string }) => issue.message)).toEqual([
      '"Peskov" is not in the English dictionary',
      '"Lavrov" is not in the English dictionary',
    ]);
    const withTerms = runGlossa(['qa', 'names.pe.txt', '--json', '-g', 'terms.csv', '--source', 'talks.ru.txt', '--source-lang', 'ru'], { cwd: dir });
    expect(JSON.parse(withTerms.stdout)).toEqual({ issues: [] });
  });

  it('spell-checks the json and report exports too, unless --no-spelling', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossa-spell-'));
    writeFileSync(join(dir, 'article.txt'), 'The goverment recieved the report on Tuesday.\n');
    const checks = (extra: string[]) =>
      JSON.parse(runGlossa(['export', 'article.txt', '--format', 'json', '--out', '-', ...extra], { cwd: dir }).stdout).qa.map((issue: { check: string; message: string }) => `${issue.check}: ${issue.message}`);
    expect(checks([])).toEqual(['spelling: "goverment" is not in the English dictionary', 'spelling: "recieved" is not in the English dictionary']);
    expect(checks(['--no-spelling'])).toEqual([]);
    const report = runGlossa(['export', 'article.txt', '--format', 'report', '--out', '-'], { cwd: dir }).stdout;
    expect(report).toContain('<td>spelling</td>');
  });

  it('skips spelling for a language without a bundled dictionary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossa-spell-'));
    writeFileSync(join(dir, 'article.txt'), 'Kerry ja Lavrov tapasivat Genevessä pitkän keskustelun jälkeen tiistaina.\n');
    expect(runGlossa(['qa', 'article.txt', '--lang', 'fi'], { cwd: dir }).stdout).toBe('');
  });
});

describe('glossa diff --source', () => {
  it('adds the source, its language and the three-way paragraph groups to the JSON', () => {
    const result = runGlossa(['diff', MT, PE, '--source', RU, '--json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['ter', 'edits', 'refWords', 'paragraphs', 'inserted', 'deleted', 'substituted', 'shifts', 'charsChanged', 'source']);
    expect(report.ter).toBe(39.0476);
    expect(report.source).toEqual({
      file: RU,
      language: 'ru',
      text: ru,
      groups: Array.from({ length: 10 }, (_, k) => ({ source: [k], mt: [k], pe: [k] })),
    });
  });

  it('keeps a split MT paragraph with its source paragraph, in the JSON and as text under "> " lines', () => {
    const dir = article();
    writeFileSync(join(dir, 'split.mt.txt'), 'Sands said the talks will last 74 minutes.\n\nLavrov met with Kerry.\n\nIn Geneva waiting for results.\n\nDecision will be announced tomorrow.\n');
    const json = JSON.parse(runGlossa(['diff', 'split.mt.txt', 'talks.pe.txt', '--source', 'talks.ru.txt', '--source-lang', 'ru', '--json'], { cwd: dir }).stdout);
    expect(json.source.groups).toEqual([
      { source: [0], mt: [0], pe: [0] },
      { source: [1], mt: [1], pe: [1] },
      { source: [2], mt: [2, 3], pe: [2] },
    ]);
    const text = runGlossa(['diff', 'talks.mt.txt', 'talks.pe.txt', '--source', 'talks.ru.txt', '--source-lang', 'ru'], { cwd: dir });
    expect(text.stdout).toBe([
      '> Песков заявил, что переговоры продлятся 47 минут.',
      '[-Sands-]{+He+} said the talks [-will-]{+would+} last 74 minutes.',
      '',
      '> Лавров встретился с Керри.',
      'Lavrov met [-with -]Kerry.',
      '',
      '> В Женеве ждут итогов. Решение объявят завтра.',
      '[-In Geneva-]{+Geneva is+} waiting for{+ the+} results.[- Decision-]{+ The decision+} will be announced tomorrow.',
      '',
      'HTER 30.43 % (7 edits / 23 words: 2 inserted, 1 deleted, 3 substituted, 1 shifts; 65 characters changed)',
      '',
    ].join('\n'));
  });
});

describe('glossa export --source', () => {
  it('shows each source paragraph above its redline in the report, and checks against it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossa-report-'));
    const out = join(dir, 'seed.report.html');
    const result = runGlossa(['export', PE, '--mt', MT, '--source', RU, '-g', TERMS, '--out', out, '--no-spelling']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    const redline = html.slice(html.indexOf('<section class="redline">'));
    const blocks = [...redline.matchAll(/<div class="(source|group [a-z]+)">/g)].map((match) => match[1]!.split(' ')[0]);
    expect(blocks).toEqual(Array.from({ length: 10 }, () => ['source', 'group']).flat());
    const sources = [...redline.matchAll(/<div class="source"><div class="label">(Source ¶\d+)<\/div><p lang="ru">([^<]*)<\/p>/g)];
    expect(sources.map((match) => match[1])).toEqual(Array.from({ length: 10 }, (_, k) => `Source ¶${k + 1}`));
    expect(sources[2]![2]).toContain('— пояснил Песков.');
    expect(html).toContain('No QA issues.');
  });

  it('lists a term-missing issue in the json export, and refuses --source for formats without QA', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossa-report-'));
    const json = runGlossa(['export', MT, '--mt', MT, '--source', RU, '-g', TERMS, '--out', '-', '--format', 'json', '--no-spelling']);
    expect(JSON.parse(json.stdout).qa.filter((issue: { check: string }) => issue.check === 'term-missing')).toHaveLength(5);
    const refused = runGlossa(['export', PE, '--source', RU, '--out', join(dir, 'x.txt')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe("glossa: --source is used by the report and json formats, not txt (see 'glossa export --help')\n");
  });
});
