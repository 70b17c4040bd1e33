/** Principle 2 of the trust work: a WSUS failure that a later successful scan shows was recovered is a warning, never an error. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { WU_COMMON_ERRORS, WU_LOGS } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN } from './shared/conditions.js';
import { NO_CLIENT_LOGS, etlLog, legacyLog } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT, RECOVERED_TIMEOUT_CLIENT, RECOVERED_TIMEOUT_LEGACY_CLIENT, etlWsusScanOk, etlWsusScanTimesOut } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-wsus-failures-recovered',
  ref: 'WSUS-0075',
  title: 'The client failed to reach WSUS earlier, then scanned successfully',
  severity: 'warning',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES],
  when: fact('derived.clientErrors.recovered.count', 'greaterThan', 0),
  message:
    'The Windows Update client failed {{derived.clientErrors.recovered.count}} time(s) talking to WSUS, last at {{derived.clientErrors.recovered.lastFailure}}, and scanned against WSUS successfully afterwards, at {{derived.clientErrors.recovered.recoveredAt}}: connections work now. Codes: {{derived.clientErrors.recovered.codes|codes}}.',
  evidence: ['derived.policy.wuServer.raw'],
  logEvidence: ['derived.clientErrors.recovered'],
  summary: 'The client logged no WSUS failure that it later recovered from.',
  rationale:
    'Clients retry: a scan that times out while WsusPool recycles or the network blips succeeds at the next attempt (ConfigMgr retries every 30 minutes, Automatic Updates at its next detection). A failure followed by a successful WSUS scan is not an outage, but repeated recoveries are an early sign of the overload KB 4025764 describes (time-outs, 503s). Times are the client\'s own: local time from WindowsUpdate.log, UTC from the event log.',
  remediation: [
    'Nothing is broken now. If these failures recur, compare their times with the WSUS server\'s IIS log (sc-status 503) and HTTPERR (QueueFull, AppOffline) to see whether WsusPool was overloaded or recycling then.',
    'If several clients show the same pattern at the same hours, apply the WsusPool settings of KB 4490414 (queue length 2000, private memory limit 0 or 4-8 GB, no periodic recycling) and the WSUS maintenance of KB 4490644.',
  ],
  references: [KB4025764, WU_LOGS, WU_COMMON_ERRORS],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'a Windows 11 time-out at 08:40 then a successful scan at 09:12 warns', facts: RECOVERED_TIMEOUT_CLIENT, expect: 'fail', message: 'last at 2026-11-24T08:40:31.000' },
    { name: 'the same on a Windows 7 agent warns', facts: RECOVERED_TIMEOUT_LEGACY_CLIENT, expect: 'fail', message: 'afterwards, at 2026-11-24T11:12:09.694' },
    { name: 'a time-out after the last successful scan is not recovered (the error rules report it)', facts: etlLog(...etlWsusScanOk('08:12'), ...etlWsusScanTimesOut('09:40')), expect: 'pass' },
    { name: 'isolated network: Microsoft endpoints fail, WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'an empty legacy log passes', facts: legacyLog(), expect: 'pass' },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    { name: 'servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});
