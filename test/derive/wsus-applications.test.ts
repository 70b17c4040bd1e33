// deriveWsusApplications: per-setting lists of WSUS application names, "not read" kept apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveWsusApplications } from '../../engine/derive/derive-wsus-applications.js';
import type { WsusApplication } from '../../engine/facts/fact-types.generated.js';
import { canonicalWsusApplication } from '../../engine/knowledge/wsus-applications.js';
import { makeDoc } from './make-doc.js';

const derive = (wsusApplications: WsusApplication[] | undefined, status: 'ok' | 'error' = 'ok') =>
  deriveWsusApplications(makeDoc({ iis: { status, ...(wsusApplications && { wsusApplications }) } }));

const EMPTY_LISTS = {
  names: [],
  impersonationEnabled: [],
  impersonationNotRead: [],
  anonymousAuthenticationDisabled: [],
  anonymousAuthenticationNotRead: [],
  clientCertificatesNotIgnored: [],
  clientCertificatesNotRead: [],
  contentRequiresSsl: [],
};

test('not collected (iis not ok, or no list): available false, every list empty', () => {
  assert.deepEqual(deriveWsusApplications(makeDoc()), { available: false, ...EMPTY_LISTS });
  assert.deepEqual(derive([{ name: 'ClientWebService', kind: 'application', aspNetImpersonation: true }], 'error'), { available: false, ...EMPTY_LISTS });
  assert.deepEqual(derive(undefined), { available: false, ...EMPTY_LISTS });
});

test('an empty list is available and finds nothing', () => {
  assert.deepEqual(derive([]), { available: true, ...EMPTY_LISTS });
});

test('a healthy WSUS site finds nothing', () => {
  const apps: WsusApplication[] = [
    { name: 'ApiRemoting30', kind: 'application', requireSsl: true, clientCertificates: 'Ignore', anonymousAuthentication: false, windowsAuthentication: true, aspNetImpersonation: false },
    { name: 'ClientWebService', kind: 'application', requireSsl: true, clientCertificates: 'Ignore', anonymousAuthentication: true, aspNetImpersonation: false },
    { name: 'Content', kind: 'virtualDirectory', requireSsl: false, anonymousAuthentication: true },
    { name: 'Selfupdate', kind: 'virtualDirectory', anonymousAuthentication: true },
  ];
  assert.deepEqual(derive(apps), { available: true, ...EMPTY_LISTS, names: ['ApiRemoting30', 'ClientWebService', 'Content', 'Selfupdate'] });
});

test('each broken setting lists the applications, names as collected without a leading slash', () => {
  const d = derive([
    { name: 'ApiRemoting30', kind: 'application', anonymousAuthentication: false, aspNetImpersonation: true, clientCertificates: 'Accept' },
    { name: '/clientwebservice', kind: 'application', anonymousAuthentication: false, aspNetImpersonation: true, clientCertificates: 'Require' },
    { name: 'SimpleAuthWebService', kind: 'application' },
    { name: 'ReportingWebService', kind: 'application', anonymousAuthentication: true, aspNetImpersonation: false },
    { name: 'Content', kind: 'virtualDirectory', requireSsl: true, anonymousAuthentication: false, clientCertificates: 'Accept' },
    { name: 'SelfUpdate', kind: 'virtualDirectory', requireSsl: true },
    { name: 'Inventory', kind: 'virtualDirectory', requireSsl: true, anonymousAuthentication: true },
    { name: 'SomethingElse', kind: 'application', requireSsl: true, anonymousAuthentication: false },
  ]);
  assert.equal(d.available, true);
  assert.deepEqual(d.names, ['ApiRemoting30', 'clientwebservice', 'SimpleAuthWebService', 'ReportingWebService', 'Content', 'SelfUpdate', 'Inventory', 'SomethingElse']);
  assert.deepEqual(d.impersonationEnabled, ['ApiRemoting30', 'clientwebservice']);
  // Only applications (not virtual directories) must have the impersonation setting read.
  assert.deepEqual(d.impersonationNotRead, ['SimpleAuthWebService', 'SomethingElse']);
  // ApiRemoting30 and unknown applications are not required to be anonymous.
  assert.deepEqual(d.anonymousAuthenticationDisabled, ['clientwebservice', 'Content']);
  assert.deepEqual(d.anonymousAuthenticationNotRead, ['SimpleAuthWebService', 'SelfUpdate']);
  assert.deepEqual(d.clientCertificatesNotIgnored, ['ApiRemoting30', 'clientwebservice', 'Content']);
  // Only the SSL web-service applications must have the client-certificate setting read.
  assert.deepEqual(d.clientCertificatesNotRead, ['SimpleAuthWebService']);
  // Only Content and Selfupdate must stay on HTTP; Inventory and others may require SSL.
  assert.deepEqual(d.contentRequiresSsl, ['Content', 'SelfUpdate']);
});

test('canonical WSUS application names are found in any letter case, with or without a slash', () => {
  assert.equal(canonicalWsusApplication('/SELFUPDATE'), 'Selfupdate');
  assert.equal(canonicalWsusApplication('dssauthwebservice'), 'DssAuthWebService');
  assert.equal(canonicalWsusApplication('ClientWebServiceX'), undefined);
  assert.equal(canonicalWsusApplication(''), undefined);
});
