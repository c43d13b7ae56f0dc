import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../core/export/json';
import { loadGlossary } from '../../core/glossary';
import type { QaCheckId, QaSeverity } from '../../core/qa';
import { validate } from './json-schema';
import { REPO_ROOT, SEED_GLOSSARY_FILE, SEED_MT, SEED_PE } from './samples';

const schema = JSON.parse(readFileSync(`${REPO_ROOT}schemas/export.schema.json`, 'utf8'));
const glossary = loadGlossary('ru-en-politics.tsv', new Uint8Array(readFileSync(SEED_GLOSSARY_FILE)));
const parse = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes));

describe('JSON export', () => {
  const full = parse(exportJson({ mt: SEED_MT, postEdit: SEED_PE, lineEnding: '\n', glossaries: [glossary] }));

  it('validates against schemas/export.schema.json', () => {
    expect(validate(schema, full)).toEqual([]);
  });

  it('carries both texts, the 12 glossary changes in the MT and the seed’s HTER', () => {
    expect(full.mt).toBe(SEED_MT);
    expect(full.postEdit).toBe(SEED_PE);
    expect(full.language).toBe('en');
    expect(full.changes).toHaveLength(12);
    for (const change of full.changes) expect(SEED_MT.slice(change.start, change.end)).toBe(change.from);
    expect(full.changes.find((change: { from: string }) => change.from === 'Sands')).toMatchObject({ to: 'Peskov', glossary: 'ru-en-politics.tsv', line: 4 });
    expect(full.hter.ter.toFixed(2)).toBe('39.05');
    expect(full.hter.edits / full.hter.refWords).toBeCloseTo(full.hter.ter / 100, 12);
    expect(full.counts.glossaryChanges).toBe(12);
    expect(full.counts.paragraphs).toBe(10);
  });

  it('counts words changed from the word diff: zero when the post-edit is the MT', () => {
    const same = parse(exportJson({ mt: SEED_MT, postEdit: SEED_MT, lineEnding: '\n' }));
    expect(same.counts.changedWords).toBe(0);
    expect(same.counts.deletedWords).toBe(0);
    expect(same.hter.ter).toBe(0);
    expect(full.counts.changedWords).toBeGreaterThan(0);
  });

  it('without an MT: mt and hter are null, counts that need it too, and it still validates', () => {
    const alone = parse(exportJson({ postEdit: 'A “quote left open.\n\nSecond paragraph.', lineEnding: '\n', language: 'en' }));
    expect(validate(schema, alone)).toEqual([]);
    expect(alone.mt).toBeNull();
    expect(alone.hter).toBeNull();
    expect(alone.counts.mtWords).toBeNull();
    expect(alone.changes).toEqual([]);
    expect(alone.qa.map((issue: { check: string }) => issue.check)).toContain('unpaired-quote');
    expect(alone.counts.qaErrors).toBe(alone.qa.filter((issue: { severity: string }) => issue.severity === 'error').length);
  });

  it('prefers the changes the caller made over recomputing them', () => {
    const change = { start: 0, end: 3, from: 'The', to: 'A', source: 'the', glossary: 'g.tsv', line: 7 };
    const given = parse(exportJson({ mt: SEED_MT, postEdit: SEED_PE, lineEnding: '\n', glossaries: [glossary], changes: [change] }));
    expect(given.changes).toEqual([change]);
  });

  it('the validator rejects what the schema forbids (so passing means something)', () => {
    expect(validate(schema, { ...full, hter: { ...full.hter, ter: -1 } })).not.toEqual([]);
    expect(validate(schema, { ...full, extra: 1 })).not.toEqual([]);
    const { qa: _qa, ...withoutQa } = full;
    expect(validate(schema, withoutQa)).toEqual(["$: missing required 'qa'"]);
    expect(validate(schema, { ...full, qa: [{ check: 'nonsense', severity: 'error', start: 0, end: 1, paragraph: 0, message: 'x' }] })).toHaveLength(1);
    expect(validate(schema, { ...full, counts: { ...full.counts, words: 1.5 } })).toHaveLength(1);
  });

  it('lists exactly the QA checks and severities core/qa can report', () => {
    // Record<…, true> makes typecheck fail when core/qa gains a check the schema lacks.
    const checks: Record<QaCheckId, true> = {
      'unpaired-quote': true,
      'unpaired-bracket': true,
      'double-space': true,
      'space-before-punctuation': true,
      'repeated-word': true,
      untranslated: true,
      'glossary-term': true,
      'glossary-cycle': true,
      'forbidden-term': true,
      'number-mismatch': true,
      'term-missing': true,
      spelling: true,
    };
    const severities: Record<QaSeverity, true> = { error: true, warning: true, info: true };
    const issue = schema.$defs.qaIssue.properties;
    expect([...issue.check.enum].sort()).toEqual(Object.keys(checks).sort());
    expect([...issue.severity.enum].sort()).toEqual(Object.keys(severities).sort());
  });
});
