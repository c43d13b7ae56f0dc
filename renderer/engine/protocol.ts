// The typed request/response protocol between the UI thread and renderer/engine.worker.ts.
// Every request carries an `id`; the worker answers each with the same id and kind.
// Heavy work (decoding, glossary parsing, matching, language detection, review) lives
// behind this line so typing never waits for it. Two instances of the worker run: one
// answers keystrokes (match), the other the slow whole-article calls (review, export);
// see engine-client.ts.
import type { ExportFormatId } from '../../core/export/types';
import type { GlossaryDecisions } from '../../core/qa/index';
import type { QaIssue } from '../../core/qa/types';
import type { ThreeWayGroup } from '../../core/review/align-three';
import type { RepeatedEditOffer } from '../../core/review/repeated-edits';
import type { IgnoredIssueKey } from '../../core/work/ignored-issues';
import type { Change, DecodedText, GlossaryFormat } from '../../core/types';
import type { SpellingRequest } from '../spell/spell-session';

export type { SpellingRequest } from '../spell/spell-session';

/** The article's source, as the window sends it with each review and export. */
export interface SourceRequest {
  text: string;
  /** Its language (ISO 639-1 or 639-3), detected once when the source was opened. */
  language?: string;
}

/** What the glossary panel shows about a parsed glossary. */
export interface GlossarySummary {
  name: string;
  format: GlossaryFormat;
  /** Entries that are replacement rules (what the matcher can apply). */
  entryCount: number;
  sourceLanguage?: string;
  targetLanguage?: string;
}

/** An export format as the menu needs it (core/export's ExportFormat without `export`). */
export interface ExportFormatInfo {
  id: ExportFormatId;
  label: string;
  /** Without the leading dot, e.g. `txt`, `report.html`. */
  extension: string;
  mimeType: string;
}

/** HTER of the MT against the post-edit (core/review computeHter), without the
 *  per-paragraph table the window does not show. */
export interface HterFigures {
  /** Percent: edits / refWords × 100. */
  ter: number;
  edits: number;
  /** Words of the post-edit (TER's reference). */
  refWords: number;
  inserted: number;
  deleted: number;
  substituted: number;
  shifts: number;
  charsChanged: number;
  /** Aligned paragraph groups with at least one edit, of `paragraphs`. */
  changedParagraphs: number;
  paragraphs: number;
}

/** A post-edit paragraph the detector places in another language than the article's. */
export interface ForeignParagraph {
  /** 0-based paragraph index and its UTF-16 span in the post-edit. */
  index: number;
  start: number;
  end: number;
  /** ISO 639-3 (franc's code) and, where one exists, ISO 639-1. */
  language: string;
  iso6391?: string;
}

/** Everything the window shows about the post-edit's quality (HTER and the word counts
 *  come separately, from the edit meter: see renderer/engine/edit-meter.ts). */
export interface ReviewFindings {
  /** core/qa's issues, in text order, less those the editor ignored. */
  issues: QaIssue[];
  /** The issues the editor ignored that are still in the text. */
  ignored: QaIssue[];
  /** Offers learnt from the editor's own repeated fixes (core/review/repeated-edits). */
  offers: RepeatedEditOffer[];
  /** The language the post-edit was checked against. */
  article: { language: string; iso6391?: string };
  foreignParagraphs: ForeignParagraph[];
  /** With a source: its paragraphs aligned with the MT's and the post-edit's (what the
   *  window lines its three panes up by). */
  alignment?: ThreeWayGroup[];
}

