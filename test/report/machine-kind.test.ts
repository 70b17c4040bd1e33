/**
 * The report says what kind of machine it is when the facts say more than the role: a ConfigMgr
 * site server whose software update point is on another machine (no WSUS role here).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnosedMachine as machineReport } from '../../engine/model/build-model.js';
import { render } from './render.js';
import { summarize } from '../../engine/model/build-model.js';
import { makeDoc } from '../derive/make-doc.js';

const SITE_SERVER = {
  wsusServer: { status: 'notApplicable' as const, message: 'The WSUS role is not installed here: this is a ConfigMgr site server whose software update point is on another machine (remote SUP).', installed: false },
  configMgr: { status: 'ok' as const, isSiteServer: true, hasRemoteSoftwareUpdatePoint: true, isSoftwareUpdatePoint: false, wsusConsoleInstalled: true },
};

test('a ConfigMgr site server with a remote SUP: machineKind and the text header say so', async () => {
  const machine = machineReport('cm01.json', makeDoc(SITE_SERVER, 'server'), []);
  assert.equal(machine.machineKind, 'ConfigMgr site server (software update point on another machine)');
  const text = await render('text', { reportVersion: '1.0', generatedAt: '2026-11-25T00:00:00.000Z', tool: { name: 'wsus-doctor', version: '0' }, machines: [machine], summary: summarize([machine]) }, { command: 'diagnose' });
  assert.match(text.split('\n')[0]!, /\(server\) - ConfigMgr site server \(software update point on another machine\)/);
});

test('a WSUS server or a client has no machineKind (the role says it all)', () => {
  assert.equal(machineReport('wsus.json', makeDoc({}, 'server'), []).machineKind, undefined);
  assert.equal(machineReport('pc.json', makeDoc({}, 'client'), []).machineKind, undefined);
  const withSup = makeDoc({ configMgr: { status: 'ok', isSiteServer: true, isSoftwareUpdatePoint: true } }, 'server');
  assert.equal(machineReport('cm.json', withSup, []).machineKind, undefined);
});
