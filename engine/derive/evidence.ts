/**
 * Small helpers shared by the derive functions: counting matching log lines while keeping
 * the newest few as samples, line numbering, the time window, section status checks.
 *
 * Line numbers of samples: when the excerpt knows where it starts in the file
 * (`LogFile.startLine`), a line's number is `startLine + index` (index = 0-based position
 * in `lines`, so startLine is the number of lines[0]); otherwise it is `index + 1`, the
 * 1-based position within the excerpt.
 */
import type { LogFile, SectionStatus } from '../facts/fact-types.generated.js';
import type { EvidenceCount, LogEvidence, TimeWindow } from './derived-types.js';

/** Samples kept per count. */
export const MAX_SAMPLES = 5;

/** 1-based line number of `lines[index]` of a log file excerpt (see the file header). */
export function lineNumber(file: LogFile, index: number): number {
  return typeof file.startLine === 'number' ? file.startLine + index : index + 1;
}

/** True when a section (or log excerpt) was read successfully. */
export function isOk(section: { status: SectionStatus } | undefined): boolean {
  return section?.status === 'ok';
}

interface Slot {
  file: string | undefined;
  line: number | undefined;
  timestamp: string | undefined;
  text: string;
}

/** A LogEvidence without undefined properties (they would clutter reports as `null`s or gaps). */
export function makeEvidence(file: string | undefined, line: number | undefined, timestamp: string | undefined, text: string): LogEvidence {
  const e = {} as LogEvidence; // properties added in display order: file, line, timestamp, text
  if (file !== undefined) e.file = file;
  if (line !== undefined) e.line = line;
  if (timestamp !== undefined) e.timestamp = timestamp;
  e.text = text;
  return e;
}

function toEvidence(slot: Slot): LogEvidence {
  return makeEvidence(slot.file, slot.line, slot.timestamp, slot.text);
}

/**
 * Counts matching lines and keeps the last {@link MAX_SAMPLES} of them (a ring of reused
 * slots: adding allocates nothing once the ring is full). Samples come out oldest first,
 * i.e. newest last, in the order they were added.
 */
export class SampleCollector {
  count = 0;
  private readonly slots: Slot[] = [];
  private next = 0;

  add(file: string | undefined, line: number | undefined, timestamp: string | undefined, text: string): void {
    this.count++;
    const slot = this.slots[this.next];
    if (slot === undefined) {
      this.slots.push({ file, line, timestamp, text });
    } else {
      slot.file = file;
      slot.line = line;
      slot.timestamp = timestamp;
      slot.text = text;
    }
    this.next = (this.next + 1) % MAX_SAMPLES;
  }

  /** The kept samples, newest last. */
  samples(): LogEvidence[] {
    const n = this.slots.length;
    const first = n < MAX_SAMPLES ? 0 : this.next;
    const out: LogEvidence[] = [];
    for (let i = 0; i < n; i++) out.push(toEvidence(this.slots[(first + i) % n]!));
    return out;
  }

  result(): EvidenceCount {
    return { count: this.count, samples: this.samples() };
  }
}

/** An empty count, for blocks whose source was not collected. */
export function noEvidence(): EvidenceCount {
  return { count: 0, samples: [] };
}

/**
 * Tracks the earliest and latest timestamp seen. Timestamps of one source share one ISO
 * shape, so comparing the strings orders them.
 */
export class WindowTracker {
  private from: string | undefined;
  private to: string | undefined;

  add(timestamp: string | undefined): void {
    if (timestamp === undefined) return;
    if (this.from === undefined || timestamp < this.from) this.from = timestamp;
    if (this.to === undefined || timestamp > this.to) this.to = timestamp;
  }

  result(): TimeWindow {
    const w: TimeWindow = {};
    if (this.from !== undefined) w.from = this.from;
    if (this.to !== undefined) w.to = this.to;
    return w;
  }
}

/**
 * Freezes a value and everything in it, and returns it. For derived blocks shared by every
 * document that lacks their source (built once by the block's own code, so they are what that
 * code gives): nothing may change derived facts after derive, and a frozen block makes an
 * attempt fail loudly instead of changing the block of every other document.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
