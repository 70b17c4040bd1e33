/** Fleet target audit: clients grouped by configured WSUS URL; minority URLs and URLs naming no server of the batch are flagged. */
import { defineFleetRule, fleetFact } from '../../engine/fleet/fleet-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { client, server } from './shared/test-fleet.js';

const majority = ['PC1', 'PC2', 'PC3', 'PC4', 'PC5', 'PC6', 'PC7', 'PC8', 'PC9', 'PC10'].map((name, i) => client(name, { ip: `10.0.1.${30 + i}` }));

export default defineFleetRule({
  id: 'fleet-target-audit',
  ref: 'WSUS-0903',
  title: 'Some clients use a minority or unknown WSUS URL',
  severity: 'info',
  category: 'fleet',
  subject: 'fleet',
  appliesTo: { when: fleetFact('fleet.targets.clients', 'greaterThan', 0) },
  requires: ['fleet.targets.groups'],
  when: fleetFact('fleet.targets.flagged', 'lengthGreaterThan', 0),
  message:
    '{{fleet.targets.flaggedClients|count}} client(s) use a WSUS URL that fewer than {{fleet.targets.minoritySharePercent}} of the clients use or that names no server of the batch: {{fleet.targets.flaggedText}}.',
  machines: 'fleet.targets.flaggedClients',
  evidence: ['fleet.targets.all', 'fleet.targets.groups'],
  summary: 'The clients use a few WSUS URLs, each naming a server of the batch.',
  rationale:
    'In a managed fleet the WUServer policy comes from a handful of GPOs or ConfigMgr site settings, so each WSUS URL is shared by many clients. A URL used by only a few clients (a spelling variant, an old GPO, a hand-edited registry) or one that names no server of the batch is where misconfigured clients hide. This audit lists every URL with its share; small branch servers may legitimately be minorities.',
  remediation: [
    'For each flagged URL, find the GPO or ConfigMgr setting that writes it: gpresult /scope computer /h gp.html on one of the clients.',
    'Align spelling variants (short name vs FQDN, port) with the URL the other clients use, or document the branch server.',
  ],
  references: [KB4025764, WSUS_CONFIGURE],
  tests: [
    { name: 'one shared URL passes', machines: [server(), ...majority], expect: 'pass' },
    {
      name: 'a spelling variant used by few clients is flagged',
      machines: [server(), ...majority, client('PC11', { url: 'http://WSUS01:8530', ip: '10.0.1.50' })],
      options: { minorityShare: 0.1 },
      expect: 'fail',
      expectMachines: ['pc11.contoso.com'],
      message: 'http://wsus01:8530',
    },
    {
      name: 'a URL naming no server is flagged even when common',
      machines: [server(), client('PC1'), client('PC2', { url: 'http://old.contoso.com:8530' })],
      expect: 'fail',
      expectMachines: ['pc2.contoso.com'],
      message: 'no server of the batch',
    },
    { name: 'no client with a WSUS URL is not applicable', machines: [server(), client('PC1', { url: null })], expect: 'notApplicable' },
  ],
});
