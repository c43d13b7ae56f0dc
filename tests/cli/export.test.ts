import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, repoRoot, runGlossa } from './run-cli';

const MT = join(repoRoot, 'seeds/kremlin-kerry.mt.txt');
const PE = join(repoRoot, 'seeds/kremlin-kerry.pe.txt');
const GLOSSARY = join(repoRoot, 'glossaries/ru-en-politics.tsv');

describe('glossa export', () => {
  let dir: string;
  beforeAll(() => {
    ensureCliBuilt();
    dir = mkdtempSync(join(tmpdir(), 'glossa-export-'));
  }, 120_000);

  it('writes the report of the seed with its HTER and redline', () => {
    const out = join(dir, 'seed.report.html');
    const result = runGlossa(['export', PE, '--mt', MT, '--glossary', GLOSSARY, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('39.05 %');
    expect(html).toMatch(/<del>[^<]*\bSands<\/del><ins>Peskov\b/);
  });

  it('writes JSON with the 12 glossary changes the seed gets and the post-edit untouched', () => {
    const out = join(dir, 'seed.json');
    expect(runGlossa(['export', PE, '--mt', MT, '-g', GLOSSARY, '--format', 'json', '--out', out]).status).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.changes).toHaveLength(12);
    // Glossaries never rewrite the post-edit: it is exported byte for byte.
    expect(json.postEdit).toBe(readFileSync(PE, 'utf8'));
  });

  it('writes a docx Word can open: headline as Heading 1, title in core properties', () => {
    const out = join(dir, 'seed.docx');
    expect(runGlossa(['export', PE, '--out', out, '--title', 'Kremlin & Kerry']).status).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    const core = parser.parse(new TextDecoder().decode(files['docProps/core.xml']));
    expect(core['cp:coreProperties']['dc:title']).toBe('Kremlin & Kerry');
    const document = new TextDecoder().decode(files['word/document.xml']);
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>.*?Kremlin comments on Putin(?:'|&apos;)s meeting with Kerry/);
  });

  it('keeps the article’s CRLF line endings in txt and md, and writes to stdout with --out -', () => {
    const crlf = join(dir, 'crlf.txt');
    writeFileSync(crlf, 'Headline here\r\n\r\nFirst line\r\nsecond line.\r\n');
    const txt = runGlossa(['export', crlf, '--format', 'txt', '--out', '-']);
    expect(txt.status).toBe(0);
    expect(txt.stdout).toBe('Headline here\r\n\r\nFirst line\r\nsecond line.\r\n');
    const md = runGlossa(['export', crlf, '--out', join(dir, 'crlf.md')]);
    expect(md.status).toBe(0);
    expect(readFileSync(join(dir, 'crlf.md'), 'utf8')).toBe('# Headline here\r\n\r\nFirst line second line.\r\n');
  });

  it('refuses to write onto one of its inputs, leaving it intact', () => {
    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, 'Original text.\n');
    for (const args of [[copy, '--format', 'txt', '--out', copy], [PE, '--mt', copy, '--format', 'report', '--out', copy]]) {
      const result = runGlossa(['export', ...args]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^glossa: refusing to overwrite the (post-edit|MT) .*copy\.txt/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(copy, 'utf8')).toBe('Original text.\n');
  });

  it('names the file and line of bad input in one line, exit 2, and writes nothing', () => {
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, 'line one\nline\u0000two\n');
    const out = join(dir, 'never.html');
    const result = runGlossa(['export', binary, '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`glossa: ${binary}:2: binary file (NUL byte); expected a text article\n`);
    expect(readdirSync(dir)).not.toContain('never.html');
  });

  it('reports a bad glossary by file and line', () => {
    const glossary = join(dir, 'bad.csv');
    writeFileSync(glossary, 'source,target\n"unclosed,quote\n');
    const result = runGlossa(['export', PE, '--mt', MT, '-g', glossary, '--out', join(dir, 'x.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^glossa: ${glossary.replace(/[.]/g, '\\.')}:2(:\\d+)?: `));
  });

  it('rejects unknown formats and names it cannot read a format from', () => {
    expect(runGlossa(['export', PE, '--format', 'pdf', '--out', join(dir, 'a.pdf')]).stderr).toMatch(/unknown format 'pdf'/);
    const guess = runGlossa(['export', PE, '--out', join(dir, 'a.out')]);
    expect(guess.status).toBe(2);
    expect(guess.stderr).toMatch(/cannot tell the format/);
    expect(runGlossa(['export', PE, '--format', 'docx', '--out', '-']).status).toBe(2);
  });

  it('documents the glossary decision in --help', () => {
    const help = runGlossa(['export', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/glossaries are never applied/);
    for (const id of ['txt', 'md', 'html', 'docx', 'json', 'report']) expect(help.stdout).toMatch(new RegExp(`^  ${id} `, 'm'));
  });
});
