/**
 * Derives `wsusHealth` from the WSUS health monitor's events (engine/knowledge/wsus-health-events.ts):
 * per component, its failure events and whether the newest one is followed by the component's
 * "working" event (recovered) or not (failing). Times are compared as instants; events with
 * the same time count the "working" one as later only when it comes after in the list (items
 * are newest last). Event 7053 (console crash) is counted apart: it has no "working" event.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedWsusHealth } from './derived-types.js';
import { deepFreeze, isOk, noEvidence, SampleCollector } from './evidence.js';
import { WSUS_CONSOLE_ERROR, WSUS_EVENT_PROVIDER, WSUS_HEALTH_COMPONENTS, type WsusHealthComponent } from '../knowledge/wsus-health-events.js';

interface Seen {
  failures: SampleCollector;
  lastFailureIndex: number;
  lastFailureAt: string;
  lastWorkingIndex: number;
  lastWorkingAt: string;
}

function instant(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

const empty = (): DerivedWsusHealth => ({
  available: false,
  failingIds: [],
  recoveredIds: [],
  failingText: '',
  recoveredText: '',
  failing: noEvidence(),
  recovered: noEvidence(),
  consoleErrors: noEvidence(),
});

const byFailure = new Map<number, WsusHealthComponent>();
const byWorking = new Map<number, WsusHealthComponent>();
for (const c of WSUS_HEALTH_COMPONENTS) {
  byFailure.set(c.failureId, c);
  byWorking.set(c.workingId, c);
}

/** The blocks of every document without events, and of every one whose events hold none of WSUS: built once, shared, frozen. */
let notAvailable: DerivedWsusHealth | undefined;
let noWsusEvents: DerivedWsusHealth | undefined;

export function deriveWsusHealth(doc: FactDocument): DerivedWsusHealth {
  if (!isOk(doc.events)) return (notAvailable ??= deepFreeze(empty()));
  const items = doc.events!.items ?? [];
  if (!items.some((ev) => ev.providerName === WSUS_EVENT_PROVIDER)) return (noWsusEvents ??= deepFreeze(fromEvents(items)));
  return fromEvents(items);
}

function fromEvents(items: NonNullable<NonNullable<FactDocument['events']>['items']>): DerivedWsusHealth {
  const seen = new Map<WsusHealthComponent, Seen>();
  const state = (c: WsusHealthComponent): Seen => {
    let s = seen.get(c);
    if (!s) seen.set(c, (s = { failures: new SampleCollector(), lastFailureIndex: -1, lastFailureAt: '', lastWorkingIndex: -1, lastWorkingAt: '' }));
    return s;
  };
  const consoleErrors = new SampleCollector();
  items.forEach((ev, index) => {
    if (ev.providerName !== WSUS_EVENT_PROVIDER) return;
    const text = ev.message || `${ev.providerName} event ${ev.id}`;
    if (ev.id === WSUS_CONSOLE_ERROR) return consoleErrors.add(undefined, undefined, ev.timeCreated, text);
    const failed = byFailure.get(ev.id);
    if (failed) {
      const s = state(failed);
      s.failures.add(undefined, undefined, ev.timeCreated, text);
      if (s.lastFailureIndex < 0 || instant(ev.timeCreated) >= instant(s.lastFailureAt)) {
        s.lastFailureIndex = index;
        s.lastFailureAt = ev.timeCreated;
      }
      return;
    }
    const working = byWorking.get(ev.id);
    if (working) {
      const s = state(working);
      if (s.lastWorkingIndex < 0 || instant(ev.timeCreated) >= instant(s.lastWorkingAt)) {
        s.lastWorkingIndex = index;
        s.lastWorkingAt = ev.timeCreated;
      }
    }
  });
  const failing = new SampleCollector();
  const recovered = new SampleCollector();
  const out = empty();
  out.available = true;
  const failingText: string[] = [];
  const recoveredText: string[] = [];
  for (const c of WSUS_HEALTH_COMPONENTS) {
    const s = seen.get(c);
    if (!s || s.failures.count === 0) continue;
    const workingAfter =
      s.lastWorkingIndex >= 0 &&
      (instant(s.lastWorkingAt) > instant(s.lastFailureAt) || (instant(s.lastWorkingAt) === instant(s.lastFailureAt) && s.lastWorkingIndex > s.lastFailureIndex));
    const target = workingAfter ? recovered : failing;
    for (const sample of s.failures.samples()) target.add(undefined, undefined, sample.timestamp, sample.text);
    target.count += s.failures.count - s.failures.samples().length;
    const head = `${c.failureId} ${c.component} not working (${s.failures.count} event(s), newest ${s.lastFailureAt})`;
    if (workingAfter) {
      out.recoveredIds.push(c.failureId);
      recoveredText.push(`${head}, working again at ${s.lastWorkingAt} (event ${c.workingId}): ${c.cause}.`);
    } else {
      out.failingIds.push(c.failureId);
      failingText.push(`${head}: ${c.cause}. Fix: ${c.fix}.`);
    }
  }
  out.failing = failing.result();
  out.recovered = recovered.result();
  out.consoleErrors = consoleErrors.result();
  out.failingText = failingText.join(' ');
  out.recoveredText = recoveredText.join(' ');
  return out;
}
