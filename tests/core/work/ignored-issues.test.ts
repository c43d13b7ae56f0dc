// Ignored QA issues are remembered by what they flag and the words around it, so edits
// elsewhere keep them ignored and an edit of the flagged text brings them back.
import { describe, expect, it } from 'vitest';
import { runQa } from '../../../core/qa';
import { ignoredIssueKey, splitIgnoredIssues } from '../../../core/work/ignored-issues';

const text = 'Kerry met Lavrov  in Moscow on Friday after a long day of talks.\n\nPeskov said the talks were  useful.\n\nThe end.';

function doubleSpaces(value: string) {
  return runQa(value, { language: 'en' }).filter((issue) => issue.check === 'double-space');
}

describe('ignored QA issues', () => {
  const issues = doubleSpaces(text);
  const ignored = [ignoredIssueKey(issues[0]!, text)];

  it('the key names the check, the flagged text and its context inside the paragraph', () => {
    expect(issues).toHaveLength(2);
    expect(ignored[0]).toEqual({ check: 'double-space', text: '  ', before: 'Kerry met Lavrov', after: 'in Moscow on Friday afte' });
    expect(splitIgnoredIssues(issues, text, ignored)).toEqual({ shown: [issues[1]], ignored: [issues[0]] });
  });

  it('stays ignored when other paragraphs change, or the same paragraph changes further along', () => {
    const edited = `A new lead.\n\n${text.replace('useful', 'very useful').replace('long day', 'very long day')}`;
    const split = splitIgnoredIssues(doubleSpaces(edited), edited, ignored);
    expect(split.ignored.map((issue) => edited.slice(issue.start - 6, issue.end))).toEqual(['Lavrov  ']);
    expect(split.shown.map((issue) => edited.slice(issue.start - 4, issue.end))).toEqual(['were  ']);
  });

  it('comes back when the words next to it change: the situation is new', () => {
    const edited = text.replace('Lavrov  in', 'Sergei Lavrov  in').replace('met', 'greeted');
    expect(splitIgnoredIssues(doubleSpaces(edited), edited, ignored).ignored).toEqual([]);
  });

  it('keys survive JSON (kept with the article’s work)', () => {
    expect(splitIgnoredIssues(issues, text, JSON.parse(JSON.stringify(ignored))).ignored).toEqual([issues[0]]);
  });
});
