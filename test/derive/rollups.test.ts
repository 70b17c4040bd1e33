// engine/knowledge/server-rollups.ts (the dated rollup table) and
// engine/derive/derive-prerequisite-update.ts (derived.prerequisiteUpdate).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KNOWN_UPDATES, lookupUpdate, monthLabel, THRESHOLDS } from '../../engine/knowledge/server-rollups.js';
import { derivePrerequisiteUpdate, qualifies } from '../../engine/derive/derive-prerequisite-update.js';
import type { FactDocument, Updates } from '../../engine/facts/fact-types.generated.js';
import { makeDoc } from './make-doc.js';

const doc = (items: Updates['items'], ubr?: number, status: Updates['status'] = 'ok'): FactDocument =>
  makeDoc({ os: { status: 'ok', version: '6.3.9600', productType: 'server', ...(ubr !== undefined ? { ubr } : {}) }, updates: { status, items } });

test('table: KB ids are well formed, months are YYYY-MM, no KB listed twice for one OS', () => {
  const seen = new Set<string>();
  for (const u of KNOWN_UPDATES) {
    assert.match(u.kb, /^KB\d{6,7}$/, u.kb);
    assert.match(u.released, /^20(1[6-9]|2\d)-(0[1-9]|1[0-2])$/, `${u.kb} ${u.released}`);
    const key = `${u.family}:${u.kb}`;
    assert.ok(!seen.has(key), `duplicate ${key}`);
    seen.add(key);
  }
});

test('table: one Monthly Rollup and one Security-only update per OS per month, never the same KB', () => {
  for (const family of ['2012', '2012R2'] as const) {
    const rollups = KNOWN_UPDATES.filter((u) => u.family === family && u.kind === 'monthlyRollup');
    const securityOnly = new Set(KNOWN_UPDATES.filter((u) => u.family === family && u.kind === 'securityOnly').map((u) => u.kb));
    for (const r of rollups) assert.ok(!securityOnly.has(r.kb), `${r.kb} is both`);
    const months = new Set(rollups.map((r) => r.released));
    // October 2016 - December 2022 without January / February 2017 (no rollup in the source for those months).
    for (const m of ['2016-10', '2017-08', '2017-09', '2017-10', '2019-10', '2020-10', '2022-12']) assert.ok(months.has(m), `${family} ${m}`);
    assert.ok(rollups.length >= 72, `${family}: ${rollups.length} rollups`);
  }
  assert.equal(lookupUpdate('2012R2', 'KB5031419')?.released, '2023-10');
  assert.equal(lookupUpdate('2012R2', 'KB4579978'), undefined, 'disputed October 2020 KB left out');
  assert.equal(lookupUpdate('2012R2', 'KB4580347')?.kind, 'monthlyRollup');
  assert.equal(lookupUpdate('2012', 'KB4041690')?.released, '2017-10');
  assert.equal(lookupUpdate('2012', 'KB4041679')?.kind, 'securityOnly');
  assert.equal(lookupUpdate('2012', 'KB4041693'), undefined, 'a 2012 R2 rollup is not a 2012 one');
  assert.equal(lookupUpdate('2016', 'KB4039396')?.ubr, 1670);
});

test('qualifies: threshold KB, rollups from the qualifying month, never security-only, disputed never', () => {
  const r2 = THRESHOLDS['2012R2'];
  const is = (kb: string) => qualifies(lookupUpdate('2012R2', kb)!, r2);
  assert.equal(is('KB4039871'), true);
  assert.equal(is('KB4038792'), true, 'September 2017 rollup');
  assert.equal(is('KB5031419'), true);
  assert.equal(is('KB4025336'), false, 'July 2017 rollup');
  assert.equal(is('KB4034681'), false, 'August 2017 rollup is disputed');
  assert.equal(is('KB5021296'), false, 'security-only, December 2022');
  assert.equal(is('KB5030329'), false, 'servicing stack update');
  const s12 = THRESHOLDS['2012'];
  assert.equal(qualifies(lookupUpdate('2012', 'KB4038799')!, s12), false, 'September 2017 for 2012 is disputed');
  assert.equal(qualifies(lookupUpdate('2012', 'KB4041690')!, s12), true);
  const s16 = THRESHOLDS['2016'];
  assert.equal(qualifies(lookupUpdate('2016', 'KB4025334')!, s16), false, '14393.1532');
  assert.equal(qualifies(lookupUpdate('2016', 'KB4039396')!, s16), true);
  assert.equal(qualifies(lookupUpdate('2016', 'KB4343887')!, s16), true, '2018-08, build not in the table');
});

test('monthLabel', () => {
  assert.equal(monthLabel('2017-08'), 'August 2017');
  assert.equal(monthLabel('2023-10-01'), 'October 2023');
});

