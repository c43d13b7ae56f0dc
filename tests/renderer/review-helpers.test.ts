// The window's review helpers: how QA issues are ordered, counted and worded for the
// panel, the worker's review of the seed (HTER as sacreBLEU gives it, QA, languages),
// the status bar's HTER tooltip and the article size check made before reading a file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../core/glossary/load-glossary';
import type { QaIssue } from '../../core/qa/types';
import { formatPercent } from '../../core/export/report';
import { MAX_ARTICLE_BYTES } from '../../core/text/decode';
import { EditMeter } from '../../renderer/engine/edit-meter';
import { foreignParagraphs, reviewArticle } from '../../renderer/engine/review-article';
import { ArticleTooLargeError, checkArticleSize } from '../../renderer/files/article-size';
import {
  checkLabel, countBySeverity, describeCounts, excerptAround, isPendingCorrection, panelEntries, severityCount,
} from '../../renderer/review/qa-issues';
import { foreignParagraphMessage, languageName } from '../../renderer/ui/language-name';
import { describeChangedWords, describeHter, describeTerEdits, formatHter } from '../../renderer/ui/status-bar';

const root = new URL('../../', import.meta.url);
const mt = readFileSync(new URL('seeds/kremlin-kerry.mt.txt', root), 'utf8');
const pe = readFileSync(new URL('seeds/kremlin-kerry.pe.txt', root), 'utf8');
const politics = loadGlossary('ru-en-politics.tsv', readFileSync(new URL('glossaries/ru-en-politics.tsv', root)));

const issue = (severity: QaIssue['severity'], start: number, check: QaIssue['check'] = 'double-space'): QaIssue => ({
  check, severity, start, end: start + 1, paragraph: 0, message: '',
});

describe('QA issues in the panel', () => {
  it('lists errors, then warnings, then notes, each in text order', () => {
    const issues = [issue('warning', 1), issue('info', 2), issue('error', 3), issue('warning', 4), issue('error', 5)];
    const starts = panelEntries(issues).map((entry) => (entry.kind === 'issue' ? entry.issue.start : entry.kind));
    expect(starts).toEqual([3, 5, 1, 4, 2]);
    expect(panelEntries([])).toEqual([]);
  });

  it('counts the glossary corrections still to apply in one entry, at the head of the warnings', () => {
    const pending = (start: number) => issue('warning', start, 'glossary-term');
    const flagged = issue('info', 7, 'glossary-term'); // a term to look at, not a suggestion
    const entries = panelEntries([pending(1), issue('error', 2), pending(3), issue('warning', 4, 'double-space'), flagged]);
    expect(entries.map((entry) => (entry.kind === 'issue' ? entry.issue.start : entry))).toEqual([
      2, { kind: 'pending-corrections', count: 2 }, 4, 7,
    ]);
    expect(panelEntries([pending(1)])).toEqual([{ kind: 'pending-corrections', count: 1 }]);
    expect(isPendingCorrection(flagged)).toBe(false);
  });

  it('counts per severity and says so in words', () => {
    const counts = countBySeverity([issue('error', 1), issue('warning', 2), issue('warning', 3)]);
    expect(counts).toEqual({ error: 1, warning: 2, info: 0 });
    expect(describeCounts(counts)).toBe('1 error, 2 warnings');
    expect(describeCounts({ error: 0, warning: 0, info: 0 })).toBe('No issues found');
    expect(severityCount('info', 3)).toBe('3 notes');
  });

  it('names every check in words', () => {
    expect(checkLabel('unpaired-quote')).toBe('Unpaired quote');
    expect(checkLabel('space-before-punctuation')).toBe('Space before punctuation');
    expect(checkLabel('untranslated')).toBe('Untranslated text');
    // A check core adds later still reads as words, not as an id.
    expect(checkLabel('new-check' as QaIssue['check'])).toBe('New check');
  });

  it('shows a few whole words around the span, on one line', () => {
    const text = 'Friday, 15 July, Kerry met the foreign Minister of Russia Sergey Lavrov, reports correspondent . The Secretary';
    const start = text.indexOf(' .');
    expect(excerptAround(text, start, start + 2)).toEqual({ before: '…reports correspondent', match: ' .', after: ' The Secretary' });
    const paragraphs = 'First paragraph.\n\n“Opening quote here\nand on';
    const quote = paragraphs.indexOf('“');
    expect(excerptAround(paragraphs, quote, quote + 1)).toEqual({ before: '', match: '“', after: 'Opening quote here' });
  });

  it('cuts a long span in its middle', () => {
    const long = 'word '.repeat(40).trim();
    const { match } = excerptAround(long, 0, long.length, 28, 21);
    expect(match).toBe('word word…word word');
  });
});

