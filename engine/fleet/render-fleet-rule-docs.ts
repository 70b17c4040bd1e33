/**
 * Markdown pages of fleet rules (the same sections as a per-machine rule's page, over the fleet
 * fact roots) and their entries for the rule-docs index (engine/rule-files/render-rule-docs.ts,
 * a lower layer, takes them as RuleDocEntry).
 */
import type { Condition } from '../dsl/rule-types.js';
import { cell, conditionLines, GENERATED_MARKER, requirement, type RuleDocEntry } from '../rule-files/render-rule-docs.js';
import type { FleetRuleDefinition, FleetRuleTestCase } from './fleet-rule.js';

/** The index entry and page of a fleet rule. */
export function fleetRuleDocEntry(rule: FleetRuleDefinition): RuleDocEntry {
  return { rule, appliesTo: fleetApplicability(rule), page: () => renderFleetRulePage(rule) };
}

const SUBJECTS: Record<FleetRuleDefinition['subject'], string> = {
  server: 'each WSUS server of the batch',
  target: 'each WSUS server URL configured on the clients of the batch',
  fleet: 'the whole batch, once',
};

/**
 * The page of a fleet rule: the same sections as a per-machine rule's page, over the fleet fact
 * roots (`server.*`, `target.*`, `fleet.*`), with the machines a finding names and test cases
 * that describe a small fleet.
 */
export function renderFleetRulePage(rule: FleetRuleDefinition): string {
  const out: string[] = [GENERATED_MARKER, '', `# ${rule.title}`, ''];
  out.push(`\`${rule.id}\` · ${rule.ref} · severity **${rule.severity}** · category \`${rule.category}\` · applies to ${fleetApplicability(rule)}`, '');
  out.push(
    `A fleet rule: \`wsus-doctor batch\` evaluates it across the machines of a batch, once for ${SUBJECTS[rule.subject]}, over the fleet facts it correlates from their fact files (paths under \`${rule.subject}.\`${rule.subject === 'fleet' ? '' : ' and `fleet.`'}).`,
    '',
  );
  out.push('## What it checks', '', `When it passes: ${rule.summary}`, '');
  out.push('The rule **fails** when:', '', ...conditionLines(rule.when as Condition<string>, 0), '');
  if (rule.inconclusiveWhen) {
    out.push('It **cannot tell** (insufficient evidence) when, without a failure:', '', ...conditionLines(rule.inconclusiveWhen as Condition<string>, 0), '');
  }
  if (rule.appliesTo.when) out.push('It is **not applicable** unless:', '', ...conditionLines(rule.appliesTo.when as Condition<string>, 0), '');
  if (rule.noSubjects) out.push(`It is **not applicable** when ${rule.noSubjects}.`, '');
  out.push(`Evidence it needs (otherwise the outcome is insufficient evidence): ${rule.requires.map(requirement).join('; ')}.`, '');
  const undecided = !rule.undecidedMachines ? '' : rule.undecidedMachines === rule.machines ? ' (an insufficient-evidence result too)' : `; an insufficient-evidence result, those in \`${rule.undecidedMachines}\``;
  out.push(`A finding names the machines in \`${rule.machines}\`${undecided}.`, '');
  out.push('Message when it fails:', '', `> ${rule.message}`, '');
  out.push('## Why it matters', '', rule.rationale, '');
  out.push('## How to fix', '', ...rule.remediation.map((step, i) => `${i + 1}. ${step}`), '');
  if (rule.tests.length) {
    out.push('## Examples', '', 'Each example is a small fleet: healthy base documents of each role with only some facts changed, run through the same pipeline as a batch.', '');
    out.push('| Example | Machines | Outcome | Machines named |', '| --- | --- | --- | --- |');
    for (const t of rule.tests) out.push(`| ${cell(t.name)}${t.knownGap ? ' (known gap)' : ''} | ${machinesCell(t)} | ${t.expect} | ${t.expectMachines?.length ? t.expectMachines.map((m) => `\`${m}\``).join(', ') : ''} |`);
    out.push('');
  }
  out.push('## References', '', ...rule.references.map((r) => `- [${r.title}](${r.url})`), '');
  return out.join('\n');
}

export function fleetApplicability(rule: FleetRuleDefinition): string {
  return `the fleet (\`batch\`): ${SUBJECTS[rule.subject]}${rule.appliesTo.when ? ' (with a condition)' : ''}`;
}

/** "1 server, 3 clients", and the thresholds a case changes. */
function machinesCell(t: FleetRuleTestCase): string {
  const count = (role: 'server' | 'client') => t.machines.filter((m) => m.role === role).length;
  const parts = (['server', 'client'] as const).filter((role) => count(role) > 0).map((role) => `${count(role)} ${role}${count(role) === 1 ? '' : 's'}`);
  const options = t.options && Object.keys(t.options).length ? `; thresholds \`${JSON.stringify(t.options).replace(/\|/g, '\\|')}\`` : '';
  return `${parts.join(', ') || 'none'}${options}`;
}

