// deriveIisLog: availability, counts, relevance (WSUS clients on WSUS applications) and the
// noise summary, the user-agent classifier, 404/404.3, 500 configuration vs faults, 503
// persistent vs recovered, unresolved 401s, logs that are not IIS logs, sample numbering.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveIisLog, noiseKind, wsusApplicationOf } from '../../engine/derive/derive-iis-log.js';
import { classifyUserAgent } from '../../engine/knowledge/http-user-agents.js';
import { w3cLogKind } from '../../engine/parsers/w3c.js';
import type { WsusApplication } from '../../engine/facts/fact-types.generated.js';
import { corpusLines } from '../parsers/corpus.js';
import { IIS_FIELDS, iisRow, makeDoc, okExcerpt } from './make-doc.js';

const BROWSER = 'Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/120.0+Safari/537.36';
const SOAP = 'Mozilla/4.0+(compatible;+MSIE+6.0;+MS+Web+Services+Client+Protocol+4.0.30319.42000)';
const WUA = 'Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.50';
const app = (name: string): WsusApplication => ({ name, kind: 'application' });

function derive(lines: string[], extra: Parameters<typeof makeDoc>[0] = {}) {
  return deriveIisLog(makeDoc({ logs: { iisW3c: okExcerpt({ path: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240501.log', lines }) }, ...extra }));
}

test('not collected, failed or absent: available false and everything empty', () => {
  for (const iisW3c of [undefined, { status: 'error' as const, message: 'access denied' }, { status: 'notCollected' as const }, { status: 'notApplicable' as const }]) {
    const d = deriveIisLog(makeDoc({ logs: iisW3c ? { iisW3c } : {} }));
    assert.equal(d.available, false);
    assert.equal(d.entries, 0);
    assert.deepEqual(d.statusCounts, {});
    assert.deepEqual(d.status503, { count: 0, samples: [] });
    assert.deepEqual(d.status404.missingApplications, []);
    assert.deepEqual(d.clientIps, []);
  }
});

test('counts, window, skipped lines and client IPs', () => {
  const d = derive([
    IIS_FIELDS,
    iisRow({ time: '10:00:00', stem: '/ClientWebService/client.asmx', status: 200, ip: '10.0.1.2' }),
    'junk line',
    iisRow({ time: '10:00:05', stem: '/ClientWebService/client.asmx', status: 503, ip: '10.0.1.1' }),
    iisRow({ time: '09:59:00', stem: '/ClientWebService/client.asmx', status: 503, ip: '10.0.1.2' }),
  ]);
  assert.equal(d.available, true);
  assert.equal(d.entries, 3);
  assert.equal(d.skippedLines, 1);
  assert.deepEqual(d.window, { from: '2024-05-01T09:59:00.000Z', to: '2024-05-01T10:00:05.000Z' });
  assert.deepEqual(d.statusCounts, { '200': 1, '503': 2 });
  assert.equal(d.status503.count, 2);
  assert.deepEqual(d.clientIps, ['10.0.1.1', '10.0.1.2']);
});

test('browser, command-line, probe and scanner 403s and non-WSUS paths are noise; WSUS clients\' 403s count', () => {
  const d = derive([
    IIS_FIELDS,
    iisRow({ method: 'GET', stem: '/', ua: BROWSER, status: 403, sub: 14 }), // noise: browser
    iisRow({ method: 'GET', stem: '/ClientWebService/', ua: BROWSER, status: 403, sub: 14 }), // noise: browser
    iisRow({ method: 'GET', stem: '/SimpleAuthWebService/SimpleAuth.asmx', ua: BROWSER, status: 403, sub: 4 }), // noise: browser over HTTP
    iisRow({ method: 'GET', stem: '/ClientWebService/client.asmx', ua: 'curl/8.4.0', status: 403, sub: 4 }), // noise: command line
    iisRow({ method: 'GET', stem: '/ClientWebService/client.asmx', ua: 'Zabbix', status: 403, sub: 7 }), // noise: probe
    iisRow({ method: 'GET', stem: '/private/', ua: WUA, status: 403, sub: 14 }), // noise: not a WSUS path
    iisRow({ method: 'POST', stem: '/ClientWebService/client.asmx', status: 403, sub: 0 }), // counts: the agent
    iisRow({ method: 'POST', stem: '/ApiRemoting30/WebService.asmx', ua: SOAP, status: 403, sub: 7 }), // counts: SOAP client
    iisRow({ method: 'POST', stem: '/SimpleAuthWebService/SimpleAuth.asmx', ua: '-', status: 403, sub: 4 }), // counts: no agent on a WSUS path
  ]);
  assert.equal(d.statusCounts['403'], 9);
  assert.equal(d.status403.count, 3);
  assert.deepEqual(d.status403.samples.map((s) => s.line), [8, 9, 10]);
  assert.equal(d.status403_4.count, 1);
  assert.equal(d.status403_7.count, 1);
  assert.deepEqual(d.noise.byKind, { browser: 3, commandLine: 1, probe: 1, scanner: 0, crawler: 0, nonWsusPath: 1 });
  assert.equal(d.noise.count, 6);
  assert.deepEqual(d.wsusRequests, { count: 3, statusCounts: { '403': 3 }, subStatusCounts: { '403': { '0': 1, '4': 1, '7': 1 } } });
});

test('user agents: WSUS clients and servers, browsers, command-line clients, probes, scanners, crawlers (real strings)', () => {
  const cases: Array<[string | undefined, string]> = [
    ['Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71', 'windowsUpdateAgent'],
    ['Windows-Update-Agent', 'windowsUpdateAgent'],
    ['Windows-Update-Agent/7.6.7600.320+Client-Protocol/1.21', 'windowsUpdateAgent'],
    ['Microsoft+BITS/7.8', 'bits'],
    ['Microsoft BITS/7.5', 'bits'],
    ['Microsoft-Delivery-Optimization/10.0', 'deliveryOptimization'],
    ['Mozilla/4.0+(compatible;+MSIE+6.0;+MS+Web+Services+Client+Protocol+4.0.30319.42000)', 'soapClient'],
    ['Mozilla/4.0+(compatible;+MSIE+6.0;+MS+Web+Services+Client+Protocol+2.0.50727.4927)', 'soapClient'],
    [BROWSER, 'browser'],
    ['Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64;+rv:133.0)+Gecko/20100101+Firefox/133.0', 'browser'],
    ['Mozilla/5.0+(Windows+NT+10.0;+WOW64;+Trident/7.0;+rv:11.0)+like+Gecko', 'browser'],
    ['curl/8.4.0', 'commandLine'],
    ['Wget/1.21.4', 'commandLine'],
    ['Mozilla/5.0+(Windows+NT;+Windows+NT+10.0;+en-US)+WindowsPowerShell/5.1.20348.2849', 'commandLine'],
    ['Mozilla/5.0+(Windows+NT+10.0;+Microsoft+Windows+10.0.20348;+en-US)+PowerShell/7.4.6', 'commandLine'],
    ['python-requests/2.31.0', 'commandLine'],
    ['Go-http-client/1.1', 'commandLine'],
    ['Zabbix', 'probe'],
    ['Mozilla/5.0+(compatible;+PRTG+Network+Monitor+(www.paessler.com);+Windows)', 'probe'],
    ['check_http/v2.3.3+(monitoring-plugins+2.3.3)', 'probe'],
    ['KEMP+1.0', 'probe'],
    ['HAProxy', 'probe'],
    ['Mozilla/5.0+(compatible;+Nmap+Scripting+Engine;+https://nmap.org/book/nse.html)', 'scanner'],
    ['Mozilla/5.00+(Nikto/2.5.0)+(Evasions:None)+(Test:000003)', 'scanner'],
    ['sqlmap/1.7.2#stable+(https://sqlmap.org)', 'scanner'],
    ['Mozilla/5.0+(compatible;+Nessus)', 'scanner'],
    ['masscan/1.3+(https://github.com/robertdavidgraham/masscan)', 'scanner'],
    ['Mozilla/5.0+zgrab/0.x', 'scanner'],
    ['Mozilla/5.0+(compatible;+bingbot/2.0;++http://www.bing.com/bingbot.htm)', 'crawler'],
    ['Mozilla/5.0+(compatible;+Googlebot/2.1;++http://www.google.com/bot.html)', 'crawler'],
    ['-', 'none'],
    [undefined, 'none'],
    ['SomeInventoryAgent/3.1', 'other'],
  ];
  for (const [ua, kind] of cases) assert.equal(classifyUserAgent(ua), kind, String(ua));
});

test('paths: noise kinds from the agent first, then the path; WSUS paths and missing stems count', () => {
  assert.equal(noiseKind({ userAgent: BROWSER, uriStem: '/favicon.ico' }), 'browser');
  assert.equal(noiseKind({ userAgent: undefined, uriStem: '/' }), 'probe');
  assert.equal(noiseKind({ userAgent: undefined, uriStem: '/robots.txt' }), 'nonWsusPath');
  assert.equal(noiseKind({ userAgent: WUA, uriStem: '/wp-login.php' }), 'nonWsusPath');
  assert.equal(noiseKind({ userAgent: WUA, uriStem: '/ClientWebService/client.asmx' }), undefined);
  assert.equal(noiseKind({ userAgent: 'Microsoft+BITS/7.8', uriStem: '/content/ae/x.cab' }), undefined);
  assert.equal(noiseKind({ userAgent: undefined, uriStem: '/Selfupdate/wuident.cab' }), undefined);
  assert.equal(noiseKind({ userAgent: 'SomeInventoryAgent/3.1', uriStem: undefined }), undefined);
  assert.equal(noiseKind({ userAgent: 'Mozilla/5.00+(Nikto/2.5.0)+(Evasions:None)+(Test:000003)', uriStem: '/ApiRemoting30/WebService.asmx' }), 'scanner');
});

test('wsusApplicationOf', () => {
  assert.equal(wsusApplicationOf('/clientwebservice/client.asmx'), 'ClientWebService');
  assert.equal(wsusApplicationOf('/SELFUPDATE'), 'Selfupdate');
  assert.equal(wsusApplicationOf('Content/AE/x.cab'), 'Content');
  assert.equal(wsusApplicationOf('/ClientWebServiceX/'), undefined);
  assert.equal(wsusApplicationOf('/'), undefined);
});

test('404s: WSUS applications missing from iis.wsusApplications, case-insensitive', () => {
  const lines = [
    IIS_FIELDS,
    iisRow({ stem: '/clientwebservice/client.asmx', status: 404, win32: 2 }),
    iisRow({ method: 'HEAD', stem: '/Content/AE/x.cab', status: 404, win32: 2 }),
    iisRow({ stem: '/SimpleAuthWebService/SimpleAuth.asmx', status: 404 }),
    iisRow({ method: 'GET', stem: '/favicon.ico', status: 404 }),
  ];
  const known = derive(lines, { iis: { status: 'ok', wsusApplications: [app('Content'), app('simpleauthwebservice'), app('/ApiRemoting30')] } });
  assert.equal(known.status404.count, 3, '/favicon.ico is not a WSUS path');
  assert.deepEqual(known.status404.byApplication, { ClientWebService: 1, Content: 1, SimpleAuthWebService: 1 });
  assert.equal(known.noise.byKind.nonWsusPath, 1);
  assert.deepEqual(known.status404.missingApplications, ['ClientWebService']);

  // List not collected (section not ok, or no wsusApplications): every WSUS segment hit.
  for (const iis of [undefined, { status: 'error' as const }, { status: 'ok' as const }]) {
    const d = derive(lines, iis ? { iis } : {});
    assert.deepEqual(d.status404.missingApplications, ['ClientWebService', 'Content', 'SimpleAuthWebService']);
  }
});

test('unresolved 401s: no later 2xx from the same client IP for the same URI stem', () => {
  const d = derive([
    IIS_FIELDS,
    iisRow({ time: '10:00:00', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.0.1', status: 401, sub: 2 }),
    iisRow({ time: '10:00:01', stem: '/apiremoting30/webservice.asmx', ip: '10.0.0.1', status: 200 }), // resolves the first
    iisRow({ time: '10:00:02', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.0.2', status: 401, sub: 2 }),
    iisRow({ time: '10:00:03', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.0.3', status: 200 }), // other IP: no effect
    iisRow({ time: '10:00:04', method: 'HEAD', stem: '/Content/AE/x.cab', ip: '10.0.0.4', status: 401, sub: 3, win32: 5 }),
    iisRow({ time: '10:00:05', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.0.1', status: 401, sub: 2 }), // after its 200
    iisRow({ time: '10:00:06', method: 'GET', stem: '/Content/AE/y.cab', ip: '10.0.0.5', status: 401 }),
    iisRow({ time: '10:00:07', method: 'GET', stem: '/Content/AE/y.cab', ip: '10.0.0.5', status: 206 }), // BITS range resolves
    iisRow({ time: '10:00:30', stem: '/ClientWebService/client.asmx', ip: '10.0.0.9', status: 200 }), // the log goes on
  ]);
  assert.equal(d.unresolved401.count, 3);
  assert.equal(d.unresolved401.cutAtEnd, 0);
  assert.deepEqual(d.unresolved401.samples.map((s) => s.timestamp), [
    '2024-05-01T10:00:02.000Z',
    '2024-05-01T10:00:04.000Z',
    '2024-05-01T10:00:05.000Z',
  ]);
});

test('unresolved 401s: a handshake cut by the end of the excerpt and noise 401s do not count', () => {
  const d = derive([
    IIS_FIELDS,
    iisRow({ time: '10:00:00', method: 'GET', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.5.20', ua: BROWSER, status: 401, sub: 2 }), // browser: noise
    iisRow({ time: '10:00:01', method: 'GET', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.66.6', ua: 'Mozilla/5.0+(compatible;+Nessus)', status: 401, sub: 2 }), // scanner: noise
    iisRow({ time: '10:00:10', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.0.20', ua: SOAP, status: 401, sub: 1 }), // counts
    iisRow({ time: '10:05:00', stem: '/ClientWebService/client.asmx', ip: '10.0.1.1', status: 200 }),
    iisRow({ time: '10:05:01', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.0.21', ua: SOAP, status: 401, sub: 2 }), // cut
    iisRow({ time: '10:05:02', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.0.21', ua: SOAP, status: 401, sub: 1, win32: 2148074254 }), // cut
  ]);
  assert.equal(d.unresolved401.count, 1);
  assert.equal(d.unresolved401.cutAtEnd, 2);
  assert.deepEqual(d.unresolved401.samples.map((s) => s.timestamp), ['2024-05-01T10:00:10.000Z']);
  assert.equal(d.noise.byKind.browser, 1);
  assert.equal(d.noise.byKind.scanner, 1);
});

test('404.3: counted apart with the extensions; other 404s of WSUS clients stay in status404', () => {
  const d = derive([
    IIS_FIELDS,
    iisRow({ method: 'GET', stem: '/Content/3F/ABC.esd', ua: 'Microsoft-Delivery-Optimization/10.0', status: 404, sub: 3, win32: 50 }),
    iisRow({ method: 'HEAD', stem: '/Content/1B/DEF.MSU', ua: 'Microsoft+BITS/7.8', status: 404, sub: 3, win32: 50 }),
    iisRow({ method: 'GET', stem: '/Content/1B/GHI.msu', ua: 'Microsoft+BITS/7.8', status: 404, sub: 3, win32: 50 }),
    iisRow({ method: 'GET', stem: '/Content/AE/x.cab', ua: 'Microsoft+BITS/7.8', status: 404, sub: 0, win32: 2 }),
    iisRow({ method: 'GET', stem: '/Content/backup.bak', ua: 'Mozilla/5.00+(Nikto/2.5.0)+(Evasions:None)+(Test:000003)', status: 404, sub: 3 }),
  ]);
  assert.equal(d.status404_3.count, 3);
  assert.deepEqual(d.status404_3.extensions, ['.esd', '.msu']);
  assert.equal(d.status404.count, 1);
  assert.deepEqual(d.status404.byApplication, { Content: 1 });
});

test('500: configuration sub-statuses apart from faults; the fault rate is over WSUS requests only', () => {
  const rows = [IIS_FIELDS];
  for (let i = 0; i < 36; i++) rows.push(iisRow({ stem: '/ClientWebService/client.asmx', ip: `10.0.1.${i + 1}`, status: 200 }));
  rows.push(iisRow({ stem: '/ClientWebService/client.asmx', status: 500, sub: 0 }));
  rows.push(iisRow({ stem: '/ClientWebService/client.asmx', status: 500, sub: 0 }));
  rows.push(iisRow({ stem: '/ClientWebService/client.asmx', status: 500, sub: 19, win32: 13 }));
  rows.push(iisRow({ stem: '/selfupdate/iuident.cab', method: 'GET', status: 500, sub: 24, win32: 50 }));
  rows.push(iisRow({ stem: '/ReportingWebService/ReportingWebService.asmx', ua: 'sqlmap/1.7.2#stable+(https://sqlmap.org)', status: 500, sub: 0 }));
  for (const sub of [21, 22, 23, 50, 51, 52, 53]) rows.push(iisRow({ stem: '/ClientWebService/client.asmx', status: 500, sub }));
  const d = derive(rows);
  assert.equal(d.status500.count, 11);
  assert.equal(d.status500Config.count, 9);
  assert.equal(d.status500_24.count, 1);
  assert.equal(d.status500Fault.count, 2);
  assert.equal(d.wsusRequests.count, 47);
  assert.equal(d.status500Fault.ratePercent, 4.3);
});

test('503: recovered when a WSUS client succeeds later, persistent after the last success; noise never counts', () => {
  const d = derive([
    IIS_FIELDS,
    iisRow({ time: '10:00:00', stem: '/ClientWebService/client.asmx', ip: '10.0.1.1', status: 503 }),
    iisRow({ time: '10:00:01', stem: '/ClientWebService/client.asmx', ip: '10.0.1.2', status: 503 }),
    iisRow({ time: '10:00:10', stem: '/ClientWebService/client.asmx', ip: '10.0.1.1', status: 200 }),
    iisRow({ time: '10:01:00', stem: '/ClientWebService/client.asmx', ip: '10.0.1.3', status: 503 }),
    iisRow({ time: '10:01:05', method: 'GET', stem: '/', ip: '10.0.9.5', ua: 'HAProxy', status: 200 }), // a probe's 200 is no recovery
    iisRow({ time: '10:01:06', method: 'GET', stem: '/default.aspx', ip: '10.0.9.6', ua: '-', status: 503 }), // not WSUS
  ]);
  assert.equal(d.status503.count, 3);
  assert.equal(d.status503Recovered.count, 2);
  assert.equal(d.status503Persistent.count, 1);
  assert.deepEqual(d.status503Persistent.samples.map((s) => s.timestamp), ['2024-05-01T10:01:00.000Z']);
});

test('the Windows Firewall and HTTPERR logs offered as the IIS log: not parsed, named, unusable', () => {
  const firewall = [
    '#Version: 1.5',
    '#Software: Microsoft Windows Firewall',
    '#Time Format: Local',
    '#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path',
    '2024-05-01 10:00:00 ALLOW TCP 10.0.1.21 10.0.0.10 50211 8530 0 - 0 0 0 - - - RECEIVE',
  ];
  const httpErr = [
    '#Software: Microsoft HTTP API 2.0',
    '#Version: 1.0',
    '#Date: 2024-05-01 10:00:00',
    '#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri sc-status s-siteid s-reason s-queuename',
    '2024-05-01 10:00:00 10.0.1.21 50211 10.0.0.10 8530 HTTP/1.1 POST /ClientWebService/client.asmx 503 1 AppOffline WsusPool',
  ];
  assert.deepEqual(w3cLogKind(firewall), { kind: 'firewall', software: 'Microsoft Windows Firewall' });
  assert.deepEqual(w3cLogKind(['\ufeff#Software: Microsoft Internet Connection Firewall']), { kind: 'firewall', software: 'Microsoft Internet Connection Firewall' });
  assert.deepEqual(w3cLogKind(httpErr), { kind: 'httpErr', software: 'Microsoft HTTP API 2.0' });
  assert.deepEqual(w3cLogKind(httpErr.slice(3)), { kind: 'httpErr' }, 'the #Fields line alone tells');
  assert.deepEqual(w3cLogKind(['#Software: Microsoft Internet Information Services 10.0', IIS_FIELDS]), { kind: 'access', software: 'Microsoft Internet Information Services 10.0' });

  const fw = deriveIisLog(makeDoc({ logs: { iisW3c: okExcerpt({ path: 'C:\\Windows\\System32\\LogFiles\\Firewall\\pfirewall.log', lines: firewall }) } }));
  assert.equal(fw.available, true);
  assert.equal(fw.entries, 0);
  assert.equal(fw.notIis, 'the Windows Firewall log (#Software: Microsoft Windows Firewall) in C:\\Windows\\System32\\LogFiles\\Firewall\\pfirewall.log');
  assert.match(fw.unusableReason ?? '', /^the file offered as the IIS log of the WSUS site is not an IIS access log: the Windows Firewall log/);
  const he = deriveIisLog(makeDoc({ logs: { iisW3c: okExcerpt({ path: 'C:\\httperr1.log', lines: httpErr }) } }));
  assert.equal(he.entries, 0);
  assert.equal(he.status503.count, 0);
  assert.match(he.notIis ?? '', /^the HTTP.sys error log \(HTTPERR\)/);
});

test('the lnav IIS sample (a public web site: crawlers, browsers, 202 404s) used as a WSUS log: all noise, nothing counted', () => {
  const d = derive(corpusLines('lnav/w3c/logfile_w3c_big.0'));
  assert.ok(d.entries > 200);
  assert.equal(d.wsusRequests.count, 0);
  assert.equal(d.status404.count, 0);
  assert.equal(d.noise.count, d.entries);
  assert.ok(d.noise.byKind.crawler > 0 && d.noise.byKind.browser > 0);
  assert.match(d.unusableReason ?? '', /^none of the \d+ entries of the IIS log excerpt is a request of a WSUS client to a WSUS application/);
});

test('samples: at most five, newest last, with file, line number, timestamp and the raw line', () => {
  const rows = Array.from({ length: 8 }, (_, i) => iisRow({ time: `10:00:0${i}`, stem: '/ClientWebService/client.asmx', status: 500, sub: 24, win32: 50 }));
  const withStart = deriveIisLog(makeDoc({ logs: { iisW3c: okExcerpt({ path: 'C:\\a.log', startLine: 1001, lines: [IIS_FIELDS, ...rows] }) } }));
  assert.equal(withStart.status500.count, 8);
  // lines[0] (the header) is line 1001, so the eighth row (lines[8]) is line 1009.
  assert.deepEqual(withStart.status500.samples.map((s) => s.line), [1005, 1006, 1007, 1008, 1009]);
  assert.deepEqual(withStart.status500.samples[4], {
    file: 'C:\\a.log',
    line: 1009,
    timestamp: '2024-05-01T10:00:07.000Z',
    text: rows[7],
  });
  // Without startLine (a tail read) the number is the 1-based position in the excerpt.
  const tail = deriveIisLog(makeDoc({ logs: { iisW3c: okExcerpt({ path: 'C:\\a.log', lines: [IIS_FIELDS, ...rows] }) } }));
  assert.deepEqual(tail.status500.samples.map((s) => s.line), [5, 6, 7, 8, 9]);
});

test('several files: each parsed with its own header state, counted together', () => {
  const d = deriveIisLog(
    makeDoc({
      logs: {
        iisW3c: okExcerpt(
          { path: 'C:\\u_ex1.log', lines: ['#Fields: date time c-ip sc-status', '2024-05-01 10:00:00 10.0.0.1 503'] },
          { path: 'C:\\u_ex2.log', lines: [iisRow({ stem: '/ClientWebService/client.asmx', status: 503 })] },
        ),
      },
    }),
  );
  assert.equal(d.status503.count, 2);
  assert.deepEqual(d.status503.samples.map((s) => [s.file, s.line]), [['C:\\u_ex1.log', 2], ['C:\\u_ex2.log', 1]]);
});

test('Microsoft shared-content excerpt: 404 on Content and an unresolved 401.3', () => {
  const header = '#Fields: s-ip cs-method cs-uri-stem s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken';
  const d = derive([header, ...corpusLines('ms-supportarticles/wsus-configure-shared-database.iis-excerpt.log')], {
    iis: { status: 'ok', wsusApplications: [app('ClientWebService'), app('SimpleAuthWebService')] },
  });
  assert.equal(d.status404.count, 1);
  assert.deepEqual(d.status404.missingApplications, ['Content']);
  assert.equal(d.unresolved401.count, 1);
  assert.deepEqual(d.clientIps, ['10.10.10.221']);
  assert.deepEqual(d.window, {});
});

test('Microsoft impersonation excerpt: every WSUS application answers 500.24', () => {
  const header = '#Fields: x-datetime s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken';
  const d = derive([header, ...corpusLines('ms-supportarticles/cannot-connect-to-wsus-administration-website.iis-excerpt.log')]);
  assert.equal(d.status500.count, 9);
  assert.equal(d.status500.samples.length, 5);
  assert.deepEqual(d.clientIps, ['fe80::e3a4:2b81:92b4:c6e7%11']);
});

test('sub-status counts by status then substatus; 500.24, 403.4 and 403.7 kept with samples', () => {
  const d = derive([
    IIS_FIELDS,
    iisRow({ stem: '/ClientWebService/client.asmx', status: 500, sub: 24, win32: 50 }),
    iisRow({ stem: '/selfupdate/iuident.cab', method: 'GET', status: 500, sub: 24, win32: 50 }),
    iisRow({ stem: '/ClientWebService/client.asmx', status: 500, sub: 0 }),
    iisRow({ stem: '/SimpleAuthWebService/SimpleAuth.asmx', status: 403, sub: 4 }),
    iisRow({ stem: '/ClientWebService/client.asmx', ua: SOAP, status: 403, sub: 7 }),
    iisRow({ stem: '/ClientWebService/client.asmx', status: 200 }),
    `2024-05-01 10:00:00 10.0.0.5 POST /x - 8530 - 10.0.1.1 - - 404 - 0 15`,
  ]);
  assert.deepEqual(d.subStatusCounts, { '200': { '0': 1 }, '403': { '4': 1, '7': 1 }, '500': { '0': 1, '24': 2 } });
  assert.equal(d.statusCounts['404'], 1, 'a row without substatus is counted by status only');
  assert.equal(d.status500.count, 3);
  assert.equal(d.status500_24.count, 2);
  assert.deepEqual(d.status500_24.samples.map((s) => s.line), [2, 3]);
  assert.equal(d.status403_4.count, 1);
  assert.equal(d.status403_7.count, 1);
  assert.equal(d.status403.count, 2, '403.4 and 403.7 of WSUS clients are also in status403');
});
