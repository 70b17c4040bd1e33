/**
 * Derives `prerequisiteUpdate`: whether the KB 4025764 OS prerequisite of the WSUS server is
 * installed (2012: KB4039873, 2012 R2: KB4039871, each or a later Monthly Rollup; 2016:
 * KB4039396 or a later cumulative update = OS build 14393.1670).
 *
 * Decision, against the dated table engine/knowledge/server-rollups.ts:
 * - 2016 with the UBR read: the UBR decides (>= 1670 installed, else missing).
 * - installed: a qualifying update is installed (the named KB, a Monthly Rollup / cumulative
 *   update released from the table's qualifying month on, or a 2016 CU with UBR >= 1670).
 * - unknown: the installed updates were not read; or none qualifies but some installed update
 *   could still be one: a KB not in the table installed on or after the earliest date the
 *   required update can have been installed, or without a date, or a rollup the sources
 *   disagree on. Those KBs are named.
 * - missing: the list was read and every update is known not to qualify (older rollups,
 *   security-only updates, servicing stack updates) or was installed too early to be one.
 * Security-only updates never qualify: they lack the non-security fixes of the rollups.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import {
  lookupUpdate,
  monthLabel,
  THRESHOLDS,
  type KnownUpdate,
  type PrerequisiteThreshold,
  type RollupFamily,
} from '../knowledge/server-rollups.js';
import type { DerivedPrerequisiteUpdate } from './derived-types.js';
import { isOk } from './evidence.js';

const FAMILY_NAME: Record<RollupFamily, string> = {
  '2012': 'Windows Server 2012',
  '2012R2': 'Windows Server 2012 R2',
  '2016': 'Windows Server 2016',
};
/** At most this many KBs are spelt out in a reason. */
const MAX_LISTED = 6;

function isFamily(value: string): value is RollupFamily {
  return value === '2012' || value === '2012R2' || value === '2016';
}

function rollupWord(family: RollupFamily): string {
  return family === '2016' ? 'cumulative update' : 'Monthly Rollup';
}

function kindLabel(update: KnownUpdate): string {
  switch (update.kind) {
    case 'monthlyRollup':
      return 'Monthly Rollup';
    case 'previewRollup':
      return 'Preview of Monthly Rollup';
    case 'cumulativeUpdate':
      return update.ubr !== undefined ? `cumulative update, OS build 14393.${update.ubr}` : 'cumulative update';
    case 'securityOnly':
      return 'Security-only update';
    default:
      return 'update';
  }
}

/** Does this known update satisfy the requirement? */
export function qualifies(update: KnownUpdate, threshold: PrerequisiteThreshold): boolean {
  if (update.kb === threshold.requiredKb) return true;
  if (threshold.disputedKbs[update.kb] !== undefined) return false;
  if (update.kind === 'cumulativeUpdate' && update.ubr !== undefined && threshold.requiredUbr !== undefined) return update.ubr >= threshold.requiredUbr;
  if (update.kind !== 'monthlyRollup' && update.kind !== 'cumulativeUpdate') return false;
  return update.released >= threshold.qualifiesFromMonth;
}

