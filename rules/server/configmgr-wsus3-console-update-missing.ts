/** KB 4025764 note: for WSUS 3.0 SP2, update 4039929 must also be installed on the WSUS Administration Console of the ConfigMgr site server. */
import { any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { KB4039929, SUP_INSTALLATION } from './shared/refs.js';

export default defineRule({
  id: 'configmgr-wsus3-console-update-missing',
  ref: 'WSUS-0007',
  title: 'WSUS 3.0 SP2 console on the ConfigMgr site server is older than 3.2.7600.283 (update 4039929 missing)',
  severity: 'error',
  category: 'configmgr',
  appliesTo: {
    role: 'server',
    // A site server with a remote SUP whose console is (or may be) the WSUS 3.0 SP2 console.
    when: not(
      any(
        fact('configMgr.status', 'equal', 'notApplicable'),
        fact('configMgr.isSiteServer', 'equal', false),
        fact('configMgr.hasRemoteSoftwareUpdatePoint', 'equal', false),
        fact('configMgr.wsusConsoleInstalled', 'equal', false),
        fact('configMgr.wsusConsoleVersion', 'versionGreaterThanInclusive', '4.0'),
      ),
    ),
  },
  requires: ['configMgr.isSiteServer', 'configMgr.hasRemoteSoftwareUpdatePoint', 'configMgr.wsusConsoleVersion'],
  when: fact('configMgr.wsusConsoleVersion', 'versionLessThan', '3.2.7600.283'),
  message:
    'The WSUS Administration Console on site server {{host.computerName}} is version {{configMgr.wsusConsoleVersion}}; with WSUS 3.0 SP2 it needs update 4039929 (3.2.7600.283 or later), as on the WSUS server itself.',
  evidence: ['configMgr.wsusConsoleInstalled'],
  summary: 'The WSUS 3.0 SP2 Administration Console on the ConfigMgr site server is at 3.2.7600.283 or later (update 4039929 installed).',
  rationale:
    'KB 4025764: if the software update point is on a remote site system and WSUS 3.0 SP2 is used, update 4039929 or later must also be installed on the WSUS Administration Console of the site server, and the server restarted afterwards. The console version is the file version of the WSUS administration API on the site server.',
  remediation: [
    'Install update 4039929 (or a later WSUS 3.0 SP2 update) on the site server that runs the WSUS Administration Console.',
    'Restart the site server after installing it (KB 4025764 requires the restart), then check WCM.log for a successful connection to the remote WSUS.',
  ],
  references: [KB4025764, KB4039929, SUP_INSTALLATION],
  tests: [
    {
      name: 'WSUS 3 console at 3.2.7600.283 passes (boundary)',
      facts: { configMgr: { status: 'ok', message: null, isSiteServer: true, hasRemoteSoftwareUpdatePoint: true, wsusConsoleInstalled: true, wsusConsoleVersion: '3.2.7600.283' } },
      expect: 'pass',
    },
    {
      name: 'WSUS 3 console at 3.2.7600.274 fails',
      facts: { configMgr: { status: 'ok', message: null, isSiteServer: true, hasRemoteSoftwareUpdatePoint: true, wsusConsoleInstalled: true, wsusConsoleVersion: '3.2.7600.274' } },
      expect: 'fail',
      message: 'is version 3.2.7600.274',
    },
    {
      name: 'a WSUS 4+ console is not applicable',
      facts: { configMgr: { status: 'ok', message: null, isSiteServer: true, hasRemoteSoftwareUpdatePoint: true, wsusConsoleInstalled: true, wsusConsoleVersion: '6.3.9600.16384' } },
      expect: 'notApplicable',
    },
    {
      name: 'no console installed is not applicable here (configmgr-site-server-wsus-console-missing reports it)',
      facts: { configMgr: { status: 'ok', message: null, isSiteServer: true, hasRemoteSoftwareUpdatePoint: true, wsusConsoleInstalled: false } },
      expect: 'notApplicable',
    },
    {
      name: 'console installed but its version unknown is insufficient evidence',
      facts: { configMgr: { status: 'ok', message: null, isSiteServer: true, hasRemoteSoftwareUpdatePoint: true, wsusConsoleInstalled: true } },
      expect: 'insufficientEvidence',
    },
    { name: 'no Configuration Manager (base) is not applicable', facts: {}, expect: 'notApplicable' },
  ],
});
