import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalSeparatorOf, findNumbers, numberValues } from '../../../core/language/numbers.js';

const values = (text: string, language?: string): string[][] => findNumbers(text, language).map((number) => number.values);

describe('findNumbers across locales', () => {
  it('reads the issue’s examples as one value: 1 234,5 = 1,234.5, German 12.000 = 12,000', () => {
    expect(values('1 234,5', 'ru')).toEqual([['1234.5']]);
    expect(values('1\u00a0234,5', 'fr')).toEqual([['1234.5']]);
    expect(values('1,234.5', 'en')).toEqual([['1234.5']]);
    expect(values('1.234,5', 'de')).toEqual([['1234.5']]);
    expect(values('12.000', 'de')).toEqual([['12000']]);
    expect(values('12,000', 'en')).toEqual([['12000']]);
  });

  it('lets the language decide a lone separator before three digits, and keeps both readings without one', () => {
    expect(values('3.000', 'en')).toEqual([['3']]);
    expect(values('3,000', 'de')).toEqual([['3']]);
    expect(values('1.500', 'de-DE')).toEqual([['1500']]);
    expect(values('1.500')).toEqual([['1500', '1.5']]);
    expect(values('1,500')).toEqual([['1500', '1.5']]);
  });

  it('reads other shapes the same in every language', () => {
    for (const language of ['en', 'de', 'ru', undefined]) {
      expect(values('1,5 and 1.5', language)).toEqual([['1.5'], ['1.5']]);
      expect(values('1.234.567 and 1,234,567', language)).toEqual([['1234567'], ['1234567']]);
      expect(values('0,500', language)).toEqual([['0.5']]);
      expect(values("1'234'000", language)).toEqual([['1234000']]);
      expect(values('47 and 007', language)).toEqual([['47'], ['7']]);
    }
  });

  it('gives offsets into the text and does not join a year with the next number', () => {
    const text = 'In 2016 300 troops, 1 000 on 15 July';
    expect(findNumbers(text, 'en').map((n) => [n.text, text.slice(n.start, n.end)])).toEqual([
      ['2016', '2016'],
      ['300', '300'],
      ['1 000', '1 000'],
      ['15', '15'],
    ]);
  });

  it('knows the decimal separators of the languages Glossa spell-checks, and regional exceptions', () => {
    expect(['en', 'eng', 'en-GB', 'zh'].map(decimalSeparatorOf)).toEqual(['.', '.', '.', '.']);
    expect(['de', 'deu', 'fr', 'ru', 'uk', 'es', 'it', 'pt', 'pl', 'nl', 'cs'].map(decimalSeparatorOf)).toEqual(Array(11).fill(','));
    expect(['de-CH', 'es-MX', 'es_US'].map(decimalSeparatorOf)).toEqual(['.', '.', '.']);
    expect(decimalSeparatorOf('xx')).toBeUndefined();
    expect(decimalSeparatorOf(undefined)).toBeUndefined();
  });

  it('property: a number formatted in a locale’s style reads back as its value', () => {
    const styles = [
      { language: 'en', group: ',', decimal: '.' },
      { language: 'de', group: '.', decimal: ',' },
      { language: 'ru', group: '\u00a0', decimal: ',' },
      { language: 'fr', group: '\u202f', decimal: ',' },
      { language: 'de-CH', group: '’', decimal: '.' },
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }), fc.constantFrom(...styles), (whole, fraction, style) => {
        const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
        const written = fraction === undefined ? grouped : `${grouped}${style.decimal}${String(fraction).padStart(3, '0')}`;
        const expected = fraction === undefined ? String(whole) : `${whole}.${String(fraction).padStart(3, '0').replace(/0+$/, '')}`;
        expect(values(`about ${written} people`, style.language)).toEqual([[expected]]);
      }),
    );
  });

  it('property: never throws, offsets always slice the number out, values are canonical', () => {
    const pieces = ['1', '2', '0', '12', '123', '1234', '.', ',', ' ', '\u00a0', "'", '’', 'a', '-', '٣', '½'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.constantFrom('en', 'de', undefined), (parts, language) => {
        const text = parts.join('');
        for (const number of findNumbers(text, language)) {
          expect(text.slice(number.start, number.end)).toBe(number.text);
          expect(number.values.length).toBeGreaterThan(0);
          for (const value of number.values) {
            expect(value).toMatch(/^\p{N}+(?:\.\p{N}+)?$/u);
            expect(value).not.toMatch(/^0\p{N}/u); // no leading zero
            expect(value).not.toMatch(/\.\p{N}*0$/u); // no trailing decimal zero
          }
        }
      }),
    );
    expect(numberValues('000', ',')).toEqual(['0']);
  });
});
