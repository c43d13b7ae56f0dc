// The editing effort in the exports (issue 13 §3): given the window's effort snapshot and
// confirmed paragraphs, the JSON carries PET/MateCat-style figures per paragraph and for
// the article next to HTER (valid against schemas/export.schema.json), and the report
// shows them; without them (the command line), the JSON says null and the report is as
// before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../core/export/json';
import { formatDuration, renderReport } from '../../core/export/report';
import { splitParagraphs } from '../../core/text/paragraphs';
import { EffortTracker } from '../../core/work/effort';
import { validate } from './json-schema';
import { REPO_ROOT, SEED_MT, SEED_PE } from './samples';

const schema = JSON.parse(readFileSync(`${REPO_ROOT}schemas/export.schema.json`, 'utf8'));
const parse = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes));

/** Ten keystrokes in paragraph 2 over 20 s, then a pause, then three in paragraph 5. */
function session() {
  const tracker = new EffortTracker(SEED_PE);
  const paragraphs = splitParagraphs(SEED_PE);
  for (let k = 0; k < 10; k++) tracker.activity(1000 + k * 2000, paragraphs[1]!.start + 3, 'keystroke');
  for (let k = 0; k < 3; k++) tracker.activity(120_000 + k * 1000, paragraphs[4]!.start, 'keystroke');
  return tracker.snapshot(125_000);
}

describe('effort in the exports', () => {
  const input = { mt: SEED_MT, postEdit: SEED_PE, lineEnding: '\n' as const, effort: session(), confirmedParagraphs: [1, 4] };

  it('JSON: figures per paragraph and for the article, with TER and confirmation, valid', () => {
    const json = parse(exportJson(input));
    expect(validate(schema, json)).toEqual([]);
    const { effort } = json;
    expect(effort.keystrokes).toBe(13);
    // 18 s between the first ten keys, 30 s after the tenth (the window), 2 s + 3 s after the rest.
    expect(effort.activeSeconds).toBe(53);
    expect(effort.paragraphs[1]).toMatchObject({ paragraph: 1, keystrokes: 10, activeSeconds: 48, confirmed: true });
    expect(effort.paragraphs[4]).toMatchObject({ paragraph: 4, keystrokes: 3, activeSeconds: 5, confirmed: true });
    expect(effort.paragraphs[0]).toMatchObject({ keystrokes: 0, activeSeconds: 0, confirmed: false });
    expect(effort.paragraphs[1].secondsPerWord).toBeCloseTo(48 / effort.paragraphs[1].words, 2);
    expect(effort.confirmed).toEqual({ confirmed: 2, total: splitParagraphs(SEED_PE).length });
    expect(effort.hter).toBe(Math.round(json.hter.ter * 100) / 100);
    expect(effort.paragraphs.every((p: { ter?: number }) => typeof p.ter === 'number')).toBe(true);
  });

  it('the report: an editing time figure beside HTER and a table of the paragraphs worked on', () => {
    const html = renderReport(input);
    expect(html).toContain('<dt>Editing time</dt><dd>53 s<small>13 keystrokes;');
    expect(html).toContain('2 of 10 paragraphs confirmed');
    expect(html).toContain('<h3>Editing effort by paragraph</h3>');
    expect(html).toMatch(/<tr><td class="number">2<\/td><td class="number">\d+<\/td><td class="number">48 s<\/td><td class="number">10<\/td>/);
    expect(html).toContain('8 paragraphs without editing time or keystrokes not listed.');
  });

  it('without effort: null in the JSON, nothing in the report', () => {
    const plain = { mt: SEED_MT, postEdit: SEED_PE, lineEnding: '\n' as const };
    const json = parse(exportJson(plain));
    expect(json.effort).toBeNull();
    expect(validate(schema, json)).toEqual([]);
    expect(renderReport(plain)).not.toContain('Editing');
  });

  it('durations read as people say them', () => {
    expect([formatDuration(0), formatDuration(44.6), formatDuration(60), formatDuration(725), formatDuration(3725)]).toEqual(['0 s', '45 s', '1 min 00 s', '12 min 05 s', '1 h 02 min']);
  });
});
