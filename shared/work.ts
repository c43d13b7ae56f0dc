// An article's work: everything an editor did to one article, kept so that nothing is lost
// when they switch articles, restart or crash, and saved as a `.glossa` file they can
// find, move and reopen anywhere (schemas/glossa.schema.json documents it).
//
// One shape serves three places: the autosave of each article (user data folder in
// Electron, IndexedDB in the browser), the `.glossa` file (Ctrl+S; glossary bytes
// embedded) and the IPC channel between the two. Its TypeScript type is derived from its
// validator, so what is checked is what the code may use. Pure: runs in main, the page,
// workers, the CLI and tests.
//
// Adding a per-article field: an optional key here (and in the schema, whose test
// compares the two), and a WorkPart in the renderer that captures and restores it.
import type { QaCheckId } from '../core/qa/types';
import { splitParagraphs } from '../core/text/paragraphs';
import { ignoredIssueKey, type IgnoredIssueKey } from '../core/work/ignored-issues';
import { base64, displayName, filePath, offset, text } from './fields';
import { hashText, type ContentHash } from './hash';
import {
  arrayOf, boolean, finiteNumber, hex, integer, object, oneOf, optional, PayloadError, refine, string,
  type Validator,
} from './validation';

export const WORK_FORMAT = 'glossa-work';
export const WORK_VERSION = 1;
export const WORK_FILE_EXTENSION = 'glossa';
/** Autosaves are kept for this many articles, the most recently worked on. */
export const KEPT_ARTICLE_WORKS = 200;

const contentHash = hex(16);
const shortText = string({ maxLength: 10_000 });
const lineNumber = integer({ min: 1, max: 1_000_000_000 });
const count = integer({ min: 0, max: 1_000_000_000 });

/** A glossary hit the editor applied (its `to` now sits at start…end of the post-edit)
 *  or skipped (its `from` at start…end): core's Change, offsets as of the save. */
const suggestion = object({
  start: offset,
  end: offset,
  from: shortText,
  to: shortText,
  source: shortText,
  glossary: string({ maxLength: 4096 }),
  line: lineNumber,
  note: optional(shortText),
});

/** A glossary in use for the article: where it came from, whether it was on, and which
 *  bytes (by hash). `.glossa` files embed the bytes (base64) so they open anywhere. */
const workGlossary = object({
  name: displayName,
  /** The path or file name it was loaded from. */
  file: displayName,
  enabled: boolean,
  /** The user's own glossary: always the live one from the host, never a copy. */
  user: optional(oneOf(true)),
  hash: contentHash,
  base64: optional(base64),
});

/** A QA issue the editor chose to ignore, as it was when ignored. `text`, `before` and
 *  `after` are its key (core/work/ignored-issues: the flagged text and a few words
 *  around it), which survives edits elsewhere; without them the key is read from the
 *  post-edit at start…end. */
const ignoredIssue = object({
  check: string({ maxLength: 64, nonEmpty: true }),
  start: offset,
  end: offset,
  message: shortText,
  text: optional(shortText),
  before: optional(string({ maxLength: 256 })),
  after: optional(string({ maxLength: 256 })),
});

/** A word of the spell-check's "Ignore in this article" (compared in any case). */
export const spellingWord = string({ maxLength: 200, nonEmpty: true });
/** A repeated-edit offer the editor dismissed ("X → Y" is not offered again here). */
const dismissedEditOffer = object({ from: shortText, to: shortText });

/** Editing effort in one post-edit paragraph (active time and keystrokes). */
const paragraphEffort = object({
  paragraph: count,
  ms: finiteNumber({ min: 0 }),
  keystrokes: count,
});

