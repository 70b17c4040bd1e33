/** KB 4025764 causes 11 and 12: proxy and name-resolution errors on the way to WSUS. */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES } from '../references.js';
import { CM_PLAN_SOFTWARE_UPDATES, WU_COMMON_ERRORS, WU_PROXY } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN, familyCodesSentence, loggedFamily } from './shared/conditions.js';
import { NO_CLIENT_LOGS, NOT_MANAGED, etlLine, etlLog, eventsOnly, facts, legacyLine, legacyLog, wuClientEvent, legacyWsusCall, etlWsusCall } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT, RECOVERED_TIMEOUT_CLIENT } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-proxy-dns-errors',
  ref: 'WSUS-0070',
  title: 'Proxy or name-resolution errors on the way to WSUS (0x8024402C, 0x8024401B, 0x80244021 …)',
  severity: 'error',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES, 'derived.clientErrors.byFamily.proxy'],
  // The 'proxy' family of engine/knowledge/wu-error-codes.ts: the codes this rule is about, in one place.
  when: loggedFamily('proxy'),
  message:
    'The Windows Update client hit proxy or name-resolution errors reaching {{derived.policy.wuServer.raw}}: the WSUS name (or the proxy\'s) does not resolve, or a proxy in the path requires authentication, fails as a gateway, or alters downloads. ' +
    'WinHTTP proxy: {{#if proxy.direct}}direct (no proxy){{else}}{{#if proxy.proxyServer}}{{proxy.proxyServer}}{{else}}not known{{/if}}{{/if}}{{#if proxy.bypassList}}, bypass list {{proxy.bypassList}}{{else}}, no bypass list{{/if}}{{#if derived.proxy.bypassesWsusHost}} (it covers the WSUS host){{/if}}. ' +
    familyCodesSentence('proxy'),
  evidence: ['proxy.direct', 'proxy.proxyServer', 'proxy.bypassList', 'clientPolicy.windowsUpdate.SetProxyBehaviorForUpdateDetection'],
  logEvidence: ['derived.clientErrors.byFamily.proxy'],
  summary: 'The client logged no proxy or name-resolution errors (0x8024402C, 0x80072EE7, 0x8024401B, 0x80244021, 0x80244023, 0x80240030, 0x8024402F, or a WinHTTP proxy auto-configuration error).',
  rationale:
    'Microsoft groups 0x80244021, 0x8024401B, 0x80240030 and 0x8024402C as proxy-related scan failures (KB 3090184); 0x8024402C/0x80072EE7 mean the proxy or target name did not resolve, 0x8024401B is HTTP 407, 0x80244021/0x80244023 are 502/504 from a gateway, 0x8024402F a filter altering .cab files (knowledge 5.3, section 8 causes 11 and 12). ' +
    'Scans use the WinHTTP proxy; since the September 2020 update they fall back to the user proxy only with SetProxyBehaviorForUpdateDetection = 1. The proxy settings are shown with the finding; "unknown" means they were not collected.',
  remediation: [
    'Resolve the WSUS name from the client: Resolve-DnsName <WSUS FQDN>; fix DNS (or the WUServer name) if it fails.',
    'Show the scan proxy: netsh winhttp show proxy. Bypass the WSUS server (bypass-list="<local>;*.contoso.com;<WSUS FQDN>") or remove the proxy (netsh winhttp reset proxy) when it is not needed; correct a malformed list (0x80240030).',
    'Proxy authentication (0x8024401B): WinHTTP scans run as SYSTEM and cannot answer a user prompt: bypass the proxy for WSUS or allow the machine anonymously.',
    'Gateway errors (502/504) and 0x8024402F: exempt WSUS and Windows Update traffic from the proxy/web filter; use the user proxy (SetProxyBehaviorForUpdateDetection = 1, or the ConfigMgr client setting "Allow user proxy for software update scans") only if the user proxy is truly required.',
  ],
  references: [SCAN_FAILURES, WU_PROXY, CM_PLAN_SOFTWARE_UPDATES, WU_COMMON_ERRORS, KB4025764],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'isolated network: Microsoft endpoints (SLS, Store, FoD) fail while WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'a WSUS scan that timed out and then succeeded is not a current failure', noise: true, facts: RECOVERED_TIMEOUT_CLIENT, expect: 'pass' },
    {
      name: 'legacy log: SendRequestUsingProxy 0x8024402c fails and shows the proxy',
      facts: facts(
        { proxy: { direct: false, proxyServer: 'proxy.contoso.com:8080' } },
        legacyLog(legacyWsusCall('18:52:06:747'), legacyLine('18:52:06:747', 'Misc', 'WARNING: WinHttp: SendRequestUsingProxy failed for <http://wsus01.contoso.com:8530/selfupdate/wuident.cab>. error 0x8024402c', '808', 'aac'),
          legacyLine('18:52:06:762', 'Agent', '  * WARNING: Exit code = 0x8024402C', '808', 'aac'),
        ),
      ),
      expect: 'fail',
      message: 'WinHTTP proxy: proxy.contoso.com:8080, no bypass list',
    },
    {
      name: 'Windows 10 log with proxy authentication (lower-case, no 0x) fails',
      facts: etlLog(etlWsusCall('14:03:55.7000000'), etlLine('14:03:55.7000000', 'WebServices', "WS error: The server returned HTTP status code '407 (0x197)' with text 'Proxy Authentication Required'."),
        etlLine('14:03:55.7000219', 'WebServices', 'Web service call failed with hr = 8024401b.'),
      ),
      expect: 'fail',
    },
    {
      name: 'event 25 with bad gateway fails',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244021.')),
      expect: 'fail',
    },
    {
      name: 'TLS errors alone are not proxy errors',
      facts: etlLog(etlWsusCall('14:03:55.7000219'), etlLine('14:03:55.7000219', 'WebServices', 'Web service call failed with hr = 80072f8f.')),
      expect: 'pass',
    },
    {
      name: 'with another family\'s code (0x80072EFD) logged too, only this rule\'s codes are named',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80072EE7.'), wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80072EFD.')),
      expect: 'fail',
      message: 'Codes of this kind on this client (1 occurrence(s)): 0x80072EE7 (The server name could not be resolved (WinHTTP 12007)).',
    },
    {
      name: 'gateway time-out (0x80244023) is a proxy error, not a request time-out',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244023.')),
      expect: 'fail',
      message: '0x80244023 (HTTP 504: timed out waiting for a gateway)',
    },
    {
      name: 'proxy auto-detection failure (0x80072F94) fails',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80072F94.')),
      expect: 'fail',
    },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    {
      name: 'client not managed by WSUS is not applicable',
      facts: facts(NOT_MANAGED, etlLog(etlWsusCall('14:03:55.7000219'), etlLine('14:03:55.7000219', 'WebServices', 'Web service call failed with hr = 8024402c.'))),
      expect: 'notApplicable',
    },
  ],
});
