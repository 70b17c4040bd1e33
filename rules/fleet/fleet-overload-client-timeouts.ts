/** KB 4025764 check 4 across machines: the server returned 503 / HTTPERR overload entries while its clients logged 0x80072EE2 / 0x80244022. */
import { defineFleetRule, fleetFact } from '../../engine/fleet/fleet-rule.js';
import { HTTPERR_LOGGING, KB4025764, WSUS_BEST_PRACTICES } from '../references.js';
import { client, httpErrLine, scanLine, server } from './shared/test-fleet.js';

const overloaded = server(
  {
    iisLines: [scanLine('06:00:00', '10.0.1.21'), scanLine('10:00:05', '10.0.1.22', 503), scanLine('10:02:00', '10.0.1.23', 503), scanLine('12:00:00', '10.0.1.21')],
    httpErrLines: [httpErrLine('10:01:00', '10.0.1.22', 'QueueFull'), httpErrLine('10:03:00', '10.0.1.24', 'AppOffline')],
  },
  [],
);

export default defineFleetRule({
  id: 'fleet-overload-client-timeouts',
  ref: 'WSUS-0904',
  title: 'WSUS server overloaded while its clients time out',
  severity: 'error',
  category: 'fleet',
  subject: 'server',
  appliesTo: { when: fleetFact('server.clientCount', 'greaterThan', 0) },
  requires: ['server.overload.logs'],
  when: fleetFact('server.overload.affectedClients', 'lengthGreaterThan', 0),
  message:
    '{{server.name}} answered 503 or dropped requests ({{server.overload.logs}}: {{server.overload.intervals|list}}) and {{server.overload.affectedClients|count}} of its clients logged time-outs or 503 errors in the same window: {{server.overload.clientErrorsText}}.',
  machines: 'server.overload.machines',
  evidence: ['server.url', 'server.clientCount'],
  logEvidence: ['server.overload.samples'],
  summary: 'No client of this server logged time-outs while the server was overloaded.',
  rationale:
    'KB 4025764: client errors 0x80072EE2 (xxxx2EE2, the HTTP request timed out) and 0x80244022 (HTTP 503) usually mean that WsusPool is overloaded, recycling or stopped, which the server logs as 503 in its IIS log and as QueueFull, AppOffline or AppPoolTimer in HTTPERR. One finding per server names the clients whose errors fall within the server\'s overload intervals (times without a zone, from WindowsUpdate.log, are matched with a 14-hour slack).',
  remediation: [
    'Set the WsusPool limits recommended for WSUS: Private Memory Limit 0 or 4-8 GB and more, Queue Length 2000, Regular Time Interval 0, Idle Time-out 0, Ping Enabled False (KB 4490414).',
    'Run WSUS maintenance: decline superseded updates, run the clean-up wizard, re-index SUSDB (KB 4490644).',
    'If WsusPool was disabled (HTTPERR AppOffline, WAS event 5002), start it and find the crash in the Application log.',
    'Spread scan load: ConfigMgr clients retry every 30 minutes; consider more SUPs sharing one SUSDB for large fleets.',
  ],
  references: [KB4025764, WSUS_BEST_PRACTICES, HTTPERR_LOGGING],
  tests: [
    { name: 'no overload passes', machines: [server({}, ['10.0.1.21']), client('PC1', { errors: [['0x80072EE2', '2026-11-24T10:05:00Z']] })], expect: 'pass' },
    {
      name: 'timeouts inside the overload window fail and name server and clients',
      machines: [
        overloaded,
        client('PC1', { ip: '10.0.1.22', errors: [['0x80072EE2', '2026-11-24T10:20:00Z']] }),
        client('PC2', { ip: '10.0.1.23', errors: [['0x80244022', '2026-11-24T10:02:30Z']] }),
        client('PC3', { ip: '10.0.1.21', errors: [['0x80072EE2', '2026-11-24T15:00:00Z']] }),
        client('PC4', { ip: '10.0.1.24' }),
      ],
      expect: 'fail',
      expectMachines: ['wsus01.contoso.com', 'pc1.contoso.com', 'pc2.contoso.com'],
      message: '0x80244022',
    },
    {
      name: 'other errors in the window do not count',
      machines: [overloaded, client('PC1', { ip: '10.0.1.22', errors: [['0x80072EFD', '2026-11-24T10:05:00Z']] })],
      expect: 'pass',
    },
    {
      name: 'logs not collected is insufficient evidence',
      machines: [
        { role: 'server', facts: { logs: { iisW3c: { status: 'notCollected', files: null, format: null, maxAgeDays: null, maxBytes: null }, httpErr: { status: 'notCollected', files: null, format: null, maxAgeDays: null } } } },
        client('PC1'),
      ],
      expect: 'insufficientEvidence',
    },
  ],
});
