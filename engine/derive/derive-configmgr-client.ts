/**
 * Derives `configMgrClient` from the ConfigMgr client logs (CMTrace format, knowledge
 * 4.5/4.6):
 * - LocationServices.log: every `WSUS Path='...', Server='...', Version='...'` entry (the
 *   "WSUS entry" KB 4025764 asks for), oldest first, and the newest path;
 * - WUAHandler.log: "Group policy settings were overwritten by a higher authority" lines
 *   and scan failures ("Scan failed with error = 0x...", "OnSearchComplete - Failed to end
 *   search job. Error = 0x...").
 *
 * Evidence timestamps are UTC when the CMTrace record carries its time-zone bias, else the
 * local time as written.
 */
import type { FactDocument, LogExcerpt, LogFile } from '../facts/fact-types.generated.js';
import { parseCmTraceLog, type CmTraceEntry } from '../parsers/cmtrace.js';
import type { DerivedConfigMgrClient, DerivedWsusLocation, LogEvidence } from './derived-types.js';
import { isOk, lineNumber, makeEvidence, SampleCollector } from './evidence.js';

const WSUS_PATH = /WSUS Path='([^']*)'(?:, ?Server='([^']*)')?(?:, ?Version='([^']*)')?/;
const OVERWRITTEN = /overwritten by a higher authority/i;
const SCAN_FAILED = /Scan failed with error|OnSearchComplete - Failed to end search job/i;

function evidenceOf(file: LogFile, entry: CmTraceEntry): LogEvidence {
  return makeEvidence(file.path, lineNumber(file, entry.index), entry.timestamp ?? entry.localTime, entry.message);
}

/** Every record of an excerpt that was collected; nothing when it was not. */
function* records(excerpt: LogExcerpt | undefined): Generator<[LogFile, CmTraceEntry]> {
  if (!isOk(excerpt)) return;
  for (const file of excerpt!.files ?? []) {
    for (const entry of parseCmTraceLog(file.lines)) yield [file, entry];
  }
}

/** Derive the ConfigMgr client block. Each log counts only when its excerpt has status ok. */
export function deriveConfigMgrClient(doc: FactDocument): DerivedConfigMgrClient {
  const logs = doc.logs?.configMgrClient;

  const wsusLocations: DerivedWsusLocation[] = [];
  for (const [file, entry] of records(logs?.locationServices)) {
    if (!entry.message.includes('WSUS Path=')) continue;
    const m = WSUS_PATH.exec(entry.message);
    if (!m) continue;
    const location: DerivedWsusLocation = { url: m[1]!, evidence: evidenceOf(file, entry) };
    if (m[2] !== undefined) location.server = m[2];
    if (m[3] !== undefined) location.version = m[3];
    wsusLocations.push(location);
  }

  const policyOverwritten = new SampleCollector();
  const scanFailures = new SampleCollector();
  for (const [file, entry] of records(logs?.wuaHandler)) {
    const target = OVERWRITTEN.test(entry.message) ? policyOverwritten : SCAN_FAILED.test(entry.message) ? scanFailures : undefined;
    if (target === undefined) continue;
    target.add(file.path, lineNumber(file, entry.index), entry.timestamp ?? entry.localTime, entry.message);
  }

  const out: DerivedConfigMgrClient = {
    locationServicesAvailable: isOk(logs?.locationServices),
    wsusLocations,
    wuaHandlerAvailable: isOk(logs?.wuaHandler),
    policyOverwritten: policyOverwritten.result(),
    scanFailures: scanFailures.result(),
  };
  const latest = wsusLocations.at(-1);
  if (latest !== undefined) out.latestWsusPath = latest.url;
  return out;
}
