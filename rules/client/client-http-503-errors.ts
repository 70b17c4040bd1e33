/** KB 4025764 cause 4: the client gets HTTP 503 (0x80244022) from WSUS — WsusPool stopped or overloaded. */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { HTTPERR_LOGGING, KB4025764, WSUS_BEST_PRACTICES, WSUS_MAINTENANCE_GUIDE } from '../references.js';
import { WSUS_MESSAGES } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN, familyCodesSentence, loggedFamily } from './shared/conditions.js';
import { NO_CLIENT_LOGS, NOT_MANAGED, etlLine, etlLog, eventsOnly, facts, legacyLine, legacyLog, wuClientEvent, legacyWsusCall, etlWsusCall } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT, RECOVERED_TIMEOUT_CLIENT } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-http-503-errors',
  ref: 'WSUS-0066',
  title: 'The client gets HTTP 503 Service Unavailable from WSUS (0x80244022)',
  severity: 'error',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES, 'derived.clientErrors.byFamily.serviceUnavailable'],
  // The 'serviceUnavailable' family of engine/knowledge/wu-error-codes.ts: the codes this rule is about, in one place.
  when: loggedFamily('serviceUnavailable'),
  message:
    'The Windows Update client got HTTP 503 Service Unavailable (0x80244022, WU_E_PT_HTTP_STATUS_SERVICE_UNAVAIL) from {{derived.policy.wuServer.raw}}: WsusPool on the WSUS server is stopped, disabled by rapid-fail protection, recycling at its private memory limit, or its request queue is full. ' +
    familyCodesSentence('serviceUnavailable'),
  evidence: ['derived.policy.wuServer.raw'],
  logEvidence: ['derived.clientErrors.byFamily.serviceUnavailable'],
  summary: 'The client logged no HTTP 503 (0x80244022) from WSUS.',
  rationale:
    '0x80244022 is the agent\'s mapping of HTTP 503 (wuerror.h, knowledge 5.2). For WSUS, 503 means the WsusPool application pool is not serving: stopped, disabled after crashes (WAS 5002, HTTPERR AppOffline), recycling at the private memory limit (WAS 5117) or overloaded (HTTPERR QueueFull/AppPoolTimer) (KB 4025764, WSUS messages and troubleshooting tips; knowledge 4.1, 4.2, 8 cause 4). ' +
    'ConfigMgr logs the same code as "Scan failed with error = 0x80244022" in WUAHandler.log. The server-side proof (IIS 503s, HTTPERR reasons) is checked by the server and fleet rules.',
  remediation: [
    'On the WSUS server: Get-WebAppPoolState -Name WsusPool (Start-WebAppPool -Name WsusPool if stopped); look in the System log for WAS events 5002/5117 and in %SystemRoot%\\System32\\LogFiles\\HTTPERR\\ for AppOffline, QueueFull, AppPoolTimer.',
    'Set WsusPool as KB 4025764/KB 4490414 recommend: private memory limit 0 or at least 4–8 GB (4000000–8000000 KB), queue length 2000, idle time-out 0, ping disabled, regular recycling 0; then iisreset or recycle the pool.',
    'Reduce the load: WSUS maintenance of KB 4490644 (decline superseded updates, cleanup wizard, re-index SUSDB).',
    'Then trigger a scan on this client and check WindowsUpdate.log (or WUAHandler.log) for success.',
  ],
  references: [KB4025764, WSUS_BEST_PRACTICES, WSUS_MAINTENANCE_GUIDE, WSUS_MESSAGES, HTTPERR_LOGGING],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'isolated network: Microsoft endpoints (SLS, Store, FoD) fail while WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'a WSUS scan that timed out and then succeeded is not a current failure', noise: true, facts: RECOVERED_TIMEOUT_CLIENT, expect: 'pass' },
    {
      name: 'legacy log with HTTP status 503 fails',
      facts: legacyLog(legacyWsusCall('10:02:13:201'), legacyLine('10:02:13:201', 'PT', 'WARNING: SyncUpdates failure, error = 0x80244022, soap client error = 10, soap error code = 0, HTTP status code = 503'),
        legacyLine('10:02:13:203', 'PT', 'WARNING: SOAP Fault: 0x000190'),
        legacyLine('10:02:13:204', 'Agent', '  * WARNING: Exit code = 0x80244022'),
      ),
      expect: 'fail',
      message: '0x80244022',
    },
    {
      name: 'Windows 10 log with "hr = 80244022" fails',
      facts: etlLog(etlWsusCall('10:02:13.2010000'), etlLine('10:02:13.2010000', 'WebServices', "WS error: There was an error communicating with the endpoint at 'http://wsus01.contoso.com:8530/ClientWebService/client.asmx'."),
        etlLine('10:02:13.2010003', 'WebServices', "WS error: The server returned HTTP status code '503 (0x1F7)' with text 'Service Unavailable'."),
        etlLine('10:02:13.2010211', 'WebServices', 'Web service call failed with hr = 80244022.'),
      ),
      expect: 'fail',
    },
    {
      name: 'event 25 only fails',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244022.')),
      expect: 'fail',
    },
    {
      name: 'other HTTP status (404) is not a 503',
      facts: etlLog(etlWsusCall('10:02:13.2010211'), etlLine('10:02:13.2010211', 'WebServices', 'Web service call failed with hr = 80244019.')),
      expect: 'pass',
    },
    {
      name: 'with another family\'s code (0x80244019) logged too, only this rule\'s codes are named',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244022.'), wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244019.')),
      expect: 'fail',
      message: 'Codes of this kind on this client (1 occurrence(s)): 0x80244022 (HTTP 503: the service is temporarily overloaded).',
    },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    {
      name: 'client not managed by WSUS is not applicable',
      facts: facts(NOT_MANAGED, eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244022.'))),
      expect: 'notApplicable',
    },
  ],
});
