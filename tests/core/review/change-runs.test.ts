// Word-level change navigation (F7 / Shift+F7): the changes of the seed article, and
// properties on generated texts: ranges hold the texts they name, the changes are in text
// order, nothing outside them differs but whitespace, next/previous agree with a scan.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffArticle } from '../../../core/review/article-diff';
import { wordChanges, type WordChange } from '../../../core/review/change-runs';
import { nextChange, previousChange } from '../../../core/work/change-navigation';

const seeds = path.resolve(__dirname, '../../../seeds');
const mt = readFileSync(path.join(seeds, 'kremlin-kerry.mt.txt'), 'utf8');
const pe = readFileSync(path.join(seeds, 'kremlin-kerry.pe.txt'), 'utf8');

describe('wordChanges', () => {
  it('names each run of changed words with its place on both sides', () => {
    const before = 'Sands told reporters the talks ended far enough for midnight in Moscow.';
    const after = 'Peskov told reporters the talks ended well past midnight in Moscow.';
    const changes = wordChanges(diffArticle(before, after));
    expect(changes.map(({ kind, mtText, peText }) => [kind, mtText, peText])).toEqual([
      ['replace', 'Sands', 'Peskov'],
      ['replace', 'far enough for', 'well past'],
    ]);
    expect(changes[1]).toMatchObject({ peStart: after.indexOf('well'), peEnd: after.indexOf(' midnight'), mtStart: before.indexOf('far') });
  });

  it('a pure deletion is an empty post-edit range at the point where the words were', () => {
    const before = 'Peskov said that the talks were long.';
    const after = 'Peskov said the talks were long.';
    const [change] = wordChanges(diffArticle(before, after));
    expect(change).toMatchObject({ kind: 'delete', mtText: 'that', peText: '' });
    expect(change!.peStart).toBe(change!.peEnd);
    expect(after.slice(0, change!.peStart)).toBe('Peskov said ');
    expect(before.slice(change!.mtStart, change!.mtEnd)).toBe('that');
  });

  it('a pure insertion is an empty MT range', () => {
    const [change] = wordChanges(diffArticle('Kerry met Lavrov.', 'Kerry met Sergei Lavrov.'));
    expect(change).toMatchObject({ kind: 'insert', peText: 'Sergei', mtText: '' });
    expect(change!.mtStart).toBe(change!.mtEnd);
  });

  it('whitespace alone is not a change of words, unless asked for', () => {
    const diff = diffArticle('One  two.\n\nThree four.', 'One two.\n\n\nThree five.');
    expect(wordChanges(diff).map((c) => c.peText)).toEqual(['five']);
    expect(wordChanges(diff, { whitespace: true }).map((c) => JSON.stringify(c.mtText))).toEqual(['"  "', '"\\n\\n"', '"four"']);
  });

  it('the seed article: 89 runs of changed words, in text order, each range holding its text', () => {
    const changes = wordChanges(diffArticle(mt, pe));
    expect(changes).toHaveLength(89);
    expect(changes.slice(0, 3).map((c) => `${c.mtText} → ${c.peText}`)).toEqual(['The → ', "told about the → comments on Putin's", 'of Putin and → with']);
    checkRanges(mt, pe, changes);
  });
});

function checkRanges(mtText: string, peText: string, changes: readonly WordChange[]): void {
  let previous: WordChange | undefined;
  for (const change of changes) {
    expect(peText.slice(change.peStart, change.peEnd)).toBe(change.peText);
    expect(mtText.slice(change.mtStart, change.mtEnd)).toBe(change.mtText);
    expect(change.kind).toBe(change.mtText && change.peText ? 'replace' : change.peText ? 'insert' : 'delete');
    if (previous) {
      expect(change.peStart).toBeGreaterThan(previous.peEnd - (previous.peEnd === previous.peStart ? 0 : 1));
      expect(change.peStart).toBeGreaterThan(previous.peStart);
      expect(change.mtStart).toBeGreaterThan(previous.mtStart);
    }
    previous = change;
  }
}

