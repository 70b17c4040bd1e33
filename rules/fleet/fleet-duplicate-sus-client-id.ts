/** Knowledge 6.3 / cause 21: clients that share one SusClientId (cloned images): WSUS sees them as one computer. */
import { defineFleetRule, fleetFact } from '../../engine/fleet/fleet-rule.js';
import { KB4025764, WU_CLIENT_AGENTS } from '../references.js';
import { client, server } from './shared/test-fleet.js';

export default defineFleetRule({
  id: 'fleet-duplicate-sus-client-id',
  ref: 'WSUS-0905',
  title: 'Several clients share one SusClientId (imaged machines)',
  severity: 'error',
  category: 'fleet',
  subject: 'fleet',
  appliesTo: { when: fleetFact('fleet.clientCount', 'greaterThan', 1) },
  requires: ['fleet.susClientIds.known'],
  when: fleetFact('fleet.susClientIds.duplicates', 'lengthGreaterThan', 0),
  message: '{{fleet.susClientIds.duplicateClients|count}} clients share a SusClientId with another client: {{fleet.susClientIds.duplicatesText}}.',
  machines: 'fleet.susClientIds.duplicateClients',
  evidence: ['fleet.susClientIds.known'],
  summary: 'Every client has its own SusClientId.',
  rationale:
    'WSUS identifies a computer by its SusClientId (HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate). Machines deployed from an image that was not generalised keep the same id: only one of the clones shows in the WSUS console at a time, and their status and approvals are mixed up.',
  remediation: [
    'On each listed client: Stop-Service wuauserv; remove the SusClientId and SusClientIdValidation values under HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate; Start-Service wuauserv.',
    'Then run wuauclt /resetauthorization /detectnow (or UsoClient StartScan on Windows 10 and later) and /reportnow.',
    'Generalise images with sysprep before capture so new machines get their own id.',
  ],
  references: [WU_CLIENT_AGENTS, KB4025764],
  tests: [
    { name: 'distinct ids pass', machines: [server(), client('PC1'), client('PC2', { ip: '10.0.1.22' })], expect: 'pass' },
    {
      name: 'a shared id fails and names the clones',
      machines: [
        server(),
        client('PC1', { susClientId: 'aaaaaaaa-0000-4000-8000-000000000001' }),
        client('PC2', { ip: '10.0.1.22', susClientId: 'AAAAAAAA-0000-4000-8000-000000000001' }),
        client('PC3', { ip: '10.0.1.23' }),
      ],
      expect: 'fail',
      expectMachines: ['pc1.contoso.com', 'pc2.contoso.com'],
      message: 'aaaaaaaa-0000-4000-8000-000000000001: pc1.contoso.com, pc2.contoso.com',
    },
    {
      name: 'ids not collected is insufficient evidence',
      machines: [
        { role: 'client', facts: { host: { computerName: 'PC1', fqdn: 'pc1.contoso.com' }, windowsUpdateClient: { susClientId: null } } },
        { role: 'client', facts: { host: { computerName: 'PC2', fqdn: 'pc2.contoso.com' }, windowsUpdateClient: { susClientId: null } } },
      ],
      expect: 'insufficientEvidence',
    },
    { name: 'a single client is not applicable', machines: [server(), client('PC1')], expect: 'notApplicable' },
  ],
});
