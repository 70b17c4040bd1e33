/**
 * Derives `events`: a count and the newest samples per "<providerName>/<id>" key, e.g.
 * "Microsoft-Windows-WAS/5002". Event items are newest last, so samples are too. The
 * evidence text is the rendered message, or "<provider> event <id>" when it is empty.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedEvents, EvidenceCount } from './derived-types.js';
import { isOk, SampleCollector } from './evidence.js';

/** The byKey key of an event. */
export function eventKey(providerName: string, id: number): string {
  return `${providerName}/${id}`;
}

/** Derive the events block. `available` is false (and byKey empty) unless `events` has status ok. */
export function deriveEvents(doc: FactDocument): DerivedEvents {
  if (!isOk(doc.events)) return { available: false, byKey: {} };
  const byKey = new Map<string, SampleCollector>();
  for (const ev of doc.events!.items ?? []) {
    const key = eventKey(ev.providerName, ev.id);
    let samples = byKey.get(key);
    if (samples === undefined) byKey.set(key, (samples = new SampleCollector()));
    samples.add(undefined, undefined, ev.timeCreated, ev.message || `${ev.providerName} event ${ev.id}`);
  }
  const out: Record<string, EvidenceCount> = {};
  for (const [key, samples] of byKey) out[key] = samples.result();
  return { available: true, byKey: out };
}
