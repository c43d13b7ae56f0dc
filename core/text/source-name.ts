// Finding an article's source beside its MT by name, as translators name files:
// `name.src.txt`, or `name.<lang>.txt` where <lang> is a language other than the MT's.
// For `kremlin-kerry.mt.txt` (English MT) that is `kremlin-kerry.src.txt` or
// `kremlin-kerry.ru.txt`; for `bericht.en.txt`, `bericht.de.txt`. Pure: the caller lists
// the folder (Electron main, the CLI) and reads the file it names.
import { isKnownLanguageTag, sameLanguage } from '../glossary/language.js';
import { baseName } from '../glossary/load-glossary.js';
import { iso6393Of } from '../language/tags.js';

/** Extensions an article (and so its source) may have. */
const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];
/** Role markers in file names that are not languages ("mt" is also Maltese's code). */
const ROLE_MARKERS = new Set(['mt', 'pe', 'src', 'source', 'post-edit', 'postedit', 'edited', 'tgt', 'target']);
const SOURCE_MARKERS = ['src', 'source'];

/**
 * The name of the MT's source among `siblingNames` (names in the MT's folder), or
 * undefined. `mtLanguage` (BCP 47 / ISO 639) is the MT's language when known; the MT's own
 * name may say it too (`name.en.txt`). A `.src` file wins; otherwise exactly one
 * `name.<lang>` file in another language must exist (two are ambiguous: none is chosen).
 * Names compare without regard to case, as on Windows and macOS.
 */
export function findSourceFileName(mtFileName: string, mtLanguage: string | undefined, siblingNames: readonly string[]): string | undefined {
  const candidates = sourceFileCandidates(mtFileName, mtLanguage, siblingNames);
  if (candidates.marked.length > 0) return candidates.marked[0];
  return candidates.byLanguage.length === 1 ? candidates.byLanguage[0] : undefined;
}

/** Every sibling that could be the source: `.src`/`.source` files, and `.<lang>` files in
 *  another language than the MT's, each list sorted by name. */
export function sourceFileCandidates(
  mtFileName: string,
  mtLanguage: string | undefined,
  siblingNames: readonly string[],
): { marked: string[]; byLanguage: string[] } {
  const mtName = baseName(mtFileName);
  const { stem, language: namedLanguage } = articleStem(mtName);
  const language = mtLanguage ?? namedLanguage;
  const marked: string[] = [];
  const byLanguage: string[] = [];
  for (const sibling of siblingNames) {
    const name = baseName(sibling);
    if (name.toLowerCase() === mtName.toLowerCase()) continue;
    const extension = articleExtension(name);
    if (extension === undefined) continue;
    const withoutExtension = name.slice(0, name.length - extension.length);
    const dot = withoutExtension.lastIndexOf('.');
    if (dot <= 0 || withoutExtension.slice(0, dot).toLowerCase() !== stem.toLowerCase()) continue;
    const marker = withoutExtension.slice(dot + 1);
    const lower = marker.toLowerCase();
    if (SOURCE_MARKERS.includes(lower)) marked.push(sibling);
    else if (!ROLE_MARKERS.has(lower) && isKnownLanguageTag(marker) && (language === undefined || !sameLanguages(marker, language))) byLanguage.push(sibling);
  }
  return { marked: marked.sort(), byLanguage: byLanguage.sort() };
}

/** "kremlin-kerry.mt.txt" → stem "kremlin-kerry"; "bericht.en.txt" → "bericht" and "en". */
function articleStem(name: string): { stem: string; language?: string } {
  const extension = articleExtension(name) ?? extensionOf(name);
  const withoutExtension = name.slice(0, name.length - extension.length);
  const dot = withoutExtension.lastIndexOf('.');
  if (dot <= 0) return { stem: withoutExtension };
  const marker = withoutExtension.slice(dot + 1);
  const stem = withoutExtension.slice(0, dot);
  if (ROLE_MARKERS.has(marker.toLowerCase())) return { stem };
  if (isKnownLanguageTag(marker)) return { stem, language: marker };
  return { stem: withoutExtension };
}

function articleExtension(name: string): string | undefined {
  const extension = extensionOf(name);
  return ARTICLE_EXTENSIONS.includes(extension.toLowerCase()) ? extension : undefined;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/** "en" ≈ "en-GB" ≈ "eng". */
function sameLanguages(a: string, b: string): boolean {
  return sameLanguage(a, b) || iso6393Of(a) === iso6393Of(b);
}
