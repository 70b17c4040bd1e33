/** KB 4025764 cause 5: 0x8024401C request time-outs — WSUS too slow to answer (catalog size, SUSDB, WsusPool). */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, WSUS_BEST_PRACTICES, WSUS_MAINTENANCE_GUIDE } from '../references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN, familyCodesSentence, loggedFamily } from './shared/conditions.js';
import { NO_CLIENT_LOGS, NOT_MANAGED, etlLine, etlLog, eventsOnly, facts, legacyLine, legacyLog, wuClientEvent, legacyWsusCall, etlWsusCall } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT, RECOVERED_TIMEOUT_CLIENT } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-request-timeout-errors',
  ref: 'WSUS-0071',
  title: 'WSUS requests time out (0x8024401C)',
  severity: 'error',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES, 'derived.clientErrors.byFamily.requestTimeout'],
  // The 'requestTimeout' family of engine/knowledge/wu-error-codes.ts: the codes this rule is about, in one place.
  when: loggedFamily('requestTimeout'),
  message:
    'The Windows Update client\'s requests to {{derived.policy.wuServer.raw}} timed out (0x8024401C, WU_E_PT_HTTP_STATUS_REQUEST_TIMEOUT, also used for the agent\'s own web-service time-outs): the WSUS server answers too slowly, usually because of a large catalog of superseded updates, an unmaintained SUSDB or an overloaded WsusPool. ' +
    familyCodesSentence('requestTimeout'),
  evidence: ['derived.policy.wuServer.raw'],
  logEvidence: ['derived.clientErrors.byFamily.requestTimeout'],
  summary: 'The client logged no request time-outs (0x8024401C).',
  rationale:
    '0x8024401C maps HTTP 408, but Windows 10 also logs it for client-side web-service time-outs ("WS error: The operation did not complete within the time allotted", knowledge 4.4, 5.2 caveat). ' +
    'Microsoft lists it with the timeout/auth scan failures (KB 3090184); its WSUS causes are server slowness: superseded-but-not-declined updates above ~1500, missing SUSDB indexes, WsusPool limits, and on Server 2016 hosts missing the KB4039396-era cumulative update (knowledge 1.1, 5.3, section 8 cause 5). ' +
    'The remedy is the maintenance guide KB 4025764 points to (KB 4490644). The xxxx2EE2 WinHTTP time-outs have their own rule (client-timeouts-2ee2).',
  remediation: [
    'Run the WSUS maintenance of KB 4490644 on the WSUS server (and its upstream/downstream): decline superseded updates, run the Server Cleanup Wizard, re-index SUSDB and add the custom indexes (nclLocalizedPropertyID, nclSupercededUpdateID).',
    'Apply the WsusPool settings (private memory limit 0 or 4–8 GB+, queue length 2000, idle time-out 0, ping off, regular recycling 0).',
    'Keep the WSUS host on a current cumulative update (Server 2016: at least KB4039396 / build 14393.1670).',
    'Then scan again from this client; a scan after a time-out continues where it stopped.',
  ],
  references: [KB4025764, WSUS_MAINTENANCE_GUIDE, WSUS_BEST_PRACTICES, SCAN_FAILURES],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'isolated network: Microsoft endpoints (SLS, Store, FoD) fail while WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'a WSUS scan that timed out and then succeeded is not a current failure', noise: true, facts: RECOVERED_TIMEOUT_CLIENT, expect: 'pass' },
    {
      name: 'Windows 10 log "hr = 8024401c" fails',
      facts: etlLog(etlWsusCall('10:08:31.2836183'), etlLine('10:08:31.2836183', 'WebServices', "WS error: There was an error communicating with the endpoint at 'http://wsus01.contoso.com:8530/ClientWebService/client.asmx'.", '676', '10488'),
        etlLine('10:08:31.2836189', 'WebServices', 'WS error: The operation did not complete within the time allotted.', '676', '10488'),
        etlLine('10:08:31.2836379', 'WebServices', 'Web service call failed with hr = 8024401c.', '676', '10488'),
        etlLine('10:08:31.2836412', 'ProtocolTalker', 'SyncUpdates_WithRecovery failed. 0x8024401c', '676', '10488'),
      ),
      expect: 'fail',
      message: '0x8024401C',
    },
    {
      name: 'legacy log fails',
      facts: legacyLog(legacyWsusCall('03:12:45:771'), legacyLine('03:12:45:771', 'PT', 'WARNING: SyncUpdates failure, error = 0x8024401C, soap client error = 10, soap error code = 0, HTTP status code = 408'),
        legacyLine('03:12:45:772', 'Agent', '  * WARNING: Exit code = 0x8024401C'),
      ),
      expect: 'fail',
    },
    {
      name: 'event 25 only fails',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x8024401C.')),
      expect: 'fail',
    },
    {
      name: '2EE2 time-outs alone belong to client-timeouts-2ee2',
      facts: etlLog(etlWsusCall('10:08:31.2836379'), etlLine('10:08:31.2836379', 'WebServices', 'Web service call failed with hr = 80072ee2.')),
      expect: 'pass',
    },
    {
      name: 'with another family\'s code (0x80072EE2) logged too, only this rule\'s codes are named',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x8024401C.'), wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80072EE2.')),
      expect: 'fail',
      message: 'Codes of this kind on this client (1 occurrence(s)): 0x8024401C (HTTP 408 or a client-side web-service timeout).',
    },
    {
      name: 'gateway time-out (0x80244023) belongs to client-proxy-dns-errors',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244023.')),
      expect: 'pass',
    },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    {
      name: 'client not managed by WSUS is not applicable',
      facts: facts(NOT_MANAGED, etlLog(etlWsusCall('10:08:31.2836379'), etlLine('10:08:31.2836379', 'WebServices', 'Web service call failed with hr = 8024401c.'))),
      expect: 'notApplicable',
    },
  ],
});
