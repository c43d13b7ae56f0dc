// The seed article and its human post-edit, as the export tests use them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const SEED_MT = readFileSync(`${root}seeds/kremlin-kerry.mt.txt`, 'utf8');
/** The sample post-edit; another engineer copies it into seeds/, the shared copy is the source. */
export const SEED_PE = readFileSync(`${root}seeds/kremlin-kerry.pe.txt`, 'utf8');
export const SEED_GLOSSARY_FILE = `${root}glossaries/ru-en-politics.tsv`;
export const REPO_ROOT = root;