describe('reviewArticle (the engine worker’s review) and the edit meter', () => {
  it('scores the seed’s human post-edit at sacreBLEU’s 39.0476 % with no QA error', () => {
    const findings = reviewArticle({ mt, postEdit: pe, glossaries: [politics], language: 'en' });
    const figures = new EditMeter().measure(mt, pe);
    expect(figures.ter).toBeCloseTo(39.0476, 3);
    expect(figures).toMatchObject({ edits: 164, refWords: 420, inserted: 20, deleted: 41, substituted: 89, shifts: 14 });
    expect(findings.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(findings.article).toEqual({ language: 'eng', iso6391: 'en' });
    expect(findings.foreignParagraphs).toEqual([]);
  });

  it('finds the MT’s own issues and, with one long-lived meter, follows edits', () => {
    const meter = new EditMeter();
    const raw = reviewArticle({ mt, postEdit: mt, glossaries: [politics], language: 'en' });
    expect(meter.measure(mt, mt).ter).toBe(0);
    expect(raw.issues.filter((i) => i.severity === 'error').map((i) => i.check)).toEqual(['unpaired-quote', 'unpaired-quote', 'unpaired-quote']);
    const russian = 'Путин и Керри обсудили ситуацию в Сирии и договорились продолжить переговоры.';
    const edited = `${mt.trimEnd()}\n\n${russian}`;
    const after = reviewArticle({ mt, postEdit: edited, glossaries: [politics], language: 'en' });
    expect(after.foreignParagraphs).toEqual([
      { index: 10, start: edited.indexOf(russian), end: edited.length, language: 'rus', iso6391: 'ru' },
    ]);
    const figures = meter.measure(mt, edited);
    expect(figures.inserted).toBe(11);
    expect(figures.changedParagraphs).toBe(1);
    expect(figures.changedWords).toBe(11);
  });

  it('QA leaves out the corrections the editor skipped or whose text was applied', () => {
    const all = reviewArticle({ mt, postEdit: mt, glossaries: [politics], language: 'en' }).issues.filter(isPendingCorrection);
    expect(all.length).toBe(12);
    const [first, second] = all as [QaIssue, QaIssue];
    const decided = reviewArticle({ mt, postEdit: mt, glossaries: [politics], language: 'en', decided: { skipped: [first], applied: [{ start: second.start + 1, end: second.start + 2 }] } });
    expect(decided.issues.filter(isPendingCorrection).map((i) => i.start)).toEqual(all.slice(2).map((i) => i.start));
  });

  it('marks no paragraph when the article language is undetermined or a paragraph is', () => {
    const paragraph = (language: string) => ({ index: 0, start: 0, end: 5, language });
    expect(foreignParagraphs({ language: 'und' }, [paragraph('rus')])).toEqual([]);
    expect(foreignParagraphs({ language: 'eng' }, [paragraph('und'), paragraph('eng')])).toEqual([]);
    expect(foreignParagraphs({ language: 'eng', iso6391: 'en' }, [paragraph('rus')])).toHaveLength(1);
  });
});

describe('wording in the status bar and gutter', () => {
  it('names each edit figure and says in its tooltip what it counts, as the report does', () => {
    const figures = {
      ter: 39.0476, edits: 164, refWords: 420, inserted: 20, deleted: 41, substituted: 89, shifts: 14,
      charsChanged: 1552, changedParagraphs: 10, paragraphs: 10, changedWords: 152, deletedWords: 143,
    };
    expect(describeHter(figures).split('\n')[0]).toBe('HTER 39.05%: 164 TER edits / 420 words of the post-edit × 100');
    expect(describeHter(figures)).toMatch(/sacreBLEU/);
    expect(describeTerEdits(figures).split('\n')).toEqual([
      '164 TER edits: the fewest word edits that turn the MT into your post-edit',
      '20 inserted, 41 deleted, 89 substituted, 14 shifts (moving a run of words counts as one edit)',
    ]);
    expect(describeChangedWords(figures)).toMatch(/^152 changed words: words of the post-edit you wrote or changed against the MT \(the review report's "Words changed"\)\n143 MT words removed or replaced$/);
    // The report prints HTER with two decimals: the status bar agrees to the digit.
    expect(formatHter(figures.ter)).toBe(`${formatPercent(figures.ter)}%`);
  });

  it('names languages for the gutter', () => {
    expect(foreignParagraphMessage({ language: 'rus', iso6391: 'ru' }, { language: 'eng', iso6391: 'en' })).toBe('Paragraph in Russian (article: English)');
    expect(languageName({ language: 'xyz' })).toBe('xyz');
  });
});

describe('checkArticleSize', () => {
  it('refuses a file over 50 MB by its size alone, naming the file and the limit', () => {
    expect(() => checkArticleSize({ name: 'ok.txt', size: MAX_ARTICLE_BYTES })).not.toThrow();
    expect(() => checkArticleSize({ name: 'huge.mt.txt', size: MAX_ARTICLE_BYTES + 1 })).toThrow(ArticleTooLargeError);
    expect(() => checkArticleSize({ name: 'huge.mt.txt', size: MAX_ARTICLE_BYTES + 1 })).toThrow(
      'huge.mt.txt is 50.0 MB, over the 50 MB limit for articles.',
    );
    // A .glossa file holds two texts and the glossaries: four times as much.
    expect(() => checkArticleSize({ name: 'big.glossa', size: 4 * MAX_ARTICLE_BYTES })).not.toThrow();
    expect(() => checkArticleSize({ name: 'big.glossa', size: 4 * MAX_ARTICLE_BYTES + 1 })).toThrow('big.glossa is 200.0 MB, over the 200 MB limit for work files.');
  });
});
