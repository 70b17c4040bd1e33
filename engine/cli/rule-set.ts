/**
 * The CLI's rule set: built-in rules plus user rule folders (--rules), narrowed by --only/--skip.
 * This is the composition root's job; the engine core is handed the rules it should run.
 * Also the fleet rules of batch and fleet, their thresholds, and the waivers of a run.
 */
import type { RuleDefinition } from '../dsl/rule-types.js';
import { InputError } from '../errors.js';
import type { Waiver } from '../waivers/read-waivers.js';
import type { CliIo } from './io.js';

export interface RuleSetOptions {
  rules?: string[];
  only?: string[];
  skip?: string[];
  skipInvalidRules?: boolean;
}

export interface RuleSet {
  rules: RuleDefinition<string>[];
  /** Rule files that were invalid and skipped (only with skipInvalidRules). */
  skipped: Array<{ file: string; problem: string }>;
}

export async function resolveRuleSet(options: RuleSetOptions): Promise<RuleSet> {
  const { builtInRules } = await import('../../rules/without-tests.js');
  let rules: RuleDefinition<string>[] = [...builtInRules];
  const skipped: RuleSet['skipped'] = [];
  if (options.rules?.length) {
    const { loadRuleFolders } = await import('../rule-files/load-rule-folders.js');
    const loaded = await loadRuleFolders(options.rules, { skipInvalid: options.skipInvalidRules ?? false, known: rules });
    skipped.push(...loaded.skipped);
    const ids = new Set(rules.map((r) => r.id));
    for (const { rule, file } of loaded.rules) {
      if (ids.has(rule.id)) throw new InputError('E_USAGE', `rule id "${rule.id}" is already defined (built-in or in another file)`, { file });
      ids.add(rule.id);
      rules.push(rule);
    }
  }
  rules = select(rules, options.only, options.skip);
  return { rules, skipped };
}

/** --only takes rule ids or categories; --skip takes rule ids. Unknown names are an error. */
function select(rules: RuleDefinition<string>[], only?: string[], skip?: string[]): RuleDefinition<string>[] {
  const known = new Set([...rules.map((r) => r.id), ...rules.map((r) => r.category)]);
  for (const name of [...(only ?? []), ...(skip ?? [])]) {
    if (!known.has(name)) throw new InputError('E_USAGE', `no rule or category named "${name}" (see \`wsus-doctor rules list\`)`);
  }
  let selected = rules;
  if (only?.length) selected = selected.filter((r) => only.includes(r.id) || only.includes(r.category));
  if (skip?.length) selected = selected.filter((r) => !skip.includes(r.id) && !skip.includes(r.category));
  return selected;
}

/** Rule selection and fleet thresholds of batch and fleet. */
export interface FleetRuleSetOptions extends RuleSetOptions {
  reportingDays?: number;
  reportingMinShare?: number;
  minorityShare?: number;
  /** Minutes (--overload-tolerance). */
  overloadTolerance?: number;
  collectionOutlierDays?: number;
}

function shareOption(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!(value >= 0 && value <= 1)) throw new InputError('E_USAGE', `--${name} must be a share between 0 and 1 (e.g. 0.9), not ${value}`);
  return value;
}

/** Per-machine and fleet rules for batch and fleet: --only/--skip name per-machine and fleet rules alike. */
export async function selectRules(options: FleetRuleSetOptions, io: CliIo) {
  const [{ fleetRules }, { DEFAULT_FLEET_OPTIONS }] = await Promise.all([import('../../rules/fleet-without-tests.js'), import('../fleet/fleet-types.js')]);
  const fleetNames = new Set(['fleet', ...fleetRules.map((r) => r.id)]);
  const isFleet = (name: string) => fleetNames.has(name);
  const onlyMachine = options.only?.filter((n) => !isFleet(n));
  const onlyFleet = options.only?.filter(isFleet) ?? [];
  const onlyFleetSelected = !!options.only?.length && !onlyMachine?.length;
  const ruleSet = onlyFleetSelected
    ? { rules: [], skipped: [] }
    : await resolveRuleSet({ rules: options.rules, only: onlyMachine, skip: options.skip?.filter((n) => !isFleet(n)), skipInvalidRules: options.skipInvalidRules });
  for (const skipped of ruleSet.skipped) io.stderr(`wsus-doctor: skipped invalid rule file ${skipped.file}: ${skipped.problem}\n`);
  const selectedFleet = fleetRules.filter(
    (r) => (!options.only?.length || (onlyFleet.length ? onlyFleet.includes(r.id) || onlyFleet.includes('fleet') : false)) && !options.skip?.includes(r.id) && !options.skip?.includes('fleet'),
  );
  const fleetOptions = {
    reportingDays: options.reportingDays ?? DEFAULT_FLEET_OPTIONS.reportingDays,
    reportingMinShare: shareOption(options.reportingMinShare, 'reporting-min-share') ?? DEFAULT_FLEET_OPTIONS.reportingMinShare,
    minorityShare: shareOption(options.minorityShare, 'minority-share') ?? DEFAULT_FLEET_OPTIONS.minorityShare,
    overloadToleranceMinutes: options.overloadTolerance ?? DEFAULT_FLEET_OPTIONS.overloadToleranceMinutes,
    collectionOutlierDays: options.collectionOutlierDays ?? DEFAULT_FLEET_OPTIONS.collectionOutlierDays,
  };
  return { ruleSet, selectedFleet, fleetOptions };
}

/** Reads the waiver files and keeps those that apply (warnings for the others on stderr). */
export async function loadWaivers(files: readonly string[], rules: ReadonlyArray<{ id: string }>, io: CliIo): Promise<Waiver[]> {
  const [{ readWaiverFile }, { activeWaivers }] = await Promise.all([import('../waivers/read-waivers.js'), import('../waivers/apply-waivers.js')]);
  const waivers: Waiver[] = [];
  for (const file of files) waivers.push(...(await readWaiverFile(file)));
  return activeWaivers(waivers, new Set(rules.map((r) => r.id)), (message) => io.stderr(`wsus-doctor: ${message}\n`));
}
