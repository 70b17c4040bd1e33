// deriveClientHealth and the scan-source part of derivePolicy: free space, time synchronisation,
// restart markers; WUfB policies that trigger dual scan and the classes the scan source policy sends to Windows Update.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveClientHealth } from '../../engine/derive/derive-client-health.js';
import { derivePolicy } from '../../engine/derive/derive-policy.js';
import { makeDoc } from './make-doc.js';

test('client health not collected: available false, restart markers of os still listed', () => {
  const d = deriveClientHealth(makeDoc({ os: { status: 'ok', pendingReboot: { componentBasedServicing: true } }, clientHealth: { status: 'notCollected' } }, 'client'));
  assert.deepEqual(d, { available: false, restartMarkers: ['Component Based Servicing\\RebootPending'] });
});

test('client health: free GB, sync age against collectedAt, NoSync and local-clock sources, pending.xml', () => {
  const doc = makeDoc(
    {
      clientHealth: {
        status: 'ok',
        systemDrive: { root: 'C:\\', totalMB: 122880, freeMB: 3584, freePercent: 2.9 },
        pendingXml: { exists: true },
        timeService: { type: 'NoSync', source: 'Local CMOS Clock', lastSuccessfulSyncTime: '2026-11-01T12:00:00Z', statusReadable: true },
      },
    },
    'client',
  );
  doc.collectedAt = '2026-11-24T12:00:00Z';
  const d = deriveClientHealth(doc);
  assert.equal(d.systemDriveFreeGB, 3.5);
  assert.equal(d.timeSyncAgeDays, 23);
  assert.equal(d.timeNotSynchronized, true);
  assert.equal(d.timeProblems!.length, 2);
  assert.deepEqual(d.restartMarkers, ['WinSxS\\pending.xml']);
  const synced = deriveClientHealth(makeDoc({ clientHealth: { status: 'ok', timeService: { type: 'NT5DS', source: 'DC01.contoso.com' } } }, 'client'));
  assert.equal(synced.timeNotSynchronized, false);
  assert.equal(synced.timeSyncAgeDays, undefined);
});

test('policy: WUfB deferral, pause and offering policies; classes from Windows Update only with the scan source policy', () => {
  const p = derivePolicy(
    makeDoc(
      {
        clientPolicy: {
          status: 'ok',
          windowsUpdate: { WUServer: 'http://wsus01:8530', DeferQualityUpdates: 1, DeferFeatureUpdates: 0, PauseFeatureUpdatesStartTime: '2026-11-01', SetPolicyDrivenUpdateSourceForFeatureUpdates: 1, SetPolicyDrivenUpdateSourceForQualityUpdates: 0, UpdateServiceUrlAlternate: 'wsus01' },
          au: { UseWUServer: 1, UseUpdateClassPolicySource: 1 },
        },
      },
      'client',
    ),
  );
  assert.deepEqual(p.wufbPolicies, ['DeferQualityUpdates = 1', 'PauseFeatureUpdatesStartTime = 2026-11-01']);
  assert.equal(p.scanSourcePolicy, true);
  // Driver and Other are not set: the Policy CSP default is 1 (WSUS).
  assert.deepEqual(p.classesFromWindowsUpdate, ['Quality']);
  assert.equal(p.alternateDownloadServer!.present, true);
  assert.equal(p.alternateDownloadServer!.valid, false);
  const off = derivePolicy(makeDoc({ clientPolicy: { status: 'ok', windowsUpdate: { SetPolicyDrivenUpdateSourceForQualityUpdates: 0 } } }, 'client'));
  assert.equal(off.scanSourcePolicy, false);
  assert.deepEqual(off.classesFromWindowsUpdate, []);
});
