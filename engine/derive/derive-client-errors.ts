/**
 * Derives `clientErrors`: every Windows Update error code found in WindowsUpdate.log
 * (fed in by derive-windows-update-log.ts while it reads the log, so the log is parsed
 * once) and in the messages of `Microsoft-Windows-WindowsUpdateClient` events (ids 20, 25,
 * 31 and any other whose message carries a code), merged per code, most frequent first
 * (ties: first seen first), each with the code table's explanation, and grouped by family
 * (`byFamily`, one family per client error-code rule, see engine/knowledge/wu-error-codes.ts).
 *
 * Samples per code and per family are kept in the order the sources are read
 * (WindowsUpdate.log lines, then events) and the last five are kept: the log's local times
 * and the events' UTC times cannot be ordered against each other reliably.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import { describeErrorCode, ERROR_FAMILIES, type ErrorFamily } from '../knowledge/wu-error-codes.js';
import { findErrorCodes } from '../parsers/error-codes.js';
import type { DerivedClientErrors, DerivedErrorCode, DerivedErrorFamilies, EvidenceCount } from './derived-types.js';
import { isOk, SampleCollector } from './evidence.js';

/** Provider whose event messages are searched for codes. */
export const WINDOWS_UPDATE_CLIENT_PROVIDER = 'Microsoft-Windows-WindowsUpdateClient';

/** Codes whose low word is 0x2EE2 (WinHTTP 12002 timeout, KB 4025764's "xxxx2ee2"). */
export function isTimeout2ee2(code: string): boolean {
  return code.endsWith('2EE2');
}

interface CodeTally {
  samples: SampleCollector;
  family: ErrorFamily;
}

/** Accumulates error-code occurrences from several sources. */
export class ErrorCodeTally {
  private readonly byCode = new Map<string, CodeTally>();
  private readonly byFamily = new Map<ErrorFamily, SampleCollector>();
  private readonly timeouts = new SampleCollector();

  /** Record one occurrence of a normalised code. */
  add(code: string, file: string | undefined, line: number | undefined, timestamp: string | undefined, text: string): void {
    let tally = this.byCode.get(code);
    if (tally === undefined) this.byCode.set(code, (tally = { samples: new SampleCollector(), family: describeErrorCode(code)?.family ?? 'other' }));
    tally.samples.add(file, line, timestamp, text);
    let family = this.byFamily.get(tally.family);
    if (family === undefined) this.byFamily.set(tally.family, (family = new SampleCollector()));
    family.add(file, line, timestamp, text);
    if (isTimeout2ee2(code)) this.timeouts.add(file, line, timestamp, text);
  }

  /** Every code seen, most frequent first (Map order = first seen; the sort is stable), with its explanation. */
  codes(): DerivedErrorCode[] {
    return [...this.byCode]
      .sort((a, b) => b[1].samples.count - a[1].samples.count)
      .map(([code, tally]) => {
        const d = describeErrorCode(code);
        return {
          code,
          ...(d?.symbol !== undefined && { symbol: d.symbol }),
          ...(d?.meaning !== undefined && { meaning: d.meaning }),
          ...(d?.cause !== undefined && { cause: d.cause }),
          ...(d?.fix !== undefined && { fix: d.fix }),
          ...(d !== undefined && { family: d.family }),
          count: tally.samples.count,
          samples: tally.samples.samples(),
        };
      });
  }

  /** Occurrences of one code (count 0 when it was not seen). */
  occurrences(code: string): EvidenceCount {
    return this.byCode.get(code)?.samples.result() ?? { count: 0, samples: [] };
  }

  /** The merged result. */
  result(available: boolean): DerivedClientErrors {
    const codes = this.codes();
    const byFamily = {} as DerivedErrorFamilies;
    for (const family of ERROR_FAMILIES) {
      const samples = this.byFamily.get(family);
      byFamily[family] = {
        count: samples?.count ?? 0,
        samples: samples?.samples() ?? [],
        codes: samples === undefined ? [] : codes.filter((c) => this.byCode.get(c.code)!.family === family),
      };
    }
    return {
      available,
      codes,
      timeouts2ee2: this.timeouts.result(),
      knownCodes: codes.filter((c) => describeErrorCode(c.code)?.known === true).map((c) => c.code),
      byFamily,
    };
  }
}

/**
 * Add the WindowsUpdateClient event codes to `tally` and build the block. `available` is
 * true when the WindowsUpdate.log excerpt or the event log was collected (status ok).
 */
export function deriveClientErrors(doc: FactDocument, tally: ErrorCodeTally): DerivedClientErrors {
  const eventsOk = isOk(doc.events);
  if (eventsOk) {
    for (const ev of doc.events!.items ?? []) {
      if (ev.providerName.toLowerCase() !== WINDOWS_UPDATE_CLIENT_PROVIDER.toLowerCase() || !ev.message) continue;
      for (const code of findErrorCodes(ev.message)) tally.add(code, undefined, undefined, ev.timeCreated, ev.message);
    }
  }
  return tally.result(eventsOk || isOk(doc.logs?.windowsUpdate));
}
