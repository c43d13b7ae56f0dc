// `glossa apply`: clean one article with one or more glossaries (batch mode with
// --out-dir is handled by ./apply-batch).
import { compileGlossaries, applyGlossaries, describeCycle, type CompiledGlossaries } from '../../core/engine';
import { detectLanguage } from '../../core/language/detect';
import { parseCommandArgs } from '../args';
import { inputContext, loadGlossaryFiles, readArticleFile, refuseOverwritingInputs, refuseStdinTwice, writeOutput } from '../files';
import { EXIT_OK, UsageError, type CliIo } from '../io';

export { loadGlossaryFiles };

export const APPLY_HELP = `Usage: glossa apply <article | -> --glossary <file> [--glossary <file> …] [options]

Applies correction glossaries to a machine-translated article and prints the
cleaned text (UTF-8, the article's own line endings) on stdout.

Options:
  -g, --glossary <file>   a glossary (.tsv .tab .txt .utf8 .csv .json .tbx); repeat
                          for more, the first given wins ties
      --target-lang <xx>  language of the article (default: detected with franc);
                          picks the target terms of TBX glossaries
      --source-lang <xx>  source language of TBX glossaries (default: the file's
                          first language that is not the target)
  -o, --out <file>        write the result there (atomically; through a symlink, into
                          a FIFO or device as it is) instead of stdout; never onto a
                          glossary
      --in-place          allow --out to be the article itself
      --encoding <label>  decode the article and glossaries as this (utf-8,
                          windows-1251, koi8-r, windows-1252, …) instead of detecting
      --json              print {"text", "language", "targetLanguage", "changes": [...]}
                          instead ("targetLanguage": the tag whose terms were used)
  -h, --help              show this help

Batch: glossa apply --glossary <file> … --out-dir <dir> [--report] [--jobs N] <files or folders…>
  cleans every .txt/.md article (folders recursively) across N worker threads
  (default: up to 2), writes each beside its relative path under <dir>, --report adds
  <name>.report.html; a summary table follows, and exit 1 names any file that failed.

Exit status: 0 done, 2 bad input or usage (one line on stderr: file:line: what).`;

const OPTIONS = {
  glossary: { type: 'string', short: 'g', multiple: true },
  'target-lang': { type: 'string' },
  'source-lang': { type: 'string' },
  out: { type: 'string', short: 'o' },
  'in-place': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  'out-dir': { type: 'string' },
  report: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  encoding: { type: 'string' },
} as const;

export interface ApplyOptions {
  glossaries: string[];
  targetLanguage?: string;
  sourceLanguage?: string;
}

/** One line on stderr per rule cycle: its rules change nothing, and nobody should be surprised. */
export function warnAboutCycles(compiled: CompiledGlossaries, io: CliIo): void {
  for (const cycle of compiled.cycles) io.stderr(`glossa: warning: ${describeCycle(cycle)}\n`);
}

export async function runApply(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('apply', argv, OPTIONS);
  if (values.help) {
    io.stdout(`${APPLY_HELP}\n`);
    return EXIT_OK;
  }
  if (values['out-dir'] !== undefined) {
    const { runApplyBatch } = await import('./apply-batch');
    return runApplyBatch(values, positionals, io);
  }
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'missing the article to clean' : 'apply takes one article (use --out-dir for a batch)', 'apply');
  }
  const glossaryFiles = values.glossary ?? [];
  if (glossaryFiles.length === 0) throw new UsageError('at least one --glossary is needed', 'apply');
  if (values['in-place'] && values.out === undefined) throw new UsageError('--in-place goes with --out <the article>', 'apply');
  const articleFile = positionals[0] as string;
  refuseStdinTwice([articleFile, ...glossaryFiles], 'apply');
  if (values.out !== undefined) {
    const inputs = [{ file: articleFile, role: 'article' }, ...glossaryFiles.map((file) => ({ file, role: 'glossary' }))];
    await refuseOverwritingInputs(values.out, inputs, io.cwd, 'apply', values['in-place'] ? articleFile : undefined);
  }

  const context = inputContext(io, values.encoding);
  const article = await readArticleFile(articleFile, context);
  const detected = detectLanguage(article.text);
  const targetLanguage = values['target-lang'] ?? detected.iso6391;
  const glossaries = await loadGlossaryFiles(glossaryFiles, context, {
    ...(targetLanguage !== undefined ? { target: targetLanguage } : {}),
    ...(values['source-lang'] !== undefined ? { source: values['source-lang'] } : {}),
  });
  const compiled = compileGlossaries(glossaries, { language: targetLanguage });
  warnAboutCycles(compiled, io);
  const result = applyGlossaries(compiled, article.text);

  const output = values.json
    ? `${JSON.stringify(
        {
          text: result.text,
          language: values['target-lang'] ?? detected.iso6391 ?? detected.language,
          // A termbase may have read another spelling of the language (pt-BR for pt).
          targetLanguage: glossaries.find((glossary) => glossary.format === 'tbx')?.targetLanguage ?? targetLanguage ?? null,
          changes: result.changes.map(({ start, end, from, to, source, glossary }) => ({ start, end, from, to, source, glossary })),
        },
        null,
        2,
      )}\n`
    : result.text;
  if (values.out !== undefined) await writeOutput(values.out, output, io.cwd);
  else io.stdout(output);
  return EXIT_OK;
}
