// deriveConfigMgrSite: wsyncmgr.log sync results, WCM.log / WSUSCtrl.log connection and
// configuration failures, persisting vs recovered (simple and full CMTrace formats).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveConfigMgrSite } from '../../engine/derive/derive-configmgr-site.js';
import { makeDoc, okExcerpt } from './make-doc.js';
import {
  smsLine,
  syncFailed503,
  syncFailedNoUpdateSource,
  syncSucceeded,
  wcmConnectionFailed,
  wcmHealthy,
  wsusCtrlFailed,
  wsusCtrlHealthy,
} from '../../rules/server/shared/configmgr-site-lines.js';

const derive = (logs: { wsyncmgr?: string[]; wcm?: string[]; wsusCtrl?: string[] }) =>
  deriveConfigMgrSite(
    makeDoc({
      logs: {
        configMgrSite: {
          wsyncmgr: logs.wsyncmgr ? { ...okExcerpt({ path: 'D:\\SMS\\Logs\\wsyncmgr.log', lines: logs.wsyncmgr, startLine: 10 }), format: 'cmtrace' } : { status: 'notApplicable' },
          wcm: logs.wcm ? { ...okExcerpt({ path: 'D:\\SMS\\Logs\\WCM.log', lines: logs.wcm }), format: 'cmtrace' } : { status: 'error', message: 'denied' },
          wsusCtrl: logs.wsusCtrl ? { ...okExcerpt({ path: 'D:\\SMS\\Logs\\WSUSCtrl.log', lines: logs.wsusCtrl }), format: 'cmtrace' } : { status: 'notApplicable' },
        },
      },
    }),
  );

test('not collected: nothing available, nothing failing', () => {
  const d = deriveConfigMgrSite(makeDoc());
  assert.equal(d.available, false);
  assert.equal(d.sync.available, false);
  assert.equal(d.sync.persisting, false);
  assert.equal(d.configurationAvailable, false);
  assert.equal(d.configurationFailing, false);
  assert.equal(d.configurationRecovered, false);
  assert.equal(d.configurationLastFailureLog, undefined);
});

test('successful syncs: no failure; orphaned-content and per-update lines are not sync failures', () => {
  const d = derive({ wsyncmgr: [...syncSucceeded('05'), smsLine('SMS_WSUS_SYNC_MANAGER', '05:30:00.000', 'Failed to sync update 3c1f9a7e-1d7a-4c8e-9f1b-5a2d6e0b7c31. Error: The Microsoft Software License Terms have not been completely downloaded'), ...syncSucceeded('06')] });
  assert.equal(d.sync.available, true);
  assert.equal(d.sync.failures.count, 0);
  assert.equal(d.sync.lastResult, 'succeeded');
  assert.equal(d.sync.lastSuccessAt, '2026-11-24T06:06:00.400Z');
  assert.equal(d.sync.lastAttemptAt, '2026-11-24T06:00:02.000Z');
  assert.equal(d.sync.successes, 6);
  assert.equal(d.sync.window.from, '2026-11-24T05:00:01.100Z');
});

test('the newest sync failed: persisting, the detailed "Sync failed:" line is the newest text (not 6703 or the retry line)', () => {
  const d = derive({ wsyncmgr: [...syncSucceeded('05'), ...syncFailed503('06')] });
  assert.equal(d.sync.persisting, true);
  assert.equal(d.sync.recovered, false);
  assert.equal(d.sync.lastResult, 'failed');
  assert.equal(d.sync.failures.count, 3);
  assert.equal(d.sync.failedAttempts, 1);
  assert.equal(d.sync.lastFailureAt, '2026-11-24T06:00:20.000Z');
  assert.match(d.sync.lastFailureText!, /^Sync failed: The request failed with HTTP status 503/);
  const newest = d.sync.failures.samples.at(-1)!;
  assert.equal(newest.text, 'Sync failed. Will retry in 60 minutes');
  assert.equal(newest.file, 'D:\\SMS\\Logs\\wsyncmgr.log');
  assert.equal(newest.line, 10 + 14 + 4); // startLine + 14 success lines + position in the failed run
});

test('failures followed by a success: recovered, attempts counted per run', () => {
  const d = derive({ wsyncmgr: [...syncFailedNoUpdateSource('04'), ...syncFailed503('05'), ...syncSucceeded('06')] });
  assert.equal(d.sync.persisting, false);
  assert.equal(d.sync.recovered, true);
  assert.equal(d.sync.failedAttempts, 2);
  assert.equal(d.sync.lastResult, 'succeeded');
});

test('a CMTrace full-format wsyncmgr.log is read too, with its bias', () => {
  const line = (m: string, t: string) => `<![LOG[${m}]LOG]!><time="${t}+480" date="11-24-2026" component="SMS_WSUS_SYNC_MANAGER" context="" type="1" thread="5976" file="">`;
  const d = derive({ wsyncmgr: [line('Starting Sync', '01:00:00.000'), line('Synchronization failed: the WSUS server is not reachable', '01:00:30.000')] });
  assert.equal(d.sync.persisting, true);
  assert.equal(d.sync.lastFailureAt, '2026-11-24T09:00:30.000Z');
});

test('WCM.log ending in TLS / remote configuration failures: configuration failing, WCM.log named', () => {
  const d = derive({ wcm: [...wcmHealthy('05'), ...wcmConnectionFailed('06')], wsusCtrl: wsusCtrlHealthy('06') });
  assert.equal(d.wcm.persisting, true);
  assert.equal(d.wcm.failures.count, 2);
  assert.equal(d.wsusCtrl.failures.count, 0);
  assert.equal(d.configurationFailing, true);
  assert.equal(d.configurationRecovered, false);
  assert.equal(d.configurationLastFailureLog, 'WCM.log');
  assert.equal(d.configurationLastFailureText, 'Remote configuration failed on WSUS Server.');
  assert.equal(d.configurationFailureCount, 2);
  // Embedded line breaks (~) are flattened in the samples.
  assert.match(d.wcm.failures.samples[0]!.text, /secure channel\. at Microsoft\.UpdateServices/);
});

test('WCM.log failure followed by a healthy check, WSUSCtrl.log failure followed by success: recovered', () => {
  const d = derive({ wcm: [...wcmConnectionFailed('05'), ...wcmHealthy('06')], wsusCtrl: [...wsusCtrlFailed('05'), ...wsusCtrlHealthy('06')] });
  assert.equal(d.configurationFailing, false);
  assert.equal(d.configurationRecovered, true);
  assert.equal(d.configurationFailureCount, 4);
  assert.equal(d.configurationLastFailureLog, 'WSUSCtrl.log');
});

test('WSUSCtrl.log failing while WCM.log is healthy: the persisting log is named', () => {
  const d = derive({ wcm: [...wcmConnectionFailed('04'), ...wcmHealthy('07')], wsusCtrl: [...wsusCtrlHealthy('05'), ...wsusCtrlFailed('06')] });
  assert.equal(d.configurationFailing, true);
  assert.equal(d.configurationLastFailureLog, 'WSUSCtrl.log');
  assert.match(d.configurationLastFailureText!, /Failed to check for WSUS version/);
});

test('"There are no unhealthy WSUS Server components" is a success, not a failure', () => {
  const d = derive({ wsusCtrl: wsusCtrlHealthy('06') });
  assert.equal(d.wsusCtrl.failures.count, 0);
  assert.equal(d.wsusCtrl.successes, 4);
});
