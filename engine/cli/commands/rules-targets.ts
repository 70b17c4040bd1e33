/**
 * What `rules test` and `rules docs` run on: rule files and folders, or built-in rule ids (fleet
 * rules included); no target means every built-in rule, per-machine and fleet. Shared by those
 * commands; returns problems, never exits.
 */
import { existsSync } from 'node:fs';
import type { RuleDefinition } from '../../dsl/rule-types.js';
import type { FleetRuleDefinition } from '../../fleet/fleet-rule.js';
import { formatProblem, isError, type RuleProblem } from '../../rule-files/rule-problems.js';
import type { CliIo } from '../io.js';

export interface RuleTargets {
  rules: RuleDefinition<string>[];
  /** Built-in fleet rules named (all of them when no target is given); rule files are per-machine rules. */
  fleetRules: FleetRuleDefinition[];
  /** Problems of invalid rule files (errors and warnings). */
  problems: RuleProblem[];
  /** Targets that are neither a path nor a built-in rule id. */
  unknown: string[];
  /** Paths given that hold no rule file. */
  empty: string[];
}

export async function resolveRuleTargets(targets: readonly string[]): Promise<RuleTargets> {
  const [{ builtInRules }, { fleetRules }, { checkRuleFiles, listRuleFiles }] = await Promise.all([
    import('../../../rules/index.js'),
    import('../../../rules/fleet/index.js'),
    import('../../rule-files/check-rule-files.js'),
  ]);
  const result: RuleTargets = { rules: [], fleetRules: [], problems: [], unknown: [], empty: [] };
  if (!targets.length) {
    result.rules.push(...builtInRules);
    result.fleetRules.push(...fleetRules);
    return result;
  }
  const byId = new Map(builtInRules.map((r) => [r.id, r]));
  const fleetById = new Map(fleetRules.map((r) => [r.id, r]));
  const paths: string[] = [];
  for (const target of targets) {
    if (existsSync(target)) paths.push(target);
    else if (byId.has(target)) result.rules.push(byId.get(target)!);
    else if (fleetById.has(target)) result.fleetRules.push(fleetById.get(target)!);
    else result.unknown.push(target);
  }
  for (const path of paths) if (!(await listRuleFiles([path])).length) result.empty.push(path);
  const files = await checkRuleFiles(paths);
  for (const file of files) {
    result.problems.push(...file.problems);
    if (file.rule && !file.problems.some(isError)) result.rules.push(file.rule);
  }
  return result;
}

/** Prints unknown targets, empty folders and invalid files on stderr; false when the command cannot go on. */
export function reportTargetProblems(targets: RuleTargets, io: CliIo): boolean {
  for (const name of targets.unknown) io.stderr(`wsus-doctor: "${name}" is neither a rule file or folder nor a built-in rule id (see \`wsus-doctor rules list\`)\n`);
  for (const path of targets.empty) io.stderr(`wsus-doctor: no rule files (.json, .yaml, .yml) in ${path}\n`);
  const errors = targets.problems.filter(isError);
  for (const problem of errors) io.stderr(`${formatProblem(problem)}\n`);
  if (errors.length) io.stderr(`wsus-doctor: ${errors.length} error${errors.length === 1 ? '' : 's'} in rule files: fix them first (\`wsus-doctor rules validate\`)\n`);
  return !targets.unknown.length && !targets.empty.length && !errors.length;
}
