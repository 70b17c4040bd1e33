/**
 * "Specify intranet Microsoft update service location" also writes UpdateServiceUrlAlternate (an
 * alternate download server) and FillEmptyContentUrls: FillEmptyContentUrls = 1 without an alternate
 * server, or an alternate server that is not an http(s) URL, leaves downloads without a source.
 */
import { all, any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WSUS_CONFIGURE } from '../references.js';
import { CSP_UPDATE, WU_SETTINGS } from './shared/references.js';
import { USES_WSUS_OR_UNKNOWN } from './shared/conditions.js';

export default defineRule({
  id: 'alternate-download-server-invalid',
  ref: 'WSUS-0102',
  title: 'The alternate download server (UpdateServiceUrlAlternate / FillEmptyContentUrls) is missing or not a URL',
  severity: 'warning',
  category: 'client-policy',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: ['clientPolicy'],
  when: any(
    all(fact('clientPolicy.windowsUpdate.FillEmptyContentUrls', 'equal', 1), fact('derived.policy.alternateDownloadServer.present', 'equal', false)),
    all(fact('derived.policy.alternateDownloadServer.present', 'equal', true), fact('derived.policy.alternateDownloadServer.valid', 'equal', false)),
  ),
  message:
    'The alternate download server policy is unusable: {{#if derived.policy.alternateDownloadServer.raw}}UpdateServiceUrlAlternate = "{{derived.policy.alternateDownloadServer.raw}}"{{else}}UpdateServiceUrlAlternate not set{{/if}}, FillEmptyContentUrls = {{clientPolicy.windowsUpdate.FillEmptyContentUrls}}. ' +
    'FillEmptyContentUrls = 1 tells the agent to fetch files that have no download URL in their metadata from the alternate server; without a valid http(s) URL there (e.g. http://cache01.contoso.com:8530) those downloads have no source, while scans against {{derived.policy.wuServer.raw}} still work.',
  evidence: ['clientPolicy.windowsUpdate.UpdateServiceUrlAlternate', 'clientPolicy.windowsUpdate.FillEmptyContentUrls', 'derived.policy.wuServer.raw'],
  summary: 'No alternate download server is configured, or it is a valid http(s) URL.',
  rationale:
    'The "Specify intranet Microsoft update service location" policy writes UpdateServiceUrlAlternate ("Set the alternate download server") and FillEmptyContentUrls ("Download files with no Url in the metadata if alternate download server is set") next to WUServer (WindowsUpdate.admx, knowledge 6.1; Policy CSP Update/UpdateServiceUrlAlternate, Update/FillEmptyContentUrls). ' +
    'The alternate server only serves content: scans and reporting still go to WUServer, so a broken value breaks downloads, not the WSUS connection (warning). The URL is checked with the same parser as WUServer; an unset alternate server with FillEmptyContentUrls = 0 or unset is the normal case.',
  remediation: [
    'In the GPO (Windows Update > Manage updates offered from Windows Server Update Service > Specify intranet Microsoft update service location), either clear "Set the alternate download server" and "Download files with no Url in the metadata if alternate download server is set", or enter a full URL with scheme and port, e.g. http://cache01.contoso.com:8530.',
    'Check the values: reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate /v UpdateServiceUrlAlternate and /v FillEmptyContentUrls.',
    'After gpupdate /force, WindowsUpdate.log shows "Alternate Download Server: <url>" (or NULL) at the next agent start.',
  ],
  references: [WU_SETTINGS, CSP_UPDATE, WSUS_CONFIGURE],
  tests: [
    { name: 'no alternate server passes', facts: {}, expect: 'pass' },
    { name: 'an alternate server URL with FillEmptyContentUrls passes', facts: { clientPolicy: { windowsUpdate: { UpdateServiceUrlAlternate: 'http://cache01.contoso.com:8530', FillEmptyContentUrls: 1 } } }, expect: 'pass' },
    { name: 'FillEmptyContentUrls without an alternate server fails', facts: { clientPolicy: { windowsUpdate: { FillEmptyContentUrls: 1 } } }, expect: 'fail', message: 'FillEmptyContentUrls = 1' },
    { name: 'an alternate server that is a bare host name fails', facts: { clientPolicy: { windowsUpdate: { UpdateServiceUrlAlternate: 'cache01' } } }, expect: 'fail', message: 'UpdateServiceUrlAlternate = "cache01"' },
    { name: 'FillEmptyContentUrls = 0 without an alternate server passes', facts: { clientPolicy: { windowsUpdate: { FillEmptyContentUrls: 0 } } }, expect: 'pass' },
    { name: 'policy not collected is insufficient evidence', facts: { clientPolicy: { status: 'error', message: 'Access is denied', windowsUpdate: null, au: null } }, expect: 'insufficientEvidence' },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});
