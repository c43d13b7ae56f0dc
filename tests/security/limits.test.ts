// Glossa at its documented limits, functionally (no timing assertions: the load times per
// format, the diff of huge paragraphs and the rest are `npm run bench` rows):
// - an article over 50 MB is refused with a message that names the limit, by the command
//   line (read before anything is loaded) and by the core decoder (the window's path);
// - a 100,000-entry glossary loads and applies, with the exact number of changes; the same
//   entries load complete in every format (TSV, CSV, JSON, TBX 2, TBX 3);
// - glossa diff on 130,000 changed paragraphs, glossa detect on 200,000 paragraphs, and
//   diff, report and batch --report on a 10 MB paragraph finish with the right results
//   (before: a stack overflow, and runs of minutes: quadratic scans);
// - a 5,000-paragraph article goes through paragraph alignment, the article diff, HTER and QA;
// - in the window, matching runs in the engine worker: the UI thread's bundle holds none of
//   the engine (tests/e2e/limits.spec.ts drives the window itself).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors';
import { runQa } from '../../core/qa';
import { alignParagraphs } from '../../core/review/align';
import { diffArticle } from '../../core/review/article-diff';
import { computeHter } from '../../core/review/hter';
import { decodeText } from '../../core/text/decode';
import { splitParagraphs } from '../../core/text/paragraphs';
import { GLOSSARY_FILE_FORMATS, glossaryFileName, glossaryInFormat } from '../../bench/glossary-formats';
import { loadGlossary } from '../../core/glossary/load-glossary';
import { ensureCliBuilt, repoRoot, runGlossa } from '../cli/run-cli';
import {
  GLOSSARY_ENTRIES, MAX_ARTICLE_BYTES, PARAGRAPHS, expectedMatches, largeArticle, largeGlossaryTsv, paragraphText,
  sparseFile, termSource, termTarget,
} from './large-inputs';

let dir: string;
const GLOSSARY = path.join(repoRoot, 'glossaries', 'ru-en-politics.tsv');

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'glossa-limits-'));
  ensureCliBuilt();
}, 120_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('the 50 MB article limit', () => {
  it('the command line refuses 50 MB + 1 byte with one line naming the file and the limit', async () => {
    const big = path.join(dir, 'huge.mt.txt');
    await sparseFile(big, MAX_ARTICLE_BYTES + 1);
    const out = path.join(dir, 'never.txt');
    for (const args of [
      ['apply', big, '--glossary', GLOSSARY],
      ['export', big, '--out', out],
      ['qa', big],
      ['detect', big],
      ['diff', big, GLOSSARY],
    ]) {
      const result = runGlossa(args);
      expect(result.status, args[0]).toBe(2);
      expect(result.stderr, args[0]).toBe(`glossa: ${big}:1: file is 50.0 MB, over the 50 MB limit\n`);
      expect(result.stdout, args[0]).toBe('');
    }
    await expect(fs.access(out)).rejects.toThrow();
  });

  it('a glossary over the limit is refused the same way', async () => {
    const article = path.join(dir, 'small.txt');
    await fs.writeFile(article, 'Kerry met Lavrov.\n');
    const glossary = path.join(dir, 'huge.tsv');
    await sparseFile(glossary, MAX_ARTICLE_BYTES + 1);
    const result = runGlossa(['apply', article, '--glossary', glossary]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`glossa: ${glossary}:1: file is 50.0 MB, over the 50 MB limit\n`);
  });

  it('exactly 50 MB is within the limit (this file is refused for its NUL bytes instead)', async () => {
    const edge = path.join(dir, 'edge.mt.txt');
    await sparseFile(edge, MAX_ARTICLE_BYTES);
    const result = runGlossa(['detect', edge]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/over the 50 MB limit/);
    expect(result.stderr).toMatch(/binary file \(NUL byte\)/);
  });

  it('the core decoder (the window reads through it) names the limit too', () => {
    const over = new Uint8Array(MAX_ARTICLE_BYTES + 1);
    expect(() => decodeText(over, 'huge.mt.txt')).toThrow(InputError);
    expect(() => decodeText(over, 'huge.mt.txt')).toThrow(/^huge\.mt\.txt:1: .*over the 50 MB limit for articles$/);
    expect(() => decodeText(over.subarray(1), 'edge.mt.txt')).toThrow(/NUL byte/);
  });
});

