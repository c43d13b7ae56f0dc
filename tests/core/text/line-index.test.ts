import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAndColumn } from '../../../core/errors';
import { createLineIndex } from '../../../core/text/line-index';

describe('createLineIndex', () => {
  it('numbers lines after LF, CRLF and a lone CR', () => {
    const text = 'a\nb\r\nc\rd';
    const index = createLineIndex(text);
    expect(index.lineCount).toBe(4);
    expect(index.positionOf(text.indexOf('a'))).toEqual({ line: 1, column: 1 });
    expect(index.positionOf(text.indexOf('b'))).toEqual({ line: 2, column: 1 });
    // The CR of CRLF still belongs to line 2; the LF too.
    expect(index.positionOf(text.indexOf('\r\n') + 1)).toEqual({ line: 2, column: 3 });
    expect(index.positionOf(text.indexOf('c'))).toEqual({ line: 3, column: 1 });
    expect(index.positionOf(text.indexOf('d'))).toEqual({ line: 4, column: 1 });
  });

  it('agrees with lineAndColumn on every offset of any text', () => {
    const chars = fc.constantFrom('a', 'é', '\n', '\r', '\r\n', ' ', '😀');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
        const index = createLineIndex(text);
        for (let offset = 0; offset <= text.length + 1; offset++) {
          expect(index.positionOf(offset)).toEqual(lineAndColumn(text, offset));
        }
      }),
    );
  });
});
