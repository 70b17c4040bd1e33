/** KB 4025764 note: with a remote software update point, the WSUS Administration Console must be installed on the ConfigMgr site server. */
import { any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { PLAN_SOFTWARE_UPDATES, SUP_INSTALLATION } from './shared/refs.js';

export default defineRule({
  id: 'configmgr-site-server-wsus-console-missing',
  ref: 'WSUS-0006',
  title: 'WSUS Administration Console is missing on a ConfigMgr site server with a remote software update point',
  severity: 'error',
  category: 'configmgr',
  appliesTo: {
    role: 'server',
    // Not applicable only when we know this is not a site server using a remote SUP; a
    // configMgr section that could not be read leaves the rule applicable (insufficientEvidence).
    when: not(
      any(
        fact('configMgr.status', 'equal', 'notApplicable'),
        fact('configMgr.isSiteServer', 'equal', false),
        fact('configMgr.hasRemoteSoftwareUpdatePoint', 'equal', false),
      ),
    ),
  },
  requires: ['configMgr.isSiteServer', 'configMgr.hasRemoteSoftwareUpdatePoint', 'configMgr.wsusConsoleInstalled'],
  when: fact('configMgr.wsusConsoleInstalled', 'equal', false),
  message:
    '{{host.computerName}} is a Configuration Manager site server whose software update point is on another machine, but the WSUS Administration Console (WSUS API) is not installed here, so the site server cannot talk to the remote WSUS.',
  evidence: ['configMgr.isSoftwareUpdatePoint'],
  summary: 'The ConfigMgr site server that uses a remote software update point has the WSUS Administration Console installed.',
  rationale:
    'KB 4025764 notes that when the software update point is installed on a remote site system, the WSUS Administration Console must be installed on the site server: the site server components (WSUS configuration manager, WSUS synchronization manager) use the WSUS administration API to configure and synchronise the remote WSUS through ApiRemoting30.',
  remediation: [
    'Install the console on the site server: Install-WindowsFeature -Name UpdateServices-UI (Windows Server 2012 and later), or install the WSUS 3.0 SP2 console-only option on older servers.',
    'For WSUS 3.0 SP2, install update 4039929 (or later) on that console too, then restart the site server.',
    'Watch WCM.log and wsyncmgr.log on the site server for a successful connection to the remote WSUS.',
  ],
  references: [KB4025764, PLAN_SOFTWARE_UPDATES, SUP_INSTALLATION],
  tests: [
    {
      name: 'site server with remote SUP and the console installed passes',
      facts: { configMgr: { status: 'ok', message: null, isSiteServer: true, hasRemoteSoftwareUpdatePoint: true, wsusConsoleInstalled: true, wsusConsoleVersion: '10.0.20348.1' } },
      expect: 'pass',
    },
    {
      name: 'site server with remote SUP and no console fails',
      facts: { configMgr: { status: 'ok', message: null, isSiteServer: true, hasRemoteSoftwareUpdatePoint: true, wsusConsoleInstalled: false } },
      expect: 'fail',
      message: 'WSUS Administration Console (WSUS API) is not installed',
    },
    {
      name: 'site server with a local SUP is not applicable',
      facts: { configMgr: { status: 'ok', message: null, isSiteServer: true, isSoftwareUpdatePoint: true, hasRemoteSoftwareUpdatePoint: false, wsusConsoleInstalled: false } },
      expect: 'notApplicable',
    },
    {
      name: 'a plain WSUS server that is no site server is not applicable',
      facts: { configMgr: { status: 'ok', message: null, isSiteServer: false, isSoftwareUpdatePoint: true } },
      expect: 'notApplicable',
    },
    { name: 'no Configuration Manager (base) is not applicable', facts: {}, expect: 'notApplicable' },
    {
      name: 'configMgr section that failed is insufficient evidence',
      facts: { configMgr: { status: 'error', message: 'WMI namespace root\\SMS not reachable' } },
      expect: 'insufficientEvidence',
    },
    {
      name: 'console presence unknown is insufficient evidence',
      facts: { configMgr: { status: 'ok', message: null, isSiteServer: true, hasRemoteSoftwareUpdatePoint: true } },
      expect: 'insufficientEvidence',
    },
  ],
});
