import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeArticle, makeVocabulary, seededRandom } from '../../bench/generate';
import { ensureCliBuilt, repoRoot, runGlossa } from './run-cli';

const GLOSSARY = join(repoRoot, 'glossaries/ru-en-politics.tsv');
const SEED = readFileSync(join(repoRoot, 'seeds/kremlin-kerry.mt.txt'), 'utf8');

/** Every file under `root`, relative, sorted. */
function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(root, path));
    }
  };
  walk(root);
  return files.sort();
}

function fingerprint(root: string): Map<string, string> {
  return new Map(listFiles(root).map((file) => [file, createHash('sha256').update(readFileSync(join(root, file))).digest('hex')]));
}

describe('glossa apply --out-dir (batch)', () => {
  let dir: string;
  let articles: string;
  // article-117 lands in section-2 (117 % 5); it is overwritten with a broken file below.
  const broken = join('section-2', 'article-117.txt');

  beforeAll(() => {
    ensureCliBuilt();
    dir = mkdtempSync(join(tmpdir(), 'glossa-batch-'));
    articles = join(dir, 'articles');
    // 200 articles in 5 folders; each carries the seed's glossary terms so changes are
    // predictable: the seed paragraph cleaned gets exactly the seed's 12 corrections.
    const random = seededRandom(7);
    const vocabulary = makeVocabulary(500, random);
    for (let i = 0; i < 200; i++) {
      const folder = join(articles, `section-${i % 5}`);
      mkdirSync(folder, { recursive: true });
      const body = makeArticle(600, vocabulary, [], random);
      writeFileSync(join(folder, `article-${i}.${i % 10 === 0 ? 'md' : 'txt'}`), `${SEED}\n\n${body}\n`);
    }
    writeFileSync(join(articles, broken), 'Headline\n\nText with a NUL \u0000 byte.\n');
    writeFileSync(join(articles, 'section-0', 'notes.pdf'), 'not an article');
    writeFileSync(join(articles, '.hidden.txt'), 'hidden');
  }, 120_000);

  it('cleans 199 articles, names the broken one with its error, exits 1 and leaves inputs unchanged', () => {
    const before = fingerprint(articles);
    const out = join(dir, 'out');
    const result = runGlossa(['apply', '--glossary', GLOSSARY, '--out-dir', out, '--jobs', '2', articles]);
    expect(result.status).toBe(1);
    expect(fingerprint(articles)).toEqual(before);

    const outputs = listFiles(out);
    expect(outputs).toHaveLength(199);
    const expected = [...before.keys()].filter((file) => /\.(txt|md)$/.test(file) && !file.startsWith('.') && file !== broken);
    expect(outputs).toEqual(expected.sort());

    // Each output is its input cleaned: the seed part with its 12 corrections, the rest as is.
    const sample = readFileSync(join(out, 'section-1', 'article-1.txt'), 'utf8');
    expect(sample).toContain('Dmitry Peskov');
    expect(sample).toContain('explained Peskov');
    expect(sample).not.toMatch(/\bSands\b/);

    const rows = result.stdout.split('\n');
    const brokenRow = rows.find((row) => row.includes('article-117.txt'));
    expect(brokenRow).toMatch(/failed: .*article-117\.txt:3: binary file \(NUL byte\)/);
    const okRows = rows.filter((row) => / ok$/.test(row));
    expect(okRows).toHaveLength(199);
    for (const row of okRows) expect(row).toMatch(/\s12\s+en\s+\d+\s+ok$/);
    expect(result.stdout).toMatch(/199 of 200 articles cleaned, 2388 changes; 1 failed/);
    expect(result.stderr).toMatch(/^glossa: .*article-117\.txt:3: binary file/m);
    // Not a terminal: no progress bar drawn.
    expect(result.stderr).not.toContain('\r');
  });

  it('writes each report beside its output with --report, keeping the folder structure', () => {
    const small = join(dir, 'small');
    mkdirSync(join(small, 'a', 'b'), { recursive: true });
    writeFileSync(join(small, 'top.txt'), SEED);
    writeFileSync(join(small, 'a', 'b', 'deep.md'), SEED);
    const out = join(dir, 'small-out');
    const result = runGlossa(['apply', '-g', GLOSSARY, '--out-dir', out, '--report', small]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(listFiles(out)).toEqual([join('a', 'b', 'deep.md'), join('a', 'b', 'deep.report.html'), 'top.report.html', 'top.txt']);
    const report = readFileSync(join(out, 'a', 'b', 'deep.report.html'), 'utf8');
    expect(report).toMatch(/<del>Sands<\/del><ins>Peskov<\/ins>/);
    expect(report).toMatch(/Glossary replacements<\/dt><dd>12</);
  });

  it('refuses an --out-dir that would write onto its inputs, before writing anything', () => {
    const inPlace = join(dir, 'in-place');
    mkdirSync(inPlace);
    writeFileSync(join(inPlace, 'a.txt'), SEED);
    const mtime = statSync(join(inPlace, 'a.txt')).mtimeMs;
    const result = runGlossa(['apply', '-g', GLOSSARY, '--out-dir', inPlace, inPlace]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^glossa: refusing --out-dir: .*a\.txt would be written onto the input/);
    expect(readFileSync(join(inPlace, 'a.txt'), 'utf8')).toBe(SEED);
    expect(statSync(join(inPlace, 'a.txt')).mtimeMs).toBe(mtime);
    expect(readdirSync(inPlace)).toEqual(['a.txt']);
  });

  it('does not clean its own output folder when it sits inside the input folder', () => {
    const folder = join(dir, 'nested');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), SEED);
    const first = runGlossa(['apply', '-g', GLOSSARY, '--out-dir', join(folder, 'clean'), folder]);
    expect(first.status).toBe(0);
    const second = runGlossa(['apply', '-g', GLOSSARY, '--out-dir', join(folder, 'clean'), folder]);
    expect(second.status).toBe(0);
    expect(listFiles(folder)).toEqual(['a.txt', join('clean', 'a.txt')]);
  });

  it('stops before the batch on a bad glossary or bad options (exit 2, one line)', () => {
    const badGlossary = join(dir, 'bad.json');
    writeFileSync(badGlossary, '{"entries": [');
    const out = join(dir, 'never');
    const bad = runGlossa(['apply', '-g', badGlossary, '--out-dir', out, articles]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^glossa: .*bad\.json:1(:\d+)?: /);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(() => readdirSync(out)).toThrow();
    expect(runGlossa(['apply', '-g', GLOSSARY, '--out-dir', out, '--jobs', '0', articles]).stderr).toMatch(/--jobs takes a whole number/);
    expect(runGlossa(['apply', '-g', GLOSSARY, '--out-dir', out, join(dir, 'missing')]).stderr).toMatch(/no such file or folder/);
    expect(runGlossa(['apply', '-g', GLOSSARY, '--out-dir', out, '--json', articles]).stderr).toMatch(/--json cannot be combined with --out-dir/);
  });

  it('gives the same outputs with one worker as with two', () => {
    const one = join(dir, 'one');
    const two = join(dir, 'two');
    const section = join(articles, 'section-1');
    expect(runGlossa(['apply', '-g', GLOSSARY, '--out-dir', one, '--jobs', '1', section]).status).toBe(0);
    expect(runGlossa(['apply', '-g', GLOSSARY, '--out-dir', two, '--jobs', '2', section]).status).toBe(0);
    expect(fingerprint(one)).toEqual(fingerprint(two));
    expect(listFiles(one)).toHaveLength(40);
  });
});
