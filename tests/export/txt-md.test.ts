import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { exportTxt } from '../../core/export/txt';
import { escapeMarkdown, exportMarkdown, renderMarkdown } from '../../core/export/md';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

describe('txt export', () => {
  it('writes the post-edit with the article’s CRLF line endings, whatever breaks the editor used', () => {
    const bytes = exportTxt({ postEdit: 'Title\n\nFirst line\r\nsecond line\rthird', lineEnding: '\r\n' });
    expect(decode(bytes)).toBe('Title\r\n\r\nFirst line\r\nsecond line\r\nthird');
  });

  it('writes a UTF-8 byte-order mark back only when asked', () => {
    const bytes = exportTxt({ postEdit: 'Да', lineEnding: '\n', byteOrderMark: true });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\ufeffДа');
    expect([...exportMarkdown({ postEdit: 'Да', lineEnding: '\n', byteOrderMark: true }).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('is UTF-8 without a BOM and keeps non-ASCII text', () => {
    const bytes = exportTxt({ postEdit: 'Песков: «да»', lineEnding: '\n' });
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toBe('Песков: «да»');
  });
});

describe('Markdown escaping', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['* not a list', '\\* not a list'],
    ['1. not ordered', '1\\. not ordered'],
    ['2016) a year', '2016\\) a year'],
    ['a *b* c', 'a \\*b\\* c'],
    ['snake_case and _x_', 'snake\\_case and \\_x\\_'],
    ['run `code`', 'run \\`code\\`'],
    ['[in Syria]', '\\[in Syria\\]'],
    ['<b>tag</b>', '\\<b>tag\\</b>'],
    ['C:\\path', 'C:\\\\path'],
    ['AT&amp;T', 'AT&amp;amp;T'],
    ['~~struck~~', '\\~\\~struck\\~\\~'],
    ['---', '\\---'],
    ['trailing  ', 'trailing'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('leaves ordinary prose alone: periods, hashtags, numbers, dashes inside lines', () => {
    const prose = 'On July 15, 2016 he met #Lavrov — at 10.30 a.m. — and said 3 + 4 = 7.';
    expect(escapeMarkdown(prose)).toBe(prose);
  });
});

describe('Markdown export', () => {
  it('writes the headline as a heading and joins lines inside a paragraph with spaces', () => {
    const md = renderMarkdown('Kremlin on Kerry\n\nFirst line\nsecond line\n\n# third', '\n');
    expect(md).toBe('# Kremlin on Kerry\n\nFirst line second line\n\n\\# third\n');
  });

  it('keeps a headline’s trailing # from being read as a closing sequence', () => {
    expect(renderMarkdown('Why C #', '\n')).toBe('# Why C \\#\n');
  });

  it('does not take a sentence for a headline', () => {
    expect(renderMarkdown('He said so.\n\nNext.', '\n')).toBe('He said so.\n\nNext.\n');
  });

  it('uses the article’s line ending between blocks', () => {
    expect(decode(exportMarkdown({ postEdit: 'Title\n\nBody.', lineEnding: '\r\n' }))).toBe('# Title\r\n\r\nBody.\r\n');
  });
});

describe('Markdown read back by a CommonMark/GFM reader (marked)', () => {
  const decodeEntities = (html: string) =>
    html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] as string);

  /** The text of a single rendered block, or undefined when the reader made more of it. */
  function renderedText(markdown: string, tag: 'p' | 'h1'): string | undefined {
    const html = marked.parse(markdown, { async: false, gfm: true });
    const match = new RegExp(`^<${tag}>([^<]*)</${tag}>\\n$`).exec(html);
    return match ? decodeEntities(match[1] as string) : undefined;
  }

  it('renders every escaped paragraph as exactly the text written', () => {
    const tricky = fc.constantFrom(...'ab 1#>-+*_`[]<\\&;.)~!|=:/'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: tricky, minLength: 1, maxLength: 24 }), (raw) => {
        const line = raw.trim().replace(/\s+/g, ' ');
        fc.pre(line !== '');
        // Autolinks (www.…, a://…) render the same text inside <a>: not an escaping concern.
        fc.pre(!/www\.|:\/\//.test(line));
        expect(renderedText(escapeMarkdown(line), 'p')).toBe(line);
      }),
      { numRuns: 2000 },
    );
  });

  it('renders the headline as <h1> with its text intact', () => {
    const md = renderMarkdown('Why C # and *stars*\n\nBody.', '\n');
    expect(renderedText(md.split('\n\n')[0] as string, 'h1')).toBe('Why C # and *stars*');
  });
});
