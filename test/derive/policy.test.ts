// derivePolicy: native vs Wow6432Node source, URL parsing, status-server comparison.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { derivePolicy, parsePolicyUrl } from '../../engine/derive/derive-policy.js';
import type { ClientPolicy } from '../../engine/facts/fact-types.generated.js';
import { makeDoc } from './make-doc.js';

const policy = (clientPolicy: ClientPolicy) => derivePolicy(makeDoc({ clientPolicy }, 'client'));

test('not collected: available false, URLs not present', () => {
  const d = derivePolicy(makeDoc({ clientPolicy: { status: 'error', message: 'x' } }, 'client'));
  assert.equal(d.available, false);
  assert.equal(d.wuServer.present, false);
  assert.equal(d.source, undefined);
  assert.equal(d.useWUServer, undefined);
});

test('native values first', () => {
  const d = policy({
    status: 'ok',
    windowsUpdate: { WUServer: 'http://wsus01.contoso.com:8530', WUStatusServer: 'http://WSUS01.contoso.com:8530/' },
    au: { UseWUServer: 1 },
    wow6432Node: { windowsUpdate: { WUServer: 'http://old:80' }, au: { UseWUServer: 0 } },
  });
  assert.equal(d.source, 'native');
  assert.equal(d.wuServer.host, 'wsus01.contoso.com');
  assert.equal(d.useWUServer, 1);
  assert.equal(d.statusServerMatches, true, 'case and trailing slash ignored');
});

test('Wow6432Node copy as fallback, UseWUServer per value', () => {
  const d = policy({ status: 'ok', windowsUpdate: {}, au: {}, wow6432Node: { windowsUpdate: { WUServer: 'http://sup01:8530' }, au: { UseWUServer: 1 } } });
  assert.equal(d.source, 'wow6432Node');
  assert.equal(d.wuServer.raw, 'http://sup01:8530');
  assert.equal(d.wuServer.isFqdn, false);
  assert.equal(d.useWUServer, 1);
  assert.equal(d.wuStatusServer.present, false);
  assert.equal(d.statusServerMatches, false, 'one value missing');
});

test('no server anywhere: no source; two absent values match', () => {
  const d = policy({ status: 'ok', au: { UseWUServer: 1 } });
  assert.equal(d.source, undefined);
  assert.equal(d.wuServer.present, false);
  assert.equal(d.useWUServer, 1);
  assert.equal(d.statusServerMatches, true);
});

test('parsePolicyUrl: valid shapes', () => {
  assert.deepEqual(parsePolicyUrl('http://wsus.contoso.com:8530'), {
    present: true, raw: 'http://wsus.contoso.com:8530', valid: true, scheme: 'http', host: 'wsus.contoso.com',
    explicitPort: 8530, port: 8530, isFqdn: true, isIpAddress: false,
  });
  const https = parsePolicyUrl('HTTPS://wsus.contoso.com/');
  assert.deepEqual([https.scheme, https.explicitPort, https.port], ['https', undefined, 443]);
  const explicitDefault = parsePolicyUrl('http://wsus:80');
  assert.deepEqual([explicitDefault.explicitPort, explicitDefault.port, explicitDefault.isFqdn], [80, 80, false]);
  const ipv4 = parsePolicyUrl('http://10.0.0.5:8530');
  assert.deepEqual([ipv4.valid, ipv4.isIpAddress, ipv4.isFqdn], [true, true, false]);
  const ipv6 = parsePolicyUrl('https://[fe80::1%11]:8531');
  assert.deepEqual([ipv6.valid, ipv6.host, ipv6.isIpAddress, ipv6.port], [true, 'fe80::1%11', true, 8531]);
  assert.equal(parsePolicyUrl('  http://wsus01:8530/ClientWebService  ').valid, true);
});

test('parsePolicyUrl: present but invalid', () => {
  for (const raw of ['wsus01:8530', '$WSUSSERVER:8530', 'http://$WSUSSERVER:8530', 'ftp://wsus:21', 'http://wsus:0', 'http://wsus:70000', 'http://', 'http://wsus 01:8530']) {
    const u = parsePolicyUrl(raw);
    assert.equal(u.present, true, raw);
    assert.equal(u.valid, false, raw);
    assert.equal(u.raw, raw);
  }
  assert.deepEqual(parsePolicyUrl('   '), { present: false, valid: false, isFqdn: false, isIpAddress: false });
  assert.equal(parsePolicyUrl('http://999.1.1.1').isIpAddress, false);
});

test('matchesAgentUrl: any logged "WSUS server:" URL equals WUServer, letter case and trailing slash ignored', () => {
  const doc = makeDoc({ clientPolicy: { status: 'ok', windowsUpdate: { WUServer: 'http://wsus01.contoso.com:8530' } } }, 'client');
  assert.equal(derivePolicy(doc, ['http://WSUS01.CONTOSO.COM:8530/']).matchesAgentUrl, true);
  assert.equal(derivePolicy(doc, ['http://oldwsus:8530', 'http://wsus01.contoso.com:8530']).matchesAgentUrl, true);
  assert.equal(derivePolicy(doc, ['http://oldwsus:8530']).matchesAgentUrl, false);
  assert.equal(derivePolicy(doc, ['https://wsus01.contoso.com:8531']).matchesAgentUrl, false);
  // Unknown: no log, no "WSUS server:" line, no WUServer, policy not collected.
  assert.equal('matchesAgentUrl' in derivePolicy(doc), false);
  assert.equal('matchesAgentUrl' in derivePolicy(doc, []), false);
  assert.equal('matchesAgentUrl' in derivePolicy(makeDoc({ clientPolicy: { status: 'ok' } }, 'client'), ['http://a']), false);
  assert.equal('matchesAgentUrl' in derivePolicy(makeDoc({ clientPolicy: { status: 'error', message: 'x' } }, 'client'), ['http://a']), false);
});
