// Machine-readable export: both texts, the glossary changes, HTER, counts and QA, in the
// shape schemas/export.schema.json describes (bump `version` on any breaking change).
import { encodeUtf8 } from '../text/decode';
import { buildReviewSummary, type ReviewSummary } from './summary';
import type { QaIssue } from '../qa/types';
import type { Change } from '../types';
import type { ExportInput } from './types';

export const EXPORT_JSON_VERSION = 1;

export function exportDocument(input: ExportInput, summary: ReviewSummary = buildReviewSummary(input)) {
  const hter = summary.hter;
  return {
    format: 'glossa-export',
    version: EXPORT_JSON_VERSION,
    title: summary.title,
    language: summary.language,
    mt: input.mt ?? null,
    postEdit: input.postEdit,
    changes: summary.changes.map(changeJson),
    changesIn: summary.changesIn,
    skipped: summary.skipped.map(changeJson),
    hter:
      hter === undefined
        ? null
        : {
            ter: hter.ter,
            edits: hter.edits,
            refWords: hter.refWords,
            inserted: hter.inserted,
            deleted: hter.deleted,
            substituted: hter.substituted,
            shifts: hter.shifts,
            shiftedWords: hter.shiftedWords,
            charsChanged: hter.charsChanged,
            paragraphs: hter.paragraphs.map((paragraph) => ({
              mt: paragraph.mt,
              pe: paragraph.pe,
              ter: paragraph.ter,
              edits: paragraph.edits,
              refWords: paragraph.refWords,
            })),
          },
    counts: summary.counts,
    // PET/MateCat-style effort (active seconds, keystrokes, seconds per word) per paragraph
    // and for the article, next to HTER; null when the exporter was not given it.
    effort: summary.effort ?? null,
    qa: summary.qa.map(qaJson),
    // Only when the editor ignored some: older readers see the document they know.
    ...(summary.qaIgnored.length > 0 ? { qaIgnored: summary.qaIgnored.map(qaJson) } : {}),
  };
}

function qaJson({ check, severity, start, end, paragraph, message }: QaIssue) {
  return { check, severity, start, end, paragraph, message };
}

function changeJson(change: Change) {
  return {
    start: change.start,
    end: change.end,
    from: change.from,
    to: change.to,
    source: change.source,
    glossary: change.glossary,
    line: change.line,
    ...(change.note !== undefined ? { note: change.note } : {}),
  };
}

export function exportJson(input: ExportInput, summary?: ReviewSummary): Uint8Array {
  return encodeUtf8(`${JSON.stringify(exportDocument(input, summary), null, 2)}\n`);
}
