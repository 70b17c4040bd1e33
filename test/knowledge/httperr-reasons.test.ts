// The HTTP.sys reason-phrase table (knowledge 4.2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeHttpErrReason, HTTPERR_REASONS } from '../../engine/knowledge/httperr-reasons.js';

test('every reason of knowledge 4.2 is in the table', () => {
  const listed = [
    'AppOffline', 'AppPoolTimer', 'AppShutdown', 'Disabled', 'QueueFull', 'ConnLimit', 'N/A',
    'Connection_Abandoned_By_AppPool', 'Connection_Abandoned_By_ReqQueue', 'Connection_Dropped',
    'Connection_Dropped_List_Full', 'Client_Reset', 'Timer_AppPool', 'Timer_ReqQueue', 'Timer_ConnectionIdle',
    'Timer_EntityBody', 'Timer_HeaderWait', 'Timer_MinBytesPerSecond', 'Connections_Refused', 'Timer_SslRenegotiation', 'NotFound',
  ];
  for (const reason of listed) assert.ok(describeHttpErrReason(reason)?.meaning, reason);
});

test('overload reasons are exactly the six that mean WsusPool cannot take requests', () => {
  const overload = Object.entries(HTTPERR_REASONS).filter(([, r]) => r.overload).map(([name]) => name).sort();
  assert.deepEqual(overload, ['AppOffline', 'AppPoolTimer', 'AppShutdown', 'ConnLimit', 'Disabled', 'QueueFull']);
  for (const name of overload) assert.equal(HTTPERR_REASONS[name]!.httpStatus, 503);
});

test('Timer_ConnectionIdle is benign; ServiceUnavailable is not a documented reason', () => {
  assert.equal(describeHttpErrReason('Timer_ConnectionIdle')?.benign, true);
  assert.equal(Object.values(HTTPERR_REASONS).filter((r) => r.benign).length, 1);
  assert.equal(describeHttpErrReason('ServiceUnavailable'), undefined);
  assert.equal(describeHttpErrReason('toString'), undefined, 'no prototype keys');
});

test('reasons seen in the corpus samples are known', () => {
  for (const reason of ['Hostname', 'Version_N/S', 'BadRequest', 'Verb', 'URL_Length', 'Header', 'Request_Too_Large', 'Timer_MinBytesPerSecond']) {
    assert.ok(describeHttpErrReason(reason), reason);
  }
});
