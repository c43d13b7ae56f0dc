// Entry point of the bundled `glossa` binary.
import { main } from './main';

const code = await main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
  stdin: process.stdin,
});
// Let pending stdout writes drain instead of cutting them off with process.exit().
process.exitCode = code;
