/** Principle 7 of the trust work: codes the log does not tie to any server are still listed, decoded, as information. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WU_ERROR_REFERENCE } from '../references.js';
import { WU_COMMON_ERRORS, WU_LOGS } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN } from './shared/conditions.js';
import { NO_CLIENT_LOGS, eventsOnly, wuClientEvent } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-unattributed-error-codes',
  ref: 'WSUS-0078',
  title: 'The client logged failure codes not tied to any update server',
  severity: 'info',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES],
  when: fact('derived.clientErrors.unattributed.count', 'greaterThan', 0),
  message:
    'The Windows Update client logged {{derived.clientErrors.unattributed.count}} failure(s) that its log does not tie to WSUS or to another server (installation results, TLS codes against a plain-HTTP WSUS, lines outside a call): {{derived.clientErrors.unattributed.codes|codes}}.',
  evidence: ['derived.policy.wuServer.raw'],
  logEvidence: ['derived.clientErrors.unattributed'],
  summary: 'Every failure code the client logged is tied to a server.',
  rationale:
    'An error code counts against the WSUS connection only when the log ties it to the WSUS URL or a WSUS scan (Server URL, the endpoint of a web-service error, the WSUS service id, the client\'s own scan events). Installation failures (event 20) and codes outside any call say nothing about the connection, and a TLS or certificate code cannot come from a WSUS reached over plain HTTP. They are listed here, decoded, so that nothing the client logged is silent.',
  remediation: [
    'Installation failures: look up the code (for example 0x80070643 is a failed MSI/servicing install) and the update it names in the event; they are not connection problems.',
    'If a code repeats, read WindowsUpdate.log around the samples to see which call logged it.',
  ],
  references: [WU_ERROR_REFERENCE, WU_COMMON_ERRORS, WU_LOGS],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    {
      name: 'an installation failure (event 20) is listed, decoded',
      facts: eventsOnly(wuClientEvent(20, 'Installation Failure: Windows failed to install the following update with error 0x80070643: 2024-01 Security Update (KB5034441).')),
      expect: 'fail',
      message: '0x80070643',
    },
    { name: 'scan failures (event 25) are WSUS failures, not listed here', facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80072EE2.')), expect: 'pass' },
    { name: 'isolated network: Microsoft endpoints fail, WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    { name: 'servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});