const WORDS = ['Kerry', 'Lavrov', 'met', 'the', 'press', 'secretary', 'Peskov', 'said', ',', '.', '"', 'Песков', '日本'];
const paragraph = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
const article = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((ps) => ps.join('\n\n'));
/** A post-edit: the MT with some words replaced, dropped, added, and spacing changed. */
const edited = (source: string) =>
  fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'drop', 'add', 'space'), fc.constantFrom(...WORDS)), { maxLength: 6 }).map((edits) => {
    const tokens = source.split(' ');
    for (const [at, kind, word] of edits) {
      const k = at % tokens.length;
      if (kind === 'replace') tokens[k] = word;
      else if (kind === 'drop' && tokens.length > 1) tokens.splice(k, 1);
      else if (kind === 'add') tokens.splice(k, 0, word);
      else tokens[k] = `${tokens[k]} `;
    }
    return tokens.join(' ');
  });

describe('wordChanges properties', () => {
  it('ranges hold their texts; between changes both sides are equal but for whitespace', () => {
    fc.assert(
      fc.property(article.chain((source) => fc.tuple(fc.constant(source), edited(source))), ([source, post]) => {
        const changes = wordChanges(diffArticle(source, post));
        checkRanges(source, post, changes);
        let mtAt = 0;
        let peAt = 0;
        const squeeze = (text: string) => text.replace(/\s+/g, '');
        for (const change of [...changes, { mtStart: source.length, mtEnd: source.length, peStart: post.length, peEnd: post.length }]) {
          expect(squeeze(post.slice(peAt, change.peStart))).toBe(squeeze(source.slice(mtAt, change.mtStart)));
          mtAt = change.mtEnd;
          peAt = change.peEnd;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('next/previous agree with a plain scan, from any cursor or selection', () => {
    fc.assert(
      fc.property(article.chain((source) => fc.tuple(fc.constant(source), edited(source))), fc.nat(), fc.nat(), ([source, post], a, b) => {
        const changes = wordChanges(diffArticle(source, post));
        const selections = [
          { start: a % (post.length + 1), end: a % (post.length + 1) },
          { start: Math.min(a, b) % (post.length + 1), end: Math.min(post.length, Math.min(a, b) % (post.length + 1) + (b % 5)) },
          ...changes.map((c) => ({ start: c.peStart, end: c.peEnd })),
        ];
        for (const selection of selections) {
          // A change exactly at the selection is next only while it is an unvisited deletion point.
          const after = changes.findIndex(
            (c) => c.peStart > selection.start || (c.peStart === selection.start && (c.peEnd > selection.end || (c.peEnd === selection.end && c.peStart === c.peEnd))),
          );
          expect(nextChange(changes, selection)).toBe(after < 0 ? undefined : after);
          const visited = changes.findIndex((c) => c.peStart === selection.start && c.peEnd === selection.end);
          if (visited >= 0) expect(nextChange(changes, selection, visited)).toBe(visited + 1 < changes.length ? visited + 1 : undefined);
          const before = changes.findLastIndex((c) => c.peStart < selection.start || (c.peStart === selection.start && c.peEnd < selection.end));
          expect(previousChange(changes, selection)).toBe(before < 0 ? undefined : before);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('F7 from the start visits every change once, in order; Shift+F7 from the end, backwards', () => {
    const changes = wordChanges(diffArticle(mt, pe));
    const visited: number[] = [];
    // The seed's first change deletes "The" at offset 0: F7 from Ln 1, Col 1 lands on it.
    expect(changes[0]).toMatchObject({ kind: 'delete', peStart: 0, peEnd: 0 });
    for (let at = nextChange(changes, { start: 0, end: 0 }); at !== undefined; at = nextChange(changes, { start: changes[at]!.peStart, end: changes[at]!.peEnd }, at)) visited.push(at);
    expect(visited).toEqual(changes.map((_, k) => k));
    const back: number[] = [];
    for (let at = previousChange(changes, { start: pe.length, end: pe.length }); at !== undefined; at = previousChange(changes, { start: changes[at]!.peStart, end: changes[at]!.peEnd })) back.push(at);
    expect(back).toEqual(changes.map((_, k) => k).reverse());
  });
});
