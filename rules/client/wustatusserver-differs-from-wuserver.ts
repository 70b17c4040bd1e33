/** WUServer ≠ WUStatusServer is legal but unusual (knowledge 6.2): reported as information. */
import { all, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { WU_SETTINGS } from './shared/references.js';
import { HAS_WUSERVER_OR_UNKNOWN } from './shared/conditions.js';
import { wsusPolicy } from './shared/test-facts.js';

export default defineRule({
  id: 'wustatusserver-differs-from-wuserver',
  ref: 'WSUS-0058',
  title: 'WUStatusServer differs from WUServer',
  severity: 'info',
  category: 'client-policy',
  appliesTo: { role: 'client', when: HAS_WUSERVER_OR_UNKNOWN },
  requires: ['clientPolicy'],
  when: all(fact('derived.policy.wuStatusServer.present', 'equal', true), fact('derived.policy.statusServerMatches', 'equal', false)),
  message:
    'WUStatusServer is {{derived.policy.wuStatusServer.raw}} while WUServer is {{derived.policy.wuServer.raw}}: scans go to the first server, status reports to the second. ' +
    'This is allowed but unusual; if it is not intended, the computer reports to a server other than the one it scans against (or to none that answers).',
  evidence: ['derived.policy.source'],
  summary: 'WUStatusServer equals WUServer (case and a trailing slash ignored).',
  rationale:
    'The statistics server is "normally identical" to the update server (WindowsUpdate.admx, knowledge 6.1); knowledge 6.2 flags WUServer ≠ WUStatusServer as legal but unusual, to be shown as information. ' +
    'A typical cause is a GPO edited for a server move where only one of the two fields was changed, or a different port in each. ' +
    'Applicability: clients with a WUServer value; a client without any WSUS policy is notApplicable (not managed by WSUS). A missing WUStatusServer is wustatusserver-not-set.',
  remediation: [
    'If not intended, set both fields of "Specify intranet Microsoft update service location" to the same URL (scheme, FQDN and port), then gpupdate /force.',
    'Check what the agent uses: WindowsUpdate.log lines "WSUS server:" and "WSUS status server:" after the next agent start.',
  ],
  references: [WU_SETTINGS, KB4025764],
  tests: [
    { name: 'identical URLs pass', facts: {}, expect: 'pass' },
    {
      name: 'case and trailing slash differences are not a difference',
      facts: wsusPolicy('http://wsus01.contoso.com:8530', 'HTTP://WSUS01.contoso.com:8530/'),
      expect: 'pass',
    },
    {
      name: 'different status server fails',
      facts: wsusPolicy('http://wsus01.contoso.com:8530', 'http://wsusreport.contoso.com:8530'),
      expect: 'fail',
      message: 'WUStatusServer is http://wsusreport.contoso.com:8530',
    },
    {
      name: 'different port (8530 vs 8531) fails',
      facts: wsusPolicy('https://wsus01.contoso.com:8531', 'http://wsus01.contoso.com:8530'),
      expect: 'fail',
    },
    { name: 'missing status server is another rule (wustatusserver-not-set)', facts: { clientPolicy: { windowsUpdate: { WUStatusServer: null } } }, expect: 'pass' },
    { name: 'no WSUS policy at all is not applicable (not managed by WSUS)', facts: { clientPolicy: { windowsUpdate: null, au: null } }, expect: 'notApplicable' },
    {
      name: 'policy not collected is insufficient evidence',
      facts: { clientPolicy: { status: 'notCollected', message: 'skipped', windowsUpdate: null, au: null } },
      expect: 'insufficientEvidence',
    },
  ],
});
