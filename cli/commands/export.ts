// `glossa export`: writes a post-edited article as txt, md, html, docx, json or a
// review report. Glossaries never change the post-edit (it is the editor's final word);
// they only feed the change list and the leftover-term checks of json and report.
import { EXPORT_FORMATS, exportArticle, findExportFormat, formatForFileName, type ExportInput } from '../../core/export';
import { detectLanguage } from '../../core/language/detect';
import { parseCommandArgs } from '../args';
import { inputContext, loadGlossaryFiles, readArticleFile, refuseOverwritingInputs, refuseStdinTwice, writeOutput } from '../files';
import { EXIT_OK, UsageError, type CliIo } from '../io';

export const EXPORT_HELP = `Usage: glossa export <post-edit | -> --out <file> [--format <fmt>] [options]

Writes a post-edited article in another format. The post-edit is exported as
it is: glossaries are never applied to it.

Formats:
${EXPORT_FORMATS.map((format) => `  ${format.id.padEnd(8)} ${format.label} (.${format.extension})`).join('\n')}

Options:
  -o, --out <file>        where to write (atomically; never one of the inputs);
                          '-' writes to stdout (not for docx)
  -f, --format <fmt>      the format; default from --out's name (.report.html is
                          the report, .html the page, .docx, .md, .txt, .json)
      --mt <file>         the raw machine translation the post-edit came from:
                          json and report then carry the MT, the redline and HTER
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
  refuseStdinTwice([postEditFile, values.mt, ...glossaryFiles], 'export');
  await refuseOverwritingInputs(out, [
    { file: postEditFile, role: 'post-edit' },
    ...(values.mt !== undefined ? [{ file: values.mt, role: 'MT' }] : []),
    ...glossaryFiles.map((file) => ({ file, role: 'glossary' })),
  ], io.cwd, 'export');

  const context = inputContext(io, values.encoding);
  const postEdit = await readArticleFile(postEditFile, context);
  const mt = values.mt !== undefined ? await readArticleFile(values.mt, context) : undefined;
  const language = values.lang ?? detectLanguage(postEdit.text).iso6391;
  const glossaries = await loadGlossaryFiles(glossaryFiles, context, language !== undefined ? { target: language } : {});

  const input: ExportInput = {
    postEdit: postEdit.text,
    lineEnding: postEdit.lineEnding,
    ...(mt !== undefined ? { mt: mt.text } : {}),
    ...(language !== undefined ? { language } : {}),
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(glossaries.length > 0 ? { glossaries } : {}),
  };
  const bytes = await exportArticle(format.id, input);
  if (out === '-') io.stdout(bytes);
  else await writeOutput(out, bytes, io.cwd);
  return EXIT_OK;
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
