/** KB 4025764 / knowledge 5.2: HTTP error statuses from WSUS (other than 503, proxy and time-out ones). */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, WSUS_CONFIGURE, WU_ERROR_REFERENCE } from '../references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN, familyCodesSentence, loggedFamily } from './shared/conditions.js';
import { NO_CLIENT_LOGS, NOT_MANAGED, etlLine, etlLog, eventsOnly, facts, legacyLine, legacyLog, wuClientEvent, legacyWsusCall, etlWsusCall } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT, RECOVERED_TIMEOUT_CLIENT } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-http-status-errors',
  ref: 'WSUS-0067',
  title: 'The WSUS web site answers the client with HTTP errors (400/401/403/404/500 family)',
  severity: 'error',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES, 'derived.clientErrors.byFamily.http'],
  // The 'http' family of engine/knowledge/wu-error-codes.ts: the codes this rule is about, in one place.
  when: loggedFamily('http'),
  message:
    'The Windows Update client got HTTP error statuses from {{derived.policy.wuServer.raw}} (WU_E_PT_HTTP_STATUS_* codes 0x80244016–0x80244024): the WSUS site reached the request and refused or failed it, which points at the IIS configuration of WSUS. ' +
    familyCodesSentence('http'),
  evidence: ['derived.policy.wuServer.raw'],
  logEvidence: ['derived.clientErrors.byFamily.http'],
  summary: 'The client logged no HTTP 400/401/403/404/405/409/410/500/501/505 status errors from WSUS.',
  rationale:
    'The agent maps HTTP statuses to 0x80244016 (400) … 0x80244024 (505) and 0x8024402B (other) (wuerror.h, knowledge 5.2). KB 4025764 and knowledge 4.1 read them for WSUS: ' +
    '401 (0x80244017) anonymous authentication removed from the client web services or proxy authentication; 403 (0x80244018) SSL required on an application while the client uses HTTP (403.4), client certificates, or IIS configuration; ' +
    '404 (0x80244019) a missing WSUS application/virtual directory, the wrong site/port, or a wrong Content path; 500 (0x8024401F) server errors such as 500.24 (ASP.NET impersonation on). ' +
    'They are grouped in one rule because they share the remediation path: read the IIS log status and substatus for this client\'s requests. 503 has its own rule (client-http-503-errors), as do the proxy statuses 407/502/504 and the 408 time-out.',
  remediation: [
    'On the WSUS server, find this client\'s requests in the IIS log (%SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC<siteId>\\, c-ip = client address) and read sc-status/sc-substatus.',
    '401: enable Anonymous authentication on ClientWebService, SimpleAuthWebService, DssAuthWebService, ServerSyncWebService, ReportingWebService (and Content, Selfupdate).',
    '403 / 403.4: when WSUS does not use SSL, no WSUS application may require SSL; when it does, the client URL must be https://<FQDN>:8531 and client certificates must be set to Ignore.',
    '404: compare the applications/virtual directories of the WSUS site with the expected list (ClientWebService, SimpleAuthWebService, Content, Selfupdate, ...) and the Content physical path with ContentDir; check that the WUServer port is the WSUS site\'s.',
    '500: read the substatus (500.24 = turn ASP.NET impersonation off) and %ProgramFiles%\\Update Services\\LogFiles\\SoftwareDistribution.log.',
  ],
  references: [KB4025764, WSUS_CONFIGURE, SCAN_FAILURES, WU_ERROR_REFERENCE],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'isolated network: Microsoft endpoints (SLS, Store, FoD) fail while WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'a WSUS scan that timed out and then succeeded is not a current failure', noise: true, facts: RECOVERED_TIMEOUT_CLIENT, expect: 'pass' },
    {
      name: 'legacy log with 404 on EULA download fails',
      facts: legacyLog(legacyWsusCall('10:11:02:511'), legacyLine('10:11:02:511', 'Misc', 'WARNING: Fail to download eula file http://wsus01.contoso.com:8530/Content/AE/0123456789ABCDEF0123456789ABCDEF01234567.txt with error 0x80244019'),
        legacyLine('10:11:02:513', 'Agent', 'WARNING: Failed to get EULA text, error = 0x80244019'),
      ),
      expect: 'fail',
      message: '0x80244019',
    },
    {
      name: 'Windows 10 log with lower-case 403 code fails',
      facts: etlLog(etlWsusCall('10:11:02.5110000'), etlLine('10:11:02.5110000', 'WebServices', "WS error: The server returned HTTP status code '403 (0x193)' with text 'Forbidden'."),
        etlLine('10:11:02.5110230', 'WebServices', 'Web service call failed with hr = 80244018.'),
      ),
      expect: 'fail',
    },
    {
      name: 'event 25 with 500 fails',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x8024401F.')),
      expect: 'fail',
    },
    {
      name: '503 alone belongs to client-http-503-errors',
      facts: etlLog(etlWsusCall('10:02:13.2010211'), etlLine('10:02:13.2010211', 'WebServices', 'Web service call failed with hr = 80244022.')),
      expect: 'pass',
    },
    {
      name: 'proxy 407 alone belongs to client-proxy-dns-errors',
      facts: etlLog(etlWsusCall('10:02:13.2010211'), etlLine('10:02:13.2010211', 'WebServices', 'Web service call failed with hr = 8024401b.')),
      expect: 'pass',
    },
    {
      name: 'with another family\'s code (0x80244022) logged too, only this rule\'s codes are named',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244019.'), wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244022.')),
      expect: 'fail',
      message: 'Codes of this kind on this client (1 occurrence(s)): 0x80244019 (HTTP 404: the requested URL was not found).',
    },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    {
      name: 'client not managed by WSUS is not applicable',
      facts: facts(NOT_MANAGED, etlLog(etlWsusCall('10:11:02.5110230'), etlLine('10:11:02.5110230', 'WebServices', 'Web service call failed with hr = 80244018.'))),
      expect: 'notApplicable',
    },
  ],
});
