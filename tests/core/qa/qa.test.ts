import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runQa, runQaReport, type QaIssue, type QaOptions } from '../../../core/qa/index.js';
import type { Glossary } from '../../../core/types.js';
import { loadGlossary } from '../../../core/glossary/index.js';

const root = new URL('../../../', import.meta.url);
const mt = readFileSync(new URL('seeds/kremlin-kerry.mt.txt', root), 'utf8');
const pe = readFileSync(new URL('seeds/kremlin-kerry.pe.txt', root), 'utf8');
const politics = loadGlossary('ru-en-politics.tsv', readFileSync(new URL('glossaries/ru-en-politics.tsv', root)));

/** Issues of one check as [check, flagged text, paragraph]. */
function found(text: string, check: QaIssue['check'], options: QaOptions = { language: 'en' }): Array<[string, number]> {
  return runQa(text, options)
    .filter((issue) => issue.check === check)
    .map((issue) => [text.slice(issue.start, issue.end), issue.paragraph]);
}

const glossary = (entries: Glossary['entries']): Glossary => ({ name: 'test', file: 'test.tsv', format: 'tsv', entries });

describe('runQa on the seed', () => {
  it('raises the MT’s real problems: unpaired quotes as errors, "correspondent ." as a warning', () => {
    const issues = runQa(mt, { glossaries: [politics] });
    const errors = issues.filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => [issue.check, mt.slice(issue.start, issue.end), issue.paragraph])).toEqual([
      ['unpaired-quote', '”', 2], // …terrorism in Syria,” explained Sands.
      ['unpaired-quote', '“', 3], // ended “far enough for midnight.
      ['unpaired-quote', '”', 9], // and Jabhat al-Nusra”
    ]);
    expect(issues).toContainEqual(expect.objectContaining({
      check: 'space-before-punctuation', severity: 'warning', paragraph: 6, start: mt.indexOf(' . The Secretary'),
    }));
    // The glossary makes 12 replacements in the seed: each source is still there.
    expect(issues.filter((issue) => issue.check === 'glossary-term')).toHaveLength(12);
  });

  it('raises nothing at all on the clean post-edit', () => {
    expect(runQa(pe, { glossaries: [politics], mt, language: 'en' })).toEqual([]);
    expect(runQa(pe)).toEqual([]);
  });

  it('sorts issues by position, with UTF-16 offsets and paragraph indices', () => {
    const issues = runQa(mt, { glossaries: [politics] });
    const starts = issues.map((issue) => issue.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const sands = issues.find((issue) => mt.slice(issue.start, issue.end) === 'Sands');
    expect(sands).toMatchObject({ check: 'glossary-term', severity: 'warning', paragraph: 2 });
    expect(sands?.message).toContain('"Peskov" (ru-en-politics.tsv:4)');
  });
});

describe('unpaired-quote', () => {
  it('flags a quote left open or closed without opening, per paragraph', () => {
    expect(found('He said “yes.\n\nShe said “no”.', 'unpaired-quote')).toEqual([['“', 0]]);
    expect(found('He said yes” and left.', 'unpaired-quote')).toEqual([['”', 0]]);
    expect(found('«Да» и «нет.', 'unpaired-quote', { language: 'ru' })).toEqual([['«', 0]]);
    expect(found('A "quoted word and more.', 'unpaired-quote')).toEqual([['"', 0]]);
    expect(found('He said ‘maybe.', 'unpaired-quote')).toEqual([['‘', 0]]);
  });

  it('does not flag a quote closed in a later line of the same paragraph', () => {
    expect(found('“The talks were\nconstructive,” he said.', 'unpaired-quote')).toEqual([]);
  });

  it('flags a quotation that runs across a paragraph break on both sides', () => {
    expect(found('“The talks\n\nwere constructive.”', 'unpaired-quote')).toEqual([['“', 0], ['”', 1]]);
  });

  it('accepts English, Russian, German and Polish pairs, nesting, apostrophes and inch marks', () => {
    const clean = [
      '“As for the fate of Assad, Russia’s position has not changed,” he said.',
      '«Мы обсуждали „разные форматы“ взаимодействия», — сказал он.',
      'Er sagte: „Wir haben über Syrien gesprochen.“',
      'Powiedział: „Rozmawialiśmy o Syrii”.',
      '“He called it ‘honest and serious’,” Kirby said.',
      "Putin's talks with Kerry didn't end until the Kremlins' spokesmen left.",
      'A 27" screen and a "quoted" word.',
    ];
    for (const text of clean) expect(found(text, 'unpaired-quote'), text).toEqual([]);
  });

  it('reports a quote opened inside an unclosed outer pair', () => {
    expect(found('«Он сказал „да» вчера.', 'unpaired-quote', { language: 'ru' })).toEqual([['„', 0]]);
  });
});

