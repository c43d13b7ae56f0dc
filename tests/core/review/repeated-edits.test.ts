// Learning from the editor's own fixes: the same MT words replaced by the same words in
// two places make an offer, with the other unchanged places and what they would become.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, compileGlossaries, findMatches } from '../../../core/engine';
import { loadGlossary } from '../../../core/glossary/load-glossary';
import { diffArticle } from '../../../core/review/article-diff';
import { findRepeatedEdits, repeatedEditKey } from '../../../core/review/repeated-edits';

const offersFor = (mt: string, pe: string, options?: Parameters<typeof findRepeatedEdits>[3]) => findRepeatedEdits(mt, pe, diffArticle(mt, pe), options);

const MT = [
  'Sands said the talks went far enough for midnight.',
  'According to Sands, Kerry and Lavrov spoke at length.',
  'Later Sands added that the meeting was useful.',
  'SANDS REFUSED TO COMMENT FURTHER.',
].join('\n\n');

describe('findRepeatedEdits', () => {
  it('two identical fixes make an offer with the other places, case carried over', () => {
    const pe = MT.replace('Sands said', 'Peskov said').replace('According to Sands', 'According to Peskov');
    const [offer, ...rest] = offersFor(MT, pe);
    expect(rest).toEqual([]);
    expect(offer).toMatchObject({ from: 'Sands', to: 'Peskov', key: repeatedEditKey('Sands', 'Peskov') });
    expect(offer!.done.map((place) => pe.slice(place.peStart, place.peEnd))).toEqual(['Peskov', 'Peskov']);
    expect(offer!.done.map((place) => MT.slice(place.mtStart, place.mtEnd))).toEqual(['Sands', 'Sands']);
    // "Sands" has a capital, so it matches case-sensitively (smart case): "SANDS" stays.
    expect(offer!.remaining.map((place) => [place.text, place.replacement, pe.slice(place.peStart, place.peEnd), MT.slice(place.mtStart, place.mtEnd)])).toEqual([
      ['Sands', 'Peskov', 'Sands', 'Sands'],
    ]);
    // "Replace the other 1 occurrence" finishes the job.
    const replaced = applyChanges(pe, offer!.remaining.map((p) => ({ start: p.peStart, end: p.peEnd, to: p.replacement })));
    expect(offersFor(MT, replaced)[0]!.remaining).toEqual([]);
    expect(replaced).not.toContain('Sands ');
  });

  it('a lower-case pair matches any case and carries it: "far enough for" → "well past"', () => {
    const mt = 'It lasted far enough for midnight.\n\nFar enough for midnight, they said.\n\nThey left FAR ENOUGH FOR MIDNIGHT.\n\nfar enough for midnight again.';
    const pe = mt.replace('lasted far enough for', 'lasted well past').replace('\n\nfar enough for midnight again', '\n\nwell past midnight again');
    const [offer] = offersFor(mt, pe);
    expect(offer).toMatchObject({ from: 'far enough for', to: 'well past' });
    expect(offer!.remaining.map((p) => p.replacement)).toEqual(['Well past', 'WELL PAST']);
  });

  it('one fix is not enough; only places the editor left as in the MT are "remaining"', () => {
    const once = MT.replace('Sands said', 'Peskov said');
    expect(offersFor(MT, once)).toEqual([]);
    const fixed = MT.replace('Sands said', 'Peskov said').replace('According to Sands', 'According to Peskov');
    // Words added around "Sands" leave it as it was: still a place to replace.
    const around = fixed.replace('Later Sands', 'Later Mr Sands');
    expect(offersFor(MT, around)[0]!.remaining.map((p) => around.slice(p.peStart - 3, p.peEnd))).toEqual(['Mr Sands']);
    // "Sands" rewritten into new words by the editor is the editor's text, not the MT's.
    const rewritten = fixed.replace('Later Sands added', 'Later it was added by Sands');
    expect(offersFor(MT, rewritten)[0]!.remaining).toEqual([]);
  });

  it('dismissed pairs are not offered again', () => {
    const pe = MT.replace('Sands said', 'Peskov said').replace('According to Sands', 'According to Peskov');
    expect(offersFor(MT, pe, { dismissed: [repeatedEditKey('Sands', 'Peskov')] })).toEqual([]);
  });

  it('noise is not offered: single letters, punctuation, punctuation-only and sentence-start case fixes', () => {
    const mt = 'a man came. a man left.\n\nThe talks, he said, ended. The talks, he said, ended.\n\nthe end came. the end came.';
    const pe = 'the man came. the man left.\n\nThe talks; he said; ended. The talks; he said; ended.\n\nThe end came. The end came.';
    expect(offersFor(mt, pe)).toEqual([]);
  });

  it('a lower-case name fixed mid-sentence is offered, even though only its first letter changed', () => {
    const mt = 'They met in the kremlin today.\n\nThe kremlin said nothing.\n\nA kremlin source spoke.';
    const pe = 'They met in the Kremlin today.\n\nThe Kremlin said nothing.\n\nA kremlin source spoke.';
    const [offer] = offersFor(mt, pe);
    expect(offer).toMatchObject({ from: 'kremlin', to: 'Kremlin' });
    expect(offer!.remaining.map((p) => p.peStart)).toEqual([pe.lastIndexOf('kremlin')]);
  });

  it('the seed: "state → State" is offered alone, and not at all once the sample glossary is loaded', () => {
    const seeds = path.resolve(__dirname, '../../../seeds');
    const mt = readFileSync(path.join(seeds, 'kremlin-kerry.mt.txt'), 'utf8');
    const pe = readFileSync(path.join(seeds, 'kremlin-kerry.pe.txt'), 'utf8');
    expect(offersFor(mt, pe).map((o) => [o.from, o.to, o.done.length])).toEqual([['state', 'State', 4]]);
    // Every one of those fixes is what "Secretary of state → Secretary of State" (or a
    // longer entry holding it) makes: the glossary suggests them already.
    const glossary = loadGlossary('ru-en-politics.tsv', readFileSync(path.resolve(__dirname, '../../../glossaries/ru-en-politics.tsv')));
    expect(offersFor(mt, pe, { glossaries: compileGlossaries([glossary]) })).toEqual([]);
  });

  it('pairs a glossary makes by itself are not offered', () => {
    const pe = MT.replace('Sands said', 'Peskov said').replace('According to Sands', 'According to Peskov');
    const glossary = loadGlossary('g.tsv', new TextEncoder().encode('Sands\tPeskov\n'));
    expect(offersFor(MT, pe, { glossaries: compileGlossaries([glossary]) })).toEqual([]);
  });

  it('property: done places hold `to`; remaining places are every engine match of the pair inside unchanged text', () => {
    const names = ['Sands', 'SANDS', 'sands', 'Kerry', 'Lavrov', 'Peskov', 'state'];
    const sentence = fc.array(fc.constantFrom(...names, 'said', 'met', 'the', 'and', 'far enough for', 'far\nenough for'), { minLength: 2, maxLength: 8 }).map((w) => `${w.join(' ')}.`);
    let offered = 0;
    let withRemaining = 0;
    const fix = fc.constantFrom((s: string) => s, (s: string) => s.replace(/\bSands\b/, 'Peskov'), (s: string) => s.replace(/far\senough for/, 'well past'), (s: string) => s.replace(/\bsaid\b/, 'told'));
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, fix), { minLength: 1, maxLength: 8 }), (parts) => {
        const mt = parts.map(([s]) => s).join('\n\n');
        const pe = parts.map(([s, f]) => f(s)).join('\n\n');
        const diff = diffArticle(mt, pe);
        const equal = diff.ops.filter((op) => op.type === 'equal');
        for (const offer of findRepeatedEdits(mt, pe, diff)) {
          offered += 1;
          withRemaining += offer.remaining.length > 0 ? 1 : 0;
          const compiled = compileGlossaries([{ name: 'p', file: 'p', format: 'tsv', entries: [{ source: offer.from, target: offer.to, line: 1 }] }]);
          const naive = findMatches(compiled, pe).filter((m) => equal.some((op) => op.peStart! <= m.start && m.end <= op.peStart! + op.text.length));
          expect(offer.remaining.map((p) => [p.peStart, p.peEnd, p.replacement])).toEqual(naive.map((m) => [m.start, m.end, m.to]));
          expect(offer.done.length).toBeGreaterThanOrEqual(2);
          for (const place of offer.done) expect(pe.slice(place.peStart, place.peEnd).replace(/\s+/g, ' ')).toBe(offer.to);
          for (const place of offer.remaining) {
            expect(pe.slice(place.peStart, place.peEnd)).toBe(place.text);
            expect(mt.slice(place.mtStart, place.mtEnd)).toBe(place.text);
          }
          const starts = offer.remaining.map((p) => p.peStart);
          expect(starts).toEqual([...starts].sort((a, b) => a - b));
        }
      }),
      { numRuns: 300 },
    );
    // The generator reaches the interesting cases: offers, and offers with places left.
    expect(offered).toBeGreaterThan(20);
    expect(withRemaining).toBeGreaterThan(5);
  });
});
