// Any bytes given as a glossary of any format load or fail with an InputError that
// names the file and a line: never another exception, never a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors';
import { loadGlossary } from '../../core/glossary/load-glossary';

const FILES = ['fuzz.tsv', 'fuzz.csv', 'fuzz.json', 'fuzz.tbx'];

function expectResultOrInputError(file: string, bytes: Uint8Array): void {
  try {
    const glossary = loadGlossary(file, bytes, { targetLanguage: 'en' });
    for (const entry of glossary.entries) {
      expect(typeof entry.source).toBe('string');
      expect(entry.line).toBeGreaterThanOrEqual(1);
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message.startsWith(`${file}:`)).toBe(true);
    expect(error.line).toBeGreaterThanOrEqual(1);
  }
}

// Fragments of each format, so the fuzzer gets past the first byte of the grammar.
const FRAGMENTS = [
  '\t', '\n', '\r\n', '#', '# -*- coding: koi8-r -*-', '"', '""', ',', 'source,target', 'en,ru', 'Sands', 'Песков',
  '{', '}', '[', ']', ':', '"entries"', '"source"', '"target"', 'true', 'null', '1e5',
  '<?xml version="1.0" encoding="windows-1251"?>', '<martif type="TBX">', '</martif>', '<tbx>', '<text><body>',
  '<termEntry>', '</termEntry>', '<langSet xml:lang="en">', '<langSet xml:lang="ru">', '</langSet>', '<tig>', '</tig>',
  '<term>', '</term>', '<conceptEntry>', '<langSec xml:lang="en">', '<termSec>',
  '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>', '&amp;', '&#233;', '&bogus;', '<!--', ']]>',
];
const structuredText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => new TextEncoder().encode(parts.join('')));

describe('glossary parsers under fuzzing', () => {
  for (const file of FILES) {
    it(`${file}: random bytes`, () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectResultOrInputError(file, bytes)), { numRuns: 400 });
    });
    it(`${file}: structured fragments`, () => {
      fc.assert(fc.property(structuredText, (bytes) => expectResultOrInputError(file, bytes)), { numRuns: 400 });
    });
  }
});
