// What the fleet rules need beyond the catalogue every rule passes (test/rules/catalogue.test.ts:
// registration, file named after the id, unique ids and refs, metadata, references, fail and pass
// cases): a fleet- id, a fail case naming its machines, known operators, and paths that exist in
// the fleet fact roots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fleetRules } from '../../rules/fleet/index.js';
import { OPERATOR_NAMES, type Condition } from '../../engine/dsl/rule-types.js';
import { templatePlaceholders } from '../../engine/evaluate/render-message.js';
import { correlateFleet } from '../../engine/fleet/correlate.js';
import { DEFAULT_FLEET_OPTIONS, type MachineSummary } from '../../engine/fleet/fleet-types.js';
import { resolvePath } from '../../engine/dsl/fact-paths.js';

test('there are at least the six fleet rules of issue 5', () => {
  for (const id of [
    'fleet-client-not-in-iis-log',
    'fleet-client-target-mismatch',
    'fleet-target-audit',
    'fleet-overload-client-timeouts',
    'fleet-duplicate-sus-client-id',
    'fleet-stale-reporting',
  ]) {
    assert.ok(fleetRules.some((r) => r.id === id), id);
  }
});

// A fleet with one subject of every kind, so that every path a rule names can be checked to exist.
const sample: MachineSummary[] = [
  { role: 'server', key: 's', name: 's.contoso.com', file: 's.json', collectedAt: '2026-11-24T12:00:00Z', hasDiagnoses: false, aliases: ['s', 's.contoso.com'], endpoints: [{ scheme: 'http', port: 8530 }], url: 'http://s.contoso.com:8530', iisLog: { from: '2026-11-24T00:00:00Z', to: '2026-11-24T12:00:00Z', clientIps: [] }, overload: { events: 0, intervals: [], samples: [] } },
  { role: 'client', key: 'c', name: 'c.contoso.com', file: 'c.json', collectedAt: '2026-11-24T12:00:00Z', hasDiagnoses: false, ips: ['10.0.0.1'], policyAvailable: true, target: { url: 'http://s.contoso.com:8530', scheme: 'http', host: 's.contoso.com', port: 8530 }, wuClientAvailable: true, susClientId: 'x', lastScanSuccess: { at: '2026-11-24T10:00:00Z', source: 'registry' }, activity: [], timeouts: [] },
];
const correlation = correlateFleet(sample, DEFAULT_FLEET_OPTIONS);
const rootOf = { server: correlation.servers[0]!, target: correlation.targets[0]!, fleet: correlation.fleet };

for (const rule of fleetRules) {
  test(`fleet rule ${rule.id} names its machines and uses valid fleet paths`, () => {
    assert.match(rule.id, /^fleet-[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.equal(rule.category, 'fleet');
    assert.ok(rule.tests.some((t) => t.expect === 'fail' && t.expectMachines), 'a fail case must say which machines the finding names');

    const root = rootOf[rule.subject] as unknown as Record<string, unknown>;
    const paths: string[] = [rule.machines, ...(rule.undecidedMachines ? [rule.undecidedMachines] : []), ...(rule.evidence ?? []), ...(rule.logEvidence ?? [])];
    for (const entry of rule.requires) paths.push(...(Array.isArray(entry) ? entry : [entry]));
    const visit = (c: Condition<string>) => {
      if ('all' in c) c.all.forEach(visit);
      else if ('any' in c) c.any.forEach(visit);
      else if ('not' in c) visit(c.not);
      else {
        assert.ok(OPERATOR_NAMES.includes(c.operator), `unknown operator ${c.operator}`);
        paths.push(c.fact);
        const v = c.value as { fact?: string } | undefined;
        if (v && typeof v === 'object' && typeof v.fact === 'string') paths.push(v.fact);
      }
    };
    visit(rule.when as Condition<string>);
    if (rule.inconclusiveWhen) visit(rule.inconclusiveWhen as Condition<string>);
    if (rule.appliesTo.when) visit(rule.appliesTo.when as Condition<string>);
    for (const template of [rule.message, rule.inconclusiveMessage ?? '']) for (const p of templatePlaceholders(template)) paths.push(p.path);
    for (const path of paths) {
      assert.ok(path.split('.')[0] === rule.subject || path.startsWith('fleet.') || path.startsWith('subject.'), `${path} is not a path of a ${rule.subject} root`);
      const parent = path.split('.').slice(0, -1).join('.');
      assert.ok(resolvePath(root, path) !== undefined || (parent && resolvePath(root, parent) !== undefined), `${path} does not exist in a ${rule.subject} root`);
    }
  });
}
