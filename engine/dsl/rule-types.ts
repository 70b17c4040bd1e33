/**
 * The rule model shared by the TypeScript DSL and rule files: metadata is data, the logic is
 * only conditions over fact paths with operators from a closed set.
 */
import type { FactPath } from './fact-paths.js';
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { OperatorName, OperatorValue } from '../operators/operators.js';

export const SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const OUTCOMES = ['fail', 'pass', 'notApplicable', 'insufficientEvidence'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CATEGORIES = [
  'prerequisites',
  'services',
  'iis',
  'iis-log',
  'network',
  'client-policy',
  'client-errors',
  'configmgr',
  'fleet',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * The closed operator vocabulary: names, value types and semantics all come from the one
 * operator table (engine/operators/operators.ts, OPERATOR_TABLE).
 */
export { OPERATOR_NAMES, type OperatorName, type OperatorValue } from '../operators/operators.js';

/** A value taken from another fact instead of a literal. */
export interface FactReference<P extends string = FactPath> {
  fact: P;
}

/** A leaf condition; its value has the type the operator table gives the operator (or is a fact reference). */
export type FactCondition<P extends string = FactPath> = {
  [O in OperatorName]: { fact: P; operator: O; value?: OperatorValue<O> | FactReference<P> };
}[OperatorName];

export type Condition<P extends string = FactPath> =
  | FactCondition<P>
  | { all: Condition<P>[] }
  | { any: Condition<P>[] }
  | { not: Condition<P> };

export interface Reference {
  url: string;
  title: string;
}

export interface Applicability<P extends string = FactPath> {
  /** Machine role the rule is about; omitted = both. */
  role?: 'server' | 'client';
  /** derived.osFamily values the rule is about, e.g. ['2012', '2012R2']. */
  osFamily?: string[];
  /**
   * The rule is about the WSUS role installed on this machine (its service, site, pool, logs,
   * prerequisites): notApplicable where the collector found no WSUS role (`wsusServer.status`
   * notApplicable), e.g. a ConfigMgr site server whose software update point is remote. A
   * wsusServer section that could not be read leaves the rule applicable.
   */
  wsusRole?: boolean;
  /** Further gate over facts: when false the outcome is notApplicable. */
  when?: Condition<P>;
}

/** Partial fact document for a test case, merged over a valid base document of the rule's role. */
export type FactPatch = DeepPartial<FactDocument> & Record<string, unknown>;
export type DeepPartial<T> = T extends readonly (infer U)[] ? readonly DeepPartial<U>[] | U[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> | null } : T;

export interface RuleTestCase {
  name: string;
  /** Role of the base document; defaults to the rule's appliesTo.role, else server. */
  role?: 'server' | 'client';
  /** Patch over the base document: objects merge, lists replace, null deletes a key. */
  facts: FactPatch;
  expect: Outcome;
  /** Substring the diagnosis message must contain. */
  message?: string;
  /** Known gap: documents a false result without hiding it (the runner checks it still is one). */
  knownGap?: boolean;
  /**
   * Healthy but noisy: what a working machine really logs (browser and probe requests, other
   * endpoints' failures, failures that recovered, a log window shorter than a cycle). Such a case
   * must not expect a finding at error or critical severity; every log-based rule has one.
   */
  noise?: boolean;
}

export interface RuleDefinition<P extends string = FactPath> {
  /** Stable kebab-case id, equal to the file name; never reused. */
  id: string;
  /** Short immutable reference, e.g. WSUS-0004. */
  ref: string;
  title: string;
  severity: Severity;
  category: Category;
  appliesTo: Applicability<P>;
  /**
   * Evidence the rule needs. Each entry is a fact path whose section must have been collected
   * (status ok) and, when it goes below the section, whose value must be known. A nested list
   * means "any one of these". Missing evidence gives insufficientEvidence, never a pass.
   */
  requires: Array<P | P[]>;
  /** The problem: when this holds, the outcome is fail. */
  when: Condition<P>;
  /**
   * Evidence that is present but cannot decide (e.g. "KB4039871 or a later rollup" when only
   * unnamed later updates are installed): when this holds and `when` does not, the outcome is
   * insufficientEvidence with `inconclusiveMessage`, never a pass or a false alarm.
   */
  inconclusiveWhen?: Condition<P>;
  inconclusiveMessage?: string;
  /** Diagnosis message; {{path}} and {{path|formatter}} are replaced by fact values; {{#if path}}...{{else}}...{{/if}} keeps a part only when the fact has a value (engine/evaluate/render-message.ts). */
  message: string;
  /** Fact paths whose values are shown as evidence (besides the conditions that matched). */
  evidence?: P[];
  /** Fact paths holding log evidence (an EvidenceCount, its samples, or a list of them). */
  logEvidence?: P[];
  summary: string;
  rationale: string;
  remediation: string[];
  references: Reference[];
  tests: RuleTestCase[];
}
