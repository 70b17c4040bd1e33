/** WSUS health-monitor events (Application log) for the rules' test cases. */
import type { EventEntry } from '../../../engine/facts/fact-types.generated.js';

const TEXTS: Record<number, string> = {
  12001: 'The Reporting Web Service is working correctly.',
  12002: 'The Reporting Web Service is not working.',
  12021: 'The Client Web Service is working correctly.',
  12022: 'The Client Web Service is not working.',
  12031: 'The Server Synchronization Web Service is working correctly.',
  12032: 'The Server Synchronization Web Service is not working.',
  12041: 'The SimpleAuth Web Service is working correctly.',
  12042: 'The SimpleAuth Web Service is not working.',
  12071: 'The WSUS content directory is accessible.',
  12072: 'The WSUS content directory is not accessible.',
  7053: "The WSUS administration console has encountered an unexpected error. This may be a transient error; try restarting the administration console. System.Net.WebException -- The request failed with HTTP status 503: Service Unavailable.",
};

/** One event of source "Windows Server Update Services"; ids ending in 1 are "working", the others errors. */
export function wsusEvent(id: number, time: string, message = TEXTS[id] ?? ''): EventEntry {
  const working = id % 10 === 1;
  return { logName: 'Application', providerName: 'Windows Server Update Services', id, level: working ? 'Information' : 'Error', timeCreated: time, message };
}

/** The 6-hour refresh cycle of a healthy server: every component working. */
export const HEALTHY_REFRESH: EventEntry[] = [12001, 12021, 12031, 12041, 12071].map((id) => wsusEvent(id, '2026-11-24T06:00:00Z'));
