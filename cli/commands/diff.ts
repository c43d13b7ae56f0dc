// `glossa diff`: the word diff of an MT article against its post-edit, and its HTER;
// with --source, each redline under its source paragraph.
import { detectLanguage } from '../../core/language/detect';
import { alignSourceParagraphs } from '../../core/review/align-source';
import { composeAlignment, mtPeGroupsByGroup, type ThreeWayGroup } from '../../core/review/align-three';
import { computeHter, type HterReport } from '../../core/review/hter';
import { diffArticle, precisionNotes, type ArticleDiff } from '../../core/review/article-diff';
import { trimOuterWhitespace } from '../../core/review/trim-ops';
import type { DiffOp } from '../../core/review/word-diff';
import { splitParagraphs } from '../../core/text/paragraphs';
import { parseCommandArgs } from '../args';
import { inputContext, readArticleFile, refuseStdinTwice, type InputContext } from '../files';
import { EXIT_OK, UsageError, type CliIo } from '../io';

export const DIFF_HELP = `Usage: glossa diff <mt> <post-edit> [--source <file>] [--json]   ('-' for one of them reads stdin)

Prints the post-edit as a word diff against the machine translation, then its
HTER (sacreBLEU TER, per aligned paragraph, summed). On a terminal deletions are
red and struck through, insertions green; otherwise they read [-deleted-] and
{+inserted+}, as in git's word diff. With --source, each paragraph's diff comes
under its source paragraph (lines starting "> ").

A paragraph too long and too different for a word diff is compared sentence by
sentence (or shown replaced whole), and one too long for an exact TER has its
HTER estimated; a note after the summary says where.

Options:
      --source <file>     the original the machine translation was made from
      --source-lang <xx>  the original's language (default: detected)
      --json              print {"ter", "edits", "refWords", "paragraphs",
                          "inserted", "deleted", "substituted", "shifts",
                          "charsChanged"} (and "notes" when some paragraph was
                          compared coarsely) instead; with --source also "source":
                          {"file", "language", "text", "groups"}, each group the
                          source, MT and post-edit paragraphs aligned together
      --encoding <label>  decode the texts as this (utf-8, windows-1251, koi8-r,
                          windows-1252, …) instead of detecting it
  -h, --help              show this help

Exit status: 0 done, 2 bad input or usage (one line on stderr: file:line: what).`;

const OPTIONS = {
  source: { type: 'string' },
  'source-lang': { type: 'string' },
  json: { type: 'boolean' },
  encoding: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const RED_STRUCK = '\u001b[31;9m';
const GREEN = '\u001b[32m';
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('diff', argv, OPTIONS);
  if (values.help) {
    io.stdout(`${DIFF_HELP}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 2) throw new UsageError('diff takes the MT file and the post-edit file', 'diff');
  refuseStdinTwice([...positionals, values.source], 'diff');
  const context = inputContext(io, values.encoding);
  const mt = (await readArticleFile(positionals[0]!, context)).text;
  const postEdit = (await readArticleFile(positionals[1]!, context)).text;
  const diff = diffArticle(mt, postEdit);
  const hter = computeHter(mt, postEdit, { diff });
  const source = values.source !== undefined ? await readSource(values.source, values['source-lang'], diff, context) : undefined;
  // Where the diff or the score is coarser than word by word (huge, very different paragraphs).
  const notes = precisionNotes(diff.groups, hter.paragraphs);
  if (values.json) {
    io.stdout(`${JSON.stringify({ ...hterJson(hter), ...(notes.length > 0 ? { notes } : {}), ...(source !== undefined ? { source: sourceJson(source) } : {}) }, null, 2)}\n`);
    return EXIT_OK;
  }
  const body = source !== undefined ? renderUnderSource(diff, source, io.isTTY) : diff.ops.map((op) => renderOp(op, io.isTTY)).join('');
  io.stdout(`${body}${body.endsWith('\n') ? '' : '\n'}\n${summaryLine(hter)}\n${notes.map((note) => `Note: ${note}.\n`).join('')}`);
  return EXIT_OK;
}

interface DiffSource {
  file: string;
  language: string;
  text: string;
  paragraphs: string[];
  groups: ThreeWayGroup[];
}

/** The source, aligned with the MT and composed with the diff's own MT–post-edit groups. */
async function readSource(file: string, language: string | undefined, diff: ArticleDiff, context: InputContext): Promise<DiffSource> {
  const text = (await readArticleFile(file, context)).text;
  const detected = language === undefined ? detectLanguage(text) : undefined;
  const sourceLanguage = language ?? detected?.iso6391 ?? detected?.language ?? 'und';
  const paragraphs = splitParagraphs(text).map((paragraph) => paragraph.text);
  const sourceMt = alignSourceParagraphs(paragraphs, diff.mtParagraphs.map((paragraph) => paragraph.text), { source: sourceLanguage });
  return { file, language: sourceLanguage, text, paragraphs, groups: composeAlignment(sourceMt, diff.groups) };
}

function sourceJson(source: DiffSource) {
  return { file: source.file, language: source.language, text: source.text, groups: source.groups };
}

/** Each aligned group: its source paragraphs as "> " lines, then its word diff. */
function renderUnderSource(diff: ArticleDiff, source: DiffSource, colour: boolean): string {
  const blocks = mtPeGroupsByGroup(source.groups, diff.groups).map((held, k) => {
    const quoted = source.groups[k]!.source.length === 0
      ? ['> (not in the source)']
      : source.groups[k]!.source.flatMap((index) => source.paragraphs[index]!.split(/\r\n|\r|\n/)).map((line) => `> ${line}`);
    const redline = held
      .map((index) => trimOuterWhitespace(diff.groups[index]!.ops).map((op) => renderOp(op, colour)).join(''))
      .filter((text) => text !== '');
    const lines = quoted.map((line) => (colour ? `${DIM}${line}${RESET}` : line)).join('\n');
    return redline.length > 0 ? `${lines}\n${redline.join('\n\n')}` : lines;
  });
  return `${blocks.join('\n\n')}\n`;
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
