/** Knowledge 8a: the Windows Update Agent self-update from WSUS is skipped or fails (0x8024D009 and the 0x8024Dxxx setup range, KB 920659). */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { SCAN_FAILURES } from '../references.js';
import { WU_COMMON_ERRORS } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN, familyCodesSentence, loggedFamily } from './shared/conditions.js';
import { BASE_WSUS, NO_CLIENT_LOGS, legacyLine, legacyLog } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-self-update-errors',
  ref: 'WSUS-0081',
  title: 'The Windows Update Agent self-update from WSUS is skipped or fails (0x8024Dxxx)',
  severity: 'warning',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES, 'derived.clientErrors.byFamily.selfUpdate'],
  when: loggedFamily('selfUpdate'),
  message:
    'The Windows Update Agent could not update itself from {{derived.policy.wuServer.raw}} (Selfupdate virtual directory): an old agent keeps scanning, but clients that need the newer agent cannot. ' +
    familyCodesSentence('selfUpdate'),
  evidence: ['derived.policy.wuServer.raw'],
  logEvidence: ['derived.clientErrors.byFamily.selfUpdate'],
  summary: 'The client logged no self-update failure (0x8024D009 and the 0x8024Dxxx setup range).',
  rationale:
    'Before a scan, older agents check http://<server>:<port>/selfupdate/wuident.cab for a newer agent (KB 920659; KB 3090184 tells admins to open that URL in a browser). 0x8024Dxxx codes are the agent\'s setup component (wuerror.h WU_E_SETUP_*); 0x8024D009 WU_E_SETUP_SKIP_UPDATE means the self-update was skipped by a directive in wuident.cab. Current Windows 10/11 agents are serviced by cumulative updates instead, so this is a warning, not an outage.',
  remediation: [
    'Open http://<WSUS server>:<port>/selfupdate/wuident.cab from the client (the port of WUServer): it must download.',
    'On the server, check the Selfupdate virtual directory of the WSUS site: it exists, allows anonymous access and does not require SSL (Get-WebVirtualDirectory -Site "WSUS Administration" -Name Selfupdate).',
    'Windows 7 / 2008 R2 clients: install the current Windows Update Agent from the Microsoft Update Catalog if self-update keeps failing.',
  ],
  references: [SCAN_FAILURES, WU_COMMON_ERRORS],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    {
      name: 'self-update skipped (0x8024D009) while checking the Selfupdate directory',
      facts: legacyLog(
        legacyLine('06:10:02:500', 'Setup', `Checking for agent SelfUpdate`),
        legacyLine('06:10:02:510', 'Misc', `Validating signature for ${BASE_WSUS}/selfupdate/wuident.cab:`),
        legacyLine('06:10:02:900', 'Setup', 'WARNING: SelfUpdate check failed to download package information, error = 0x8024D009'),
      ),
      expect: 'fail',
      message: '0x8024D009',
    },
    { name: 'isolated network: Microsoft endpoints fail, WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    { name: 'servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});
