/** Fact files whose collectedAt lies far from the rest of the batch: a wrong clock or a file from another collection. */
import { defineFleetRule, fleetFact } from '../../engine/fleet/fleet-rule.js';
import { TRACK_COMPLIANCE, WU_CLIENT_AGENTS } from '../references.js';
import { client, server } from './shared/test-fleet.js';

const fleet = ['PC1', 'PC2', 'PC3', 'PC4'].map((name, i) => client(name, { ip: `10.0.1.${30 + i}` }));

export default defineFleetRule({
  id: 'fleet-collection-time-outliers',
  ref: 'WSUS-0907',
  title: 'Fact files collected far from the rest of the batch',
  severity: 'warning',
  category: 'fleet',
  subject: 'fleet',
  appliesTo: { when: fleetFact('fleet.collection.machines', 'greaterThan', 1) },
  requires: ['fleet.collection.median'],
  when: fleetFact('fleet.collection.outliers', 'lengthGreaterThan', 0),
  inconclusiveWhen: fleetFact('fleet.collection.undecided', 'lengthGreaterThan', 0),
  inconclusiveMessage:
    'the fact files were collected more than {{fleet.collection.outlierDays}} days apart and no majority of them was collected at about the same time, so which collection times are off cannot be told: {{fleet.collection.undecided|list}} (median {{fleet.collection.median}}).',
  message:
    '{{fleet.collection.outliers|count}} fact file(s) were collected more than {{fleet.collection.outlierDays}} days from the median collection time of the batch: {{fleet.collection.outliersText}}. They are left out of the reference time ({{fleet.referenceTime}}, the median of the other files, collected {{fleet.collection.inTimeRange}}) and of the reporting share; their own findings describe the machine at the time its file says.',
  machines: 'fleet.collection.outliers',
  undecidedMachines: 'fleet.collection.undecided',
  evidence: ['fleet.referenceTime', 'fleet.collection.median', 'fleet.collection.inTimeRange', 'fleet.collection.outlierDays'],
  summary: 'Every fact file was collected within the same window as the rest of the batch.',
  rationale:
    'A batch describes the fleet at one moment: the reporting rule measures "days since the last detection" against the batch\'s reference time. A fact file dated years in the future (a machine with a wrong clock: its collectedAt, event and registry times are all off) or months before the others (a file left over from an earlier collection) cannot be compared with the rest. Such files are named here and left out of the fleet-wide ratios, and the reference time is the median collection time of the other files, so that one bad file never moves it. Warning, not error: it is not a WSUS connection failure, but the batch judged these machines differently and a clock that far off also breaks TLS and Kerberos on the machine itself. Threshold: --collection-outlier-days.',
  remediation: [
    'Check the clock of each listed machine (w32tm /query /status, w32tm /resync) and collect it again.',
    'If the file is left over from an earlier collection, remove it from the batch input or collect the machine again.',
  ],
  references: [TRACK_COMPLIANCE, WU_CLIENT_AGENTS],
  tests: [
    { name: 'files collected on the same day pass', machines: [server(), ...fleet], expect: 'pass' },
    { name: 'a file collected 10 days later is within the window', machines: [server(), ...fleet, client('LATE', { ip: '10.0.1.60', collectedAt: '2026-12-04T09:00:00Z' })], expect: 'pass' },
    {
      name: 'a file collected in 2031 is an outlier and names the reference time',
      machines: [server(), ...fleet, client('FUTURE', { ip: '10.0.1.61', collectedAt: '2031-01-02T08:00:00Z' })],
      expect: 'fail',
      expectMachines: ['future.contoso.com'],
      message: 'future.contoso.com: collected 2031-01-02T08:00:00Z (1500 days after the median 2026-11-24T12:00:00Z). They are left out of the reference time (2026-11-24T12:00:00Z',
    },
    {
      name: 'a file collected 90 days before the others is an outlier',
      machines: [server(), ...fleet, client('STALEFILE', { ip: '10.0.1.62', collectedAt: '2026-08-26T12:00:00Z' })],
      expect: 'fail',
      expectMachines: ['stalefile.contoso.com'],
      message: '90 days before the median',
    },
    {
      name: 'two files 90 days apart cannot tell which is off',
      machines: [server(), client('PC1', { collectedAt: '2026-08-26T12:00:00Z' })],
      expect: 'insufficientEvidence',
      expectMachines: ['wsus01.contoso.com', 'pc1.contoso.com'],
    },
    { name: 'a single file is not applicable', machines: [client('PC1')], expect: 'notApplicable' },
  ],
});
