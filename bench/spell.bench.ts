// Spell-check bench: a 10,000-word article checked by a session whose dictionary has
// loaded (goal ≤ 200 ms), against the baseline of asking Hunspell about every token with
// no memory of verdicts, measured in the same run; and the re-check of the one paragraph a
// keystroke changed. Articles are built from the dictionary's own words (those Hunspell
// accepts), drawn with Zipf frequencies as in real text, with 1 % of them misspelt.
import { readDictionary } from '../cli/dictionaries';
import { createSpellChecker, spellTokens, type SpellChecker } from '../core/spell';
import { createHunspell } from '../core/spell/hunspell';
import { SPELL_SCRIPTS, type SpellLanguage } from '../core/spell/languages';
import { splitParagraphs } from '../core/text/paragraphs';
import { seededRandom } from './generate';
import { formatTable, medianMs, ms, percentile, timeIt } from './timing';

const LANGUAGES: readonly SpellLanguage[] = ['en', 'de', 'ru'];
const ARTICLE_WORDS = 10_000;
const VOCABULARY = 6_000;
const KEYSTROKES = 50;

export async function runSpellBench(): Promise<string> {
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const language of LANGUAGES) {
    const dictionary = readDictionary(language);
    if (!dictionary) throw new Error(`dictionary-${language} is not installed`);
    const random = seededRandom(20261127);
    const engine = await createHunspell(dictionary.aff, dictionary.dic);
    const vocabulary = dictionaryWords(new TextDecoder().decode(dictionary.dic), (word) => engine.spell(word), random);
    const article = makeArticle(vocabulary, random);
    const tokens = spellTokens(article, SPELL_SCRIPTS[language]);

    const loadMs = await loadTime(language);
    // Baseline: the same words, Hunspell asked about every one, as a checker without
    // memory of verdicts would.
    const rawMs = medianMs(3, () => {
      for (const token of spellTokens(article, SPELL_SCRIPTS[language])) engine.spell(token.word);
    });
    // A fresh session each time: every verdict asked once, none remembered from before.
    const sessionRuns: number[] = [];
    let found = 0;
    let checker: SpellChecker | undefined;
    for (let run = 0; run < 5; run++) {
      checker?.dispose();
      checker = await createSpellChecker(dictionary);
      collectGarbage();
      const fresh = checker;
      const { ms: elapsed, result } = timeIt(() => fresh.check(article));
      sessionRuns.push(elapsed);
      found = result.length;
    }
    const sessionMs = percentile(sessionRuns, 50);

    // Keystrokes: a letter typed into a word of a random paragraph, that paragraph re-checked.
    const session = checker!;
    const paragraphs = splitParagraphs(article).map((paragraph) => paragraph.text);
    const keystrokeMs: number[] = [];
    for (let key = 0; key < KEYSTROKES; key++) {
      const index = Math.floor(random() * paragraphs.length);
      const text = paragraphs[index]!;
      const at = text.indexOf(' ', Math.floor(random() * text.length));
      paragraphs[index] = at < 0 ? `${text}s` : `${text.slice(0, at)}s${text.slice(at)}`;
      keystrokeMs.push(timeIt(() => session.check(paragraphs[index]!)).ms);
    }
    const typos = tokens.filter((token) => !engine.spell(token.word)).slice(0, 20).map((token) => token.word);
    const suggestMs = percentile(typos.map((typo) => timeIt(() => session.suggest(typo)).ms), 50);
    session.dispose();
    engine.dispose();

    rows.push([
      language,
      ms(loadMs),
      ms(rawMs),
      ms(sessionMs),
      `${(rawMs / sessionMs).toFixed(1)}×`,
      `${ms(percentile(keystrokeMs, 50))} / ${ms(percentile(keystrokeMs, 95))}`,
      ms(suggestMs),
      String(found),
    ]);
    notes.push(`${language}: ${tokens.length.toLocaleString('en')} words checked, ${new Set(tokens.map((t) => t.word)).size.toLocaleString('en')} distinct, ${paragraphs.length} paragraphs`);
  }
  return [
    `Spell-check of a ${ARTICLE_WORDS.toLocaleString('en')}-word article after the dictionary has loaded (session, cold: median of 5 fresh sessions), goal ≤ 200 ms;`,
    'baseline: the same tokens, Hunspell asked about every one (median of 3); re-check of the paragraph a keystroke edited (median / p95 of 50);',
    'suggest: median of 20 misspelt words. hunspell-asm (WebAssembly), npm dictionaries.',
    '',
    formatTable(['dictionary', 'load', 'baseline: every token', 'session check', 'ratio', 'paragraph re-check', 'suggest', 'misspellings'], rows),
    ...notes.map((note) => `(${note})`),
  ].join('\n');
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Dictionary load (bytes to a ready session), median of 3; the WebAssembly module is
 *  compiled once per process, before this. */
async function loadTime(language: SpellLanguage): Promise<number> {
  const dictionary = readDictionary(language)!;
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const checker = await createSpellChecker(dictionary);
    runs.push(performance.now() - start);
    checker.dispose();
  }
  return percentile(runs, 50);
}

/** Up to VOCABULARY stems of the .dic file that Hunspell accepts on their own, in a
 *  seeded random order. */
function dictionaryWords(dic: string, accepts: (word: string) => boolean, random: () => number): string[] {
  const stems = dic
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0]!.trim())
    .filter((word) => /^\p{L}{3,}$/u.test(word));
  for (let i = stems.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [stems[i], stems[j]] = [stems[j]!, stems[i]!];
  }
  const words: string[] = [];
  for (const stem of stems) {
    if (words.length >= VOCABULARY) break;
    if (accepts(stem)) words.push(stem);
  }
  return words;
}

/** ARTICLE_WORDS words in paragraphs of 40–160, sentences of 6–24, Zipf-distributed,
 *  1 % misspelt (two inner letters swapped). */
function makeArticle(vocabulary: readonly string[], random: () => number): string {
  const weights = vocabulary.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const pick = (): string => {
    let target = random() * total;
    for (let rank = 0; rank < weights.length; rank++) {
      target -= weights[rank]!;
      if (target <= 0) return vocabulary[rank]!;
    }
    return vocabulary[vocabulary.length - 1]!;
  };
  const paragraphs: string[] = [];
  let written = 0;
  while (written < ARTICLE_WORDS) {
    const length = Math.min(ARTICLE_WORDS - written, 40 + Math.floor(random() * 121));
    const words: string[] = [];
    let sentence = 0;
    for (let i = 0; i < length; i++) {
      let word = pick();
      if (random() < 0.01 && word.length > 4) word = `${word.slice(0, 1)}${word[2]}${word[1]}${word.slice(3)}`;
      if (sentence === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
      sentence++;
      if (i === length - 1 || (sentence >= 6 && random() < 0.08)) {
        word += '.';
        sentence = 0;
      } else if (random() < 0.06) {
        word += ',';
      }
      words.push(word);
    }
    paragraphs.push(words.join(' '));
    written += length;
  }
  return `${paragraphs.join('\n\n')}\n`;
}
