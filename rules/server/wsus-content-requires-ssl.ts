/** Configure WSUS / KB 3090184: only the web-service applications may require SSL; the Content and Selfupdate directories must stay on HTTP. */
import { defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, WSUS_CONFIGURE } from '../references.js';
import { iisLog } from './shared/log-lines.js';

export default defineRule({
  id: 'wsus-content-requires-ssl',
  ref: 'WSUS-0018',
  title: 'The WSUS Content or Selfupdate virtual directory requires SSL (SSL required on the whole site?)',
  severity: 'error',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['iis.wsusApplications'],
  when: fact('derived.wsusApplications.contentRequiresSsl', 'lengthGreaterThan', 0),
  inconclusiveWhen: not(fact('iis.wsusApplications', 'lengthGreaterThan', 0)),
  inconclusiveMessage: 'the list of WSUS applications is empty.',
  message:
    'Require SSL is set on {{derived.wsusApplications.contentRequiresSsl|list}} of the WSUS site ({{#if wsusServer.usingSsl}}WSUS uses SSL{{else}}WSUS does not use SSL{{/if}}, port {{wsusServer.portNumber}}; {{#if derived.iisLog.available}}the IIS log has {{derived.iisLog.status403_4.count}} request(s) refused with 403.4{{else}}the IIS log was not collected{{/if}}). Clients download update files and self-update files over plain HTTP (port 8530 when WSUS uses 8531, 80 with 443), so downloads fail with 403.4 (SSL required). This usually means "Require SSL" was set on the whole WSUS site.',
  evidence: ['wsusServer.usingSsl', 'wsusServer.portNumber', 'derived.wsusApplications.contentRequiresSsl'],
  logEvidence: ['derived.iisLog.status403_4'],
  summary: 'The WSUS Content and Selfupdate virtual directories do not require SSL (SSL is required only on the web-service applications).',
  rationale:
    'With SSL, WSUS encrypts only the web services (ApiRemoting30, ClientWebService, DssAuthWebService, ServerSyncWebService, SimpleAuthWebService); update files are fetched over the HTTP port. Step 2: Configure WSUS and the ConfigMgr scan-failure guide (KB 3090184) warn not to require SSL on the whole site: clients that try to download content over HTTPS fail. IIS answers the HTTP requests with 403.4, which KB 4025764 counts as incorrect IIS configuration.',
  remediation: [
    'In IIS Manager, select the WSUS site > SSL Settings: clear "Require SSL" at site level; then check Content and Selfupdate (SSL Settings: Require SSL cleared).',
    'Keep Require SSL on ApiRemoting30, ClientWebService, DssAuthWebService, ServerSyncWebService and SimpleAuthWebService only, then run "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" configuressl <certificate name>.',
    'Check from a client: Invoke-WebRequest http://<server>:8530/selfupdate/wuident.cab -UseBasicParsing must return 200.',
  ],
  references: [WSUS_CONFIGURE, SCAN_FAILURES, KB4025764],
  tests: [
    { name: 'Content without Require SSL (base) passes', facts: {}, expect: 'pass' },
    {
      name: 'an admin opening the SSL-only ClientWebService over http in a browser (403.4) while Content downloads work',
      noise: true,
      facts: iisLog([
        '2026-11-24 09:20:01 10.0.0.10 GET /ClientWebService/client.asmx - 8530 - 10.0.5.20 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Safari/537.36 - 403 4 5 0',
        `2026-11-24 09:20:05 10.0.0.10 GET /Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.cab - 8530 - 10.0.1.21 Microsoft+BITS/7.8 - 200 0 0 46`,
      ]),
      expect: 'pass',
    },
    {
      name: 'SSL on the web services only passes',
      facts: {
        wsusServer: { usingSsl: true, portNumber: 8531 },
        iis: {
          wsusApplications: [
            { name: 'ClientWebService', kind: 'application', requireSsl: true, clientCertificates: 'Ignore' },
            { name: 'ReportingWebService', kind: 'application', requireSsl: false },
            { name: 'Content', kind: 'virtualDirectory', requireSsl: false },
            { name: 'Selfupdate', kind: 'virtualDirectory', requireSsl: false },
          ],
        },
      },
      expect: 'pass',
    },
    {
      name: 'SSL required on the whole site (Content inherits it) fails',
      facts: {
        wsusServer: { usingSsl: true, portNumber: 8531 },
        iis: {
          wsusApplications: [
            { name: 'ClientWebService', kind: 'application', requireSsl: true, clientCertificates: 'Ignore' },
            { name: 'Content', kind: 'virtualDirectory', requireSsl: true },
            { name: 'Selfupdate', kind: 'virtualDirectory', requireSsl: true },
          ],
        },
      },
      expect: 'fail',
      message: 'Require SSL is set on Content, Selfupdate of the WSUS site (WSUS uses SSL, port 8531',
    },
    {
      name: 'lower-case selfupdate requiring SSL fails',
      facts: { iis: { wsusApplications: [{ name: 'selfupdate', kind: 'virtualDirectory', requireSsl: true }] } },
      expect: 'fail',
      message: 'set on selfupdate of the WSUS site',
    },
    { name: 'empty application list is insufficient evidence', facts: { iis: { wsusApplications: [] } }, expect: 'insufficientEvidence' },
    { name: 'application list not read is insufficient evidence', facts: { iis: { wsusApplications: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});
