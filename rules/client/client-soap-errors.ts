/** KB 4025764 causes 7 and 18: WSUS returns SOAP faults or error pages instead of answers. */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, WSUS_MAINTENANCE_GUIDE } from '../references.js';
import { ERROR_80244007, WSUS_MESSAGES } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN, familyCodesSentence, loggedFamily } from './shared/conditions.js';
import { NO_CLIENT_LOGS, NOT_MANAGED, etlLine, etlLog, eventsOnly, facts, legacyLine, legacyLog, wuClientEvent, legacyWsusCall, etlWsusCall } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT, RECOVERED_TIMEOUT_CLIENT } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-soap-errors',
  ref: 'WSUS-0073',
  title: 'WSUS answers the client with SOAP faults (0x80244007, 0x80244008, 0x8024400D, 0x8024400E)',
  severity: 'error',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES, 'derived.clientErrors.byFamily.soap'],
  // The 'soap' family of engine/knowledge/wu-error-codes.ts: the codes this rule is about, in one place.
  when: loggedFamily('soap'),
  message:
    'The Windows Update client reached {{derived.policy.wuServer.raw}} but the WSUS web service answered with a SOAP fault or an error page: the server failed to process the request (web service limits, a server-side exception, or SUSDB problems). ' +
    familyCodesSentence('soap'),
  evidence: ['derived.policy.wuServer.raw'],
  logEvidence: ['derived.clientErrors.byFamily.soap'],
  summary: 'The client logged no SOAP faults from WSUS (0x80244007, 0x80244008, 0x8024400D, 0x8024400E).',
  rationale:
    'The WSUS web services answer with SOAP; these codes mean the answer was a fault (wuerror.h, knowledge 5.3): 0x80244007 with "InvalidParameters … InstalledNonLeafUpdateIDs" in the server\'s SoftwareDistribution.log when a client has more than 400 installed prerequisites (KB 4096317, KB 4025764 cause 7); ' +
    '0x80244008 when the server returns an error page instead of SOAP, e.g. a reporting table over a million rows (KB 909131); 0x8024400E for server-side exceptions and SUSDB trouble (KB 954960, cause 18); 0x8024400D for requests the server logic rejects. ' +
    'The connection itself works: the cause is on the WSUS server, found in its SoftwareDistribution.log.',
  remediation: [
    'Read %ProgramFiles%\\Update Services\\LogFiles\\SoftwareDistribution.log on the WSUS server at the time of the failure (ThrowException / ErrorCode lines name the cause).',
    '0x80244007 with InstalledNonLeafUpdateIDs: in %ProgramFiles%\\Update Services\\WebServices\\ClientWebService\\web.config raise maxInstalledPrerequisites from 400 to 800, then run IISReset (KB 4096317).',
    '0x8024400E / 0x80244008: check SUSDB health (WID/SQL service running, no SQL time-outs in SoftwareDistribution.log) and run the WSUS maintenance of KB 4490644 (cleanup, re-index).',
    'Then scan again from the client.',
  ],
  references: [ERROR_80244007, KB4025764, WSUS_MAINTENANCE_GUIDE, WSUS_MESSAGES, SCAN_FAILURES],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'isolated network: Microsoft endpoints (SLS, Store, FoD) fail while WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'a WSUS scan that timed out and then succeeded is not a current failure', noise: true, facts: RECOVERED_TIMEOUT_CLIENT, expect: 'pass' },
    {
      name: 'Windows 10 "*FAILED* [80244007]" (bracketed, no 0x) fails',
      facts: etlLog(etlWsusCall('07:44:18.5120000'), etlLine('07:44:18.5120000', 'ProtocolTalker', 'SOAP Fault: 0x000190'),
        etlLine('07:44:18.5120005', 'ProtocolTalker', 'faultstring:Fault occurred'),
        etlLine('07:44:18.5120011', 'ProtocolTalker', 'ErrorCode:InvalidParameters(7)'),
        etlLine('07:44:18.5120017', 'ProtocolTalker', 'Message:parameters.InstalledNonLeafUpdateIDs'),
        etlLine('07:44:18.5120210', 'ProtocolTalker', '*FAILED* [80244007] SyncUpdates_WithRecovery failed'),
      ),
      expect: 'fail',
      message: '0x80244007',
    },
    {
      name: 'legacy log SOAP server error fails',
      facts: legacyLog(legacyWsusCall('06:31:20:204', undefined, '788', 'ee4'), legacyLine('06:31:20:204', 'PT', 'WARNING: SyncUpdates failure, error = 0x8024400E, soap client error = 7, soap error code = 400, HTTP status code = 200', '788', 'ee4'),
        legacyLine('06:31:20:206', 'PT', 'WARNING: SOAP Fault: 0x00012c', '788', 'ee4'),
        legacyLine('06:31:20:207', 'PT', 'WARNING:     ErrorCode:InternalServerError(5)', '788', 'ee4'),
      ),
      expect: 'fail',
    },
    {
      name: 'event 25 only fails',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244008.')),
      expect: 'fail',
    },
    {
      name: 'with another family\'s code (0x80244010) logged too, only this rule\'s codes are named',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244007.'), wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244010.')),
      expect: 'fail',
      message: 'Codes of this kind on this client (1 occurrence(s)): 0x80244007 (The server answered with a SOAP fault).',
    },
    {
      name: 'transient protocol errors the client retries (0x80244015 cache refresh) are not SOAP faults',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244015.')),
      expect: 'pass',
    },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    {
      name: 'client not managed by WSUS is not applicable',
      facts: facts(NOT_MANAGED, eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244007.'))),
      expect: 'notApplicable',
    },
  ],
});
