// The editor's decisions the window's review respects (issue 13 §3, §4): QA issues ignored
// one by one stay out of the findings through edits elsewhere and come back when their own
// words change; repeated fixes become offers, dismissed ones are not made again; and the
// work file keeps both (keys read back as the review and the report split by them).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../core/engine/index';
import { loadGlossary } from '../../core/glossary/load-glossary';
import { ArticleDiffer } from '../../core/review/article-diff';
import { ignoredIssueKey } from '../../core/work/ignored-issues';
import { reviewArticle } from '../../renderer/engine/review-article';
import { articleWork, ignoredIssueKeys, type ArticleWork } from '../../shared/work';
import { workOf } from '../electron/work-fixtures';

const root = new URL('../../', import.meta.url);
const mt = readFileSync(new URL('seeds/kremlin-kerry.mt.txt', root), 'utf8');
const politics = loadGlossary('ru-en-politics.tsv', readFileSync(new URL('glossaries/ru-en-politics.tsv', root)));

describe('ignored QA issues in the review', () => {
  const raw = reviewArticle({ mt, postEdit: mt, glossaries: [politics], language: 'en' });
  const quote = raw.issues.find((issue) => issue.check === 'unpaired-quote')!;
  const key = ignoredIssueKey(quote, mt);

  it('come apart from the issues shown', () => {
    const findings = reviewArticle({ mt, postEdit: mt, glossaries: [politics], language: 'en', ignored: [key] });
    expect(findings.issues).toHaveLength(raw.issues.length - 1);
    expect(findings.ignored).toEqual([quote]);
  });

  it('stay ignored when another paragraph is edited, and come back when their words are', () => {
    const elsewhere = `Breaking: ${mt}`;
    const moved = reviewArticle({ mt, postEdit: elsewhere, glossaries: [politics], language: 'en', ignored: [key] });
    expect(moved.ignored.map((issue) => [issue.check, issue.start])).toEqual([[quote.check, quote.start + 'Breaking: '.length]]);
    const flagged = mt.slice(quote.start - 12, quote.end + 12);
    const rewritten = mt.replace(flagged, flagged.replace(/\S+(?=\s*$)/, 'rewritten'));
    const back = reviewArticle({ mt, postEdit: rewritten, glossaries: [politics], language: 'en', ignored: [key] });
    expect(back.ignored).toEqual([]);
    expect(back.issues.filter((issue) => issue.check === 'unpaired-quote')).toHaveLength(3);
  });
});

describe('repeated-edit offers in the review', () => {
  const three = mt.split('collaboration').length - 1;
  // Two of the three "collaboration" replaced by "cooperation".
  const edited = mt.replace('collaboration', 'cooperation').replace('collaboration', 'cooperation');
  const offers = (dismissed: Array<{ from: string; to: string }> = [], glossaries = [politics]) =>
    reviewArticle({ mt, postEdit: edited, glossaries, language: 'en', offers: { differ: new ArticleDiffer(), compiled: compileGlossaries(glossaries), dismissed } }).offers;

  it('offers the rest of a fix made twice', () => {
    expect(three).toBe(3);
    const [offer] = offers();
    expect(offer).toMatchObject({ from: 'collaboration', to: 'cooperation' });
    expect(offer?.done).toHaveLength(2);
    expect(offer?.remaining.map((place) => [place.text, place.replacement, edited.slice(place.peStart, place.peEnd)])).toEqual([['collaboration', 'cooperation', 'collaboration']]);
  });

  it('not once dismissed, nor when a glossary already makes it', () => {
    expect(offers([{ from: 'collaboration', to: 'cooperation' }])).toEqual([]);
    const made = loadGlossary('mine.tsv', new TextEncoder().encode('collaboration\tcooperation\n'));
    expect(offers([], [politics, made])).toEqual([]);
  });
});

describe('the work keeps ignored issues by their keys', () => {
  const postEdit = 'First paragraph  with a double space.\n\nSecond paragraph.';
  const issue = { check: 'double-space' as const, severity: 'warning' as const, start: 15, end: 17, paragraph: 0, message: 'Double space' };

  it('reads the key saved with the issue, else from the post-edit at its offsets', () => {
    const key = ignoredIssueKey(issue, postEdit);
    const saved: ArticleWork = { ...workOf({ postEdit }), ignoredIssues: [{ ...key, start: 15, end: 17, message: 'Double space' }] };
    expect(ignoredIssueKeys(articleWork(saved, 'work'))).toEqual([key]);
    const older: ArticleWork = { ...workOf({ postEdit }), ignoredIssues: [{ check: 'double-space', start: 15, end: 17, message: 'Double space' }] };
    expect(ignoredIssueKeys(articleWork(older, 'work'))).toEqual([key]);
  });

  it('keeps dismissed offers, and refuses a malformed one', () => {
    const work = { ...workOf({ postEdit }), dismissedEditOffers: [{ from: 'collaboration', to: 'cooperation' }] };
    expect(articleWork(work, 'work').dismissedEditOffers).toEqual([{ from: 'collaboration', to: 'cooperation' }]);
    expect(() => articleWork({ ...work, dismissedEditOffers: [{ from: 'x' }] }, 'work')).toThrow(/dismissedEditOffers\[0\]\.to/);
  });
});
