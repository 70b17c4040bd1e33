/** Cryptographic Services keep the catalog database (catroot2) the agent verifies update signatures against. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WU_COMMON_ERRORS, WU_ADDITIONAL_RESOURCES } from './shared/references.js';

export default defineRule({
  id: 'cryptsvc-disabled',
  ref: 'WSUS-0105',
  title: 'Cryptographic Services (CryptSvc) are disabled',
  severity: 'error',
  category: 'services',
  appliesTo: { role: 'client' },
  requires: ['services.items.CryptSvc.startType'],
  when: fact('services.items.CryptSvc.startType', 'equal', 'Disabled'),
  message:
    'Cryptographic Services (CryptSvc) have start type Disabled and are {{services.items.CryptSvc.status}}: they maintain the catalog database (%windir%\\System32\\catroot2) that signatures of update files are checked against, so updates downloaded from WSUS cannot be verified and installed.',
  evidence: ['services.items.CryptSvc.status'],
  summary: 'Cryptographic Services are not disabled.',
  rationale:
    'Microsoft "Windows Update - additional resources" resets Windows Update by stopping and restarting three services, BITS, wuauserv and CryptSvc, and renaming catroot2 with the SoftwareDistribution folders; "Windows Update common errors and mitigation" renames catroot2 and the SoftwareDistribution folders for 0x80242006 (invalid metadata). ' +
    'CryptSvc runs automatically on every supported Windows; start type Disabled is a hardening or "tuning" change, never a default. A CryptSvc missing from the collected services gives insufficient evidence.',
  remediation: [
    'Re-enable and start the service: Set-Service -Name CryptSvc -StartupType Automatic; Start-Service -Name CryptSvc.',
    'Find what disabled it (gpresult /h gp.html > Security Settings > System Services, security baselines, tuning scripts).',
    'If installs still fail, reset the components as Microsoft describes: net stop bits, wuauserv and cryptsvc; rename %windir%\\System32\\catroot2 and %windir%\\SoftwareDistribution; start the three services again.',
  ],
  references: [WU_ADDITIONAL_RESOURCES, WU_COMMON_ERRORS],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'disabled CryptSvc fails', facts: { services: { items: { CryptSvc: { status: 'Stopped', startType: 'Disabled' } } } }, expect: 'fail', message: 'start type Disabled and are Stopped' },
    { name: 'CryptSvc missing from the collected services is insufficient evidence', facts: { services: { items: { CryptSvc: null } } }, expect: 'insufficientEvidence' },
    { name: 'services not collected is insufficient evidence', facts: { services: { status: 'error', message: 'Get-Service failed', items: null } }, expect: 'insufficientEvidence' },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});
