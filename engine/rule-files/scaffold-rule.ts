/**
 * Starter rule files for `wsus-doctor rules new`: a commented YAML rule that is valid and passes
 * its own fail and pass tests as written, or a copy of an existing rule under a new id and ref.
 */
import { stringify } from 'yaml';
import type { RuleDefinition } from '../dsl/rule-types.js';

/** The next free ref PREFIX-NNNN among `used` (LOCAL-0001 when none). */
export function nextRef(used: readonly string[], prefix = 'LOCAL'): string {
  const numbers = used.map((ref) => new RegExp(`^${prefix}-(\\d+)$`).exec(ref)?.[1]).filter(Boolean).map(Number);
  const next = numbers.length ? Math.max(...numbers) + 1 : 1;
  return `${prefix}-${String(next).padStart(4, '0')}`;
}

/** A copy of `from` (a built-in or data rule) as YAML, with a new id and ref. */
export function copyRuleYaml(from: RuleDefinition<string>, id: string, ref: string): string {
  const { id: _id, ref: _ref, ...rest } = from;
  const header = `# Rule ${id}, started from ${from.id} (${from.ref}). Check it: wsus-doctor rules validate <this file>\n`;
  return header + stringify({ id, ref, ...rest }, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** The starter rule: BITS disabled, with comments that explain each field. */
export function starterRuleYaml(id: string, ref: string): string {
  return `# A wsus-doctor rule: one rule per file, the file name is the id.
# Fields: schemas/rule.schema.json. Check: wsus-doctor rules validate <file>. Test: wsus-doctor rules test <file>.
id: ${id}
ref: ${ref}
title: Background Intelligent Transfer Service (BITS) is disabled
severity: warning            # critical | error | warning | info
category: services           # prerequisites | services | iis | iis-log | network | client-policy | client-errors | configmgr | fleet
appliesTo: {}                # role: server | client; osFamily: [2016, 2019]; when: <condition>
requires:                    # evidence the rule needs; when it is missing the outcome is insufficientEvidence
  - services
when:                        # the problem: when this holds the rule fails (all / any / not combine conditions)
  fact: services.items.BITS.startType
  operator: equal
  value: Disabled
message: The BITS service is disabled (start type {{services.items.BITS.startType}}).
summary: The BITS service is not disabled.
rationale: Windows Update clients download update content with BITS, and WSUS servers use it to download from Microsoft Update; with BITS disabled downloads fail.
remediation:
  - "Set the start type back to Manual: Set-Service -Name BITS -StartupType Manual"
references:
  - url: https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-wsus-connection-failures
    title: How to troubleshoot WSUS connection failures (KB 4025764)
tests:                       # facts are merged over a healthy base document of the role
  - name: disabled BITS fails
    facts: { services: { items: { BITS: { startType: Disabled } } } }
    expect: fail
    message: BITS service is disabled
  - name: BITS on manual start passes
    facts: {}
    expect: pass
`;
}
