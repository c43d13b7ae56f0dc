// Letters that a language's alphabet cannot contain. franc's trigram models confuse the
// Cyrillic languages (a 26-word Russian sentence scores as Bulgarian, "Кремль рассказал о
// встрече Путина и Керри" too), but the alphabets rule candidates out: Bulgarian has no
// ы/э/ё and writes ь only before о; Serbian and Macedonian have no ь, щ, я…; Ukrainian
// has no ы/э/ъ.

const IMPOSSIBLE: Readonly<Record<string, RegExp>> = {
  rus: /[іїєґўјљњћђџѓќѕәғқңөұүһ]/gu,
  ukr: /[ыэёъўјљњћђџѓќѕәғқңөұүһ]/gu,
  bel: /[ищъїєґјљњћђџѓќѕәғқңөұүһ]/gu,
  bul: /[ыэёіїєґўјљњћђџѓќѕәғқңөұүһ]|ь(?!о)/gu,
  srp: /[щъыьэюяёйіїєґўѓќѕәғқңөұүһ]/gu,
  mkd: /[щъыьэюяёйіїєґўћђәғқңөұүһ]/gu,
  kaz: /[їєґўјљњћђџѓќѕ]/gu,
};

/** Share of a text's letters allowed to fall outside the alphabet: a Russian paragraph
 *  quoting "Україна" once is still Russian. */
const TOLERATED_FOREIGN_LETTERS = 0.01;

/** Whether `text` (any case) uses letters `language`'s alphabet lacks, more often than a
 *  quoted foreign name would explain. Languages without a rule are never excluded. */
export function alphabetExcludes(language: string, text: string): boolean {
  const rule = IMPOSSIBLE[language];
  if (rule === undefined) return false;
  const foreign = text.toLowerCase().match(rule)?.length ?? 0;
  if (foreign === 0) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return foreign >= Math.max(1, letters * TOLERATED_FOREIGN_LETTERS);
}
