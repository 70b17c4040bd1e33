/** KB 4025764 cause 12 (proxy): a WinHTTP proxy without a bypass for the WSUS host sends scans through the proxy. */
import { all, any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES } from '../references.js';
import { CM_PLAN_SOFTWARE_UPDATES, WU_PROXY } from './shared/references.js';
import { HAS_WUSERVER_OR_UNKNOWN } from './shared/conditions.js';
import { wsusPolicy, facts } from './shared/test-facts.js';

const PROXY_SET = fact('proxy.direct', 'equal', false);
/** netsh shows "(none)" for an empty list; collectors may keep it, drop it, or write an empty string. */
const NO_BYPASS_LIST = any(fact('proxy.bypassList', 'exists', false), fact('proxy.bypassList', 'in', ['', '(none)']));
/** WinHTTP's "<local>" entry bypasses every host name without a dot: decidable for a short WUServer host. */
const LOCAL_BYPASS_COVERS_SHORT_HOST = all(
  fact('derived.policy.wuServer.isFqdn', 'equal', false),
  fact('derived.policy.wuServer.isIpAddress', 'equal', false),
  fact('proxy.bypassList', 'matches', '<local>'),
);

export default defineRule({
  id: 'winhttp-proxy-without-wsus-bypass',
  ref: 'WSUS-0060',
  title: 'A WinHTTP proxy is set and nothing bypasses it for the WSUS server',
  severity: 'warning',
  category: 'network',
  appliesTo: { role: 'client', when: HAS_WUSERVER_OR_UNKNOWN },
  requires: ['proxy.direct', 'clientPolicy', 'derived.policy.wuServer.host'],
  when: all(PROXY_SET, NO_BYPASS_LIST),
  inconclusiveWhen: all(PROXY_SET, not(NO_BYPASS_LIST), not(LOCAL_BYPASS_COVERS_SHORT_HOST)),
  inconclusiveMessage:
    'WinHTTP uses proxy {{proxy.proxyServer}} with bypass list "{{proxy.bypassList}}"; whether an entry of that list matches the WSUS host {{derived.policy.wuServer.host}} cannot be decided by the rules (no wildcard host matching). ' +
    'Check it by hand: netsh winhttp show proxy, and look for the WSUS FQDN or a matching *.domain entry.',
  message:
    'WinHTTP sends traffic through proxy {{proxy.proxyServer}} and has no bypass list, so the agent\'s scans of {{derived.policy.wuServer.raw}} also go through the proxy. ' +
    'An intranet WSUS server behind a proxy that cannot reach it, needs authentication (0x8024401B) or filters .cab files (0x8024402F) fails every scan.',
  evidence: ['proxy.proxyServer', 'proxy.bypassList', 'clientPolicy.windowsUpdate.SetProxyBehaviorForUpdateDetection'],
  summary: 'WinHTTP goes direct, or its bypass list covers the WSUS server.',
  rationale:
    'WSUS scans use the system (WinHTTP) proxy first; since the September 2020 cumulative update, HTTP scans against WSUS no longer fall back to the user proxy unless SetProxyBehaviorForUpdateDetection = 1 (Microsoft "How the Windows Update client determines which proxy server to use", ConfigMgr "Plan for software updates"; knowledge 6.1, 6.3). ' +
    'Knowledge section 8 cause 12: "proxy set without WSUS bypass" is the signal, fixed by bypassing WSUS in the proxy settings. ' +
    'A proxy with no bypass list at all is decided as a warning (the proxy may still forward to WSUS, hence not an error). With a bypass list, only the "<local>" entry and a short WUServer host can be decided here; any other list gives insufficient evidence rather than a guess, because matching WinHTTP bypass patterns (wildcards, ports) against the host is not available to rules.',
  remediation: [
    'Show the proxy: netsh winhttp show proxy.',
    'Add the WSUS server to the bypass list, keeping the existing entries, e.g. netsh winhttp set proxy proxy-server="proxy.contoso.com:8080" bypass-list="<local>;*.contoso.com;wsus01.contoso.com" — or remove the proxy if the machine does not need one: netsh winhttp reset proxy.',
    'If the proxy is imported from the user settings (netsh winhttp import proxy source=ie), fix the source settings or the GPO that sets them.',
    'Verify from the client: Test-NetConnection -ComputerName <WSUS FQDN> -Port 8530, then trigger a scan and check WindowsUpdate.log for 0x8024402C/0x8024401B/0x80244021.',
  ],
  references: [WU_PROXY, SCAN_FAILURES, CM_PLAN_SOFTWARE_UPDATES, KB4025764],
  tests: [
    { name: 'direct access passes', facts: {}, expect: 'pass' },
    {
      name: 'proxy without bypass list fails',
      facts: { proxy: { direct: false, proxyServer: 'proxy.contoso.com:8080' } },
      expect: 'fail',
      message: 'proxy.contoso.com:8080 and has no bypass list',
    },
    {
      name: 'proxy with "(none)" bypass list fails',
      facts: { proxy: { direct: false, proxyServer: 'proxy.contoso.com:8080', bypassList: '(none)' } },
      expect: 'fail',
    },
    {
      name: 'proxy with a domain wildcard bypass cannot be decided',
      facts: { proxy: { direct: false, proxyServer: 'proxy.contoso.com:8080', bypassList: '*.contoso.com;<local>' } },
      expect: 'insufficientEvidence',
      message: 'bypass list "*.contoso.com;<local>"',
    },
    {
      name: 'short WSUS host with "<local>" in the bypass list passes',
      facts: facts(wsusPolicy('http://wsus01:8530'), { proxy: { direct: false, proxyServer: 'proxy.contoso.com:8080', bypassList: '<local>' } }),
      expect: 'pass',
    },
    {
      name: '"<local>" does not cover an FQDN: cannot be decided',
      facts: { proxy: { direct: false, proxyServer: 'proxy.contoso.com:8080', bypassList: '<local>' } },
      expect: 'insufficientEvidence',
    },
    {
      name: 'proxy not collected is insufficient evidence',
      facts: { proxy: { status: 'notCollected', message: 'netsh not available', direct: null } },
      expect: 'insufficientEvidence',
    },
    { name: 'no WSUS policy at all is not applicable (not managed by WSUS)', facts: { clientPolicy: { windowsUpdate: null, au: null } }, expect: 'notApplicable' },
  ],
});
