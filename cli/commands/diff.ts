// `glossa diff`: the word diff of an MT article against its post-edit, and its HTER.
import { computeHter, type HterReport } from '../../core/review/hter';
import { diffArticle, precisionNotes } from '../../core/review/article-diff';
import type { DiffOp } from '../../core/review/word-diff';
import { parseCommandArgs } from '../args';
import { inputContext, readArticleFile, refuseStdinTwice } from '../files';
import { EXIT_OK, UsageError, type CliIo } from '../io';

export const DIFF_HELP = `Usage: glossa diff <mt> <post-edit> [--json]   ('-' for one of them reads stdin)

Prints the post-edit as a word diff against the machine translation, then its
HTER (sacreBLEU TER, per aligned paragraph, summed). On a terminal deletions are
red and struck through, insertions green; otherwise they read [-deleted-] and
{+inserted+}, as in git's word diff.

A paragraph too long and too different for a word diff is compared sentence by
sentence (or shown replaced whole), and one too long for an exact TER has its
HTER estimated; a note after the summary says where.

Options:
      --json              print {"ter", "edits", "refWords", "paragraphs", "inserted",
                          "deleted", "substituted", "shifts", "charsChanged"} (and
                          "notes" when some paragraph was compared coarsely) instead
      --encoding <label>  decode both texts as this (utf-8, windows-1251, koi8-r,
                          windows-1252, …) instead of detecting it
  -h, --help              show this help

Exit status: 0 done, 2 bad input or usage (one line on stderr: file:line: what).`;

const OPTIONS = {
  json: { type: 'boolean' },
  encoding: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const RED_STRUCK = '\u001b[31;9m';
const GREEN = '\u001b[32m';
const RESET = '\u001b[0m';

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('diff', argv, OPTIONS);
  if (values.help) {
    io.stdout(`${DIFF_HELP}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 2) throw new UsageError('diff takes the MT file and the post-edit file', 'diff');
  refuseStdinTwice(positionals, 'diff');
  const context = inputContext(io, values.encoding);
  const mt = (await readArticleFile(positionals[0]!, context)).text;
  const postEdit = (await readArticleFile(positionals[1]!, context)).text;
  const diff = diffArticle(mt, postEdit);
  const hter = computeHter(mt, postEdit, { diff });
  // Where the diff or the score is coarser than word by word (huge, very different paragraphs).
  const notes = precisionNotes(diff.groups, hter.paragraphs);
  if (values.json) {
    io.stdout(`${JSON.stringify({ ...hterJson(hter), ...(notes.length > 0 ? { notes } : {}) }, null, 2)}\n`);
    return EXIT_OK;
  }
  const body = diff.ops.map((op) => renderOp(op, io.isTTY)).join('');
  io.stdout(`${body}${body.endsWith('\n') ? '' : '\n'}\n${summaryLine(hter)}\n${notes.map((note) => `Note: ${note}.\n`).join('')}`);
  return EXIT_OK;
}

/** The report's public shape: the brief's keys in its order, scores to 4 decimals. */
export function hterJson(hter: HterReport) {
  return {
    ter: round(hter.ter),
    edits: hter.edits,
    refWords: hter.refWords,
    paragraphs: hter.paragraphs.map((paragraph) => ({ ter: round(paragraph.ter), edits: paragraph.edits, refWords: paragraph.refWords })),
    inserted: hter.inserted,
    deleted: hter.deleted,
    substituted: hter.substituted,
    shifts: hter.shifts,
    charsChanged: hter.charsChanged,
  };
}

function renderOp(op: DiffOp, colour: boolean): string {
  if (op.type === 'equal') return op.text;
  if (!colour) return op.type === 'delete' ? `[-${op.text}-]` : `{+${op.text}+}`;
  // Reset before each line break so a change never colours the next line's margin.
  const start = op.type === 'delete' ? RED_STRUCK : GREEN;
  return op.text
    .split(/(\r\n|\r|\n)/)
    .map((piece) => (piece === '' || /^[\r\n]+$/.test(piece) ? piece : `${start}${piece}${RESET}`))
    .join('');
}

function summaryLine(hter: HterReport): string {
  return `HTER ${hter.ter.toFixed(2)} % (${hter.edits} edits / ${hter.refWords} words: ${hter.inserted} inserted, ` +
    `${hter.deleted} deleted, ${hter.substituted} substituted, ${hter.shifts} shifts; ${hter.charsChanged} characters changed)`;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
