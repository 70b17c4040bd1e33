/**
 * Runs the fleet rules over the machine summaries of a batch: correlate into fact roots,
 * evaluate each rule on every subject of its kind with the same JsonRulesEngineEvaluator
 * (json-rules-engine) the per-machine rules use, and shape the results for the report.
 *
 * Per rule: every failing subject is one finding (e.g. one per affected server) naming its
 * machines; every undecided subject is one insufficientEvidence result; when there is
 * neither, one result says the rule passed (or did not apply) over the batch.
 */
import { JsonRulesEngineEvaluator } from '../evaluate/json-rules-engine-evaluator.js';
import type { RuleResult } from '../model/report-model.js';
import { resolvePath } from '../dsl/fact-paths.js';
import type { FleetResult as ModelFleetResult, FleetSection } from '../model/report-model.js';
import { ruleResultOf } from '../model/build-model.js';
import { correlateFleet } from './correlate.js';
import { asEvaluatorRule, type FleetRuleDefinition } from './fleet-rule.js';
import { DEFAULT_FLEET_OPTIONS, type FleetFactRoot, type FleetOptions, type FleetSubjectKind, type FleetMachine, type MachineSummary } from './fleet-types.js';

export type FleetResult = ModelFleetResult;

const KIND_NAMES: Record<FleetSubjectKind, string> = { server: 'WSUS servers', target: 'configured WSUS URLs', fleet: 'the batch' };

export class FleetEvaluator {
  private readonly evaluators = new Map<FleetSubjectKind, { evaluator: JsonRulesEngineEvaluator; rules: FleetRuleDefinition[] }>();

  constructor(readonly rules: readonly FleetRuleDefinition[]) {
    const ids = new Set<string>();
    for (const rule of rules) {
      if (ids.has(rule.id)) throw new Error(`duplicate fleet rule id "${rule.id}"`);
      ids.add(rule.id);
    }
    for (const kind of ['server', 'target', 'fleet'] as const) {
      const ofKind = rules.filter((r) => r.subject === kind);
      if (ofKind.length) this.evaluators.set(kind, { evaluator: new JsonRulesEngineEvaluator(ofKind.map(asEvaluatorRule)), rules: ofKind });
    }
  }

  /** Fleet findings and the server table for a batch's machine summaries, or what the fleet stage keeps of them (superseded files already left out). */
  async evaluate(machines: readonly (FleetMachine | MachineSummary)[], options: FleetOptions = DEFAULT_FLEET_OPTIONS): Promise<FleetSection> {
    const correlation = correlateFleet(machines, options);
    const roots: Record<FleetSubjectKind, FleetFactRoot[]> = { server: correlation.servers, target: correlation.targets, fleet: [correlation.fleet] };
    const byRule = new Map<string, FleetResult[]>();
    for (const [kind, { evaluator, rules }] of this.evaluators) {
      const perRule = new Map<string, Array<{ result: RuleResult; root: FleetFactRoot }>>(rules.map((r) => [r.id, []]));
      for (const root of roots[kind]) {
        const results = await evaluator.evaluateRoot(root as unknown as Record<string, unknown>);
        for (const result of results) perRule.get(result.ruleId)!.push({ result, root });
      }
      for (const rule of rules) byRule.set(rule.id, aggregate(rule, perRule.get(rule.id)!));
    }
    const results = this.rules.flatMap((rule) => byRule.get(rule.id) ?? []);
    return { results, servers: correlation.serverTable };
  }
}

function machinesAt(root: FleetFactRoot, path: string | undefined): string[] | undefined {
  if (!path) return undefined;
  const value = resolvePath(root, path);
  return Array.isArray(value) && value.length ? value.map(String) : undefined;
}

function aggregate(rule: FleetRuleDefinition, evaluated: Array<{ result: RuleResult; root: FleetFactRoot }>): FleetResult[] {
  const out: FleetResult[] = [];
  for (const { result, root } of evaluated) {
    if (result.outcome === 'fail') out.push(withSubject(result, root, machinesAt(root, rule.machines)));
  }
  for (const { result, root } of evaluated) {
    if (result.outcome === 'insufficientEvidence') {
      const named = machinesAt(root, rule.undecidedMachines) ?? (root.subject.kind === 'fleet' ? undefined : machinesAt(root, rule.machines));
      out.push(withSubject(result, root, named));
    }
  }
  if (out.length) return out;
  if (evaluated.length === 0) {
    return [
      {
        ...ruleResultOf(rule, 'notApplicable', `Not applicable: ${rule.noSubjects ?? `the batch has no ${KIND_NAMES[rule.subject]}`}.`),
        subject: rule.subject === 'fleet' ? 'fleet' : KIND_NAMES[rule.subject],
      },
    ];
  }
  const passed = evaluated.filter((e) => e.result.outcome === 'pass');
  const representative = passed[0] ?? evaluated[0]!;
  const result = withSubject(representative.result, representative.root, undefined);
  if (rule.subject !== 'fleet') {
    result.subject = `${evaluated.length} ${KIND_NAMES[rule.subject]}`;
    if (passed.length) result.message = `${result.message} (${passed.length} of ${evaluated.length} ${KIND_NAMES[rule.subject]} checked)`;
    result.evidence = [];
  }
  return [result];
}

function withSubject(result: RuleResult, root: FleetFactRoot, machines: string[] | undefined): FleetResult {
  const out: FleetResult = { ...result, subject: root.subject.name };
  if (machines) out.machines = machines;
  return out;
}
