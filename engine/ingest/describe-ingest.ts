/**
 * The `ingest` section of a fact document in words: which file fed which facts, which files
 * were ignored and why, and what to ask for next. Shared by `ingest` (stderr) and the text
 * report of `diagnose` on a bundle. Plain lines; the caller indents and colours them.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import { visible as visibleText } from '../terminal/visible.js';

export type IngestSummary = NonNullable<FactDocument['ingest']>;

/** Files listed per list; the fact document holds them all. */
const MAX_LISTED = 40;

/** A name (from inside a zip, say) on one line: control characters made visible (engine/terminal), tab and LF too. */
function visible(text: string): string {
  return visibleText(text).replace(/\n/g, '\\u000a').replace(/\t/g, '\\u0009');
}

/** Lines describing an ingest section (no trailing newline), control characters made visible. */
export function describeIngest(ingest: IngestSummary): string[] {
  return describeLines(ingest).map(visible);
}

function describeLines(ingest: IngestSummary): string[] {
  const out: string[] = [];
  out.push(`Built from a bundle (${ingest.inputs.join(', ')}) as a ${ingest.role}: ${ingest.roleReason ?? ingest.roleSource}.`);
  if (ingest.used.length > 0) {
    out.push(`Used ${ingest.used.length} file${ingest.used.length === 1 ? '' : 's'}:`);
    for (const u of ingest.used.slice(0, MAX_LISTED)) out.push(`  ${u.file}: ${u.kind} -> ${u.facts.join(', ') || '(nothing)'}${u.note ? ` (${u.note})` : ''}`);
    if (ingest.used.length > MAX_LISTED) out.push(`  ... and ${ingest.used.length - MAX_LISTED} more (all of them are in the fact document's ingest.used)`);
  }
  if (ingest.ignored.length > 0) {
    out.push(`Ignored ${ingest.ignored.length} file${ingest.ignored.length === 1 ? '' : 's'}:`);
    for (const i of ingest.ignored.slice(0, MAX_LISTED)) out.push(`  ${i.file}: ${i.reason}`);
    if (ingest.ignored.length > MAX_LISTED) out.push(`  ... and ${ingest.ignored.length - MAX_LISTED} more (all of them are in the fact document's ingest.ignored)`);
  }
  if (ingest.missing.length > 0) {
    out.push('Ask for next:');
    ingest.missing.forEach((m, n) => out.push(`  ${n + 1}. ${m.ask}`));
  }
  for (const w of ingest.warnings ?? []) out.push(`Note: ${w}`);
  return out;
}
