// deriveProxy: WinHTTP bypass-list rules (`;`/white-space separated, `*` wildcards, <local>)
// against the WUServer host; unknown rather than a guess.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bypassEntries, bypassListCoversHost, deriveProxy, wildcardMatch } from '../../engine/derive/derive-proxy.js';
import type { Proxy } from '../../engine/facts/fact-types.generated.js';
import { makeDoc } from './make-doc.js';

const derive = (proxy: Proxy | undefined, wuServer = 'http://wsus01.contoso.com:8530') =>
  deriveProxy(makeDoc({ ...(proxy && { proxy }), clientPolicy: { status: 'ok', windowsUpdate: { WUServer: wuServer } } }, 'client'));
const viaProxy = (bypassList?: string): Proxy => ({ status: 'ok', direct: false, proxyServer: 'proxy.contoso.com:8080', ...(bypassList !== undefined && { bypassList }) });

test('not collected: available false, nothing decided', () => {
  assert.deepEqual(derive(undefined), { available: false, bypassEntries: [] });
  assert.deepEqual(derive({ status: 'notCollected', direct: false, bypassList: '<local>' }), { available: false, bypassEntries: [] });
});

test('direct access or unknown: no proxy to bypass, so no answer', () => {
  assert.deepEqual(derive({ status: 'ok', direct: true }), { available: true, bypassEntries: [] });
  assert.deepEqual(derive({ status: 'ok', bypassList: '*.contoso.com' }), { available: true, bypassEntries: ['*.contoso.com'] });
});

test('proxy without a bypass list (absent, empty, "(none)"): false', () => {
  for (const list of [undefined, '', '  ', '(none)', '(None)']) assert.equal(derive(viaProxy(list)).bypassesWsusHost, false, String(list));
});

test('entries: separators, exact names, wildcards, letter case', () => {
  assert.deepEqual(bypassEntries(' <local>; *.contoso.com  10.* ;;'), ['<local>', '*.contoso.com', '10.*']);
  assert.equal(derive(viaProxy('*.contoso.com;<local>')).bypassesWsusHost, true);
  assert.equal(derive(viaProxy('WSUS01.Contoso.COM')).bypassesWsusHost, true);
  assert.equal(derive(viaProxy('*.CONTOSO.com')).bypassesWsusHost, true);
  assert.equal(derive(viaProxy('wsus*')).bypassesWsusHost, true);
  assert.equal(derive(viaProxy('*')).bypassesWsusHost, true);
  // A bare domain covers that name alone, and *.domain not the domain itself.
  assert.equal(derive(viaProxy('contoso.com')).bypassesWsusHost, false);
  assert.equal(derive(viaProxy('*.contoso.com'), 'http://contoso.com:8530').bypassesWsusHost, false);
  assert.equal(derive(viaProxy('*.fabrikam.com <local> wsus02.contoso.com')).bypassesWsusHost, false);
  // A trailing dot on either side does not matter.
  assert.equal(derive(viaProxy('wsus01.contoso.com.'), 'http://wsus01.contoso.com.:8530').bypassesWsusHost, true);
});

test('<local> covers host names without a period only', () => {
  assert.equal(derive(viaProxy('<local>'), 'http://wsus01:8530').bypassesWsusHost, true);
  assert.equal(derive(viaProxy('<local>')).bypassesWsusHost, false);
  assert.equal(derive(viaProxy('<local>'), 'http://10.0.0.10:8530').bypassesWsusHost, false);
  assert.equal(derive(viaProxy('<-loopback>'), 'http://wsus01:8530').bypassesWsusHost, false);
});

test('IP addresses match as text, with wildcards', () => {
  assert.equal(derive(viaProxy('10.*'), 'http://10.0.0.10:8530').bypassesWsusHost, true);
  assert.equal(derive(viaProxy('10.0.0.10'), 'http://10.0.0.10:8530').bypassesWsusHost, true);
  assert.equal(derive(viaProxy('10.*')).bypassesWsusHost, false, 'a name is not compared with its addresses');
  assert.equal(derive(viaProxy('[fd00::10]'), 'http://[fd00::10]:8530').bypassesWsusHost, true);
});

test('entries with a scheme or a port cannot be evaluated: unknown unless another entry matches', () => {
  assert.equal(derive(viaProxy('http://wsus01.contoso.com')).bypassesWsusHost, undefined);
  assert.equal(derive(viaProxy('wsus01.contoso.com:8530')).bypassesWsusHost, undefined);
  assert.equal(derive(viaProxy('wsus01.contoso.com:8530;*.contoso.com')).bypassesWsusHost, true);
  assert.equal(derive(viaProxy('<local>'), 'http://[fd00::10]:8530').bypassesWsusHost, undefined);
  assert.equal(bypassListCoversHost(['x:1', 'other.contoso.com'], 'wsus01.contoso.com', false), undefined);
});

test('WUServer unknown or not a URL: no answer', () => {
  assert.equal('bypassesWsusHost' in derive(viaProxy('<local>'), 'not a url'), false);
  const noPolicy = deriveProxy(makeDoc({ proxy: viaProxy('<local>'), clientPolicy: { status: 'error', message: 'x' } }, 'client'));
  assert.deepEqual(noPolicy, { available: true, bypassEntries: ['<local>'] });
});

test('wildcardMatch: whole-string, backtracking, no regex', () => {
  assert.equal(wildcardMatch('a*b*c', 'axxbyyc'), true);
  assert.equal(wildcardMatch('a*b*c', 'axxbyy'), false);
  assert.equal(wildcardMatch('*.*.com', 'a.b.com'), true);
  assert.equal(wildcardMatch('**', ''), true);
  assert.equal(wildcardMatch('a', 'ab'), false);
  assert.equal(wildcardMatch('*' + 'a*'.repeat(20) + 'b', 'a'.repeat(200)), false);
});
