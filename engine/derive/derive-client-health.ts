/**
 * Derives `clientHealth` from the clientHealth and os sections: free space of the system drive in
 * GB, how long ago Windows Time last synchronised (against collectedAt), whether it synchronises at
 * all (Parameters\\Type NoSync, or the local CMOS / free-running clock as the source), and the
 * pending-restart markers that are set (os.pendingReboot plus WinSxS\\pending.xml) in words.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedClientHealth } from './derived-types.js';
import { isOk } from './evidence.js';

const DAY_MS = 86_400_000;
/** w32tm "Source:" values that mean the clock is not synchronised with anything. */
const LOCAL_CLOCK = /^(Local CMOS Clock|Free-running System Clock)$/i;

/** Parameters\\Type is NoSync (letter case and surrounding white space ignored). */
function isNoSync(type: string): boolean {
  const t = type.length === 6 ? type : type.trim();
  return t.length === 6 && t.toLowerCase() === 'nosync';
}

/** The source is the local clock. The two names are 16 and 25 characters long: other lengths cannot match. */
function isLocalClock(source: string): boolean {
  const s = source.trim();
  return (s.length === 16 || s.length === 25) && LOCAL_CLOCK.test(s);
}

export function deriveClientHealth(doc: FactDocument): DerivedClientHealth {
  const restartMarkers: string[] = [];
  const reboot = isOk(doc.os) ? doc.os!.pendingReboot : undefined;
  if (reboot?.windowsUpdate === true) restartMarkers.push('WindowsUpdate\\Auto Update\\RebootRequired');
  if (reboot?.componentBasedServicing === true) restartMarkers.push('Component Based Servicing\\RebootPending');
  if (reboot?.pendingFileRenameOperations === true) restartMarkers.push('Session Manager PendingFileRenameOperations');
  const health = doc.clientHealth;
  if (!isOk(health)) {
    const out: DerivedClientHealth = { available: false };
    if (restartMarkers.length) out.restartMarkers = restartMarkers;
    return out;
  }
  const h = health!;
  if (h.pendingXml?.exists === true) restartMarkers.push('WinSxS\\pending.xml');
  const out: DerivedClientHealth = { available: true, restartMarkers };
  if (h.systemDrive?.freeMB !== undefined) out.systemDriveFreeGB = Math.round((h.systemDrive.freeMB / 1024) * 10) / 10;
  const time = h.timeService;
  const collected = Date.parse(doc.collectedAt);
  if (time?.lastSuccessfulSyncTime !== undefined && !Number.isNaN(collected)) {
    const last = Date.parse(time.lastSuccessfulSyncTime);
    if (!Number.isNaN(last)) out.timeSyncAgeDays = Math.round(((collected - last) / DAY_MS) * 10) / 10;
  }
  const problems: string[] = [];
  if (time?.type !== undefined && isNoSync(time.type)) problems.push('W32Time Parameters\\Type is NoSync (no synchronisation configured)');
  if (time?.source !== undefined && isLocalClock(time.source)) problems.push(`the time source is "${time.source.trim()}" (the clock runs on its own)`);
  if (problems.length) out.timeNotSynchronized = true;
  else if (time?.type !== undefined || time?.source !== undefined) out.timeNotSynchronized = false;
  out.timeProblems = problems;
  return out;
}
