// Ctrl+G targets and hits shown in context.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextSnippet } from '../../../core/text/context-snippet';
import { goToTarget } from '../../../core/text/go-to-target';

const text = 'Kerry met Lavrov.\r\nThey talked late.\r\n\r\nPeskov said nothing.\r\n\r\nThe end.';

describe('goToTarget', () => {
  it('lines, line:column, paragraphs', () => {
    expect(goToTarget(text, '2')).toEqual({ offset: text.indexOf('They'), line: 2, column: 1 });
    expect(goToTarget(text, ' 2:6 ')).toEqual({ offset: text.indexOf('talked'), line: 2, column: 6 });
    expect(goToTarget(text, '¶2')).toEqual({ offset: text.indexOf('Peskov'), line: 4, column: 1, paragraph: 2 });
    expect(goToTarget(text, 'p3')).toMatchObject({ offset: text.indexOf('The end'), paragraph: 3 });
    expect(goToTarget(text, 'paragraph 1')).toMatchObject({ offset: 0, paragraph: 1 });
  });

  it('a column past the line’s end goes to its end (before the line break)', () => {
    expect(goToTarget(text, '1:99')).toEqual({ offset: text.indexOf('\r\n'), line: 1, column: 'Kerry met Lavrov.'.length + 1 });
    expect(goToTarget(text, '6:99')).toEqual({ offset: text.length, line: 6, column: 9 });
  });

  it('says why an input names no place', () => {
    expect(goToTarget(text, '7')).toEqual({ error: 'no line 7: the text has 6' });
    expect(goToTarget(text, '¶4')).toEqual({ error: 'no paragraph 4: the text has 3' });
    expect(goToTarget(text, 'Peskov')).toEqual({ error: '“Peskov” is not a line (12, 12:5) or a paragraph (¶12)' });
    expect(goToTarget(text, '0')).toMatchObject({ error: expect.stringContaining('no line 0') });
  });

  it('property: every line:column it accepts lands inside the text, on that line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\r\n', 'ж'), maxLength: 40 }), fc.nat(12), fc.nat(12), (value, line, column) => {
        const target = goToTarget(value, `${line}:${column}`);
        if ('error' in target) return;
        expect(target.offset).toBeGreaterThanOrEqual(0);
        expect(target.offset).toBeLessThanOrEqual(value.length);
        expect(value.slice(0, target.offset).split(/\r\n|\r|\n/).length).toBe(line);
      }),
      { numRuns: 500 },
    );
  });
});

describe('contextSnippet', () => {
  const article = 'Kiev said the Green party met.\n\nOn Friday Kerry met Green in Kiev, and the talks on Green energy went on far into the night.';

  it('a few words either side, ellipses where the paragraph goes on, never across a blank line', () => {
    const second = article.indexOf('Green in');
    expect(contextSnippet(article, second, second + 5)).toEqual({ before: 'On Friday Kerry met ', hit: 'Green', after: ' in Kiev, and the…' });
    const third = article.indexOf('Green energy');
    expect(contextSnippet(article, third, third + 5, 3)).toEqual({ before: '…the talks on ', hit: 'Green', after: ' energy went on…' });
    const first = article.indexOf('Green');
    expect(contextSnippet(article, first, first + 5)).toEqual({ before: 'Kiev said the ', hit: 'Green', after: ' party met.' });
  });

  it('line breaks and runs of spaces read as one space', () => {
    const value = 'press\n  Secretary  Peskov\tsaid';
    expect(contextSnippet(value, value.indexOf('Secretary'), value.indexOf('  Peskov'))).toEqual({ before: 'press ', hit: 'Secretary', after: ' Peskov said' });
  });
});
