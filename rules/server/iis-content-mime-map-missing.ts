/** IIS answers 404.3 when the static-file handler has no MIME type for the extension: clients cannot download .esd, .msu, .wim or .psf content from WSUS. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WSUS_CONFIGURE } from '../references.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';
import { BITS_AGENT, DO_AGENT, HEALTHY_IIS_NOISE, iisLog, WUA_AGENT } from './shared/log-lines.js';
import { IIS_LOG_UNUSABLE, WRONG_LOG_KIND_CASES } from './shared/iis-log-common.js';

export default defineRule({
  id: 'iis-content-mime-map-missing',
  ref: 'WSUS-0030',
  title: 'IIS has no MIME type for WSUS content files (HTTP 404.3 on /Content)',
  severity: 'error',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.iisW3c'],
  when: fact('derived.iisLog.status404_3.count', 'greaterThan', 0),
  ...IIS_LOG_UNUSABLE,
  message:
    'IIS refused {{derived.iisLog.status404_3.count}} download(s) of WSUS clients with HTTP 404.3 between {{derived.iisLog.window.from}} and {{derived.iisLog.window.to}} (UTC): the WSUS site has no MIME type for {{derived.iisLog.status404_3.extensions|list}}, so IIS will not serve those files and clients fail the download with 0x80244019 (HTTP 404).',
  evidence: ['wsusServer.contentDir'],
  logEvidence: ['derived.iisLog.status404_3'],
  summary: 'IIS serves every WSUS content file type clients asked for (no HTTP 404.3 to WSUS clients).',
  rationale:
    'IIS serves a static file only when its extension has a MIME type (system.webServer/staticContent); otherwise the static-file handler answers 404.3 (KB 943891). WSUS content is not only .cab and .exe: Windows 10 and 11 download express packages (.psf), feature updates and UUP content (.esd, .wim) and .msu packages from /Content. A server whose MIME map lacks these types (an old IIS configuration, a hardened site, a WSUS moved to another site) passes every other check while those clients fail their downloads. A favicon 404 of a browser is not this: only 404.3 answers to WSUS clients count.',
  remediation: [
    'Read the extensions in the message and the lines below.',
    "Add each missing type on the WSUS site, in an elevated PowerShell: Import-Module WebAdministration; Add-WebConfigurationProperty -PSPath 'IIS:\\Sites\\WSUS Administration' -Filter system.webServer/staticContent -Name . -Value @{fileExtension='.esd'; mimeType='application/octet-stream'} (repeat for .msu, .wim, .psf as listed; use the site name of IISTargetWebSiteIndex when WSUS runs in Default Web Site).",
    "Check the result: Get-WebConfigurationProperty -PSPath 'IIS:\\Sites\\WSUS Administration' -Filter system.webServer/staticContent -Name collection | Where-Object fileExtension -in '.esd','.msu','.wim','.psf'.",
    'On a client that failed, start the scan and download again (Windows Settings > Windows Update > Check for updates, or UsoClient StartInteractiveScan) and confirm that the IIS log shows 200 or 206 for the file.',
  ],
  references: [IIS_HTTP_STATUS_CODES, WSUS_CONFIGURE],
  tests: [
    { name: 'log without 404.3 (base) passes', facts: {}, expect: 'pass' },
    { name: 'a healthy site with browser, probe and scanner 404s passes', facts: iisLog(HEALTHY_IIS_NOISE), expect: 'pass', noise: true },
    {
      name: '404.3 on a Windows 11 .esd and an .msu file fails and names the extensions',
      facts: iisLog([
        `2026-11-24 10:40:01 10.0.0.10 GET /Content/3F/5C1A2B3C4D5E6F708192A3B4C5D6E7F80912A3F.esd - 8530 - 10.0.1.21 ${DO_AGENT} - 404 3 50 0`,
        `2026-11-24 10:40:05 10.0.0.10 HEAD /Content/1B/0123456789ABCDEF0123456789ABCDEF0123451B.msu - 8530 - 10.0.1.22 ${BITS_AGENT} - 404 3 50 0`,
        `2026-11-24 10:40:06 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.22 ${WUA_AGENT} - 200 0 0 187`,
      ]),
      expect: 'fail',
      message: 'IIS refused 2 download(s) of WSUS clients with HTTP 404.3 between 2026-11-24T10:40:01.000Z and 2026-11-24T10:40:06.000Z (UTC): the WSUS site has no MIME type for .esd, .msu,',
    },
    {
      name: 'a scanner getting 404.3 on an odd extension passes',
      facts: iisLog([
        '2026-11-24 10:41:00 10.0.0.10 GET /Content/backup.bak - 8530 - 10.0.66.6 Mozilla/5.00+(Nikto/2.5.0)+(Evasions:None)+(Test:000003) - 404 3 50 0',
        `2026-11-24 10:41:06 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.22 ${WUA_AGENT} - 200 0 0 187`,
      ]),
      expect: 'pass',
      noise: true,
    },
    ...WRONG_LOG_KIND_CASES,
    { name: 'IIS log not collected is insufficient evidence', facts: { logs: { iisW3c: { status: 'notCollected', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});
