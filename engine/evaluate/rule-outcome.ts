/**
 * From a rule's evaluated condition blocks to its RuleResult: the outcome (gate, requirements,
 * problem, inconclusive), the message, the evidence values, the log lines and what was missing.
 * Shared by json-rules-engine (JsonRulesEngineEvaluator) and the compiled evaluator, so both shape results
 * with the same code.
 */
import type { LogEvidence } from '../derive/derived-types.js';
import type { Outcome, RuleDefinition } from '../dsl/rule-types.js';
import { resolvePath, sectionOf } from '../dsl/fact-paths.js';
import type { EngineCondition } from './compile-rule.js';
import { renderMessage } from './render-message.js';
import type { FactEvidence, MissingEvidence, RuleResult } from '../model/report-model.js';
import { ruleResultOf } from '../model/build-model.js';
import { notApplicableMessage, passMessage } from '../model/compact-report.js';

export interface EvaluatedCondition extends EngineCondition {
  result?: boolean;
  factResult?: unknown;
  all?: EvaluatedCondition[];
  any?: EvaluatedCondition[];
  not?: EvaluatedCondition;
}

/** One rule's json-rules-engine result (exported for the batch's compiled fast path). */
export interface EngineRuleResult {
  name: string;
  result: boolean;
  conditions: { all: EvaluatedCondition[] };
}

export function toRuleResult(rule: RuleDefinition<string>, engineResult: EngineRuleResult, root: Record<string, unknown>): RuleResult {
  const [gate, requirements, problem, inconclusive] = engineResult.conditions.all;
  let outcome: Outcome;
  let undecided = false;
  if (gate.result === false) outcome = 'notApplicable';
  else if (requirements.result === false) outcome = 'insufficientEvidence';
  else if (problem.result === true) outcome = 'fail';
  else if (inconclusive?.result === true) {
    outcome = 'insufficientEvidence';
    undecided = true;
  } else outcome = 'pass';

  const base: RuleResult = ruleResultOf(rule, outcome, '');
  switch (outcome) {
    case 'notApplicable':
      base.message = notApplicableMessage(rule);
      return base;
    case 'insufficientEvidence': {
      if (undecided) {
        base.message = `Cannot tell: ${renderMessage(rule.inconclusiveMessage ?? 'the evidence does not decide either way', root)}`;
        base.evidence = factEvidence(rule, inconclusive, root);
        return base;
      }
      base.missing = missingEvidence(rule, root);
      base.message = `Cannot tell: ${base.missing.map(describeMissing).join('; ')}.`;
      return base;
    }
    case 'pass':
      base.message = passMessage(rule);
      base.evidence = factEvidence(rule, problem, root);
      return base;
    case 'fail':
      base.message = renderMessage(rule.message, root);
      base.evidence = factEvidence(rule, problem, root);
      base.logEvidence = logEvidence(rule, root);
      return base;
  }
}

/** Which required paths are not known, with their section's status and message. */
export function missingEvidence(rule: RuleDefinition<string>, root: Record<string, unknown>): MissingEvidence[] {
  const missing: MissingEvidence[] = [];
  for (const entry of rule.requires) {
    const alternatives = Array.isArray(entry) ? entry : [entry];
    const unknown = alternatives.map((path) => pathProblem(path, root));
    if (unknown.some((problem) => problem === undefined)) continue;
    for (const problem of unknown) if (problem && !missing.some((m) => m.path === problem.path)) missing.push(problem);
  }
  return missing;
}

function pathProblem(path: string, root: Record<string, unknown>): MissingEvidence | undefined {
  const section = sectionOf(path);
  if (section) {
    const value = resolvePath(root, section) as { status?: string; message?: string } | undefined;
    if (!value) return { path: section, status: 'absent' };
    if (value.status !== 'ok') return { path: section, status: value.status ?? 'absent', message: value.message };
  }
  const value = resolvePath(root, path);
  if (value === undefined || value === null) return { path, status: 'absent' };
  return undefined;
}

function describeMissing(m: MissingEvidence): string {
  const what = m.status === 'absent' ? 'is not in the fact file' : m.status === 'notCollected' ? 'was not collected' : m.status === 'error' ? 'could not be read' : `is ${m.status}`;
  return `${m.path} ${what}${m.message ? ` (${m.message})` : ''}`;
}

/** Values of the evaluated conditions of the problem block, then the rule's own evidence paths. */
function factEvidence(rule: RuleDefinition<string>, problem: EvaluatedCondition, root: Record<string, unknown>): FactEvidence[] {
  const seen = new Set<string>();
  const evidence: FactEvidence[] = [];
  const add = (path: string, value: unknown) => {
    if (seen.has(path)) return;
    seen.add(path);
    evidence.push({ path, value });
  };
  const walk = (c: EvaluatedCondition | undefined) => {
    if (!c) return;
    if (c.all) c.all.forEach(walk);
    else if (c.any) c.any.forEach(walk);
    else if (c.not) walk(c.not);
    else if (c.fact && c.result !== undefined) add(c.path ? `${c.fact}.${c.path}` : c.fact, c.factResult);
  };
  walk(problem);
  for (const path of rule.evidence ?? []) add(path, resolvePath(root, path));
  return evidence;
}

/** Log lines from the rule's logEvidence paths (EvidenceCount, LogEvidence[], or lists of EvidenceCounts). */
function logEvidence(rule: RuleDefinition<string>, root: Record<string, unknown>): LogEvidence[] {
  const lines: LogEvidence[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.text === 'string') lines.push(record as unknown as LogEvidence);
      else if (Array.isArray(record.samples)) record.samples.forEach(collect);
    }
  };
  for (const path of rule.logEvidence ?? []) collect(resolvePath(root, path));
  return lines.slice(0, 20);
}
