/** KB 4025764 check 8 across machines: the WUServer of clients names no WSUS server of the batch, or one of them on the wrong port or scheme. */
import { allOf, anyOf, defineFleetRule, fleetFact } from '../../engine/fleet/fleet-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { client, server } from './shared/test-fleet.js';

export default defineFleetRule({
  id: 'fleet-client-target-mismatch',
  ref: 'WSUS-0902',
  title: 'Clients point at no WSUS server of the batch, or at the wrong port or scheme',
  severity: 'error',
  category: 'fleet',
  subject: 'target',
  appliesTo: {},
  requires: ['target.url'],
  when: allOf(fleetFact('target.match', 'in', ['unknown', 'wrongPort', 'wrongScheme']), fleetFact('fleet.serverCount', 'greaterThan', 0)),
  inconclusiveWhen: anyOf(fleetFact('fleet.serverCount', 'equal', 0), fleetFact('target.match', 'equal', 'undecided')),
  inconclusiveMessage: 'cannot match {{target.url}} (used by {{target.clientCount}} clients): {{target.problem}}.',
  message: '{{target.clientCount}} client(s) use WUServer {{target.url}}, but {{target.problem}}. Clients: {{target.clientsText}}.',
  machines: 'target.clients',
  undecidedMachines: 'target.clients',
  noSubjects: 'no client of the batch has a WSUS server configured (UseWUServer = 1 and WUServer)',
  evidence: ['target.server', 'target.serverEndpoints', 'target.expectedUrl'],
  summary: 'Every configured WUServer names a WSUS server of the batch with a port and scheme it answers on.',
  rationale:
    'The WUServer policy must name the WSUS server with its port (8530/8531 on WSUS 6.2 and later, 80/443 before) and, when the server uses SSL, the HTTPS URL with the FQDN on its certificate (knowledge 2.2). A URL that names a decommissioned server, the wrong port or plain HTTP against an SSL-only server makes every scan fail. Matching is by computer name, FQDN, IP address and IIS host headers: a DNS alias of a server in the batch cannot be resolved offline and is reported as unknown.',
  remediation: [
    'Correct the "Specify intranet Microsoft update service location" policy (WUServer and WUStatusServer) of the GPO that applies to these clients, e.g. http://wsus01.contoso.com:8530 or https://wsus01.contoso.com:8531.',
    'With Configuration Manager, make sure no domain GPO overrides the SUP location written by the ConfigMgr client (WUAHandler.log: "Group policy settings were overwritten by a higher authority").',
    'Run gpupdate /force on a client and check WindowsUpdate.log for "WSUS server: <url>".',
    'If the URL is a DNS alias of a server in the batch, add the alias to the server\'s IIS bindings or ignore this finding.',
  ],
  references: [KB4025764, WSUS_CONFIGURE],
  tests: [
    { name: 'client on the right URL passes', machines: [server(), client('PC1')], expect: 'pass' },
    { name: 'a short name of the server matches', machines: [server(), client('PC1', { url: 'http://WSUS01:8530' })], expect: 'pass' },
    { name: 'the server IP address matches', machines: [server(), client('PC1', { url: 'http://10.0.0.10:8530' })], expect: 'pass' },
    {
      name: 'unknown server fails and names the clients',
      machines: [server(), client('PC1'), client('PC2', { url: 'http://oldwsus.contoso.com:8530' }), client('PC3', { url: 'http://oldwsus.contoso.com:8530' })],
      expect: 'fail',
      expectMachines: ['pc2.contoso.com', 'pc3.contoso.com'],
      message: 'no WSUS server of the batch is called oldwsus.contoso.com',
    },
    {
      name: 'wrong port fails',
      machines: [server(), client('PC1', { url: 'http://wsus01.contoso.com' })],
      expect: 'fail',
      expectMachines: ['pc1.contoso.com'],
      message: 'no WSUS endpoint on port 80',
    },
    {
      name: 'plain HTTP against an SSL server fails',
      machines: [server({ usingSsl: true }), client('PC1', { url: 'http://wsus01.contoso.com:8530' })],
      expect: 'fail',
      message: 'requires SSL',
    },
    {
      name: 'HTTPS on the HTTP port fails',
      machines: [server(), client('PC1', { url: 'https://wsus01.contoso.com:8530' })],
      expect: 'fail',
      message: 'does not answer HTTPS on port 8530',
    },
    { name: 'no server in the batch is insufficient evidence', machines: [client('PC1')], expect: 'insufficientEvidence' },
    { name: 'clients without WSUS policy are not applicable', machines: [server(), client('PC1', { url: null })], expect: 'notApplicable' },
  ],
});
