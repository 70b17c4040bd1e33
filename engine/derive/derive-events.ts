/**
 * Derives `events`: a count and the newest samples per "<providerName>/<id>" key, e.g.
 * "Microsoft-Windows-WAS/5002". Event items are newest last, so samples are too. The
 * evidence text is the rendered message, or "<provider> event <id>" when it is empty.
 *
 * WAS events 5002 (pool disabled by rapid-fail protection) and 5117 (recycle at the private
 * bytes limit) are logged for every application pool, with the pool's name only in the
 * message text ("Application pool 'WsusPool' is being automatically disabled ..."). They are
 * also counted for the WSUS pool alone (`wsusPoolDisabled`, `wsusPoolMemoryRecycles`) when
 * the message names derived.wsusPool.name as a whole word (letter case ignored; "WsusPool2" or
 * "MyWsusPool" do not count). Events whose message is empty cannot be attributed and go to
 * `poolNotNamed`; a non-empty message without the WSUS pool's name is taken as another pool's.
 * WAS 5009-5013 (worker process terminated unexpectedly, no ping response, fatal communication
 * error, start-up or shut-down time limit exceeded) are handled the same way and counted for
 * the WSUS pool in `wsusPoolWorkerFailures` (per id in `wsusPoolWorkerFailureIds`).
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedEvents, DerivedWsusPool, EvidenceCount } from './derived-types.js';
import { deepFreeze, isOk, noEvidence, SampleCollector } from './evidence.js';
import { deriveWsusPool } from './derive-wsus-site.js';

/** Provider of the IIS Windows Process Activation Service events. */
export const WAS_PROVIDER = 'Microsoft-Windows-WAS';
/** WAS: application pool disabled after a series of worker-process failures (rapid-fail protection). */
export const WAS_POOL_DISABLED = 5002;
/** WAS: worker process recycled because it reached its private bytes memory limit. */
export const WAS_PRIVATE_MEMORY_RECYCLE = 5117;
/** WAS worker-process failures: 5009 terminated unexpectedly, 5010 no ping response, 5011 fatal communication error, 5012 start-up and 5013 shut-down time limit exceeded. */
export const WAS_WORKER_FAILURES: readonly number[] = [5009, 5010, 5011, 5012, 5013];

/** WAS events logged for any pool with the pool's name in the text only. */
function isPoolEvent(id: number): boolean {
  return id === WAS_POOL_DISABLED || id === WAS_PRIVATE_MEMORY_RECYCLE || WAS_WORKER_FAILURES.includes(id);
}

/** The byKey key of an event. */
export function eventKey(providerName: string, id: number): string {
  return `${providerName}/${id}`;
}

/** A character that can be part of a pool name next to the match (letters, digits, _). */
function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** The text names `lowerName` as a whole word (both lower-cased by the caller's contract for `lowerName`). */
export function namesPool(message: string, lowerName: string): boolean {
  if (!lowerName) return false;
  const text = message.toLowerCase();
  for (let at = text.indexOf(lowerName); at >= 0; at = text.indexOf(lowerName, at + 1)) {
    const before = at === 0 ? -1 : text.charCodeAt(at - 1);
    const after = at + lowerName.length >= text.length ? -1 : text.charCodeAt(at + lowerName.length);
    if (!isNameChar(before) && !isNameChar(after)) return true;
  }
  return false;
}

/** An empty count, shared and frozen: most documents have no WAS event of the WSUS pool. */
const NONE: EvidenceCount = deepFreeze(noEvidence());

function resultOf(samples: SampleCollector | undefined): EvidenceCount {
  return samples === undefined || samples.count === 0 ? NONE : samples.result();
}

/** The WAS events of application pools: those naming the WSUS pool, and those naming none. */
class PoolEvents {
  readonly disabled = new SampleCollector();
  readonly recycles = new SampleCollector();
  readonly workerFailures = new SampleCollector();
  readonly workerFailureIds: Record<string, number> = {};
  readonly notNamed = new Map<string, SampleCollector>();
  constructor(readonly poolLower: string) {}
}

/** The block of every document without events: built once, shared, frozen. */
let notAvailable: DerivedEvents | undefined;

/**
 * Derive the events block. `available` is false (and everything empty) unless `events` has
 * status ok. `pool` is the derived WSUS pool (computed from the document when not given).
 */
export function deriveEvents(doc: FactDocument, pool: DerivedWsusPool = deriveWsusPool(doc)): DerivedEvents {
  if (!isOk(doc.events)) {
    return (notAvailable ??= deepFreeze({ available: false, byKey: {}, wsusPoolDisabled: noEvidence(), wsusPoolMemoryRecycles: noEvidence(), wsusPoolWorkerFailures: noEvidence(), wsusPoolWorkerFailureIds: {}, poolNotNamed: {} }));
  }
  const byKey = new Map<string, SampleCollector>();
  // What only WAS events of a pool need is made when the first one comes (most documents have none).
  let pools: PoolEvents | undefined;
  // Events of one kind come in runs: the key and its samples are looked up once per run.
  let runProvider: string | undefined;
  let runId = 0;
  let key = '';
  let samples: SampleCollector | undefined;
  for (const ev of doc.events!.items ?? []) {
    if (samples === undefined || ev.providerName !== runProvider || ev.id !== runId) {
      runProvider = ev.providerName;
      runId = ev.id;
      key = eventKey(ev.providerName, ev.id);
      samples = byKey.get(key);
      if (samples === undefined) byKey.set(key, (samples = new SampleCollector()));
    }
    const text = ev.message || `${ev.providerName} event ${ev.id}`;
    samples.add(undefined, undefined, ev.timeCreated, text);
    if (!isPoolEvent(ev.id) || ev.providerName !== WAS_PROVIDER) continue;
    pools ??= new PoolEvents(pool.name.toLowerCase());
    if (!ev.message?.trim()) {
      let unnamed = pools.notNamed.get(key);
      if (unnamed === undefined) pools.notNamed.set(key, (unnamed = new SampleCollector()));
      unnamed.add(undefined, undefined, ev.timeCreated, text);
    } else if (namesPool(ev.message, pools.poolLower)) {
      if (ev.id === WAS_POOL_DISABLED) pools.disabled.add(undefined, undefined, ev.timeCreated, text);
      else if (ev.id === WAS_PRIVATE_MEMORY_RECYCLE) pools.recycles.add(undefined, undefined, ev.timeCreated, text);
      else {
        pools.workerFailures.add(undefined, undefined, ev.timeCreated, text);
        pools.workerFailureIds[String(ev.id)] = (pools.workerFailureIds[String(ev.id)] ?? 0) + 1;
      }
    }
  }
  const out: Record<string, EvidenceCount> = {};
  for (const [key, samples] of byKey) out[key] = samples.result();
  const unnamed: Record<string, EvidenceCount> = {};
  if (pools !== undefined) for (const [key, samples] of pools.notNamed) unnamed[key] = samples.result();
  return {
    available: true,
    byKey: out,
    wsusPoolDisabled: resultOf(pools?.disabled),
    wsusPoolMemoryRecycles: resultOf(pools?.recycles),
    wsusPoolWorkerFailures: resultOf(pools?.workerFailures),
    wsusPoolWorkerFailureIds: pools?.workerFailureIds ?? {},
    poolNotNamed: unnamed,
  };
}
