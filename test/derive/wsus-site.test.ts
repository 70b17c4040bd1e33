// deriveWsusSite / deriveWsusPool.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveWsusPool, deriveWsusSite } from '../../engine/derive/derive-wsus-site.js';
import type { Iis, Site } from '../../engine/facts/fact-types.generated.js';
import { makeDoc } from './make-doc.js';

const site = (id: number, name: string, port: number, state: Site['state'] = 'Started'): Site => ({
  id, name, state, bindings: [{ protocol: 'http', bindingInformation: `*:${port}:`, port }],
});
const SITES = [site(1, 'Default Web Site', 80), site(1572271583, 'WSUS Administration', 8530, 'Stopped'), site(7, 'Other', 8531)];

test('site by IISTargetWebSiteIndex, else by name, else by port', () => {
  const iis: Iis = { status: 'ok', sites: SITES };
  assert.deepEqual(deriveWsusSite(makeDoc({ iis, wsusServer: { status: 'ok', iisTargetWebSiteIndex: 1, portNumber: 8531 } })), {
    found: true, id: 1, name: 'Default Web Site', state: 'Started', matchedBy: 'siteIndex',
  });
  assert.deepEqual(deriveWsusSite(makeDoc({ iis, wsusServer: { status: 'ok', iisTargetWebSiteIndex: 99, portNumber: 8531 } })), {
    found: true, id: 1572271583, name: 'WSUS Administration', state: 'Stopped', matchedBy: 'name',
  });
  const byPort = deriveWsusSite(makeDoc({ iis: { status: 'ok', sites: [SITES[0]!, SITES[2]!] }, wsusServer: { status: 'ok', portNumber: 8531 } }));
  assert.deepEqual([byPort.id, byPort.matchedBy], [7, 'port']);
});

test('site not found, or IIS not collected', () => {
  assert.deepEqual(deriveWsusSite(makeDoc({ iis: { status: 'ok', sites: [SITES[0]!] }, wsusServer: { status: 'ok', portNumber: 8530 } })), { found: false });
  assert.deepEqual(deriveWsusSite(makeDoc({ iis: { status: 'error', sites: SITES }, wsusServer: { status: 'ok', iisTargetWebSiteIndex: 1 } })), { found: false });
  assert.deepEqual(deriveWsusSite(makeDoc()), { found: false });
});

test('pool: ClientWebService application pool, case-insensitive lookup', () => {
  const d = deriveWsusPool(
    makeDoc({
      iis: {
        status: 'ok',
        wsusApplications: [{ name: 'clientwebservice', kind: 'application', applicationPool: 'WsusPoolCustom' }],
        appPools: { wsuspoolcustom: { name: 'wsuspoolcustom', state: 'Started', privateMemoryKB: 0, queueLength: 2000, rapidFailProtection: false } },
      },
    }),
  );
  assert.deepEqual(d, { found: true, name: 'WsusPoolCustom', state: 'Started', privateMemoryKB: 0, queueLength: 2000, rapidFailProtection: false, offBestPractice: [], bestPracticeFix: '', bestPracticeUnread: ['idleTimeout', 'pingingEnabled', 'periodicRestart.time', 'periodicRestart.memory'] });
});

test('pool: WsusPool by default; not found when missing or IIS not collected', () => {
  const iis: Iis = { status: 'ok', appPools: { WsusPool: { name: 'WsusPool', state: 'Stopped', privateMemoryKB: 1843200 } } };
  assert.deepEqual(deriveWsusPool(makeDoc({ iis })), { found: true, name: 'WsusPool', state: 'Stopped', privateMemoryKB: 1843200, offBestPractice: [], bestPracticeFix: '', bestPracticeUnread: ['idleTimeout', 'pingingEnabled', 'periodicRestart.time', 'periodicRestart.memory'] });
  assert.deepEqual(deriveWsusPool(makeDoc({ iis: { status: 'ok', appPools: {} } })), { found: false, name: 'WsusPool' });
  assert.deepEqual(deriveWsusPool(makeDoc({ iis: { ...iis, status: 'notCollected' } })), { found: false, name: 'WsusPool' });
});

test('pool: the KB 4490414 settings off their recommendation are listed with values and fixes', () => {
  const iis: Iis = {
    status: 'ok',
    appPools: { WsusPool: { name: 'WsusPool', state: 'Started', idleTimeoutMinutes: 20, pingingEnabled: true, periodicRestartMinutes: 0, virtualMemoryKB: 0 } },
  };
  const d = deriveWsusPool(makeDoc({ iis }));
  assert.deepEqual(d.offBestPractice, ['idle time-out 20 min (recommended 0)', 'ping enabled (recommended False)']);
  assert.equal(
    d.bestPracticeFix,
    'Set-ItemProperty IIS:\\AppPools\\WsusPool -Name processModel.idleTimeout -Value ([TimeSpan]::Zero); Set-ItemProperty IIS:\\AppPools\\WsusPool -Name processModel.pingingEnabled -Value $false',
  );
  assert.deepEqual(d.bestPracticeUnread, []);
});
