// What a command may touch of its process: streams, TTY-ness and the working folder.
// Passing it in (rather than using `process` directly) lets tests run commands in-process.

export interface CliIo {
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  /** Colours, progress bars and the like only when this is true. */
  isTTY: boolean;
  cwd: string;
  /** What an input named `-` reads (process.stdin for the real command). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** A command: parses its own argv (after the command name) and returns the exit code. */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

export const EXIT_OK = 0;
/** `glossa qa`: issues of error severity found; batch: some file failed. */
export const EXIT_FINDINGS = 1;
/** Bad input or usage. */
export const EXIT_BAD_INPUT = 2;

/** Wrong arguments: printed as one line, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(message: string, readonly command?: string) {
    super(message);
  }
}
