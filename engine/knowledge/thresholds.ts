/**
 * The configurable thresholds: names, documented defaults and the source of each default.
 * A config file (engine/config, schemas/config.schema.json) may override them; the pipeline
 * hands the result to deriveFacts, which puts it under `derived.thresholds` so rules compare
 * facts against `derived.thresholds.<name>.value` and show `.source` in their messages.
 */
import type { DerivedThresholds } from '../facts/derived-facts.generated.js';

export type ThresholdName = keyof DerivedThresholds;

export interface ThresholdDefault {
  value: number;
  /** Shown as the source of a default value: "default (<source>)". */
  source: string;
  /** What the threshold means, for the config schema and docs. */
  description: string;
}

export const THRESHOLD_DEFAULTS: Readonly<Record<ThresholdName, ThresholdDefault>> = {
  wsusPoolPrivateMemoryKB: {
    value: 4_000_000,
    source: 'KB 4025764: 4-8 GB',
    description:
      'Lowest acceptable WsusPool private memory limit in KB; a pool with no limit (0) always passes. 4000000 is the low end of KB 4025764 and the WSUS messages doc (4-8 GB, more if needed); 7372800 is the ConfigMgr guidance (4 x the WSUS setup default 1843200); 0 accepts only "no limit", the KB 4490414 best practice.',
  },
  wsusPoolQueueLength: {
    value: 2000,
    source: 'KB 4490414',
    description: 'Lowest acceptable WsusPool queue length. KB 4490414 and the ConfigMgr hardware guidance recommend 2000 (IIS default 1000).',
  },
  supersededUpdates: {
    value: 1500,
    source: 'KB 4490644',
    description: 'Highest acceptable count of superseded updates that are not declined; KB 4490644 (WSUS maintenance guide) says more than 1500 cause client and server problems.',
  },
  certificateExpiryDays: {
    value: 30,
    source: 'wsus-doctor; no Microsoft figure',
    description: 'Days before the expiry of the WSUS SSL certificate from which it is reported. Microsoft gives no figure; 30 days is a common renewal window.',
  },
  freeSpacePercent: {
    value: 10,
    source: 'wsus-doctor; no Microsoft figure',
    description: 'Lowest acceptable free space on the volumes of the WSUS content and database, in percent. Microsoft gives no percentage for WSUS; 10 % is a common monitoring default.',
  },
};

export const THRESHOLD_NAMES = Object.keys(THRESHOLD_DEFAULTS) as ThresholdName[];

/** The thresholds when no config file sets any. */
export function defaultThresholds(): DerivedThresholds {
  const out = {} as DerivedThresholds;
  for (const name of THRESHOLD_NAMES) out[name] = { value: THRESHOLD_DEFAULTS[name].value, source: `default (${THRESHOLD_DEFAULTS[name].source})` };
  return out;
}
