/** The WSUS site must have MIME types for .msu and .esd (and .wim, .psf) or IIS refuses those downloads with 404.3. */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WSUS_BEST_PRACTICES, WSUS_CONFIGURE } from './shared/content-refs.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';

export default defineRule({
  id: 'wsus-content-mime-types-missing',
  ref: 'WSUS-0045',
  title: 'The WSUS site has no MIME type for .msu or .esd content',
  severity: 'error',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['contentStore.missingMimeExtensions'],
  when: any(fact('contentStore.missingMimeExtensions', 'contains', '.msu'), fact('contentStore.missingMimeExtensions', 'contains', '.esd')),
  message:
    'The staticContent configuration of the WSUS site has no MIME type for {{contentStore.missingMimeExtensions|list}}. IIS answers 404.3 for files it has no MIME type for, so clients cannot download .msu packages or .esd feature updates from /Content.',
  evidence: ['contentStore.mimeTypes'],
  summary: 'The WSUS site has MIME types for .msu and .esd content files.',
  rationale:
    'IIS serves a static file only when its extension has a mimeMap entry in system.webServer/staticContent (KB 943891, 404.3). Windows 10 and 11 download .msu packages and .esd feature updates (and .wim, .psf express payloads) from the WSUS Content directory; a server whose IIS lacks these types (an old or hardened configuration) fails those downloads while everything else works. This rule reads the configuration, so it fires before the first client fails (the IIS-log rule iis-content-mime-map-missing sees the failures).',
  remediation: [
    "Add each missing type on the WSUS site, elevated: Import-Module WebAdministration; Add-WebConfigurationProperty -PSPath 'IIS:\\Sites\\WSUS Administration' -Filter system.webServer/staticContent -Name . -Value @{fileExtension='.msu'; mimeType='application/octet-stream'} (repeat for the extensions in the message).",
    "Check: Get-WebConfigurationProperty -PSPath 'IIS:\\Sites\\WSUS Administration' -Filter system.webServer/staticContent -Name collection | Where-Object fileExtension -in '.esd','.msu','.wim','.psf'.",
  ],
  references: [IIS_HTTP_STATUS_CODES, WSUS_CONFIGURE, WSUS_BEST_PRACTICES],
  tests: [
    { name: 'all four types present (base) passes', facts: {}, expect: 'pass' },
    { name: 'only .psf missing passes (not a download blocker for .msu/.esd)', facts: { contentStore: { missingMimeExtensions: ['.psf'] } }, expect: 'pass' },
    {
      name: '.msu missing fails',
      facts: { contentStore: { missingMimeExtensions: ['.msu'], mimeTypes: { '.msu': null } } },
      expect: 'fail',
      message: 'has no MIME type for .msu.',
    },
    { name: '.esd and .wim missing fails', facts: { contentStore: { missingMimeExtensions: ['.wim', '.esd'] } }, expect: 'fail', message: 'for .wim, .esd' },
    { name: 'MIME map not read is insufficient evidence', facts: { contentStore: { missingMimeExtensions: null } }, expect: 'insufficientEvidence' },
    { name: 'content store not collected is insufficient evidence', facts: { contentStore: { status: 'notCollected', message: 'not elevated' } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});
