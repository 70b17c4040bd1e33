// Regenerates docs/rules/ (one page per built-in rule, fleet rules included, plus README.md) through the CLI's own
// `rules docs` command: `node --import tsx scripts/generate-rule-docs.ts`.
// `npm run generate` does the same; its `--check` (run by npm test) fails when docs/rules/ is stale.
import { join } from 'node:path';
import { runRulesDocs } from '../engine/cli/commands/rules-docs.js';
import { processIo } from '../engine/cli/io.js';

const out = join(import.meta.dirname, '..', 'docs', 'rules');
process.exitCode = await runRulesDocs({ targets: [], out }, processIo());
