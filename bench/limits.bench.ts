// Limits bench: the inputs issue 11 found quadratic, timed in-process. One 10 MB paragraph
// diffed and scored (HTER) with a few words changed and rewritten end to end; paragraph
// languages and their line numbers for 200,000 paragraphs (what `glossa detect` prints).
// Goals: the few-changes diff stays word-exact and near-linear (compared with the same
// diff of a 1 MB paragraph: 10× the text should cost about 10× the time); the rewritten
// one stays bounded (the diff says it was coarse).
import { detectArticleLanguages } from '../core/language/detect';
import { diffArticle } from '../core/review/article-diff';
import { computeHter } from '../core/review/hter';
import { createLineIndex } from '../core/text/line-index';
import { formatTable, ms, timeIt } from './timing';

function paragraphOf(bytes: number, sentence: (k: number) => string): string[] {
  const sentences: string[] = [];
  for (let k = 0, size = 0; size < bytes; k++) {
    sentences.push(sentence(k));
    size += sentences[k]!.length + 1;
  }
  return sentences;
}

const mtSentence = (k: number) => `The delegation from region ${k % 97} reviewed the trade report and agreed to meet again soon.`;
const otherSentence = (k: number) => `Officials in district ${k % 89} said on ${k % 7 === 0 ? 'Monday' : 'Tuesday'} that talks would continue.`;

function diffRow(label: string, mt: string, pe: string): string[] {
  const { ms: diffMs, result: diff } = timeIt(() => diffArticle(mt, pe));
  const { ms: hterMs, result: hter } = timeIt(() => computeHter(mt, pe, { diff }));
  const level = diff.groups[0]?.coarse ?? 'words';
  return [label, ms(diffMs), ms(hterMs), level, hter.estimatedParagraphs ? 'estimated' : 'exact', `${hter.edits}`];
}

export async function runLimitsBench(): Promise<string> {
  const rows: string[][] = [];
  for (const megabytes of [1, 10]) {
    const mt = paragraphOf(megabytes * 1024 * 1024, mtSentence);
    const few = mt.map((text, k) => (k % Math.floor(mt.length / 10) === 5 ? text.replace('agreed', 'refused') : text));
    rows.push(diffRow(`${megabytes} MB paragraph, ~10 words changed`, mt.join(' '), few.join(' ')));
  }
  const mt = paragraphOf(10 * 1024 * 1024, mtSentence).join(' ');
  rows.push(diffRow('10 MB paragraph, rewritten', mt, paragraphOf(10 * 1024 * 1024, otherSentence).join(' ')));

  const paragraphs = Array.from({ length: 200_000 }, (_, p) => `The minister spoke to reporters about the talks, paragraph ${p}.`).join('\n\n');
  const detect = timeIt(() => {
    const { paragraphs: found } = detectArticleLanguages(paragraphs);
    const lines = createLineIndex(paragraphs);
    return found.map((paragraph) => lines.lineOf(paragraph.start));
  });
  return [
    'One paragraph, diffed (alignment + word diff, budgeted) and scored (HTER), run once each:',
    '',
    formatTable(['input', 'diff', 'HTER', 'diff level', 'HTER', 'edits'], rows),
    '',
    `Paragraph languages and line numbers of 200,000 paragraphs (glossa detect's work): ${ms(detect.ms)} for ${detect.result.length.toLocaleString('en')} lines.`,
  ].join('\n');
}
