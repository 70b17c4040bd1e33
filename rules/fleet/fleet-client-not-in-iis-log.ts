/** KB 4025764 check 9 across machines: a client that tried to reach its WSUS server never appears in that server's IIS log. */
import { defineFleetRule, fleetFact } from '../../engine/fleet/fleet-rule.js';
import { KB4025764, SCAN_FAILURES } from '../references.js';
import { client, scanLine, server } from './shared/test-fleet.js';

export default defineFleetRule({
  id: 'fleet-client-not-in-iis-log',
  ref: 'WSUS-0901',
  title: "Clients never seen in their WSUS server's IIS log",
  severity: 'error',
  category: 'fleet',
  subject: 'server',
  appliesTo: { when: fleetFact('server.clientCount', 'greaterThan', 0) },
  requires: ['server.iisAccessLog'],
  when: fleetFact('server.notSeen.clients', 'lengthGreaterThan', 0),
  inconclusiveWhen: fleetFact('server.notSeen.undecided', 'lengthGreaterThan', 0),
  inconclusiveMessage:
    '{{server.notSeen.undecided|count}} client(s) pointing at {{server.name}} are not in its IIS log ({{server.iisAccessLog}}), but none of them was seen trying to reach it while the log was recording: {{server.notSeen.undecidedText}}. Collect the server and these clients at about the same time.',
  message:
    '{{server.notSeen.clients|count}} client(s) pointing at {{server.name}} tried to reach it (a detection or an error) while its IIS log was recording ({{server.iisAccessLog}}), but their IP addresses never appear in it: {{server.notSeen.clientsText}}.',
  machines: 'server.notSeen.machines',
  undecidedMachines: 'server.notSeen.undecidedMachines',
  evidence: ['server.url', 'server.clientCount', 'server.iisAccessLog'],
  summary: 'Every client that points at this server and was active while its IIS log was recording appears in that log.',
  rationale:
    'KB 4025764 asks to look for the client IP in the IIS logs of the WSUS server: when a client that is trying to scan never shows up, its requests do not reach IIS (a firewall, a proxy, DNS pointing elsewhere, or a policy that names another server). Only clients that were seen trying while the server log was recording count; the others are reported as undecided. Clients behind a proxy or NAT appear with the proxy address and are reported here too.',
  remediation: [
    'On an affected client, test the path: Test-NetConnection -ComputerName <WSUS server> -Port <port>, then open http://<server>:<port>/selfupdate/wuident.cab.',
    'Check the HTTPERR log of the server for the client IP (requests rejected by HTTP.sys never reach the IIS log).',
    'Check firewalls, proxies (netsh winhttp show proxy) and DNS between the client and the server.',
    'If the clients reach the server through a proxy or NAT, their requests appear under that address: this finding can then be waived.',
  ],
  references: [KB4025764, SCAN_FAILURES],
  tests: [
    { name: 'client seen in the log passes', machines: [server({}, ['10.0.1.21']), client('PC1', { ip: '10.0.1.21' })], expect: 'pass' },
    {
      name: 'client active in the window but absent fails and names server and client',
      machines: [server({}, ['10.0.1.21']), client('PC1', { ip: '10.0.1.21' }), client('PC2', { ip: '10.0.1.99' })],
      expect: 'fail',
      expectMachines: ['wsus01.contoso.com', 'pc2.contoso.com'],
      message: 'pc2.contoso.com',
    },
    {
      name: 'client absent but active only outside the log window is insufficient evidence',
      machines: [server({}, ['10.0.1.21']), client('PC2', { ip: '10.0.1.99', lastDetect: '2026-11-20T09:30:00Z' })],
      expect: 'insufficientEvidence',
      expectMachines: ['wsus01.contoso.com', 'pc2.contoso.com'],
    },
    {
      name: 'an error event inside the window counts as activity',
      machines: [server({}, ['10.0.1.21']), client('PC2', { ip: '10.0.1.99', lastDetect: null, errors: [['0x80072EFD', '2026-11-24T10:15:00Z']] })],
      expect: 'fail',
      expectMachines: ['wsus01.contoso.com', 'pc2.contoso.com'],
    },
    {
      name: 'IIS log not collected is insufficient evidence',
      machines: [server({ iisCollected: false }), client('PC1')],
      expect: 'insufficientEvidence',
    },
    { name: 'a server without clients is not applicable', machines: [server(), client('PC1', { url: 'http://other.contoso.com:8530' })], expect: 'notApplicable' },
    {
      name: 'clients of another server do not count',
      machines: [
        server({}, ['10.0.1.21']),
        server({ name: 'WSUS02', ip: '10.0.0.11', iisLines: [scanLine('06:00:00', '10.0.2.5'), scanLine('12:00:00', '10.0.2.5')] }),
        client('PC1', { ip: '10.0.1.21' }),
        client('PC3', { ip: '10.0.2.5', url: 'http://wsus02.contoso.com:8530' }),
      ],
      expect: 'pass',
    },
  ],
});
