// One-off comparison of the two Hunspell engines the spell-check could use (issue 12):
// nspell (pure JS) and hunspell-asm (Hunspell compiled to WebAssembly), on dictionary-de
// and dictionary-ru. Run from the repository root: node bench/spell-engines.compare.mjs.
// German text: tests/core/spell/fixtures/de-compounds.txt + seeds/bahn-streik.de.txt;
// Russian: tests/core/spell/fixtures/ru-news.txt + seeds/kremlin-kerry.ru.txt. Every
// word of those texts is correct, so each flagged word is a false positive.
import { readFileSync } from 'node:fs';
import nspell from 'nspell';
import { loadModule } from 'hunspell-asm/dist/cjs/index.js';
const root = `${process.cwd()}/`;
const WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;
const words = (t) => [...t.matchAll(WORD)].map((m) => m[0]).filter((w) => w.length > 1 && w !== w.toUpperCase());
const texts = {
  de: readFileSync(root + 'tests/core/spell/fixtures/de-compounds.txt', 'utf8') + '\n' + readFileSync(root + 'seeds/bahn-streik.de.txt', 'utf8'),
  ru: readFileSync(root + 'tests/core/spell/fixtures/ru-news.txt', 'utf8') + '\n' + readFileSync(root + 'seeds/kremlin-kerry.ru.txt', 'utf8'),
};
const typos = {
  de: [['Bundesregirung','Bundesregierung'],['Verhandlugen','Verhandlungen'],['Klimaschutzpacket','Klimaschutzpaket'],['Wärmepumenförderung','Wärmepumpenförderung'],['Fachkräftemagel','Fachkräftemangel'],['Gewerkschafft','Gewerkschaft'],['Strassenverkehr','Straßenverkehr'],['Entscheidnug','Entscheidung'],['Bürgermeisterinen','Bürgermeisterinnen'],['Lokfüher','Lokführer'],['Genehmigungsverfaren','Genehmigungsverfahren'],['Inflazion','Inflation'],['Ausbilungsplatz','Ausbildungsplatz'],['Koalitionsauschuss','Koalitionsausschuss'],['Haushalsfinanzierung','Haushaltsfinanzierung'],['Vereinbahrung','Vereinbarung'],['Regirung','Regierung'],['Verkehrsminster','Verkehrsminister'],['Unternehmmen','Unternehmen'],['Arbeitszeitt','Arbeitszeit']],
  ru: [['сотруднечество','сотрудничество'],['перговоры','переговоры'],['террорезмом','терроризмом'],['госсекритарь','госсекретарь'],['урегулирывание','урегулирование'],['инфлиция','инфляция'],['экономеки','экономики'],['председатль','председатель'],['предприятя','предприятия'],['кредитавания','кредитования'],['заседаня','заседания'],['прогнос','прогноз'],['военых','военных'],['взаимодейсвие','взаимодействие'],['президенат','президента'],['подчернул','подчеркнул'],['встретелся','встретился'],['разведдаными','разведданными'],['опперации','операции'],['потребительськое','потребительское']],
};
const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
const factoryStart = performance.now();
const factory = await loadModule();
const factoryMs = performance.now() - factoryStart;
console.log('hunspell-asm module (wasm) load ms', factoryMs.toFixed(1));
for (const lang of ['de', 'ru']) {
  const aff = readFileSync(`${root}node_modules/dictionary-${lang}/index.aff`);
  const dic = readFileSync(`${root}node_modules/dictionary-${lang}/index.dic`);
  let t = performance.now();
  const n = nspell({ aff, dic });
  const nLoad = performance.now() - t;
  t = performance.now();
  const h = factory.create(factory.mountBuffer(aff, `${lang}.aff`), factory.mountBuffer(dic, `${lang}.dic`));
  const hLoad = performance.now() - t;
  const list = words(texts[lang]);
  const article = [];
  while (article.length < 10000) article.push(...list);
  article.length = 10000;
  const timeCheck = (fn) => { const r = []; for (let k = 0; k < 5; k++) { const s = performance.now(); for (const w of article) fn(w); r.push(performance.now() - s); } return median(r); };
  const nCheck = timeCheck((w) => n.correct(w));
  const hCheck = timeCheck((w) => h.spell(w));
  const unique = [...new Set(list)];
  const nFlag = unique.filter((w) => !n.correct(w));
  const hFlag = unique.filter((w) => !h.spell(w));
  const tokenFlags = (fn) => list.filter((w) => !fn(w)).length;
  console.log(`\n## ${lang}: ${list.length} words (${unique.length} distinct)`);
  console.log({ nLoad: nLoad.toFixed(0), hLoad: hLoad.toFixed(0), nCheck10k: nCheck.toFixed(1), hCheck10k: hCheck.toFixed(1) });
  console.log('nspell flags', nFlag.length, 'distinct /', tokenFlags((w) => n.correct(w)), 'tokens:', nFlag.join(' '));
  console.log('hunspell flags', hFlag.length, 'distinct /', tokenFlags((w) => h.spell(w)), 'tokens:', hFlag.join(' '));
  for (const [name, sp, sug] of [['nspell', (w) => n.correct(w), (w) => n.suggest(w)], ['hunspell', (w) => h.spell(w), (w) => h.suggest(w)]]) {
    let detected = 0, top1 = 0, top5 = 0; const times = []; const misses = [];
    for (const [bad, good] of typos[lang]) {
      if (!sp(bad)) detected++;
      const s = performance.now(); const out = sug(bad); times.push(performance.now() - s);
      if (out[0] === good) top1++;
      if (out.slice(0, 5).includes(good)) top5++; else misses.push(`${bad}→[${out.slice(0, 3).join(',')}]`);
    }
    console.log(name, { detected, top1, top5, of: typos[lang].length, suggestMedianMs: median(times).toFixed(1), suggestMaxMs: Math.max(...times).toFixed(0) }, misses.join(' '));
  }
}
