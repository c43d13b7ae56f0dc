// `glossa export`: writes a post-edited article as txt, md, html, docx, json or a
// review report. Glossaries never change the post-edit (it is the editor's final word);
// they only feed the change list and the leftover-term checks of json and report.
import { EXPORT_FORMATS, exportArticle, findExportFormat, formatForFileName, type ExportInput } from '../../core/export';
import { detectLanguage } from '../../core/language/detect';
import { parseCommandArgs } from '../args';
import { InputError } from '../../core/errors';
import { loadGlossary } from '../../core/glossary/load-glossary';
import { base64ToBytes } from '../../shared/base64';
import { ignoredIssueKeys, isWorkFileName, parseWorkFile, type ArticleWork } from '../../shared/work';
import { loadSpellChecker } from '../dictionaries';
import { inputContext, loadGlossaryFiles, readArticleFile, readInputBytes, refuseOverwritingInputs, refuseStdinTwice, writeOutput, type InputContext } from '../files';
import { EXIT_OK, UsageError, type CliIo } from '../io';

export const EXPORT_HELP = `Usage: glossa export <post-edit | work.glossa | -> --out <file> [--format <fmt>] [options]

Writes a post-edited article in another format. The post-edit is exported as
it is: glossaries are never applied to it.

A .glossa file (the window's Ctrl+S) holds the MT, the post-edit, the
replacements the editor applied and skipped and the glossaries in use: json and
report then count what the editor applied and list what they skipped. --mt and
--glossary override what the file holds.

Formats:
${EXPORT_FORMATS.map((format) => `  ${format.id.padEnd(8)} ${format.label} (.${format.extension})`).join('\n')}

Options:
  -o, --out <file>        where to write (atomically; never one of the inputs);
                          '-' writes to stdout (not for docx)
  -f, --format <fmt>      the format; default from --out's name (.report.html is
                          the report, .html the page, .docx, .md, .txt, .json)
      --mt <file>         the raw machine translation the post-edit came from:
                          json and report then carry the MT, the redline and HTER
      --source <file>     the original the MT was made from (json and report): QA
                          checks against it, and the report shows each source
                          paragraph above its redline
      --source-lang <xx>  the original's language (default: detected)
      --no-spelling       json and report: leave misspellings out of QA (by
                          default the post-edit is spell-checked where Glossa
                          has a dictionary for its language)
  -g, --glossary <file>   a glossary (repeat for more). Only json and report use
                          them: the replacements they make in the MT (--mt) are
                          listed, and glossary terms left in the post-edit are
                          flagged by QA
      --title <text>      document title (default: the article's headline)
      --lang <xx>         language of the post-edit, ISO 639-1 (default: detected)
      --encoding <label>  decode the inputs as this (utf-8, windows-1251, koi8-r,
                          windows-1252, …) instead of detecting it
  -h, --help              show this help

Exit status: 0 written, 2 bad input or usage (one line on stderr: file:line: what).`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  mt: { type: 'string' },
  source: { type: 'string' },
  'source-lang': { type: 'string' },
  'no-spelling': { type: 'boolean' },
  glossary: { type: 'string', short: 'g', multiple: true },
  title: { type: 'string' },
  lang: { type: 'string' },
  encoding: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, OPTIONS);
  if (values.help) {
    io.stdout(`${EXPORT_HELP}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'missing the post-edited article to export' : 'export takes one article', 'export');
  }
  const postEditFile = positionals[0] as string;
  const out = values.out;
  if (out === undefined) throw new UsageError('--out <file> is needed (or --out - for stdout)', 'export');
  const format = chooseFormat(values.format, out);
  if (out === '-' && format.id === 'docx') throw new UsageError('docx is binary: write it to a file with --out', 'export');
  const glossaryFiles = values.glossary ?? [];
  if (values.source !== undefined && format.id !== 'report' && format.id !== 'json') {
    throw new UsageError(`--source is used by the report and json formats, not ${format.id}`, 'export');
  }
  refuseStdinTwice([postEditFile, values.mt, values.source, ...glossaryFiles], 'export');
  await refuseOverwritingInputs(out, [
    { file: postEditFile, role: 'post-edit' },
    ...(values.mt !== undefined ? [{ file: values.mt, role: 'MT' }] : []),
    ...(values.source !== undefined ? [{ file: values.source, role: 'source' }] : []),
    ...glossaryFiles.map((file) => ({ file, role: 'glossary' })),
  ], io.cwd, 'export');

  const context = inputContext(io, values.encoding);
  const mt = values.mt !== undefined ? (await readArticleFile(values.mt, context)).text : undefined;
  let input: ExportInput;
  if (isWorkFileName(postEditFile)) {
    input = await inputFromWork(postEditFile, context, values.lang, glossaryFiles);
    if (mt !== undefined) input.mt = mt;
  } else {
    const postEdit = await readArticleFile(postEditFile, context);
    const language = values.lang ?? detectLanguage(postEdit.text).iso6391;
    const glossaries = await loadGlossaryFiles(glossaryFiles, context, language !== undefined ? { target: language } : {});
    input = {
      postEdit: postEdit.text,
      lineEnding: postEdit.lineEnding,
      ...(mt !== undefined ? { mt } : {}),
      ...(language !== undefined ? { language } : {}),
      ...(glossaries.length > 0 ? { glossaries } : {}),
    };
  }
  if (values.source !== undefined) input.source = (await readArticleFile(values.source, context)).text;
  if (values['source-lang'] !== undefined) input.sourceLanguage = values['source-lang'];
  if (values.title !== undefined) input.title = values.title;
  const checksQa = format.id === 'report' || format.id === 'json';
  const spelling = checksQa && !values['no-spelling'] ? await loadSpellChecker(input.language) : undefined;
  if (spelling !== undefined) input.spelling = spelling;
  const bytes = await exportArticle(format.id, input).finally(() => spelling?.dispose());
  if (out === '-') io.stdout(bytes);
  else await writeOutput(out, bytes, io.cwd);
  return EXIT_OK;
}

/** An article's work as the window saved it (shared/work.ts): its texts, decisions and
 *  glossaries (embedded in the file, unless --glossary names others). */
async function inputFromWork(file: string, context: InputContext, lang: string | undefined, glossaryFiles: readonly string[]): Promise<ExportInput> {
  const bytes = await readInputBytes(file, context);
  let work: ArticleWork;
  try {
    work = parseWorkFile(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, 1, error instanceof Error ? error.message : String(error));
  }
  const language = lang ?? detectLanguage(work.postEdit).iso6391;
  const languages = language !== undefined ? { target: language } : {};
  const glossaries = glossaryFiles.length > 0
    ? await loadGlossaryFiles(glossaryFiles, context, languages)
    : work.glossaries
        .filter((glossary) => glossary.enabled && glossary.base64 !== undefined)
        .map((glossary) => loadGlossary(glossary.file, base64ToBytes(glossary.base64!), languages.target !== undefined ? { targetLanguage: languages.target } : {}));
  return {
    postEdit: work.postEdit,
    mt: work.mt,
    lineEnding: work.article.lineEnding,
    byteOrderMark: work.article.hadBom,
    changes: work.applied,
    changesIn: 'postEdit',
    skipped: work.skipped,
    ...(work.ignoredIssues.length > 0 ? { ignoredIssues: ignoredIssueKeys(work) } : {}),
    ...(work.source !== undefined ? { source: work.source.text } : {}),
    ...(language !== undefined ? { language } : {}),
    ...(glossaries.length > 0 ? { glossaries } : {}),
  };
}

function chooseFormat(requested: string | undefined, out: string) {
  if (requested !== undefined) {
    const format = findExportFormat(requested);
    if (!format) throw new UsageError(`unknown format '${requested}'; expected ${EXPORT_FORMATS.map((f) => f.id).join(', ')}`, 'export');
    return format;
  }
  const format = out === '-' ? undefined : formatForFileName(out);
  if (!format) throw new UsageError(`cannot tell the format from '${out}'; add --format`, 'export');
  return format;
}
