// `glossa detect`: the language of an article and of each of its paragraphs.
import { detectArticleLanguages } from '../../core/language/detect';
import { FRANC_LANGUAGES } from '../../core/language/iso639';
import { createLineIndex } from '../../core/text/line-index';
import { parseCommandArgs } from '../args';
import { inputContext, inputLabel, readArticleFile } from '../files';
import { EXIT_OK, UsageError, type CliIo } from '../io';

export const DETECT_HELP = `Usage: glossa detect <article | -> [--json]

Prints the language of the article and of each paragraph (ISO 639-3 codes, as
franc names them). Paragraphs under 20 words take the article's language unless
they are written in another script. '-' reads the article from stdin.

Options:
      --json              print {"language", "paragraphs": [{"index", "language"}]}
                          instead
      --encoding <label>  decode the article as this (utf-8, windows-1251, koi8-r,
                          windows-1252, …) instead of detecting it
  -h, --help              show this help

Exit status: 0 done, 2 bad input or usage (one line on stderr: file:line: what).`;

const OPTIONS = {
  json: { type: 'boolean' },
  encoding: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('detect', argv, OPTIONS);
  if (values.help) {
    io.stdout(`${DETECT_HELP}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the article' : 'detect takes one article', 'detect');
  const file = inputLabel(positionals[0]!);
  const text = (await readArticleFile(positionals[0]!, inputContext(io, values.encoding))).text;
  const { article, paragraphs } = detectArticleLanguages(text);
  if (values.json) {
    const report = { language: article.language, paragraphs: paragraphs.map(({ index, language }) => ({ index, language })) };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return EXIT_OK;
  }
  // One index of line starts for all paragraphs, and one write: a 200,000-paragraph
  // article must not scan from its start, or call stdout, once per paragraph.
  const lines = createLineIndex(text);
  const out = [`${file}: ${describe(article.language)}\n`];
  for (const paragraph of paragraphs) out.push(`${file}:${lines.lineOf(paragraph.start)}: ${describe(paragraph.language)}\n`);
  io.stdout(out.join(''));
  return EXIT_OK;
}

function describe(language: string): string {
  const name = FRANC_LANGUAGES[language];
  return name === undefined ? language : `${language} (${name})`;
}
