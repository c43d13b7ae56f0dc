// Write-back on glossaries made by real tools (OmegaT's tests), read from
// ../shared/samples/real: each must serialise to its own bytes, and an edit must leave
// every other line as it was.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editGlossary, openGlossaryDocument, serialiseGlossary } from '../../core/glossary/edit-document';
import { loadGlossary } from '../../core/glossary/load-glossary';

const samples = path.resolve(__dirname, '../../../shared/samples/real');
const present = existsSync(samples);
const read = (name: string) => readFileSync(path.join(samples, name));
const lines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split('\n');

describe.skipIf(!present)(`write-back of real glossaries in ${samples}${present ? '' : ' (SKIPPED: folder not found)'}`, () => {
  it('omegat-quoting.csv: round-trips; editing one record keeps the quoting of the others', () => {
    const bytes = read('omegat-quoting.csv');
    const document = openGlossaryDocument('omegat-quoting.csv', bytes);
    expect(document.readOnly).toBeUndefined();
    expect([...serialiseGlossary(document)]).toEqual([...bytes]);
    const quoted = document.entries.find((entry) => entry.source === '"kde","q"')!;
    const edited = editGlossary(document, { type: 'update', id: quoted.id, entry: { source: quoted.source, target: 'cdk, edited' } });
    const before = lines(bytes);
    const after = lines(serialiseGlossary(edited));
    expect(after[quoted.line - 1]).toBe('"""kde"",""q""","cdk, edited"');
    expect(after.filter((_, k) => k !== quoted.line - 1)).toEqual(before.filter((_, k) => k !== quoted.line - 1));
    expect(loadGlossary('omegat-quoting.csv', serialiseGlossary(edited)).entries.find((e) => e.line === quoted.line)?.target).toBe('cdk, edited');
  });

  it('omegat-cjk.tab: round-trips; a new entry is one more line, a deleted one is one line less', () => {
    const bytes = read('omegat-cjk.tab');
    const document = openGlossaryDocument('omegat-cjk.tab', bytes);
    expect([...serialiseGlossary(document)]).toEqual([...bytes]);
    const edited = editGlossary(document, { type: 'add', entry: { source: '地球', target: 'Terre', note: 'planète' } });
    expect(new TextDecoder().decode(serialiseGlossary(edited))).toBe(`${new TextDecoder().decode(bytes)}地球\tTerre\tplanète\n`);
    const deleted = editGlossary(edited, { type: 'delete', id: document.entries[0]!.id });
    expect(lines(serialiseGlossary(deleted)).slice(0, -2)).toEqual(lines(bytes).slice(1, -1));
  });
});
