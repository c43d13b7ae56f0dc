#!/usr/bin/env node
// `glossa` as npm links it: runs the bundle `npm install` built (the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/glossa.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write("glossa: the command line is not built yet; run 'npm run build:cli' (npm install does it)\n");
  process.exit(2);
}
await import(bundle);