const articleWorkShape = object({
  format: oneOf(WORK_FORMAT),
  version: oneOf(WORK_VERSION),
  article: object({
    /** File name shown to the user. */
    name: displayName,
    /** Absolute path where the host knows one (Electron): part of the work's key. */
    path: optional(filePath),
    /** Encoding label the article was decoded with; exports write UTF-8. */
    encoding: string({ maxLength: 64, nonEmpty: true }),
    lineEnding: oneOf('\n', '\r\n', '\r'),
    /** The file had a byte-order mark; txt and md exports write one back. */
    hadBom: boolean,
    /** hashText(mt): with the path (or name), the key the autosave is found by. */
    mtHash: contentHash,
  }),
  /** The machine translation (left pane), embedded so the work opens without the article. */
  mt: text,
  /** The post-edit (right pane), exactly as typed. */
  postEdit: text,
  applied: arrayOf(suggestion, { maxItems: 1_000_000 }),
  skipped: arrayOf(suggestion, { maxItems: 1_000_000 }),
  ignoredIssues: arrayOf(ignoredIssue, { maxItems: 1_000_000 }),
  /** 0-based post-edit paragraphs the editor confirmed as done. */
  confirmedParagraphs: arrayOf(count, { maxItems: 10_000_000 }),
  glossaries: arrayOf(workGlossary, { maxItems: 256 }),
  /** Active editing time on this article, in milliseconds. */
  editingMs: finiteNumber({ min: 0 }),
  /** Offers learnt from the editor's repeated fixes that they dismissed for this article. */
  dismissedEditOffers: optional(arrayOf(dismissedEditOffer, { maxItems: 10_000 })),
  /** Per-paragraph effort, where measured (paragraphs with none left out), and the
   *  effort on paragraphs since deleted (part of `editingMs`). */
  effort: optional(
    object({
      paragraphs: arrayOf(paragraphEffort, { maxItems: 10_000_000 }),
      removed: optional(object({ ms: finiteNumber({ min: 0 }), keystrokes: count })),
    }),
  ),
  /** The original the MT was made from, where the editor has it. */
  source: optional(object({ name: displayName, path: optional(filePath), text })),
  /** Words the spell-check is told to ignore in this article. */
  spellingIgnored: optional(arrayOf(spellingWord, { maxItems: 100_000 })),
  /** How the window showed it. */
  view: object({
    cursor: object({ lineNumber, column: lineNumber }),
    hideUnchanged: boolean,
  }),
  /** When this state was written, ms since the epoch. */
  savedAt: finiteNumber({ min: 0 }),
  /** Whether it differs from the last `.glossa` file saved (true for work never saved). */
  unsavedChanges: boolean,
  /** The `.glossa` file it was last saved to or opened from. */
  savedTo: optional(filePath),
});

function checkSpans(spans: readonly { start: number; end: number }[], length: number, path: string): void {
  spans.forEach((span, index) => {
    if (span.start > span.end || span.end > length) {
      throw new PayloadError(`${path}[${index}] must lie within the post-edit (start ≤ end ≤ ${length})`);
    }
  });
}

/** An article's work, checked in full: shape, sizes, and offsets within the post-edit. */
export const articleWork = refine(articleWorkShape, (work, path) => {
  checkSpans(work.applied, work.postEdit.length, `${path}.applied`);
  checkSpans(work.skipped, work.postEdit.length, `${path}.skipped`);
  checkSpans(work.ignoredIssues, work.postEdit.length, `${path}.ignoredIssues`);
});

export type ArticleWork = ReturnType<typeof articleWork>;
export type WorkArticle = ArticleWork['article'];
export type WorkSuggestion = ArticleWork['applied'][number];
export type WorkGlossary = ArticleWork['glossaries'][number];
export type IgnoredIssue = ArticleWork['ignoredIssues'][number];
export type DismissedEditOffer = NonNullable<ArticleWork['dismissedEditOffers']>[number];

/** The keys of a work's ignored issues (core/work/ignored-issues), as QA splits by them. */
export function ignoredIssueKeys(work: Pick<ArticleWork, 'ignoredIssues' | 'postEdit'>): IgnoredIssueKey[] {
  const paragraphs = splitParagraphs(work.postEdit);
  return work.ignoredIssues.map((issue) => {
    if (issue.text !== undefined && issue.before !== undefined && issue.after !== undefined) {
      return { check: issue.check, text: issue.text, before: issue.before, after: issue.after };
    }
    // The paragraph holding the issue (the window's UI thread may not load the paragraph
    // mapper that core/work/paragraph-status pulls in, so it is found here).
    const found = paragraphs.findIndex((candidate) => candidate.end >= issue.start);
    const paragraph = found < 0 ? Math.max(0, paragraphs.length - 1) : found;
    return ignoredIssueKey({ check: issue.check as QaCheckId, severity: 'info', start: issue.start, end: issue.end, paragraph, message: issue.message }, work.postEdit, paragraphs);
  });
}
export type ParagraphEffort = NonNullable<ArticleWork['effort']>['paragraphs'][number];
export type SourceText = NonNullable<ArticleWork['source']>;

