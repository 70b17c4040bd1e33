#!/usr/bin/env node
// Entry point: runs the bundled CLI from dist/ (built by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('wsus-doctor: the CLI is not built yet. Run `npm ci` (or `npm run build`) in the project folder.\n');
  process.exit(2);
}
const { main, installProcessGuards } = await import(pathToFileURL(cli).href);
// Signals, EPIPE on stdout and uncaught exceptions: temporaries removed, one line, a documented exit code.
installProcessGuards();
process.exitCode = await main(process.argv.slice(2));