function list(items: string[]): string {
  if (items.length <= MAX_LISTED) return items.join(', ');
  return `${items.slice(0, MAX_LISTED).join(', ')} and ${items.length - MAX_LISTED} more`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The prerequisite for the document's OS family (derived.osFamily). */
export function derivePrerequisiteUpdate(doc: FactDocument, osFamily: string): DerivedPrerequisiteUpdate {
  if (!isFamily(osFamily)) {
    return { status: 'notApplicable', securityOnlyKbs: [], undecidedKbs: [], reason: 'KB 4025764 names an OS prerequisite only for Windows Server 2012, 2012 R2 and 2016' };
  }
  const family = osFamily;
  const threshold = THRESHOLDS[family];
  // The month is shown only when a source gives it (KB4039873's is not known).
  const required = threshold.requiredReleasedVerified ? `${threshold.requiredKb} (${monthLabel(threshold.requiredReleased)})` : threshold.requiredKb;
  const base = { family, requiredKb: threshold.requiredKb, requiredReleased: threshold.requiredReleased };

  // 2016: the update build revision decides when it was read.
  const ubr = isOk(doc.os) ? doc.os!.ubr : undefined;
  if (family === '2016' && ubr !== undefined && threshold.requiredUbr !== undefined) {
    const build = `OS build 14393.${ubr}`;
    return ubr >= threshold.requiredUbr
      ? { ...base, status: 'installed', securityOnlyKbs: [], undecidedKbs: [], reason: `${build} is at or above 14393.${threshold.requiredUbr} (${threshold.requiredKb})` }
      : { ...base, status: 'missing', securityOnlyKbs: [], undecidedKbs: [], reason: `${build} is below 14393.${threshold.requiredUbr}: ${threshold.requiredKb} or a later cumulative update is not in effect` };
  }

  // 2016 without the UBR: decided from the installed cumulative updates, and said so.
  const prefix = family === '2016' ? 'the update build revision (UBR) was not read; ' : '';
  const result = decideFromUpdates(doc, family, threshold, required, base);
  return { ...result, reason: `${prefix}${result.reason}` };
}

function decideFromUpdates(
  doc: FactDocument,
  family: RollupFamily,
  threshold: PrerequisiteThreshold,
  required: string,
  base: { family: RollupFamily; requiredKb: string; requiredReleased: string },
): DerivedPrerequisiteUpdate {
  if (!isOk(doc.updates)) {
    return {
      ...base,
      status: 'unknown',
      securityOnlyKbs: [],
      undecidedKbs: [],
      reason: 'the installed updates were not read',
    };
  }

  const earliest = Date.parse(threshold.earliestInstall);
  let proof: KnownUpdate | undefined;
  let newestRollup: KnownUpdate | undefined;
  const securityOnly: string[] = [];
  const undecided: string[] = [];
  const undecidedText: string[] = [];
  const disputedText: string[] = [];
  const seen = new Set<string>();
  let tooEarly = 0;
  let otherKnown = 0;
  let total = 0;

  for (const item of doc.updates!.items ?? []) {
    const kb = item.id.trim().toUpperCase();
    if (!kb || seen.has(kb)) continue;
    seen.add(kb);
    total++;
    const known = lookupUpdate(family, kb);
    if (known) {
      const isRollup = known.kind === 'monthlyRollup' || known.kind === 'previewRollup' || known.kind === 'cumulativeUpdate';
      if (isRollup && (!newestRollup || known.released >= newestRollup.released)) newestRollup = known;
      if (qualifies(known, threshold)) {
        if (!proof || known.released >= proof.released) proof = known;
      } else if (threshold.disputedKbs[kb] !== undefined) {
        undecided.push(kb);
        disputedText.push(`${kb}: ${threshold.disputedKbs[kb]}`);
      } else if (known.kind === 'securityOnly') securityOnly.push(kb);
      else if (!isRollup) otherKnown++;
      continue;
    }
    const time = item.installedOn === undefined ? NaN : Date.parse(item.installedOn);
    if (!Number.isNaN(time) && time < earliest) {
      tooEarly++;
      continue;
    }
    undecided.push(kb);
    undecidedText.push(Number.isNaN(time) ? `${kb} (no installation date)` : `${kb} (installed ${item.installedOn!.slice(0, 10)})`);
  }

  const found = {
    ...(newestRollup ? { newestRollupKb: newestRollup.kb, newestRollupReleased: newestRollup.released } : {}),
    securityOnlyKbs: securityOnly,
    undecidedKbs: undecided,
  };

  if (proof) {
    return {
      ...base,
      ...found,
      status: 'installed',
      proofKb: proof.kb,
      proofReleased: proof.released,
      reason: `${proof.kb} (${kindLabel(proof)} of ${monthLabel(proof.released)}) is installed`,
    };
  }

  const word = rollupWord(family);
  const securityOnlyNote = securityOnly.length
    ? `; the ${plural(securityOnly.length, 'Security-only update', 'Security-only updates')} installed (${list(securityOnly)}) do not qualify: security-only updates do not carry the non-security fixes of the ${word}s`
    : '';

  if (undecided.length) {
    const parts = [...undecidedText, ...disputedText];
    return {
      ...base,
      ...found,
      status: 'unknown',
      reason:
        `no installed update is known to be ${required} or a later ${word}, and ${plural(undecided.length, 'update', 'updates')} cannot be classified: ${list(parts)}. ` +
        `The rollup table (engine/knowledge/server-rollups.ts) does not list ${undecided.length === 1 ? 'it' : 'them'} as a ${word} or a security-only update of ${FAMILY_NAME[family]}, so whether one is a later ${word} cannot be told` +
        securityOnlyNote,
    };
  }

  let head: string;
  if (total === 0) head = 'no updates are installed at all';
  else if (newestRollup) head = `no ${word} since ${newestRollup.kb} (${monthLabel(newestRollup.released)}), which predates ${required}`;
  else head = `no ${word} is installed (${plural(total, 'update', 'updates')} checked)`;
  const tooEarlyNote = tooEarly
    ? `; ${plural(tooEarly, 'other update was', 'other updates were')} installed before ${monthLabel(threshold.earliestInstall)}, too early to be ${threshold.requiredKb} or later`
    : '';
  const otherNote = otherKnown ? `; ${plural(otherKnown, 'servicing stack or other non-rollup update', 'servicing stack or other non-rollup updates')} do not count` : '';
  return { ...base, ...found, status: 'missing', reason: `${head}${securityOnlyNote}${tooEarlyNote}${otherNote}` };
}
