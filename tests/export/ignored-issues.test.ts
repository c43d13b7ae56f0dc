// QA issues the editor ignored, in the exports: left out of the QA list and counts of the
// report and the JSON, and listed apart as ignored by the editor (the report's own
// section; the JSON's `qaIgnored`, which the schema documents).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../core/export/json';
import { renderReport } from '../../core/export/report';
import { loadGlossary } from '../../core/glossary';
import { runQa } from '../../core/qa';
import { ignoredIssueKey } from '../../core/work/ignored-issues';
import { validate } from './json-schema';
import { REPO_ROOT, SEED_GLOSSARY_FILE, SEED_MT } from './samples';

const schema = JSON.parse(readFileSync(`${REPO_ROOT}schemas/export.schema.json`, 'utf8'));
const glossary = loadGlossary('ru-en-politics.tsv', new Uint8Array(readFileSync(SEED_GLOSSARY_FILE)));
const input = { mt: SEED_MT, postEdit: SEED_MT, lineEnding: '\n' as const, glossaries: [glossary], language: 'en' };
const quotes = runQa(SEED_MT, { mt: SEED_MT, glossaries: [glossary], language: 'en' }).filter((issue) => issue.check === 'unpaired-quote');
const ignoredIssues = [ignoredIssueKey(quotes[0]!, SEED_MT)];

describe('ignored QA issues in the report', () => {
  const plain = renderReport(input);
  const html = renderReport({ ...input, ignoredIssues });

  it('has no ignored section when nothing was ignored', () => {
    expect(quotes).toHaveLength(3);
    expect(plain).not.toContain('ignored by the editor');
    expect(plain).toContain('<dd>3 errors<small>');
  });

  it('counts the issue no more and lists it under its own heading, with its place', () => {
    expect(html).toContain('<dd>2 errors<small>');
    const section = html.slice(html.indexOf('<section class="qa-ignored">'), html.indexOf('</section>', html.indexOf('<section class="qa-ignored">')));
    expect(section).toContain('<h3>QA issues ignored by the editor</h3>');
    expect(section.match(/<tr><td>/g)).toHaveLength(1);
    expect(section).toContain(`<td>unpaired-quote</td><td class="number">${quotes[0]!.paragraph + 1}</td>`);
    const qa = html.slice(html.indexOf('<section class="qa">'), html.indexOf('<section class="qa-ignored">'));
    expect(qa.match(/unpaired-quote/g)).toHaveLength(2);
  });
});

describe('ignored QA issues in the JSON', () => {
  it('moves them from qa to qaIgnored, and the document stays valid', () => {
    const json = JSON.parse(new TextDecoder().decode(exportJson({ ...input, ignoredIssues })));
    expect(validate(schema, json)).toEqual([]);
    expect(json.qaIgnored).toEqual([{ check: 'unpaired-quote', severity: 'error', start: quotes[0]!.start, end: quotes[0]!.end, paragraph: quotes[0]!.paragraph, message: quotes[0]!.message }]);
    expect(json.counts.qaErrors).toBe(2);
    const none = JSON.parse(new TextDecoder().decode(exportJson(input)));
    expect(none).not.toHaveProperty('qaIgnored');
    expect(none.counts.qaErrors).toBe(3);
  });
});