/** What identifies an article: its path where there is one (else its name), and its MT. */
export function workKey(article: Pick<WorkArticle, 'name' | 'path' | 'mtHash'>): string {
  return `${article.path ?? article.name}\n${article.mtHash}`;
}

/** A key as a file or record name: 16 hex digits. */
export function workId(key: string): ContentHash {
  return hashText(key);
}

export function isWorkFileName(name: string): boolean {
  return name.toLowerCase().endsWith(`.${WORK_FILE_EXTENSION}`);
}

/** "story.mt.txt" → "story.mt.glossa": the work file's name beside its article. */
export function workFileName(articleName: string): string {
  const stem = articleName.replace(/\.[^.]+$/, '');
  return `${stem || 'article'}.${WORK_FILE_EXTENSION}`;
}

/** A `.glossa` file that cannot be read, with what is wrong in words. */
export class WorkFileError extends Error {
  override readonly name = 'WorkFileError';
}

/**
 * Reads a `.glossa` file's text. The MT's hash is recomputed rather than trusted, so a
 * file whose MT was edited by hand is still found under the key its MT gives.
 */
export function parseWorkFile(json: string): ArticleWork {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new WorkFileError(`not a Glossa work file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== WORK_FORMAT) throw new WorkFileError(`not a Glossa work file (format is ${JSON.stringify(format)}, expected "${WORK_FORMAT}")`);
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > WORK_VERSION) {
    throw new WorkFileError(`written by a newer Glossa (work file version ${version}; this one reads version ${WORK_VERSION})`);
  }
  let work: ArticleWork;
  try {
    work = articleWork(value, 'work');
  } catch (error) {
    throw new WorkFileError(error instanceof Error ? error.message : String(error));
  }
  work.article.mtHash = hashText(work.mt);
  return work;
}

/** The `.glossa` file's text: indented JSON, one trailing newline. */
export function serializeWorkFile(work: ArticleWork): string {
  return `${JSON.stringify(work, null, 2)}\n`;
}

// ── The index of autosaved works ────────────────────────────────────────────────────

/** One autosaved article in the store's index, most recently saved first. */
export const workIndexEntry = object({
  key: string({ maxLength: 8192, nonEmpty: true }),
  id: contentHash,
  name: displayName,
  path: optional(filePath),
  savedAt: finiteNumber({ min: 0 }),
  /** Hashes of the glossary copies this work needs. */
  glossaries: arrayOf(contentHash, { maxItems: 256 }),
});
export type WorkIndexEntry = ReturnType<typeof workIndexEntry>;
export const workIndex: Validator<WorkIndexEntry[]> = arrayOf(workIndexEntry, { maxItems: 100_000 });

export function indexEntryOf(work: ArticleWork): WorkIndexEntry {
  const key = workKey(work.article);
  return {
    key,
    id: workId(key),
    name: work.article.name,
    ...(work.article.path !== undefined ? { path: work.article.path } : {}),
    savedAt: work.savedAt,
    glossaries: work.glossaries.filter((g) => !g.user).map((g) => g.hash),
  };
}

/**
 * The index after `work` was saved: its entry first, then the others, at most `limit`.
 * `dropped` are the entries pushed out (their autosaves are deleted); `orphans` the
 * glossary copies no kept work needs any more.
 */
export function recordWork(
  index: readonly WorkIndexEntry[],
  work: ArticleWork,
  limit = KEPT_ARTICLE_WORKS,
): { index: WorkIndexEntry[]; dropped: WorkIndexEntry[]; orphans: ContentHash[] } {
  const entry = indexEntryOf(work);
  const others = index.filter((e) => e.key !== entry.key);
  const kept = [entry, ...others.slice(0, Math.max(0, limit - 1))];
  const dropped = others.slice(Math.max(0, limit - 1));
  const needed = new Set(kept.flatMap((e) => e.glossaries));
  const orphans = [...new Set(dropped.flatMap((e) => e.glossaries))].filter((hash) => !needed.has(hash));
  const replaced = index.find((e) => e.key === entry.key);
  for (const hash of replaced?.glossaries ?? []) if (!needed.has(hash) && !orphans.includes(hash)) orphans.push(hash);
  return { index: kept, dropped, orphans };
}

/** Index entries rebuilt from the works themselves (the index file was lost). */
export function rebuildIndex(works: readonly ArticleWork[]): WorkIndexEntry[] {
  return works.map(indexEntryOf).sort((a, b) => b.savedAt - a.savedAt);
}
