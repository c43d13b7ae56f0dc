// What every exporter takes and what the registry says about each format. Callers (CLI,
// batch, window) pass texts only; exporters that need a diff, HTER or QA compute them.
import type { SpellingCheck } from '../spell/types';
import type { EffortSnapshot } from '../work/effort';
import type { Change, DecodedText, Glossary } from '../types';
import type { IgnoredIssueKey } from '../work/ignored-issues';

export interface ExportInput {
  /** Document title (file name, CMS headline…); default: the article's title line. */
  title?: string;
  /** The raw machine translation, when known: needed for the redline, HTER and changes. */
  mt?: string;
  /** The original the MT was translated from: QA checks against it, and the report shows
   *  each source paragraph above its redline. */
  source?: string;
  /** The source's language (ISO 639-1 / BCP 47); detected when absent. */
  sourceLanguage?: string;
  /** A loaded spell checker for the post-edit's language: QA (json, report) then lists
   *  misspellings. */
  spelling?: SpellingCheck;
  /** The editor's final text: what txt/md/html/docx contain. */
  postEdit: string;
  /** The article's own line ending, so text exports round-trip. */
  lineEnding: DecodedText['lineEnding'];
  /** Start txt and md with a UTF-8 byte-order mark, as the article file did (default none:
   *  every other Glossa output is BOM-less UTF-8). */
  byteOrderMark?: boolean;
  /** ISO 639-1 code of the post-edit; detected when absent. */
  language?: string;
  /** Glossary replacements applied; computed from `glossaries` and `mt` (what `glossa
   *  apply` makes in the MT) when absent. */
  changes?: Change[];
  /** Where `changes`' offsets point: into `mt` (default) or, for replacements an editor
   *  applied in the window, into `postEdit` where the replacement text now sits. */
  changesIn?: 'mt' | 'postEdit';
  /** Glossary hits the editor skipped (offsets into `postEdit`): a decision, listed as
   *  such and never reported by QA as a correction still to make. */
  skipped?: Change[];
  /** Glossaries for change grouping and leftover-term QA; never applied to the post-edit. */
  glossaries?: Glossary[];
  /** The editing effort on the post-edit as it stands (core/work/effort.ts): the report
   *  and the JSON show it next to HTER. */
  effort?: EffortSnapshot;
  /** 0-based post-edit paragraphs the editor confirmed as done. */
  confirmedParagraphs?: number[];
  /** QA issues the editor chose to ignore (core/work/ignored-issues): left out of the QA
   *  list and counts, and listed apart as ignored by the editor. */
  ignoredIssues?: readonly IgnoredIssueKey[];
}

export type ExportFormatId = 'txt' | 'md' | 'html' | 'docx' | 'json' | 'report';

export type Exporter = (input: ExportInput) => Uint8Array | Promise<Uint8Array>;

export interface ExportFormat {
  id: ExportFormatId;
  /** For menus and --help. */
  label: string;
  /** File name ending without the leading dot (`report.html` for the report). */
  extension: string;
  mimeType: string;
  export: Exporter;
}
