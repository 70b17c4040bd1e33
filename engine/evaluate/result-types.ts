/** What evaluating one rule on one machine gives: the outcome and everything a report shows. */
import type { LogEvidence } from '../derive/derived-types.js';
import type { Category, Outcome, Reference, Severity } from '../dsl/rule-types.js';

export interface FactEvidence {
  /** Dotted fact path, e.g. services.items.WsusService.status. */
  path: string;
  /** Its value (undefined = not known). */
  value: unknown;
}

export interface MissingEvidence {
  /** The fact path the rule needed. */
  path: string;
  /** Status of the section it lives in (error, notCollected, notApplicable) or 'absent'. */
  status: string;
  /** The collector's message for that section, when it gave one. */
  message?: string;
}

export interface RuleResult {
  ruleId: string;
  ref: string;
  title: string;
  severity: Severity;
  category: Category;
  outcome: Outcome;
  /** fail: the diagnosis with actual values; other outcomes: why. */
  message: string;
  evidence: FactEvidence[];
  logEvidence: LogEvidence[];
  /** insufficientEvidence: what was missing. */
  missing?: MissingEvidence[];
  remediation: string[];
  references: Reference[];
  /** Set when a waiver suppresses this diagnosis. */
  waived?: { justification: string; expires?: string; waiver?: string };
}
