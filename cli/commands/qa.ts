// `glossa qa`: mechanical checks of a (post-edited) article; exit 1 when any is an error.
import { detectLanguage } from '../../core/language/detect';
import { runQa, type QaIssue } from '../../core/qa';
import { createLineIndex, type LineIndex } from '../../core/text/line-index';
import { parseCommandArgs } from '../args';
import { loadSpellChecker } from '../dictionaries';
import { inputContext, inputLabel, loadGlossaryFiles, readArticleFile, refuseStdinTwice } from '../files';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../io';

export const QA_HELP = `Usage: glossa qa <article | -> [--glossary <file> …] [--mt <file>] [--source <file>] [--json]

Checks an article for unpaired quotes and brackets, doubled spaces, spaces
before punctuation, repeated words, untranslated text and spelling (with the
dictionary of its language, where Glossa has one); with --glossary for
glossary terms left in it and forbidden terms; with --mt for numbers that do
not match the machine translation; with --source for numbers that do not
match the original, glossary terms of the original left untranslated
(term-missing) and paragraphs left as in the original. One line per issue:
  file:line:col: severity check: message

Options:
  -g, --glossary <file>   a glossary (repeat for more)
      --mt <file>         the machine translation the article was edited from
      --source <file>     the original the machine translation was made from
      --source-lang <xx>  the original's language (default: detected)
      --lang <xx>         the article's language (default: detected)
      --no-spelling       do not spell-check
      --json              print {"issues": [...]} instead
      --encoding <label>  decode the inputs as this (utf-8, windows-1251, koi8-r,
                          windows-1252, …) instead of detecting it
  -h, --help              show this help

Exit status: 0 no error-severity issue, 1 some, 2 bad input or usage.`;

const OPTIONS = {
  glossary: { type: 'string', short: 'g', multiple: true },
  mt: { type: 'string' },
  source: { type: 'string' },
  'source-lang': { type: 'string' },
  'no-spelling': { type: 'boolean' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  encoding: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('qa', argv, OPTIONS);
  if (values.help) {
    io.stdout(`${QA_HELP}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the article to check' : 'qa takes one article', 'qa');
  const file = inputLabel(positionals[0]!);
  refuseStdinTwice([positionals[0], values.mt, values.source, ...(values.glossary ?? [])], 'qa');
  const context = inputContext(io, values.encoding);
  const text = (await readArticleFile(positionals[0]!, context)).text;
  const mt = values.mt !== undefined ? (await readArticleFile(values.mt, context)).text : undefined;
  const source = values.source !== undefined ? (await readArticleFile(values.source, context)).text : undefined;
  const language = values.lang ?? detectLanguage(text).iso6391;
  const glossaries = await loadGlossaryFiles(values.glossary ?? [], context, language !== undefined ? { target: language } : {});
  const spelling = values['no-spelling'] ? undefined : await loadSpellChecker(language);
  const issues = runQa(text, {
    ...(mt !== undefined ? { mt } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(values['source-lang'] !== undefined ? { sourceLanguage: values['source-lang'] } : {}),
    ...(glossaries.length > 0 ? { glossaries } : {}),
    ...(values.lang !== undefined ? { language: values.lang } : {}),
    ...(spelling !== undefined ? { spelling } : {}),
  });
  spelling?.dispose();

  const lines = createLineIndex(text);
  if (values.json) {
    const sourceLines = source !== undefined ? createLineIndex(source) : undefined;
    io.stdout(`${JSON.stringify({ issues: issues.map((issue) => withPosition(lines, issue, sourceLines)) }, null, 2)}\n`);
  } else {
    const out: string[] = [];
    for (const issue of issues) {
      const { line, column } = lines.positionOf(issue.start);
      out.push(`${file}:${line}:${column}: ${issue.severity} ${issue.check}: ${issue.message}\n`);
    }
    io.stdout(out.join(''));
  }
  return issues.some((issue) => issue.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

/** Where the issue is (line, column) and, for a check against the source, where its
 *  span in the source is. */
function withPosition(lines: LineIndex, issue: QaIssue, sourceLines: LineIndex | undefined) {
  const { line, column } = lines.positionOf(issue.start);
  const { sourceSpan, ...rest } = issue;
  if (sourceSpan === undefined || sourceLines === undefined) return { ...rest, line, column };
  const at = sourceLines.positionOf(sourceSpan.start);
  return { ...rest, line, column, sourceSpan: { ...sourceSpan, line: at.line, column: at.column } };
}
