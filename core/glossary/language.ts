// Language codes as glossary files write them: BCP 47-ish tags ("en", "en-GB", "pt_BR").
// Formats only ever need the primary subtag to compare languages, and a CSV header row
// must be told apart from a first entry, so codes are checked against a real list.

/** A language tag as Glossa accepts it in files (also the JSON Schema `pattern`). */
export const LANGUAGE_TAG_PATTERN = '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$';
const LANGUAGE_TAG = new RegExp(LANGUAGE_TAG_PATTERN);

/** `en-GB`, `EN`, `en_gb` → `en`. */
export function primaryLanguage(tag: string): string {
  return (tag.trim().split(/[-_]/)[0] ?? '').toLowerCase();
}

export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}

export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG.test(value);
}

// ISO 639-1 codes and the ISO 639-2/3 codes of the same languages (from the iso-639-3
// package; tests/core/glossary-language.test.ts checks the list against it). Words such
// as "gas" or "bus" fit the tag pattern, so the pattern alone would eat a first entry.
const ISO_639_1 =
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu';
const ISO_639_2_3 =
  'aar abk afr aka alb amh ara arg arm asm ava ave aym aze bak bam baq bel ben bis bod bos bre bul bur cat ces cha che chi chu chv cor cos cre cym cze dan deu div dut dzo ell eng epo est eus ewe fao fas fij fin fra fre fry ful geo ger gla gle glg glv gre grn guj hat hau hbs heb her hin hmo hrv hun hye ibo ice ido iii iku ile ina ind ipk isl ita jav jpn kal kan kas kat kau kaz khm kik kin kir kom kon kor kua kur lao lat lav lim lin lit ltz lub lug mac mah mal mao mar may mkd mlg mlt mon mri msa mya nau nav nbl nde ndo nep nld nno nob nor nya oci oji ori orm oss pan per pli pol por pus que roh ron rum run rus sag san sin slk slo slv sme smo sna snd som sot spa sqi srd srp ssw sun swa swe tah tam tat tel tgk tgl tha tib tir ton tsn tso tuk tur twi uig ukr urd uzb ven vie vol wel wln wol xho yid yor zha zho zul';

export const KNOWN_LANGUAGE_CODES: ReadonlySet<string> = new Set(`${ISO_639_1} ${ISO_639_2_3}`.split(' '));

/** A tag that is well-formed and whose primary subtag is a known ISO 639 code. */
export function isKnownLanguageTag(value: string): boolean {
  return isLanguageTag(value) && KNOWN_LANGUAGE_CODES.has(primaryLanguage(value));
}

/** `pt_BR`, `PT-br` → `pt-br`: how two tags are compared. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/** Same tag, subtags and all (`en-GB` and `en_gb` are; `en` and `en-GB` are not). */
export function sameTag(a: string, b: string): boolean {
  return normaliseTag(a) === normaliseTag(b);
}

/** A tag with more than the language (`pt-BR`, `zh-Hant`). */
export function hasSubtags(tag: string): boolean {
  return normaliseTag(tag) !== primaryLanguage(tag);
}