describe('a 100,000-entry glossary on a 5,000-paragraph article', () => {
  it('loads and applies through the command line with the exact change count', async () => {
    const glossary = path.join(dir, 'large.tsv');
    const article = path.join(dir, 'large.mt.txt');
    await fs.writeFile(glossary, largeGlossaryTsv());
    await fs.writeFile(article, largeArticle());
    const result = runGlossa(['apply', article, '--glossary', glossary, '--target-lang', 'en', '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { text: string; changes: { from: string; to: string }[] };
    expect(output.changes).toHaveLength(expectedMatches());
    // The first and the last of the 100,000 entries both took effect.
    expect(output.changes[0]).toMatchObject({ from: termSource(0), to: termTarget(0) });
    expect(output.changes.at(-1)).toMatchObject({ from: termSource(GLOSSARY_ENTRIES - 1), to: termTarget(GLOSSARY_ENTRIES - 1) });
    expect(output.text).not.toMatch(/\bzq[a-z]{4}\b/);
    expect(splitParagraphs(output.text)).toHaveLength(PARAGRAPHS);
  });
});

describe('100,000 entries in every glossary format', () => {
  const entries = Array.from({ length: GLOSSARY_ENTRIES }, (_, i) => ({
    source: termSource(i),
    target: termTarget(i),
    ...(i % 1000 === 0 ? { note: `note ${i} with "quotes" & <brackets>` } : {}),
  }));

  it.each(GLOSSARY_FILE_FORMATS)('%s: loads complete, in order, with the notes and the line of each entry', (format) => {
    const text = glossaryInFormat(format, entries);
    const glossary = loadGlossary(glossaryFileName(format), new TextEncoder().encode(text), { targetLanguage: 'en' });
    const changing = glossary.entries.filter((entry) => entry.target !== entry.source);
    expect(changing).toHaveLength(GLOSSARY_ENTRIES);
    // A termbase also lists each target term as a keep entry (it protects its own text).
    expect(glossary.entries.length - changing.length).toBe(format.startsWith('tbx') ? GLOSSARY_ENTRIES : 0);
    const lines = text.split('\n');
    for (const index of [0, 1, 1000, 54_321, GLOSSARY_ENTRIES - 1]) {
      const entry = changing[index]!;
      expect(entry).toMatchObject({ source: termSource(index), target: termTarget(index) });
      expect(entry.note).toBe(index % 1000 === 0 ? `note ${index} with "quotes" & <brackets>` : undefined);
      // The line named is where the entry starts: its source term is on it (JSON: on the
      // line after the entry's opening brace).
      expect(lines.slice(entry.line - 1, entry.line + 1).join('\n'), `${format} entry ${index}`).toContain(termSource(index));
    }
  }, 120_000);
});

describe('huge inputs through the command line', () => {
  it('glossa diff on 130,000 changed paragraphs (a spread of that many overflowed the stack)', async () => {
    const count = 130_000;
    const mt = Array.from({ length: count }, (_, p) => `Paragraph ${p} said the minister.`);
    const pe = mt.map((text) => text.replace('said', 'told'));
    const mtFile = path.join(dir, 'many.mt.txt');
    const peFile = path.join(dir, 'many.pe.txt');
    await fs.writeFile(mtFile, `${mt.join('\n\n')}\n`);
    await fs.writeFile(peFile, `${pe.join('\n\n')}\n`);
    const result = runGlossa(['diff', mtFile, peFile, '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { paragraphs: unknown[]; substituted: number; edits: number };
    expect(report.paragraphs).toHaveLength(count);
    expect(report.edits).toBe(count);
  }, 240_000);

  it('glossa detect in text mode on 200,000 paragraphs: one line each, with its line number', async () => {
    const count = 200_000;
    const file = path.join(dir, 'many-paragraphs.txt');
    await fs.writeFile(file, `${Array.from({ length: count }, (_, p) => `The minister spoke about paragraph ${p}.`).join('\n\n')}\n`);
    const result = runGlossa(['detect', file]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(count + 1);
    // Paragraph p is on line 2p + 1 (blank lines between): every line number is right.
    for (const p of [0, 1, 99_999, count - 1]) expect(lines[p + 1]!.startsWith(`${file}:${2 * p + 1}: `), `paragraph ${p}`).toBe(true);
  }, 240_000);

  describe('one 10 MB paragraph', () => {
    const sentence = (k: number) => `The delegation from region ${k % 97} reviewed the trade report and agreed to meet again soon.`;
    let mtFile: string;
    let fewFile: string;
    let editedCount = 0;
    beforeAll(async () => {
      const sentences: string[] = [];
      for (let k = 0, size = 0; size < 10 * 1024 * 1024; k++) {
        sentences.push(sentence(k));
        size += sentences[k]!.length + 1;
      }
      mtFile = path.join(dir, 'huge-paragraph.mt.txt');
      fewFile = path.join(dir, 'huge-paragraph.pe.txt');
      await fs.writeFile(mtFile, `${sentences.join(' ')}\n`);
      // About ten sentences edited, spread over the paragraph.
      const edited = sentences.map((text, k) => (k % Math.floor(sentences.length / 10) === 5 ? text.replace('agreed', 'refused') : text));
      editedCount = edited.filter((text, k) => text !== sentences[k]).length;
      await fs.writeFile(fewFile, `${edited.join(' ')}\n`);
    }, 60_000);

    it('glossa diff: word by word and exact for a few changes', () => {
      const result = runGlossa(['diff', mtFile, fewFile, '--json']);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout) as { substituted: number; edits: number; notes?: string[] };
      expect(report.notes).toBeUndefined();
      expect(editedCount).toBeGreaterThanOrEqual(10);
      expect(report.edits).toBe(editedCount);
      expect(report.substituted).toBe(editedCount);
    }, 240_000);

    it('glossa export --format report and batch --report on a rewritten 10 MB paragraph: bounded, and they say so', async () => {
      const other = path.join(dir, 'huge-paragraph.rewritten.txt');
      const rewritten: string[] = [];
      for (let k = 0, size = 0; size < 10 * 1024 * 1024; k++) {
        rewritten.push(`Officials in district ${k % 89} said on ${k % 7 === 0 ? 'Monday' : 'Tuesday'} that talks would continue.`);
        size += rewritten[k]!.length + 1;
      }
      await fs.writeFile(other, `${rewritten.join(' ')}\n`);
      const out = path.join(dir, 'huge.report.html');
      const result = runGlossa(['export', other, '--mt', mtFile, '--lang', 'en', '--out', out]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const report = await fs.readFile(out, 'utf8');
      expect(report).toContain('Note: MT ¶1: too long and too different to compare in detail; shown as replaced whole.');
      expect(report).toMatch(/TER ≈ [\d.]+ % \(estimated\)/);

      const batchDir = path.join(dir, 'huge-batch');
      const result2 = runGlossa(['apply', '-g', GLOSSARY, '--out-dir', batchDir, '--report', '--target-lang', 'en', mtFile]);
      expect(result2.status).toBe(0);
      expect(await fs.readFile(path.join(batchDir, 'huge-paragraph.mt.report.html'), 'utf8')).toContain('Post-edit review');
    }, 300_000);
  });
});

describe('a 5,000-paragraph article through alignment, diff, HTER and QA', () => {
  const mtParagraphs = Array.from({ length: PARAGRAPHS }, (_, p) => paragraphText(p));
  // The post-edit: every 10th paragraph edited, one split, one merge, one deletion, one insertion.
  const pe: string[] = [];
  for (let p = 0; p < PARAGRAPHS; p++) {
    const text = mtParagraphs[p] as string;
    if (p === 1500) {
      const cut = text.indexOf(' and agreed');
      pe.push(`${text.slice(0, cut)}.`, `It${text.slice(cut + ' and'.length)}`);
    }
    else if (p === 2500) pe.push(`${text} ${mtParagraphs[p + 1]}`);
    else if (p === 2501 || p === 3500) continue;
    else if (p === 4000) pe.push(text, 'A paragraph the editor added about the closing press conference.');
    else if (p % 10 === 5) pe.push(text.replace('regional trade', 'trade in the region'));
    else pe.push(text);
  }
  // Two issues QA must find, at known paragraphs.
  pe[1234] = `${pe[1234]}  Two spaces before this sentence.`;
  pe[4321] = `${pe[4321]} The minister said "we will see.`;
  const mt = `${mtParagraphs.join('\n\n')}\n`;
  const post = `${pe.join('\n\n')}\n`;

  it('aligns every paragraph once, in order, finding the split, the merge, the deletion and the insertion', () => {
    const groups = alignParagraphs(mtParagraphs, pe);
    expect(groups.flatMap((g) => g.mt)).toEqual(mtParagraphs.map((_, i) => i));
    expect(groups.flatMap((g) => g.pe)).toEqual(pe.map((_, i) => i));
    expect(groups).toContainEqual({ mt: [1500], pe: [1500, 1501] });
    expect(groups).toContainEqual({ mt: [2500, 2501], pe: [2501] });
    expect(groups).toContainEqual({ mt: [3500], pe: [] });
    expect(groups).toContainEqual({ mt: [], pe: [4000] });
  });

  it('diffs the article: the ops rebuild both texts, and only the edited stretches changed', () => {
    const diff = diffArticle(mt, post);
    expect(diff.mtParagraphs).toHaveLength(PARAGRAPHS);
    expect(diff.peParagraphs).toHaveLength(pe.length);
    const mtBack = diff.ops.filter((op) => op.type !== 'insert').map((op) => op.text).join('');
    const peBack = diff.ops.filter((op) => op.type !== 'delete').map((op) => op.text).join('');
    expect(mtBack).toBe(mt);
    expect(peBack).toBe(post);
    const edited = mtParagraphs.filter((_, p) => p % 10 === 5 && ![1500, 2500, 2501, 3500, 4000].includes(p)).length;
    // The 10-paragraph edits, the split, merge, deletion, insertion and the two QA plants.
    expect(diff.groups.filter((g) => g.changed)).toHaveLength(edited + 4 + 2);
  });

  it('computes HTER per aligned group and over the article', () => {
    const report = computeHter(mt, post);
    expect(report.paragraphs).toHaveLength(alignParagraphs(mtParagraphs, pe).length);
    expect(report.edits).toBeGreaterThan(0);
    expect(Number.isFinite(report.ter)).toBe(true);
    expect(report.paragraphs.filter((p) => p.edits > 0).length).toBeGreaterThan(PARAGRAPHS / 10 - 10);
    expect(report.paragraphs.find((p) => p.mt[0] === 0)?.edits).toBe(0);
  });

  it('runs QA over all of it and points at the planted issues', () => {
    const issues = runQa(post, { mt, language: 'en' });
    for (const issue of issues) {
      expect(issue.paragraph).toBeGreaterThanOrEqual(0);
      expect(issue.paragraph).toBeLessThan(pe.length);
    }
    expect(issues).toContainEqual(expect.objectContaining({ check: 'double-space', paragraph: 1234 }));
    expect(issues).toContainEqual(expect.objectContaining({ check: 'unpaired-quote', paragraph: 4321 }));
  });
});

describe('the window keeps the engine off the UI thread', () => {
  const ENGINE = [/^core\/engine\//, /^core\/glossary\//, /^core\/text\/decode\.ts$/, /^core\/language\//, /^core\/review\//, /^core\/qa\//];

  async function inputsOf(entry: string): Promise<string[]> {
    const result = await build({
      absWorkingDir: repoRoot,
      entryPoints: [entry],
      bundle: true,
      write: false,
      outdir: path.join(dir, 'bundle'),
      metafile: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
      // Workers (`?worker`), Monaco and styles are not code of the UI thread's own bundle.
      plugins: [{
        name: 'outside-the-ui-bundle',
        setup(builder) {
          builder.onResolve({ filter: /\?worker$|^monaco-editor|\.css$|\?(url|raw)$/ }, (args) => ({ path: args.path, external: true }));
        },
      }],
      loader: { '.txt': 'text', '.tsv': 'text', '.svg': 'text', '.png': 'file', '.ttf': 'file' },
    });
    return Object.keys((result.metafile as Metafile).inputs);
  }

  it('the UI thread bundle holds no matcher, glossary parser, decoder or review code', async () => {
    const inputs = await inputsOf('renderer/main.ts');
    expect(inputs).toContain('renderer/app.ts');
    expect(inputs.filter((input) => ENGINE.some((pattern) => pattern.test(input)))).toEqual([]);
  });

  it('the engine worker holds them', async () => {
    const inputs = await inputsOf('renderer/engine.worker.ts');
    for (const module of ['core/engine/matcher.ts', 'core/glossary/load-glossary.ts', 'core/text/decode.ts']) {
      expect(inputs).toContain(module);
    }
  });
});
