// deriveContentStore / deriveSslCertificate / deriveUpstreamSync: the server-health blocks of issue 9.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { certificateNameMatches, deriveContentStore, deriveSslCertificate, deriveUpstreamSync } from '../../engine/derive/derive-server-health.js';
import type { FactDocument } from '../../engine/facts/fact-types.generated.js';
import { baseServerDocument } from '../../engine/rule-testing/base-documents.js';

function server(patch: Partial<FactDocument>): FactDocument {
  return { ...baseServerDocument(), ...patch };
}

test('content store: paths compared without case, trailing backslash and \\\\?\\ prefix; falls back to wsusServer and iis', () => {
  assert.equal(deriveContentStore(server({})).virtualDirectoryMatches, true);
  assert.equal(deriveContentStore(server({ contentStore: { status: 'ok', expectedContentPath: 'D:\\WSUS\\WsusContent', virtualDirectoryPath: '\\\\?\\d:\\wsus\\WSUSCONTENT\\' } })).virtualDirectoryMatches, true);
  assert.equal(deriveContentStore(server({ contentStore: { status: 'ok', expectedContentPath: 'D:\\WSUS\\WsusContent', virtualDirectoryPath: 'C:\\WSUS\\WsusContent' } })).virtualDirectoryMatches, false);
  const fallback = deriveContentStore(server({ contentStore: { status: 'ok' } }));
  assert.deepEqual(fallback, { available: true, expectedPath: 'D:\\WSUS\\WsusContent', virtualDirectoryPath: 'D:\\WSUS\\WsusContent', virtualDirectoryMatches: true });
  assert.deepEqual(deriveContentStore(server({ contentStore: { status: 'error', message: 'x' } })), { available: false });
});

test('certificate names: exact and one-label wildcard matches only', () => {
  assert.equal(certificateNameMatches('WSUS01.contoso.com', 'wsus01.contoso.com'), true);
  assert.equal(certificateNameMatches('*.contoso.com', 'wsus01.contoso.com'), true);
  assert.equal(certificateNameMatches('*.contoso.com', 'a.wsus01.contoso.com'), false);
  assert.equal(certificateNameMatches('*.contoso.com', 'contoso.com'), false);
  assert.equal(certificateNameMatches('wsus01', 'wsus01.contoso.com'), false);
});

test('certificate: days to expiry, expired, names from SANs else the subject CN, problems', () => {
  const cert = { status: 'ok' as const, thumbprint: '0123456789ABCDEF0123456789ABCDEF01234567', subject: 'CN=wsus01.contoso.com', notBefore: '2026-01-01T00:00:00Z', notAfter: '2026-12-04T12:00:00Z', chainValid: true };
  const ok = deriveSslCertificate(server({ sslCertificate: cert }));
  assert.equal(ok.daysUntilExpiry, 10);
  assert.equal(ok.expired, false);
  assert.equal(ok.coversFqdn, true);
  assert.equal(ok.coversShortName, false);
  assert.deepEqual(ok.namesNotCovered, ['WSUS01']);
  assert.deepEqual(ok.problems, []);
  const bad = deriveSslCertificate(server({ sslCertificate: { ...cert, dnsNames: ['wsus01'], notAfter: '2026-11-20T00:00:00Z', chainValid: false, chainStatus: ['NotTimeValid'] } }));
  assert.equal(bad.expired, true);
  assert.ok(bad.daysUntilExpiry! < 0);
  assert.equal(bad.problems.length, 3);
  assert.equal(deriveSslCertificate(server({})).available, false);
});

test('upstream sync: days since the end (else start) of the last sync; never synced has no age', () => {
  assert.deepEqual(deriveUpstreamSync(server({})), { available: true, lastSyncTime: '2026-11-24T02:14:00Z', daysSinceLastSync: 0.4 });
  assert.deepEqual(deriveUpstreamSync(server({ upstreamSync: { status: 'ok', lastSyncResult: 'NeverRun' } })), { available: true });
  assert.deepEqual(deriveUpstreamSync(server({ upstreamSync: { status: 'error', message: 'x' } })), { available: false });
});
