/** Fleet health: the share of clients that completed a detection in the last N days is below a threshold. */
import { allOf, defineFleetRule, fleetFact } from '../../engine/fleet/fleet-rule.js';
import { KB4025764, TRACK_COMPLIANCE } from '../references.js';
import { client, server } from './shared/test-fleet.js';

const NINE = ['PC1', 'PC2', 'PC3', 'PC4', 'PC5', 'PC6', 'PC7', 'PC8', 'PC9'];
/** Clients with the registry value (Windows 7/8.1, Server 2008 R2-2012 R2). */
const fresh = NINE.map((name, i) => client(name, { ip: `10.0.1.${30 + i}` }));
/** Windows 11 clients: no registry value; WindowsUpdate.log scan successes (local time). */
const win11Log = NINE.map((name, i) => client(name, { ip: `10.0.1.${30 + i}`, lastDetect: null, scans: { log: ['2026-11-20T08:00:00', `2026-11-24T0${i}:12:03`] } }));
/** Windows 11 clients: no registry value, no log scan; WindowsUpdateClient event 26 (UTC). */
const win11Events = NINE.map((name, i) => client(name, { ip: `10.0.1.${30 + i}`, lastDetect: null, scans: { events: [`2026-11-23T1${i}:00:00Z`] } }));
/** Clients with no dated scan evidence at all. */
const noEvidence = (name: string, ip: string) => client(name, { ip, lastDetect: null });

