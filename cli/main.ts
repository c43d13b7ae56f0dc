// The `glossa` command: dispatches to one module per command and turns every error
// into one line on stderr with the right exit code.
import { InputError } from '../core/errors';
import { EXIT_BAD_INPUT, UsageError, type CliIo, type Command } from './io';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  apply: { summary: 'clean an article (or a batch) with correction glossaries', load: async () => (await import('./commands/apply')).runApply },
  diff: { summary: 'word diff and HTER of an MT article against its post-edit', load: async () => (await import('./commands/diff')).run },
  qa: { summary: 'check an article for quotes, spacing, numbers, leftover terms', load: async () => (await import('./commands/qa')).run },
  detect: { summary: 'language of an article and of each paragraph', load: async () => (await import('./commands/detect')).run },
  export: { summary: 'export a post-edit as txt, md, html, docx, json or a report', load: async () => (await import('./commands/export')).run },
};

export const MAIN_HELP = `Usage: glossa <command> [options]

Glossa cleans machine-translated articles with correction glossaries and
reviews post-edits.

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(8)} ${summary}`)
  .join('\n')}

Run 'glossa <command> --help' for a command's options.`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${MAIN_HELP}\n`);
    return name === undefined ? EXIT_BAD_INPUT : 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command '${name}'`);
    return await (await command.load())(rest, io);
  } catch (error) {
    io.stderr(`glossa: ${describeError(error)}\n`);
    return EXIT_BAD_INPUT;
  }
}

function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof UsageError) {
    return `${error.message} (see 'glossa ${error.command !== undefined ? `${error.command} ` : ''}--help')`;
  }
  if (error instanceof Error) return error.message.split('\n')[0] ?? 'unexpected error';
  return String(error);
}
