// Runs the real, built `glossa` binary (bin/glossa.js → dist/cli/glossa.js).
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/glossa.js', import.meta.url));

let built = false;
/** Builds the CLI bundle once per test process, so tests run what users run. */
export function ensureCliBuilt(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  built = true;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export function runGlossa(args: string[], options: { cwd?: string; input?: string } = {}): CliResult {
  ensureCliBuilt();
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout.toString('utf8'),
    stderr: result.stderr.toString('utf8'),
    stdoutBytes: result.stdout,
  };
}