test('derive: patched 2012 R2 server is installed with the newest qualifying rollup', () => {
  const d = derivePrerequisiteUpdate(
    doc([
      { id: 'KB4038792', installedOn: '2017-09-20' },
      { id: ' kb5031419 ', installedOn: '2023-10-12' },
      { id: 'KB5021296', installedOn: '2022-12-15' },
      { id: 'KB5040456', installedOn: '2024-07-11' },
    ]),
    '2012R2',
  );
  assert.equal(d.status, 'installed');
  assert.equal(d.proofKb, 'KB5031419');
  assert.equal(d.proofReleased, '2023-10');
  assert.equal(d.newestRollupKb, 'KB5031419');
  assert.deepEqual(d.securityOnlyKbs, ['KB5021296']);
  assert.deepEqual(d.undecidedKbs, ['KB5040456']);
  assert.match(d.reason, /KB5031419 \(Monthly Rollup of October 2023\) is installed/);
});

test('derive: missing when every update is known not to qualify or too early', () => {
  const d = derivePrerequisiteUpdate(
    doc([
      { id: 'KB2919355', installedOn: '2014-05-01' },
      { id: 'KB4025336', installedOn: '2017-07-20' },
      { id: 'KB4038793', installedOn: '2017-09-14' },
      { id: 'KB5030329', installedOn: '2023-09-14' },
    ]),
    '2012R2',
  );
  assert.equal(d.status, 'missing');
  assert.equal(d.newestRollupKb, 'KB4025336');
  assert.deepEqual(d.securityOnlyKbs, ['KB4038793']);
  assert.deepEqual(d.undecidedKbs, []);
  assert.match(d.reason, /^no Monthly Rollup since KB4025336 \(July 2017\), which predates KB4039871 \(August 2017\)/);
  assert.match(d.reason, /security-only updates do not carry/);
  assert.match(d.reason, /1 other update was installed before August 2017/);
  assert.match(d.reason, /1 servicing stack or other non-rollup update do not count/);
  assert.equal(derivePrerequisiteUpdate(doc([]), '2012R2').reason, 'no updates are installed at all');
});

test('derive: unknown names unclassified later or undated KBs and disputed rollups', () => {
  const d = derivePrerequisiteUpdate(doc([{ id: 'KB5040456', installedOn: '2024-07-11' }, { id: 'KB5031000' }, { id: 'KB4034681', installedOn: '2017-08-10' }]), '2012R2');
  assert.equal(d.status, 'unknown');
  assert.deepEqual(d.undecidedKbs, ['KB5040456', 'KB5031000', 'KB4034681']);
  assert.match(d.reason, /KB5040456 \(installed 2024-07-11\), KB5031000 \(no installation date\), KB4034681: the August 2017/);
  const unread = derivePrerequisiteUpdate(makeDoc({ os: { status: 'ok', version: '6.2.9200', productType: 'server' }, updates: { status: 'notCollected' } }), '2012');
  assert.equal(unread.status, 'unknown');
  assert.equal(unread.reason, 'the installed updates were not read');
});

test('derive: 2012 does not show the unverified month of KB4039873', () => {
  const d = derivePrerequisiteUpdate(doc([{ id: 'KB4025331', installedOn: '2017-07-15' }]), '2012');
  assert.equal(d.status, 'missing');
  assert.match(d.reason, /which predates KB4039873(;|$)/);
});

test('derive: 2016 decides on the UBR when read, else on the table', () => {
  assert.equal(derivePrerequisiteUpdate(doc([], 1670), '2016').status, 'installed');
  const low = derivePrerequisiteUpdate(doc([{ id: 'KB4039396', installedOn: '2017-09-01' }], 1593), '2016');
  assert.equal(low.status, 'missing');
  assert.match(low.reason, /OS build 14393.1593 is below 14393.1670/);
  const byKb = derivePrerequisiteUpdate(doc([{ id: 'KB5029242', installedOn: '2023-08-10' }]), '2016');
  assert.equal(byKb.status, 'installed');
  assert.match(byKb.reason, /^the update build revision \(UBR\) was not read; KB5029242/);
  assert.equal(derivePrerequisiteUpdate(doc([{ id: 'KB4025334', installedOn: '2017-07-20' }]), '2016').status, 'missing');
});

test('derive: other OS families are notApplicable', () => {
  for (const family of ['2008R2', '2019', '2022', 'client', 'unknown']) {
    const d = derivePrerequisiteUpdate(doc([{ id: 'KB5031419', installedOn: '2023-10-12' }]), family);
    assert.equal(d.status, 'notApplicable', family);
    assert.equal(d.family, undefined);
  }
});
