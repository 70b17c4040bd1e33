// Compiles the built-in rules written as data (rules/data/*.yaml|json) into
// rules/data/index.generated.ts, so the rule set loads synchronously and the CLI parses no YAML
// at start-up. The data files are the source; each is checked as strictly as `rules validate`
// does, and generation fails on any problem. `--check` exits 1 when the generated file is stale
// (a test runs it). Run: node --import tsx scripts/generate-data-rules.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRuleFiles } from '../engine/rules-data/check-rule-files.js';
import { formatProblem } from '../engine/rules-data/rule-problems.js';

const root = join(import.meta.dirname, '..');
const target = join(root, 'rules', 'data', 'index.generated.ts');

export async function generateDataRules(): Promise<string> {
  const checked = await checkRuleFiles([join(root, 'rules', 'data')]);
  const problems = checked.flatMap((c) => c.problems.filter((p) => p.severity === 'error'));
  if (problems.length) throw new Error(`rules/data has invalid rule files:\n${problems.map((p) => formatProblem(p)).join('\n')}`);
  const rules = Object.fromEntries(checked.map((c) => [c.rule!.id, c.rule!]));
  return [
    '/* Generated from rules/data/*.yaml by scripts/generate-data-rules.ts. Do not edit: edit the data files. */',
    "import type { RuleDefinition } from '../../engine/dsl/rule-types.js';",
    '',
    `export const dataRules: Record<string, RuleDefinition<string>> = ${JSON.stringify(rules, null, 2)};`,
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const text = await generateDataRules();
  if (process.argv.includes('--check')) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
      console.error('rules/data/index.generated.ts is stale: run `node --import tsx scripts/generate-data-rules.ts`');
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
    console.log("rules/data/index.generated.ts written");
  }
}
