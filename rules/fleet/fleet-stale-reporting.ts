/** Fleet health: the share of clients that completed a detection in the last N days is below a threshold. */
import { defineFleetRule, fleetFact } from '../../engine/fleet/fleet-rule.js';
import { KB4025764, TRACK_COMPLIANCE } from '../references.js';
import { client, server } from './shared/test-fleet.js';

const fresh = ['PC1', 'PC2', 'PC3', 'PC4', 'PC5', 'PC6', 'PC7', 'PC8', 'PC9'].map((name, i) => client(name, { ip: `10.0.1.${30 + i}` }));

export default defineFleetRule({
  id: 'fleet-stale-reporting',
  ref: 'WSUS-0906',
  title: 'Too few clients completed a detection recently',
  severity: 'warning',
  category: 'fleet',
  subject: 'fleet',
  appliesTo: { when: fleetFact('fleet.clientCount', 'greaterThan', 0) },
  requires: ['fleet.reporting.share', 'fleet.referenceTime'],
  when: fleetFact('fleet.reporting.share', 'lessThan', { fact: 'fleet.reporting.minShare' }),
  message:
    'Only {{fleet.reporting.sharePercent}} of the clients ({{fleet.reporting.reported}} of {{fleet.reporting.considered}}) completed a detection in the {{fleet.reporting.days}} days before {{fleet.referenceTime}} (expected at least {{fleet.reporting.minSharePercent}}). Not reported: {{fleet.reporting.staleClientsText}}.',
  machines: 'fleet.reporting.staleClients',
  evidence: ['fleet.reporting.days', 'fleet.reporting.minShare'],
  summary: 'Enough clients completed a detection recently.',
  rationale:
    'Clients scan against WSUS every 22 hours by default (DetectionFrequency, minus up to 20 %). When a sizeable share of the fleet has not completed a detection for days, clients cannot reach their server or the server cannot answer them: the cause is usually shared (a GPO, a firewall change, an overloaded WsusPool). The reference time is the newest collection time of the batch, so the result does not depend on when the batch runs. Thresholds: --reporting-days and --reporting-min-share.',
  remediation: [
    'Look at the other findings of the listed clients and of their WSUS servers first: they usually name the shared cause.',
    'On one listed client, run a detection (UsoClient StartScan, or wuauclt /detectnow on older systems) and read WindowsUpdate.log (Get-WindowsUpdateLog).',
    'In the WSUS console, compare "Last Status Report" of these computers.',
  ],
  references: [KB4025764, TRACK_COMPLIANCE],
  tests: [
    { name: 'all clients recent passes', machines: [server(), ...fresh], expect: 'pass' },
    {
      name: 'too many stale clients fails and names them',
      machines: [server(), ...fresh.slice(0, 7), client('OLD1', { ip: '10.0.1.90', lastDetect: '2026-10-01T08:00:00Z' }), client('OLD2', { ip: '10.0.1.91', lastDetect: null })],
      expect: 'fail',
      expectMachines: ['old1.contoso.com', 'old2.contoso.com'],
      message: 'Only 78%',
    },
    {
      name: 'a lower threshold passes the same fleet',
      machines: [server(), ...fresh.slice(0, 7), client('OLD1', { ip: '10.0.1.90', lastDetect: '2026-10-01T08:00:00Z' })],
      options: { reportingMinShare: 0.8 },
      expect: 'pass',
    },
    {
      name: 'Windows Update client facts not collected is insufficient evidence',
      machines: [{ role: 'client', facts: { windowsUpdateClient: { status: 'notCollected', susClientId: null, lastDetectSuccessTime: null } } }],
      expect: 'insufficientEvidence',
    },
  ],
});
