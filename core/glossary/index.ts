// Glossary loading: every format Glossa reads, behind loadGlossary.
export { loadGlossary, glossaryFormatOf, looksLikeTbx, baseName, type LoadGlossaryOptions } from './load-glossary';
export { parseTsv } from './parse-tsv';
export { parseCsv } from './parse-csv';
export { parseJson, JSON_ROOT_KEYS, JSON_ENTRY_KEYS } from './parse-json';
export { parseTbx, normaliseStatus, type TermStatus, type TbxOptions } from './parse-tbx';
export type { ParsedGlossary } from './parsed';
export { LANGUAGE_TAG_PATTERN, primaryLanguage, sameLanguage } from './language';
