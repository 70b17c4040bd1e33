/** KB 4025764 step 3: HTTP 404 in the WSUS IIS log = missing virtual directory or IIS configuration. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';
import { BROWSER_AGENT, HEALTHY_IIS_NOISE, iisLog, WUA_AGENT } from './shared/log-lines.js';
import { IIS_LOG_UNUSABLE, WRONG_LOG_KIND_CASES } from './shared/iis-log-common.js';

export default defineRule({
  id: 'iis-log-404-errors',
  ref: 'WSUS-0022',
  title: 'The WSUS IIS log shows HTTP 404 (missing virtual directory, IIS configuration or content)',
  severity: 'error',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.iisW3c'],
  when: fact('derived.iisLog.status404.count', 'greaterThan', 0),
  ...IIS_LOG_UNUSABLE,
  message:
    'IIS answered {{derived.iisLog.status404.count}} request(s) of WSUS clients with HTTP 404 between {{derived.iisLog.window.from}} and {{derived.iisLog.window.to}} (UTC), per WSUS application: {{derived.iisLog.status404.byApplication|counts}}. Applications among them that the WSUS site does not have: {{derived.iisLog.status404.missingApplications|list}}. Left out as noise: {{derived.iisLog.noise.count}} request(s) of browsers, scripts, probes, scanners and to other paths.',
  evidence: ['wsusServer.contentDir'],
  logEvidence: ['derived.iisLog.status404'],
  summary: 'The WSUS IIS log has no HTTP 404 responses to WSUS clients for WSUS applications, virtual directories or content.',
  rationale:
    'KB 4025764 defines 404 in the WSUS IIS log as "not found: missing virtual directory or IIS configuration". A 404 on a web-service path means the application is missing from the site; a 404 on /Content/... means the Content virtual directory points at the wrong folder or the file is not downloaded (the shared-SUSDB guide shows it with client error 0x80244019). Only requests of WSUS clients and servers to the WSUS applications count: a browser asking for /favicon.ico, crawlers asking for /robots.txt and a vulnerability scanner\'s burst of 404s on /wp-login.php or /.env are not about WSUS. 404.3 (no MIME map for the file extension) has its own rule.',
  remediation: [
    'List what the site has: Get-WebApplication -Site "WSUS Administration"; Get-WebVirtualDirectory -Site "WSUS Administration" (expected: ApiRemoting30, ClientWebService, DssAuthWebService, ServerSyncWebService, SimpleAuthWebService, ReportingWebService, Content, Selfupdate).',
    'Content: its physical path must be <ContentDir>\\WsusContent (ContentDir from HKLM\\SOFTWARE\\Microsoft\\Update Services\\Server\\Setup); fix it or re-run "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" postinstall CONTENT_DIR=<ContentDir>.',
    'Missing files: run "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" reset to re-check and re-download content.',
    'Missing applications: re-run WsusUtil postinstall, or remove and reinstall the WSUS role.',
  ],
  references: [KB4025764, IIS_HTTP_STATUS_CODES, WSUS_CONFIGURE],
  tests: [
    { name: 'log without 404 (base) passes', facts: {}, expect: 'pass' },
    { name: 'a healthy site with a browser favicon 404, probes and a scanner 404 burst passes', facts: iisLog(HEALTHY_IIS_NOISE), expect: 'pass', noise: true },
    {
      name: 'a browser asking for /favicon.ico after opening wuident.cab passes',
      facts: iisLog([
        `2026-11-24 09:00:10 10.0.0.10 GET /Selfupdate/wuident.cab - 8530 - 10.0.5.20 ${BROWSER_AGENT} - 200 0 0 12`,
        `2026-11-24 09:00:10 10.0.0.10 GET /favicon.ico - 8530 - 10.0.5.20 ${BROWSER_AGENT} http://wsus01:8530/Selfupdate/wuident.cab 404 0 2 1`,
        `2026-11-24 09:00:11 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.21 ${WUA_AGENT} - 200 0 0 187`,
      ]),
      expect: 'pass',
      noise: true,
    },
    {
      name: 'a 404.3 on an .esd file is left to the MIME rule',
      facts: iisLog([`2026-11-24 09:30:01 10.0.0.10 GET /Content/3F/5C1A2B3C4D5E6F708192A3B4C5D6E7F80912A3F.esd - 8530 - 10.0.1.21 Microsoft-Delivery-Optimization/10.0 - 404 3 50 0`]),
      expect: 'pass',
    },
    {
      name: 'missing content files fail',
      facts: iisLog([
        `2026-11-24 09:30:01 10.0.0.10 HEAD /Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.cab - 8530 - 10.0.1.21 Microsoft+BITS/7.8 - 404 0 2 0`,
        `2026-11-24 09:30:02 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.21 ${WUA_AGENT} - 200 0 0 187`,
      ]),
      expect: 'fail',
      message: 'IIS answered 1 request(s) of WSUS clients with HTTP 404 between 2026-11-24T09:30:01.000Z and 2026-11-24T09:30:02.000Z (UTC), per WSUS application: Content 1. Applications among them that the WSUS site does not have: none.',
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
    ...WRONG_LOG_KIND_CASES,
    { name: 'an excerpt without entries is insufficient evidence', facts: iisLog([]), expect: 'insufficientEvidence' },
    { name: 'IIS log not collected is insufficient evidence', facts: { logs: { iisW3c: { status: 'error', message: 'access denied', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});
