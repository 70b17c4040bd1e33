// deriveOsFamily, deriveInstalledKbs, deriveLatestUpdateInstalledOn, deriveRebootPending.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  deriveInstalledKbs,
  deriveLatestUpdateInstalledOn,
  deriveOsFamily,
  deriveRebootPending,
  deriveUpdatesWithoutDate,
} from '../../engine/derive/derive-os.js';
import type { Os } from '../../engine/facts/fact-types.generated.js';
import { makeDoc } from './make-doc.js';

const family = (os: Omit<Os, 'status'>, status: Os['status'] = 'ok') => deriveOsFamily(makeDoc({ os: { status, ...os } }));

test('server versions map to their family', () => {
  const cases: Array<[string, string]> = [
    ['6.1.7601', '2008R2'], ['6.2.9200', '2012'], ['6.3.9600', '2012R2'], ['10.0.14393', '2016'],
    ['10.0.17763', '2019'], ['10.0.20348', '2022'], ['10.0.26100', '2025'],
  ];
  for (const [version, want] of cases) assert.equal(family({ version, productType: 'server' }), want, version);
  assert.equal(family({ version: '10.0.17763', productType: 'domainController' }), '2019');
  assert.equal(family({ version: '6.1.7601', installationType: 'Server Core' }), '2008R2');
  assert.equal(family({ version: '6.3.9600', caption: 'Microsoft Windows Server 2012 R2 Standard' }), '2012R2');
  assert.equal(family({ version: '10.0', build: 20348, installationType: 'Server' }), '2022', 'build from os.build');
});

test('workstations are client; unknown when the kind or the build is not known', () => {
  assert.equal(family({ version: '10.0.19045', productType: 'workstation' }), 'client');
  assert.equal(family({ version: '6.1.7601', installationType: 'Client' }), 'client');
  assert.equal(family({ version: '6.1.7601' }), 'unknown', '2008 R2 and Windows 7 share 6.1.7601');
  assert.equal(family({ version: '10.0.14393' }), 'unknown');
  assert.equal(family({ version: '10.0.22000', productType: 'server' }), 'unknown');
  assert.equal(family({ version: '5.2.3790', productType: 'server' }), 'unknown');
  assert.equal(family({ productType: 'server' }), 'unknown');
  assert.equal(family({ version: '10.0.17763', productType: 'server' }, 'error'), 'unknown');
  assert.equal(deriveOsFamily(makeDoc()), 'unknown');
});

test('installed KBs: upper-case, trimmed, distinct; empty when updates not collected', () => {
  const items = [{ id: 'kb4039396' }, { id: ' KB4484071 ' }, { id: 'KB4039396' }, { id: '' }];
  assert.deepEqual(deriveInstalledKbs(makeDoc({ updates: { status: 'ok', items } })), ['KB4039396', 'KB4484071']);
  assert.deepEqual(deriveInstalledKbs(makeDoc({ updates: { status: 'notCollected', items } })), []);
});

test('latest update install date: the newest parseable installedOn', () => {
  const items = [
    { id: 'KB1', installedOn: '2024-03-12' },
    { id: 'KB2', installedOn: '2024-04-09T00:00:00Z' },
    { id: 'KB3', installedOn: 'not a date' },
    { id: 'KB4' },
  ];
  assert.equal(deriveLatestUpdateInstalledOn(makeDoc({ updates: { status: 'ok', items } })), '2024-04-09T00:00:00Z');
  assert.equal(deriveLatestUpdateInstalledOn(makeDoc({ updates: { status: 'ok', items: [{ id: 'KB4' }] } })), undefined);
  assert.equal(deriveLatestUpdateInstalledOn(makeDoc()), undefined);
});

test('updates without a usable installation date are counted; unknown when updates not collected', () => {
  const items = [{ id: 'KB1', installedOn: '2024-03-12' }, { id: 'KB3', installedOn: 'not a date' }, { id: 'KB4' }, { id: ' ' }];
  assert.equal(deriveUpdatesWithoutDate(makeDoc({ updates: { status: 'ok', items } })), 2);
  assert.equal(deriveUpdatesWithoutDate(makeDoc({ updates: { status: 'ok', items: [] } })), 0);
  assert.equal(deriveUpdatesWithoutDate(makeDoc({ updates: { status: 'ok' } })), 0);
  assert.equal(deriveUpdatesWithoutDate(makeDoc({ updates: { status: 'error', message: 'x', items } })), undefined);
  assert.equal(deriveUpdatesWithoutDate(makeDoc()), undefined);
});

test('reboot pending: any marker true; false when all known false; undefined when unknown', () => {
  const pending = (pendingReboot: Os['pendingReboot'], status: Os['status'] = 'ok') =>
    deriveRebootPending(makeDoc({ os: { status, ...(pendingReboot && { pendingReboot }) } }));
  assert.equal(pending({ windowsUpdate: false, componentBasedServicing: true }), true);
  assert.equal(pending({ pendingFileRenameOperations: true }), true);
  assert.equal(pending({ windowsUpdate: false, componentBasedServicing: false, pendingFileRenameOperations: false }), false);
  assert.equal(pending({}), false);
  assert.equal(pending(undefined), undefined);
  assert.equal(pending({ windowsUpdate: true }, 'error'), undefined);
});
