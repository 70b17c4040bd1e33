// Compiles the built-in rules written as data (rules/server/*.yaml, rules/client/*.yaml, or .json)
// into one TypeScript module per role folder, rules/<role>/data-rules.generated.ts, so the rule
// set loads synchronously and the CLI parses no YAML at start-up. The data files are the source;
// each is checked as strictly as `rules validate` does, must sit in the folder of its
// `appliesTo.role`, and generation fails on any problem. Each rule becomes a named export (the
// camelCase of its id) that the folder's explicit index.ts registers like a TypeScript rule.
// `--check` exits 1 when a generated file is stale (a test runs it).
// Run: node --import tsx scripts/generate-data-rules.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkRuleFiles } from '../engine/rule-files/check-rule-files.js';
import { formatProblem } from '../engine/rule-files/rule-problems.js';

const root = join(import.meta.dirname, '..');

/** The role folders that hold built-in data rules, beside their TypeScript rules. */
export const DATA_RULE_FOLDERS = ['server', 'client'] as const;

/** Path of the generated module of a role folder, relative to the project root. */
export function generatedModulePath(role: (typeof DATA_RULE_FOLDERS)[number]): string {
  return `rules/${role}/data-rules.generated.ts`;
}

/** The export name of a data rule: its id in camelCase (`wsus-2016-cumulative-update-missing` -> `wsus2016CumulativeUpdateMissing`). */
export function exportName(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Relative path -> content of every generated module (throws on an invalid or misplaced data rule). */
export async function generateDataRules(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const role of DATA_RULE_FOLDERS) {
    const checked = await checkRuleFiles([join(root, 'rules', role)]);
    const problems = checked.flatMap((c) => c.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p)));
    for (const c of checked) {
      if (c.rule && c.rule.appliesTo.role !== role) problems.push(`${c.file}: appliesTo.role is ${c.rule.appliesTo.role ?? 'not set'}: a built-in data rule sits in the folder of its role (rules/${c.rule.appliesTo.role ?? '<role>'}/)`);
    }
    if (problems.length) throw new Error(`rules/${role} has invalid data rule files:\n${problems.join('\n')}`);
    const lines = [
      `/* Generated from rules/${role}/*.yaml by scripts/generate-data-rules.ts. Do not edit: edit the data files. */`,
      "import type { RuleDefinition } from '../../engine/dsl/rule-types.js';",
      '',
    ];
    for (const c of [...checked].sort((a, b) => a.rule!.id.localeCompare(b.rule!.id))) {
      lines.push(`/** rules/${role}/${basename(c.file)} */`, `export const ${exportName(c.rule!.id)}: RuleDefinition<string> = ${JSON.stringify(c.rule, null, 2)};`, '');
    }
    out.set(generatedModulePath(role), lines.join('\n'));
  }
  return out;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const modules = await generateDataRules();
  if (process.argv.includes('--check')) {
    const stale = [...modules].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text).map(([path]) => path);
    if (stale.length) {
      console.error(`${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} stale: run \`node --import tsx scripts/generate-data-rules.ts\``);
      process.exit(1);
    }
  } else {
    for (const [path, text] of modules) {
      writeFileSync(join(root, path), text);
      console.log(`${path} written`);
    }
  }
}