describe('unpaired-bracket', () => {
  it('flags unclosed and unopened brackets', () => {
    expect(found('Jabhat al-Nusra (banned in Russia. Kerry said.', 'unpaired-bracket')).toEqual([['(', 0]]);
    expect(found('Kerry said] nothing.', 'unpaired-bracket')).toEqual([[']', 0]]);
    expect(found('Mixed (up] here.', 'unpaired-bracket')).toEqual([['(', 0], [']', 0]]);
    expect(found('One (open\n\nclosed) later.', 'unpaired-bracket')).toEqual([['(', 0], [')', 1]]);
  });

  it('accepts pairs, nesting, list markers and emoticons', () => {
    const clean = [
      'As for the fate of [Syrian President Bashar] Assad (banned {in Russia}), he said.',
      '1) first point\n2) second point\na) a sub-point',
      'Great meeting :) and a sad one :(',
    ];
    for (const text of clean) expect(found(text, 'unpaired-bracket'), text).toEqual([]);
  });
});

describe('double-space', () => {
  it('flags two or more spaces between words', () => {
    expect(found('Putin  met Kerry.\u00a0 Then   left.', 'double-space')).toEqual([['  ', 0], ['\u00a0 ', 0], ['   ', 0]]);
  });

  it('ignores single spaces, indentation, trailing spaces and line breaks', () => {
    expect(found('  Indented line.  \nNext line.\n\n   Another paragraph.', 'double-space')).toEqual([]);
  });
});

describe('space-before-punctuation', () => {
  it('flags a space before . , ; : ! ?', () => {
    expect(found('reports correspondent . The Secretary , he said ; and : really ! Why ?', 'space-before-punctuation'))
      .toEqual([[' .', 0], [' ,', 0], [' ;', 0], [' :', 0], [' !', 0], [' ?', 0]]);
    expect(found('“Islamic State” .', 'space-before-punctuation')).toEqual([[' .', 0]]);
  });

  it('ignores ellipses, decimals, names starting with a dot and no-break spaces', () => {
    expect(found('and so on ... the rate fell by .5 and ,75 points on .NET sites\u00a0!', 'space-before-punctuation')).toEqual([]);
  });

  it('allows French spacing before ; : ! ? but not before a full stop', () => {
    const french = 'Il a dit : « Nous avons discuté ! » Vraiment ? Oui .';
    expect(found(french, 'space-before-punctuation', { language: 'fr' })).toEqual([[' .', 0]]);
    expect(found(french, 'space-before-punctuation', { language: 'en' }).map(([text]) => text)).toEqual([' :', ' !', ' ?', ' .']);
  });
});

describe('repeated-word', () => {
  it('flags a word repeated in any case', () => {
    expect(found('the the meeting. The the talks held in\nin Moscow.', 'repeated-word')).toEqual([['the the', 0], ['The the', 0], ['in\nin', 0]]);
    expect(found('Путин Путин встретился.', 'repeated-word', { language: 'ru' })).toEqual([['Путин Путин', 0]]);
  });

  it('ignores different words, words across punctuation or paragraphs, and grammatical doubles', () => {
    expect(found('theme the, the. Kerry\n\nKerry met them. He had had enough; that that was so.', 'repeated-word')).toEqual([]);
  });
});

describe('untranslated', () => {
  const lead = 'President Vladimir Putin and US Secretary of State John Kerry did not discuss direct military cooperation ' +
    'between Russia and the United States in Syria at their meeting, said Dmitry Peskov, the Russian leader’s press secretary.';

  it('flags a paragraph in another language', () => {
    const text = `${lead}\n\nПесков также заявил, что Россия поддерживает продолжение переговоров по сирийскому урегулированию.`;
    const issues = runQa(text).filter((issue) => issue.check === 'untranslated');
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', paragraph: 1, start: lead.length + 2, end: text.length })]);
    expect(issues[0]!.message).toBe('Paragraph looks Russian, not English');
  });

  it('flags a long paragraph in another language written in the same script', () => {
    const french = 'Le président Vladimir Poutine et le secrétaire d’État américain John Kerry n’ont pas discuté d’une ' +
      'coopération militaire directe entre la Russie et les États-Unis en Syrie lors de leur rencontre.';
    // No language given: the article (the seed post-edit plus this paragraph) is detected.
    expect(found(`${pe}\n${french}`, 'untranslated', {})).toEqual([[french, 10]]);
  });

  it('flags three or more words in another script inside a paragraph', () => {
    const text = 'Peskov stressed that «остается много вопросов», he said.';
    expect(found(text, 'untranslated')).toEqual([['остается много вопросов', 0]]);
  });

  it('does not flag names or a term in another script, nor the article’s own language', () => {
    expect(found('Peskov (Песков) said «Україна» twice.', 'untranslated')).toEqual([]);
    expect(found(pe, 'untranslated')).toEqual([]);
    expect(found('Песков сказал, что переговоры были «honest and serious».', 'untranslated', { language: 'ru' }))
      .toEqual([['honest and serious', 0]]);
  });
});

