// `glossa export <file.glossa>`: the work the window saved, exported by the command line
// with the same counts the window's export gives (what the editor applied and skipped).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGlossaries, findMatches } from '../../core/engine';
import { loadGlossary } from '../../core/glossary/load-glossary';
import type { Change } from '../../core/types';
import { bytesToBase64 } from '../../shared/base64';
import { hashBytes, hashText } from '../../shared/hash';
import { serializeWorkFile, WORK_FORMAT, WORK_VERSION, type ArticleWork } from '../../shared/work';
import { ensureCliBuilt, repoRoot, runGlossa } from './run-cli';

const MT = readFileSync(join(repoRoot, 'seeds/kremlin-kerry.mt.txt'), 'utf8');
const GLOSSARY_BYTES = readFileSync(join(repoRoot, 'glossaries/ru-en-politics.tsv'));

/** The seed with every hit but the first applied (as "Skip" then "Apply all" would). */
function seedWork(): ArticleWork {
  const changes = findMatches(compileGlossaries([loadGlossary('ru-en-politics.tsv', GLOSSARY_BYTES)]), MT);
  const [skipped, ...applied] = changes as [Change, ...Change[]];
  let postEdit = '';
  let at = 0;
  let shift = 0;
  const placed: Change[] = [];
  for (const change of applied) {
    postEdit += MT.slice(at, change.start) + change.to;
    at = change.end;
    placed.push({ ...change, start: change.start + shift, end: change.start + shift + change.to.length });
    shift += change.to.length - (change.end - change.start);
  }
  postEdit += MT.slice(at);
  return {
    format: WORK_FORMAT,
    version: WORK_VERSION,
    article: { name: 'kremlin-kerry.mt.txt', encoding: 'utf-8', lineEnding: '\n', hadBom: false, mtHash: hashText(MT) },
    mt: MT,
    postEdit,
    applied: placed,
    skipped: [skipped],
    ignoredIssues: [],
    confirmedParagraphs: [],
    glossaries: [{ name: 'ru-en-politics', file: 'ru-en-politics.tsv', enabled: true, hash: hashBytes(GLOSSARY_BYTES), base64: bytesToBase64(GLOSSARY_BYTES) }],
    editingMs: 60_000,
    view: { cursor: { lineNumber: 1, column: 1 }, hideUnchanged: false },
    savedAt: 1_700_000_000_000,
    unsavedChanges: false,
  };
}

describe('glossa export <file.glossa>', () => {
  let dir: string;
  let file: string;
  let work: ArticleWork;
  beforeAll(() => {
    ensureCliBuilt();
    dir = mkdtempSync(join(tmpdir(), 'glossa-export-work-'));
    work = seedWork();
    file = join(dir, 'kremlin-kerry.mt.glossa');
    writeFileSync(file, serializeWorkFile(work));
  }, 120_000);

  it('writes the post-edit the file holds', () => {
    const result = runGlossa(['export', file, '--format', 'txt', '--out', '-']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(work.postEdit);
  });

  it('counts in JSON what the editor applied (11) and skipped (1), with the embedded glossary and no pending-correction warning', () => {
    const result = runGlossa(['export', file, '--format', 'json', '--out', '-', '--lang', 'en']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as {
      mt: string;
      changes: Change[];
      changesIn: string;
      skipped: Change[];
      counts: { glossaryChanges: number; skippedSuggestions: number };
      qa: { check: string; severity: string }[];
    };
    expect(json.mt).toBe(MT);
    expect(json.changes).toHaveLength(11);
    expect(json.changesIn).toBe('postEdit');
    expect(json.skipped).toEqual([work.skipped[0]]);
    expect(json.counts).toMatchObject({ glossaryChanges: 11, skippedSuggestions: 1 });
    expect(json.qa.filter((issue) => issue.check === 'glossary-term' && issue.severity === 'warning')).toEqual([]);
  });

  it('lists the skipped suggestion in the report, under “skipped by the editor”', () => {
    const out = join(dir, 'seed.report.html');
    const result = runGlossa(['export', file, '--out', out, '--lang', 'en']);
    expect(result.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Suggestions skipped by the editor');
    expect(html).toMatch(/<dt>Glossary replacements<\/dt><dd>11<small>/);
  });

  it('names the file of a .glossa it cannot read, exit 2', () => {
    const bad = join(dir, 'bad.glossa');
    writeFileSync(bad, '{"format": "glossa-export", "version": 1}');
    const result = runGlossa(['export', bad, '--format', 'txt', '--out', '-']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`glossa: ${bad}:1: not a Glossa work file (format is "glossa-export", expected "glossa-work")\n`);
  });
});
