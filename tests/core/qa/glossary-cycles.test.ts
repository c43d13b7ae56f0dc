// QA reports a rule cycle once, as a warning naming its rules, where one of its terms is.
import { describe, expect, it } from 'vitest';
import { runQa } from '../../../core/qa';
import type { Glossary } from '../../../core/types';

const glossary: Glossary = {
  name: 'desk.tsv',
  file: 'desk.tsv',
  format: 'tsv',
  entries: [
    { source: 'Kiev', target: 'Kyiv', line: 1 },
    { source: 'natural gas', target: 'gas', line: 2 },
    { source: 'gas', target: 'natural gas', line: 3 },
  ],
};

describe('glossary-cycle', () => {
  it('is one warning per cycle, at the first of its terms in the text', () => {
    const text = 'Kyiv buys gas.\n\nNatural gas prices rose.';
    const cycles = runQa(text, { glossaries: [glossary], language: 'en' }).filter((issue) => issue.check === 'glossary-cycle');
    expect(cycles).toEqual([
      {
        check: 'glossary-cycle',
        severity: 'warning',
        start: text.indexOf('gas'),
        end: text.indexOf('gas') + 3,
        paragraph: 0,
        message: 'Glossary cycle, changes nothing: desk.tsv:2 "natural gas → gas", desk.tsv:3 "gas → natural gas"',
      },
    ]);
  });

  it('is reported at the start when the text has none of its terms, and not at all without a cycle', () => {
    const issues = runQa('Kyiv.', { glossaries: [glossary], language: 'en' }).filter((issue) => issue.check === 'glossary-cycle');
    expect(issues).toMatchObject([{ start: 0, end: 0, paragraph: 0 }]);
    const acyclic = { ...glossary, entries: glossary.entries.slice(0, 2) };
    expect(runQa('gas', { glossaries: [acyclic], language: 'en' }).some((issue) => issue.check === 'glossary-cycle')).toBe(false);
  });

  it('never suggests a cycle member as a correction', () => {
    const issues = runQa('gas and natural gas', { glossaries: [glossary], language: 'en' });
    expect(issues.filter((issue) => issue.check === 'glossary-term')).toEqual([]);
  });
});
