// `glossa qa`: mechanical checks of a (post-edited) article; exit 1 when any is an error.
import { lineAndColumn } from '../../core/errors';
import { detectLanguage } from '../../core/language/detect';
import { runQa, type QaIssue } from '../../core/qa';
import { parseCommandArgs } from '../args';
import { loadSpellChecker } from '../dictionaries';
import { readArticleFile } from '../files';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../io';
import { loadGlossaryFiles } from './apply';

export const QA_HELP = `Usage: glossa qa <article> [--glossary <file> …] [--mt <file>] [--source <file>] [--json]

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
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('qa', argv, OPTIONS);
  if (values.help) {
    io.stdout(`${QA_HELP}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the article to check' : 'qa takes one article', 'qa');
  const file = positionals[0]!;
  const text = readArticleFile(file, io.cwd).text;
  const mt = values.mt !== undefined ? readArticleFile(values.mt, io.cwd).text : undefined;
  const source = values.source !== undefined ? readArticleFile(values.source, io.cwd).text : undefined;
  const language = values.lang ?? detectLanguage(text).iso6391;
  const glossaries = loadGlossaryFiles(values.glossary ?? [], io.cwd, language !== undefined ? { target: language } : {});
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

  if (values.json) {
    io.stdout(`${JSON.stringify({ issues: issues.map((issue) => withPosition(text, issue, source)) }, null, 2)}\n`);
  } else {
    for (const issue of issues) {
      const { line, column } = lineAndColumn(text, issue.start);
      io.stdout(`${file}:${line}:${column}: ${issue.severity} ${issue.check}: ${issue.message}\n`);
    }
  }
  return issues.some((issue) => issue.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

/** Where the issue is (line, column) and, for a check against the source, where its
 *  span in the source is. */
function withPosition(text: string, issue: QaIssue, source: string | undefined) {
  const { line, column } = lineAndColumn(text, issue.start);
  const { sourceSpan, ...rest } = issue;
  if (sourceSpan === undefined || source === undefined) return { ...rest, line, column };
  const at = lineAndColumn(source, sourceSpan.start);
  return { ...rest, line, column, sourceSpan: { ...sourceSpan, line: at.line, column: at.column } };
}
