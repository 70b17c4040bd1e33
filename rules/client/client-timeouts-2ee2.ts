/** KB 4025764: xxxx2ee2 time-outs on clients point at an overloaded WSUS server (WsusPool 503s, too many clients). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_BEST_PRACTICES, WSUS_MAINTENANCE_GUIDE } from '../references.js';
import { WU_COMMON_ERRORS } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN } from './shared/conditions.js';
import { NO_CLIENT_LOGS, NOT_MANAGED, etlLine, etlLog, eventsOnly, facts, legacyLine, legacyLog, wuClientEvent } from './shared/test-facts.js';

export default defineRule({
  id: 'client-timeouts-2ee2',
  ref: 'WSUS-0065',
  title: 'The client logs xxxx2EE2 time-outs (0x80072EE2) talking to WSUS',
  severity: 'error',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES, 'derived.clientErrors.timeouts2ee2'],
  when: fact('derived.clientErrors.timeouts2ee2.count', 'greaterThan', 0),
  message:
    'The Windows Update client logged {{derived.clientErrors.timeouts2ee2.count}} time-out(s) with a code ending in 2EE2 (0x80072EE2 = ERROR_WINHTTP_TIMEOUT) while talking to {{derived.policy.wuServer.raw}}. ' +
    'KB 4025764 ties these to the WSUS server: WsusPool answering 503 or queueing because too many clients connect (memory-limit recycles, full request queue), or a path that drops the connection. ' +
    'Codes seen on this client: {{derived.clientErrors.codes|codes}}.',
  evidence: ['derived.policy.wuServer.raw', 'derived.clientErrors.knownCodes'],
  logEvidence: ['derived.clientErrors.timeouts2ee2'],
  summary: 'The client logged no xxxx2EE2 (WinHTTP time-out) errors.',
  rationale:
    'KB 4025764: if clients fail with "xxxx2ee2" errors, the WSUS server is likely overloaded (WsusPool returning 503 / too many client connections); the fix is the WsusPool settings and the WSUS maintenance of KB 4490644. ' +
    '0x2EE2 is WinHTTP error 12002 ERROR_WINHTTP_TIMEOUT; any HRESULT with that low word is the same time-out (knowledge 5.1, 5.3). ' +
    'The client alone cannot prove the server cause: pairing these time-outs with the server\'s IIS/HTTPERR 503s is done by the fleet rules; a single client with time-outs and a healthy server points at the network path or a proxy instead.',
  remediation: [
    'On the WSUS server, look for 503s at the same times: IIS log %SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC<siteId>\\ (sc-status 503) and %SystemRoot%\\System32\\LogFiles\\HTTPERR\\ (reasons AppOffline, QueueFull, AppPoolTimer); collect the server\'s facts and run wsus-doctor on them with this client.',
    'Apply the WsusPool settings from KB 4025764/KB 4490414: private memory limit 0 or at least 4–8 GB (4000000–8000000 KB), queue length 2000, idle time-out 0, ping disabled, regular recycling 0.',
    'Run the WSUS maintenance of KB 4490644: decline superseded updates (more than 1500 superseded but not declined causes client time-outs), run the Server Cleanup Wizard, re-index SUSDB with the custom indexes.',
    'Check the path from this client: Test-NetConnection -ComputerName <WSUS FQDN> -Port 8530 and Invoke-WebRequest -UseBasicParsing http://<WSUS FQDN>:8530/ClientWebService/wusserverversion.xml; check the proxy with netsh winhttp show proxy; if only this client is affected, take a network trace.',
  ],
  references: [KB4025764, WSUS_MAINTENANCE_GUIDE, WSUS_BEST_PRACTICES, WU_COMMON_ERRORS],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    {
      name: 'legacy WindowsUpdate.log time-outs fail',
      facts: legacyLog(
        legacyLine('09:40:02:417', 'PT', 'WARNING: SyncUpdates failure, error = 0x80072EE2, soap client error = 5, soap error code = 0, HTTP status code = 200'),
        legacyLine('09:40:02:418', 'PT', 'WARNING: SyncServerUpdatesInternal failed: 0x80072ee2'),
        legacyLine('09:40:02:420', 'Agent', '  * WARNING: Failed to synchronize, error = 0x80072EE2'),
        legacyLine('09:40:02:455', 'Agent', '  * WARNING: Exit code = 0x80072EE2'),
      ),
      expect: 'fail',
      message: '0x80072EE2',
    },
    {
      name: 'Windows 10 log with lower-case hex without 0x fails',
      facts: etlLog(
        etlLine('09:40:01.9876543', 'WebServices', "WS error: There was an error communicating with the endpoint at 'http://wsus01.contoso.com:8530/ClientWebService/client.asmx'."),
        etlLine('09:40:01.9876549', 'WebServices', 'WS error: The operation timed out'),
        etlLine('09:40:01.9876811', 'WebServices', 'Web service call failed with hr = 80072ee2.'),
        etlLine('09:40:01.9877012', 'ProtocolTalker', 'SyncUpdates_WithRecovery failed. 0x80072ee2'),
        etlLine('09:40:01.9877200', 'Agent', 'Exit code = 0x80072EE2'),
      ),
      expect: 'fail',
    },
    {
      name: 'event 25 only (WindowsUpdate.log not collected) fails',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80072EE2.')),
      expect: 'fail',
    },
    {
      name: 'other errors without time-outs pass',
      facts: etlLog(etlLine('09:40:01.9876811', 'WebServices', 'Web service call failed with hr = 8024401c.')),
      expect: 'pass',
    },
    {
      name: 'clean event log with WindowsUpdate.log not collected passes',
      facts: eventsOnly(wuClientEvent(26, 'Windows Update successfully found 0 updates.', '2026-11-24T09:30:00Z', 'Information')),
      expect: 'pass',
    },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    {
      name: 'client not managed by WSUS is not applicable (its time-outs concern Microsoft Update)',
      facts: facts(NOT_MANAGED, etlLog(etlLine('09:40:01.9876811', 'WebServices', 'Web service call failed with hr = 80072ee2.'))),
      expect: 'notApplicable',
    },
  ],
});