export interface EngineCalls {
  'decode-article': {
    /** `encoding`: a WHATWG label the user chose ("Reopen with encoding…"); sniffed when absent. */
    request: { file: string; bytes: Uint8Array; encoding?: string };
    response: { ok: true; decoded: DecodedText } | { ok: false; error: string };
  };
  /** Parse a glossary and keep it in the worker under `key` (not yet active). */
  'load-glossary': {
    request: { key: string; file: string; bytes: Uint8Array; targetLanguage?: string };
    response: { ok: true; summary: GlossarySummary } | { ok: false; error: string };
  };
  'drop-glossary': {
    request: { key: string };
    response: { ok: true };
  };
  /** Compile the glossaries to match with, in priority order (first wins). */
  'set-active': {
    /** `language`: the article's, for case folding (Turkish and Azerbaijani I). */
    request: { keys: string[]; generation: number; language?: string };
    /** `cycles`: the active rules that chain into a loop, described (they change nothing). */
    response: { ok: true; generation: number; cycles: string[] };
  };
  /** Every glossary hit in `text`; `version` is echoed back so stale results can be dropped. */
  match: {
    request: { text: string; version: number };
    response: { version: number; generation: number; changes: Change[]; words: number };
  };
  /** QA, HTER and paragraph languages of the post-edit against the MT and the active
   *  glossaries; `version` is echoed back so stale results can be dropped. */
  review: {
    /** `decided`: the hits the editor skipped and the text its replacements wrote, which
     *  QA does not report as corrections still to make. */
    /** `source`: QA checks against it too; `spelling`: the post-edit's dictionary, for
     *  QA's `spelling` check; `ignored` and `dismissedOffers`: the editor's decisions. */
    request: {
      mt: string;
      postEdit: string;
      version: number;
      language?: string;
      decided?: GlossaryDecisions;
      source?: SourceRequest;
      spelling?: SpellingRequest;
      /** Issues the editor ignored (core/work/ignored-issues). */
      ignored?: IgnoredIssueKey[];
      /** Repeated-edit offers the editor dismissed (their MT words and replacement). */
      dismissedOffers?: Array<{ from: string; to: string }>;
    };
    response: { version: number; generation: number; findings: ReviewFindings };
  };
  'detect-language': {
    /** `article`: the open article's language (ISO 639-3), which a short text in its
     *  script is taken to be written in (core/language/detect.ts). */
    request: { text: string; article?: string };
    response: { language: string; iso6391?: string };
  };
  /** The name among `siblingNames` that is the source of the MT file `mtFileName`
   *  (core/text/source-name.ts), if one is. */
  'source-file-name': {
    request: { mtFileName: string; mtLanguage?: string; siblingNames: string[] };
    response: { name?: string };
  };
  /** The words of the active glossaries' sources and targets (lower-case): the spell
   *  check never flags them. */
  'glossary-words': {
    request: Record<string, never>;
    response: { words: string[] };
  };
  /** The formats core/export can write, for the Export menu (its registry, minus code). */
  'export-formats': {
    request: Record<string, never>;
    response: { formats: ExportFormatInfo[] };
  };
  /** Encode the post-edit with one of core/export's exporters (active glossaries included). */
  export: {
    request: {
      format: ExportFormatId;
      postEdit: string;
      mt: string;
      lineEnding: DecodedText['lineEnding'];
      byteOrderMark: boolean;
      language?: string;
      title?: string;
      /** The replacements the editor applied (offsets into the post-edit) and the hits they
       *  skipped: what the report and the JSON count. */
      applied?: Change[];
      skipped?: Change[];
      /** The report shows each source paragraph above its redline; QA checks against it. */
      source?: SourceRequest;
      spelling?: SpellingRequest;
      /** QA issues the editor ignored: listed apart in the report. */
      ignoredIssues?: IgnoredIssueKey[];
    };
    response: { ok: true; bytes: Uint8Array } | { ok: false; error: string };
  };
}

export type EngineCallKind = keyof EngineCalls;

export type EngineRequest<K extends EngineCallKind = EngineCallKind> = K extends EngineCallKind
  ? { kind: K; id: number } & EngineCalls[K]['request']
  : never;

export type EngineResponse<K extends EngineCallKind = EngineCallKind> = K extends EngineCallKind
  ? { kind: K; id: number; result: EngineCalls[K]['response'] }
  : never;

/** An unexpected failure inside the worker (a bug, not bad input). */
export interface EngineFailure {
  kind: 'failure';
  id: number;
  message: string;
}