export default defineFleetRule({
  id: 'fleet-stale-reporting',
  ref: 'WSUS-0906',
  title: 'Too few clients completed a detection recently',
  severity: 'warning',
  category: 'fleet',
  subject: 'fleet',
  appliesTo: { when: fleetFact('fleet.clientCount', 'greaterThan', 0) },
  requires: ['fleet.referenceTime'],
  when: allOf(fleetFact('fleet.reporting.considered', 'greaterThan', 0), fleetFact('fleet.reporting.share', 'lessThan', { fact: 'fleet.reporting.minShare' })),
  inconclusiveWhen: fleetFact('fleet.reporting.considered', 'equal', 0),
  inconclusiveMessage:
    'no client has dated scan evidence (no Detect\\LastSuccessTime registry value, which Windows 10/11 do not write, no scan result in WindowsUpdate.log, no WindowsUpdateClient event 25/26): {{fleet.reporting.noEvidenceClientsText}}. Collect WindowsUpdate.log (Get-WindowsUpdateLog) and the WindowsUpdateClient/Operational events.',
  message:
    'Only {{fleet.reporting.sharePercent}} of the clients with dated scan evidence ({{fleet.reporting.reported}} of {{fleet.reporting.considered}}) completed a detection in the {{fleet.reporting.days}} days before their collection (reference time {{fleet.referenceTime}}, the median collection time; expected at least {{fleet.reporting.minSharePercent}}). Not reported: {{fleet.reporting.staleClientsText}}. Without dated scan evidence (not counted): {{fleet.reporting.noEvidenceClientsText}}.',
  machines: 'fleet.reporting.staleClients',
  undecidedMachines: 'fleet.reporting.noEvidenceClients',
  evidence: ['fleet.reporting.days', 'fleet.reporting.minShare', 'fleet.reporting.considered', 'fleet.reporting.noEvidenceClientsText', 'fleet.reporting.outlierClients'],
  summary: 'Enough clients completed a detection recently.',
  rationale:
    'Clients scan against WSUS every 22 hours by default (DetectionFrequency, minus up to 20 %). When a sizeable share of the fleet has not completed a detection for days, clients cannot reach their server or the server cannot answer them: the cause is usually shared (a GPO, a firewall change, an overloaded WsusPool). A client\'s last successful detection is the newest of the registry value Auto Update\\Results\\Detect\\LastSuccessTime (written before Windows 10 only), the last "Found N updates" of a WSUS scan in WindowsUpdate.log (local time: compared with a 14-hour slack in the client\'s favour) and WindowsUpdateClient event 26 (knowledge 8a). A client without any dated scan evidence is unknown, not stale, and is left out of the share. Each client is judged at its own collection time, or at the reference time (the median collection time of the batch, collection-time outliers left out) when that is earlier, so the result depends neither on when the batch runs nor on one file with a wrong clock. Thresholds: --reporting-days and --reporting-min-share.',
  remediation: [
    'Look at the other findings of the listed clients and of their WSUS servers first: they usually name the shared cause.',
    'On one listed client, run a detection (UsoClient StartScan, or wuauclt /detectnow on older systems) and read WindowsUpdate.log (Get-WindowsUpdateLog).',
    'In the WSUS console, compare "Last Status Report" of these computers.',
  ],
  references: [KB4025764, TRACK_COMPLIANCE],
  tests: [
    { name: 'all clients recent (registry value) passes', machines: [server(), ...fresh], expect: 'pass' },
    { name: 'Windows 11 clients without the registry value but with WindowsUpdate.log scan successes pass', machines: [server(), ...win11Log], expect: 'pass' },
    { name: 'Windows 11 clients with event 26 only pass', machines: [server(), ...win11Events], expect: 'pass' },
    {
      name: 'clients with no dated scan evidence at all are insufficient evidence, not a failure',
      machines: [server(), noEvidence('PC1', '10.0.1.30'), noEvidence('PC2', '10.0.1.31'), client('PC3', { ip: '10.0.1.32', lastDetect: null, logCollected: false })],
      expect: 'insufficientEvidence',
      expectMachines: ['pc1.contoso.com', 'pc2.contoso.com', 'pc3.contoso.com'],
      message: 'no client has dated scan evidence',
    },
    {
      name: 'Windows Update client facts and logs not collected is insufficient evidence',
      machines: [
        {
          role: 'client',
          facts: {
            windowsUpdateClient: { status: 'notCollected', susClientId: null, lastDetectSuccessTime: null },
            logs: { windowsUpdate: { status: 'notCollected', message: 'not requested', files: null, format: null } },
          },
        },
      ],
      expect: 'insufficientEvidence',
    },
    {
      name: 'a mixed fleet with 2 of 9 really stale fails naming only them; a client without evidence is not counted',
      machines: [
        server(),
        ...win11Log.slice(0, 4),
        ...win11Events.slice(4, 6),
        fresh[6]!,
        client('OLD1', { ip: '10.0.1.90', lastDetect: null, scans: { log: ['2026-10-01T08:00:00'] } }),
        client('OLD2', { ip: '10.0.1.91', lastDetect: '2026-09-12T08:00:00Z', scans: { events: ['2026-10-02T08:00:00Z'] } }),
        noEvidence('NOLOG', '10.0.1.92'),
      ],
      expect: 'fail',
      expectMachines: ['old1.contoso.com', 'old2.contoso.com'],
      message: 'Only 78% of the clients with dated scan evidence (7 of 9)',
    },
    {
      name: 'too many stale clients (registry value) fails and names them',
      machines: [server(), ...fresh.slice(0, 7), client('OLD1', { ip: '10.0.1.90', lastDetect: '2026-10-01T08:00:00Z' }), client('OLD2', { ip: '10.0.1.91', lastDetect: '2026-09-30T08:00:00Z' })],
      expect: 'fail',
      expectMachines: ['old1.contoso.com', 'old2.contoso.com'],
      message: 'Only 78%',
    },
    {
      name: 'a newer log scan outweighs an old registry value',
      machines: [server(), client('PC1', { lastDetect: '2026-09-01T08:00:00Z', scans: { log: ['2026-11-24T09:12:03'] } })],
      expect: 'pass',
    },
    {
      name: 'a local log time is compared with a 14-hour slack in the client\'s favour',
      machines: [server(), client('PC1', { lastDetect: null, scans: { log: ['2026-11-17T02:00:00'] } })],
      expect: 'pass',
    },
    {
      name: 'the same time with a zone (registry) is stale',
      machines: [server(), client('PC1', { lastDetect: '2026-11-17T02:00:00Z' })],
      expect: 'fail',
      expectMachines: ['pc1.contoso.com'],
    },
    {
      name: 'a client collected in 2031 does not move the reference time',
      machines: [server(), ...fresh.slice(0, 8), client('FUTURE', { ip: '10.0.1.99', collectedAt: '2031-01-02T08:00:00Z', lastDetect: '2031-01-02T07:00:00Z' })],
      expect: 'pass',
    },
    {
      name: 'a lower threshold passes the same fleet',
      machines: [server(), ...fresh.slice(0, 7), client('OLD1', { ip: '10.0.1.90', lastDetect: '2026-10-01T08:00:00Z' })],
      options: { reportingMinShare: 0.8 },
      expect: 'pass',
    },
  ],
});