describe('glossary-term and forbidden-term', () => {
  const entries: Glossary['entries'] = [
    { source: 'Sands', target: 'Peskov', line: 1 },
    { source: 'interaction', line: 2, note: 'check: cooperation?' },
    { source: 'collaboration', forbidden: true, line: 3 },
  ];

  it('flags a replacement rule still applicable, a flagged term and a forbidden term', () => {
    const text = 'Explained Sands: interaction, not collaboration.';
    const issues = runQa(text, { glossaries: [glossary(entries)], language: 'en' });
    expect(issues.map((issue) => [issue.check, issue.severity, text.slice(issue.start, issue.end), issue.message])).toEqual([
      ['glossary-term', 'warning', 'Sands', '"Sands" should read "Peskov" (test.tsv:1)'],
      ['glossary-term', 'info', 'interaction', 'Glossary term "interaction" flagged for review (test.tsv:2): check: cooperation?'],
      ['forbidden-term', 'error', 'collaboration', 'Forbidden term "collaboration" (test.tsv:3)'],
    ]);
  });

  it('does not flag a corrected text or a rule whose replacement is already there', () => {
    const text = 'Explained Peskov: cooperation. The Secretary of State spoke.';
    const rules = glossary([...entries, { source: 'Secretary of state', target: 'Secretary of State', line: 4 }]);
    expect(runQa(text, { glossaries: [rules], language: 'en' })).toEqual([]);
  });

  it('counts the paragraph of each hit', () => {
    const text = 'First paragraph.\n\nThen Sands spoke.';
    expect(found(text, 'glossary-term', { glossaries: [glossary(entries)], language: 'en' })).toEqual([['Sands', 1]]);
  });
});

describe('number-mismatch', () => {
  it('flags a number missing on either side of an aligned paragraph', () => {
    const mtText = 'Kerry met Lavrov on 15 July.\n\nThe talks lasted 3 hours.';
    const edited = 'Kerry met Lavrov on July 16.\n\nThe talks lasted three hours.';
    const issues = runQa(edited, { mt: mtText, language: 'en' }).filter((issue) => issue.check === 'number-mismatch');
    expect(issues.map((issue) => [edited.slice(issue.start, issue.end), issue.paragraph, issue.message])).toEqual([
      ['Kerry met Lavrov on July 16.', 0, '15 from the MT is missing in this paragraph'],
      ['16', 0, '16 is not in the MT of this paragraph'],
      ['The talks lasted three hours.', 1, '3 from the MT is missing in this paragraph'],
    ]);
  });

  it('treats 1,000 / 1 000 / 1000 and 1,5 / 1.5 as the same number, and counts repeats', () => {
    const mtText = 'Some 1 000 troops and 2,500,000 dollars, 1,5 percent, 7 and 7 again.';
    const edited = 'Some 1,000 troops and 2500000 dollars, 1.5 percent, 7 and 7 again.';
    expect(found(edited, 'number-mismatch', { mt: mtText, language: 'en' })).toEqual([]);
    expect(found('Only 7 once.', 'number-mismatch', { mt: '7 and 7.', language: 'en' })).toEqual([['Only 7 once.', 0]]);
  });

  it('compares merged paragraphs against the MT paragraphs they came from', () => {
    const mtText = 'Putin met Kerry on July 14 in Moscow.\n\nThe meeting ended after 2 a.m.';
    const merged = 'Putin met Kerry on July 14 in Moscow; the meeting ended after 2 a.m.';
    expect(found(merged, 'number-mismatch', { mt: mtText, language: 'en' })).toEqual([]);
  });

  it('runs only when the MT is given', () => {
    expect(found('July 16.', 'number-mismatch')).toEqual([]);
  });
});

describe('runQaReport', () => {
  it('gives runQa’s issues and the languages QA detected, a foreign paragraph included', () => {
    const text = `${mt.trimEnd()}\n\nПутин и Керри обсудили ситуацию в Сирии и договорились продолжить переговоры.\n`;
    const report = runQaReport(text, { language: 'en', mt });
    expect(report.issues).toEqual(runQa(text, { language: 'en', mt }));
    expect(report.languages.article).toEqual({ language: 'eng', iso6391: 'en' });
    const last = report.languages.paragraphs.at(-1);
    expect(last).toMatchObject({ index: 10, language: 'rus', iso6391: 'ru' });
    expect(report.issues).toContainEqual(expect.objectContaining({ check: 'untranslated', paragraph: 10, start: last?.start, end: last?.end }));
  });
});
