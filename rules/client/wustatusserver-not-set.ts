/** WUStatusServer is the reporting URL written with WUServer; without it the client has nowhere to report. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { WU_SETTINGS } from './shared/references.js';
import { HAS_WUSERVER_OR_UNKNOWN } from './shared/conditions.js';

export default defineRule({
  id: 'wustatusserver-not-set',
  ref: 'WSUS-0057',
  title: 'WUServer is set but WUStatusServer is missing',
  severity: 'warning',
  category: 'client-policy',
  appliesTo: { role: 'client', when: HAS_WUSERVER_OR_UNKNOWN },
  requires: ['clientPolicy'],
  when: fact('derived.policy.wuStatusServer.present', 'equal', false),
  message:
    'WUServer is {{derived.policy.wuServer.raw}} but WUStatusServer (the intranet statistics server) is not set: the agent has no server to send its status reports to, so the computer can stay "not yet reported" in the WSUS console even when its scans work.',
  evidence: ['clientPolicy.windowsUpdate', 'derived.policy.source'],
  summary: 'WUStatusServer is set along with WUServer.',
  rationale:
    'WindowsUpdate.admx writes WUServer and WUStatusServer together and marks both as required in "Specify intranet Microsoft update service location" (knowledge 6.1); WUStatusServer is where the client sends its reporting events. ' +
    'A missing value comes from registry values set by hand or scripts. Warning: detection against WSUS still works, reporting does not. ' +
    'Applicability: clients with a WUServer value; a client without any WSUS policy is notApplicable (not managed by WSUS, client-not-managed-by-wsus).',
  remediation: [
    'Set the statistics server in "Specify intranet Microsoft update service location" to the same URL as the update server, e.g. http://wsus01.contoso.com:8530, then gpupdate /force.',
    'Check: reg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate" /v WUStatusServer; WindowsUpdate.log shows "WSUS status server: <url>" after the next agent start.',
    'Force a report once the value is in place: wuauclt /reportnow (Windows 7/8.1) or run a detection on Windows 10 and later.',
  ],
  references: [WU_SETTINGS, WSUS_CONFIGURE, KB4025764],
  tests: [
    { name: 'both URLs set passes', facts: {}, expect: 'pass' },
    {
      name: 'missing WUStatusServer fails',
      facts: { clientPolicy: { windowsUpdate: { WUStatusServer: null } } },
      expect: 'fail',
      message: 'WUStatusServer (the intranet statistics server) is not set',
    },
    { name: 'empty WUStatusServer fails', facts: { clientPolicy: { windowsUpdate: { WUStatusServer: '' } } }, expect: 'fail' },
    { name: 'no WSUS policy at all is not applicable (not managed by WSUS)', facts: { clientPolicy: { windowsUpdate: null, au: null } }, expect: 'notApplicable' },
    {
      name: 'policy not collected is insufficient evidence',
      facts: { clientPolicy: { status: 'error', message: 'Access is denied', windowsUpdate: null, au: null } },
      expect: 'insufficientEvidence',
    },
  ],
});
