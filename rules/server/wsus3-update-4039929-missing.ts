/** KB 4025764 prerequisite: WSUS 3.0 SP2 (Windows Server 2008 R2) needs update 4039929, server version 3.2.7600.283 or later. */
import { any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { KB4039929 } from './shared/refs.js';

const LATER_FAMILIES = ['2012', '2012R2', '2016', '2019', '2022', '2025'];

export default defineRule({
  id: 'wsus3-update-4039929-missing',
  ref: 'WSUS-0001',
  title: 'WSUS 3.0 SP2 is older than 3.2.7600.283 (update 4039929 missing)',
  severity: 'error',
  category: 'prerequisites',
  appliesTo: {
    role: 'server',
    wsusRole: true,
    // WSUS 3.0 SP2 only: not applicable once the OS is known to be 2012 or later, or the WSUS
    // version is known to be 4 or later. Unknown OS and unknown version stay applicable, so the
    // missing version gives insufficientEvidence instead of a silent notApplicable.
    when: not(any(fact('derived.osFamily', 'in', LATER_FAMILIES), fact('wsusServer.version', 'versionGreaterThanInclusive', '4.0'))),
  },
  requires: ['wsusServer.version'],
  when: fact('wsusServer.version', 'versionLessThan', '3.2.7600.283'),
  message:
    'WSUS server version is {{wsusServer.version}} (read from {{wsusServer.versionSource}}); WSUS 3.0 SP2 needs 3.2.7600.283 or later, which update 4039929 installs.',
  evidence: ['wsusServer.versionSource', 'os.caption', 'derived.osFamily'],
  summary: 'WSUS 3.0 SP2 is at version 3.2.7600.283 or later (update 4039929 or a later WSUS 3.0 SP2 update is installed).',
  rationale:
    'KB 4025764 lists as its first prerequisite that WSUS 3.0 SP2 on Windows Server 2008 R2 must have update 4039929 or a later update installed, and tells to verify it in the WSUS console (Overview > Connection > Server Version must be 3.2.7600.283 or later). Without it, current Windows Update clients fail to work with the server. The version comes from the WSUS API (IUpdateServer.Version), the VersionString registry value or the API file version (the fact schema guarantees a dotted version number).',
  remediation: [
    'Check the version in the WSUS console: select the server name > Overview > Connection > Server Version.',
    'Download and install update 4039929 (or a later WSUS 3.0 SP2 update) on the WSUS server, then restart the server as KB 4025764 requires.',
    'With Configuration Manager and a remote software update point, install the same update on the WSUS Administration Console of the site server too.',
    'Plan a move off WSUS 3.0 SP2: Windows Server 2008 R2 is out of support, and WSUS 3.0 SP2 also needs the SHA-2 update KB4484071 to keep working.',
  ],
  references: [KB4025764, KB4039929],
  tests: [
    {
      name: 'WSUS 3.0 SP2 at 3.2.7600.283 passes (boundary)',
      facts: { os: { caption: 'Microsoft Windows Server 2008 R2 Standard', version: '6.1.7601', build: 7601, ubr: null }, wsusServer: { version: '3.2.7600.283' } },
      expect: 'pass',
    },
    {
      name: 'a later WSUS 3.0 SP2 build passes',
      facts: { os: { caption: 'Microsoft Windows Server 2008 R2 Standard', version: '6.1.7601', build: 7601, ubr: null }, wsusServer: { version: '3.2.7600.307' } },
      expect: 'pass',
    },
    {
      name: 'WSUS 3.0 SP2 at 3.2.7600.282 fails (one below the boundary)',
      facts: { os: { caption: 'Microsoft Windows Server 2008 R2 Standard', version: '6.1.7601', build: 7601, ubr: null }, wsusServer: { version: '3.2.7600.282' } },
      expect: 'fail',
      message: 'WSUS server version is 3.2.7600.282',
    },
    {
      name: 'plain WSUS 3.0 SP2 (3.2.7600.226) fails',
      facts: { os: { caption: 'Microsoft Windows Server 2008 R2 Standard', version: '6.1.7601', build: 7601, ubr: null }, wsusServer: { version: '3.2.7600.226', versionSource: 'registry' } },
      expect: 'fail',
    },
    {
      name: 'WSUS 3 version with the OS not collected is still judged',
      facts: { os: { status: 'notCollected', caption: null, version: null, build: null, ubr: null }, wsusServer: { version: '3.2.7600.251' } },
      expect: 'fail',
    },
    {
      name: 'Server 2008 R2 without a WSUS version is insufficient evidence',
      facts: { os: { caption: 'Microsoft Windows Server 2008 R2 Standard', version: '6.1.7601', build: 7601, ubr: null }, wsusServer: { version: null } },
      expect: 'insufficientEvidence',
    },
    {
      name: 'wsusServer not collected on 2008 R2 is insufficient evidence',
      facts: { os: { caption: 'Microsoft Windows Server 2008 R2 Standard', version: '6.1.7601', build: 7601, ubr: null }, wsusServer: { status: 'error', message: 'Access denied', version: null } },
      expect: 'insufficientEvidence',
    },
    { name: 'WSUS on Server 2022 is not applicable', facts: {}, expect: 'notApplicable' },
    {
      name: 'WSUS 10.x with the OS unknown is not applicable',
      facts: { os: { status: 'notCollected', caption: null, version: null, build: null, ubr: null } },
      expect: 'notApplicable',
    },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});
