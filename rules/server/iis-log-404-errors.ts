/** KB 4025764 step 3: HTTP 404 in the WSUS IIS log = missing virtual directory or IIS configuration. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';
import { iisLog, WUA_AGENT } from './shared/log-lines.js';

export default defineRule({
  id: 'iis-log-404-errors',
  ref: 'WSUS-0022',
  title: 'The WSUS IIS log shows HTTP 404 (missing virtual directory, IIS configuration or content)',
  severity: 'error',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.iisW3c'],
  when: fact('derived.iisLog.status404.count', 'greaterThan', 0),
  inconclusiveWhen: fact('derived.iisLog.entries', 'equal', 0),
  inconclusiveMessage: 'the IIS log excerpt has no parsable entries ({{derived.iisLog.skippedLines}} lines skipped).',
  message:
    'The IIS log of the WSUS site has {{derived.iisLog.status404.count}} request(s) answered with HTTP 404 between {{derived.iisLog.window.from}} and {{derived.iisLog.window.to}} (UTC). WSUS applications or virtual directories they ask for that the WSUS site does not have: {{derived.iisLog.status404.missingApplications|list}} ("none" = those exist, so files are missing or a path is wrong). Content 404s make clients fail downloads with 0x80244019.',
  evidence: ['wsusServer.contentDir'],
  logEvidence: ['derived.iisLog.status404'],
  summary: 'The WSUS IIS log has no HTTP 404 responses for WSUS applications, virtual directories or content.',
  rationale:
    'KB 4025764 defines 404 in the WSUS IIS log as "not found: missing virtual directory or IIS configuration". A 404 on a web-service path means the application is missing from the site; a 404 on /Content/... means the Content virtual directory points at the wrong folder or the file is not downloaded (the shared-SUSDB guide shows it with client error 0x80244019).',
  remediation: [
    'List what the site has: Get-WebApplication -Site "WSUS Administration"; Get-WebVirtualDirectory -Site "WSUS Administration" (expected: ApiRemoting30, ClientWebService, DssAuthWebService, ServerSyncWebService, SimpleAuthWebService, ReportingWebService, Content, Selfupdate).',
    'Content: its physical path must be <ContentDir>\\WsusContent (ContentDir from HKLM\\SOFTWARE\\Microsoft\\Update Services\\Server\\Setup); fix it or re-run "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" postinstall CONTENT_DIR=<ContentDir>.',
    'Missing files: run "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" reset to re-check and re-download content.',
    'Missing applications: re-run WsusUtil postinstall, or remove and reinstall the WSUS role.',
  ],
  references: [KB4025764, IIS_HTTP_STATUS_CODES, WSUS_CONFIGURE],
  tests: [
    { name: 'log without 404 (base) passes', facts: {}, expect: 'pass' },
    {
      name: 'missing content files fail',
      facts: iisLog([
        `2026-11-24 09:30:01 10.0.0.10 HEAD /Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.cab - 8530 - 10.0.1.21 Microsoft+BITS/7.8 - 404 0 2 0`,
        `2026-11-24 09:30:02 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.21 ${WUA_AGENT} - 200 0 0 187`,
      ]),
      expect: 'fail',
      message: 'has 1 request(s) answered with HTTP 404',
    },
    {
      name: 'a missing ClientWebService application fails and is named',
      facts: {
        iis: {
          wsusApplications: [
            { name: 'ApiRemoting30', kind: 'application', applicationPool: 'WsusPool', anonymousAuthentication: false, windowsAuthentication: true, aspNetImpersonation: false },
            { name: 'SimpleAuthWebService', kind: 'application', applicationPool: 'WsusPool', anonymousAuthentication: true, aspNetImpersonation: false },
            { name: 'Content', kind: 'virtualDirectory', anonymousAuthentication: true },
          ],
        },
        ...iisLog([
        `2026-11-24 09:31:01 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.21 ${WUA_AGENT} - 404 0 2 1`,
        `2026-11-24 09:31:05 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.22 ${WUA_AGENT} - 404 0 2 0`,
        ]),
      },
      expect: 'fail',
      message: 'does not have: ClientWebService',
    },
    { name: 'an excerpt without entries is insufficient evidence', facts: iisLog([]), expect: 'insufficientEvidence' },
    { name: 'IIS log not collected is insufficient evidence', facts: { logs: { iisW3c: { status: 'error', message: 'access denied', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});
