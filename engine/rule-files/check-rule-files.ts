/**
 * Checks a set of rule files and folders together: each file on its own (check-rule-file), then
 * what only the set shows: an id or ref used twice, across files or with the rules already
 * known (the built-in ones, handed in by the caller: the engine never imports the rule set).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RuleDefinition } from '../dsl/rule-types.js';
import { checkRuleFile, type CheckedRuleFile } from './check-rule-file.js';
import { ruleFormatOf } from './read-rule-source.js';
import { isError, ruleProblem } from './rule-problems.js';

/** Rule files named by the paths: files as given, folders searched recursively (hidden folders and node_modules skipped). */
export async function listRuleFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return [...new Set(out)];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else if (entry.isFile() && ruleFormatOf(entry.name)) out.push(full);
  }
  return out;
}

/** Checks every rule file under `paths`; `known` rules (e.g. built-in) count for id/ref clashes. */
export async function checkRuleFiles(paths: readonly string[], known: readonly RuleDefinition<string>[] = []): Promise<CheckedRuleFile[]> {
  const files = await Promise.all((await listRuleFiles(paths)).map((file) => checkRuleFile(file)));
  const ids = new Map<string, string>(known.map((r) => [r.id, 'a built-in rule']));
  const refs = new Map<string, string>(known.map((r) => [r.ref, `built-in rule ${r.id}`]));
  for (const checked of files) {
    const data = checked.source?.data as Record<string, unknown> | undefined;
    if (!checked.source || !data) continue;
    const here = (field: 'id' | 'ref') => checked.source!.valueAt([field]);
    const where = (field: 'id' | 'ref') => `${checked.file}:${here(field).line}:${here(field).column}`;
    if (typeof data.id === 'string') {
      const other = ids.get(data.id);
      if (other) checked.problems.push(ruleProblem('R401', checked.file, here('id'), `rule id "${data.id}" is already used by ${other}`));
      else ids.set(data.id, where('id'));
    }
    if (typeof data.ref === 'string') {
      const other = refs.get(data.ref);
      if (other) checked.problems.push(ruleProblem('R402', checked.file, here('ref'), `ref "${data.ref}" is already used by ${other}`));
      else refs.set(data.ref, `${where('ref')}`);
    }
    if (checked.problems.some(isError)) delete checked.rule;
  }
  return files;
}
