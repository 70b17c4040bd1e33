/**
 * Input limits: what one fact file may cost. Each has a documented default (README "Limits",
 * SECURITY.md) and a CLI option of `diagnose` and `batch`; exceeding one either refuses the file
 * with a located InputError (size, nesting) or cuts the input and records the cut in the machine's
 * derived facts (`derived.inputLimits`), so that it shows wherever the evidence does.
 * Plain data: the limits cross to batch workers with the rest of the pipeline setup.
 */
import { InputError } from '../errors.js';

export interface InputLimits {
  /** Largest fact file read, in bytes (checked before reading). */
  maxFileBytes: number;
  /** Deepest nesting of arrays and objects in a fact, rule, waiver or config file. */
  maxDepth: number;
  /** Longest log line kept, in characters; longer lines are cut to it. */
  maxLineLength: number;
  /** Most log lines kept per excerpt (all its files together); the oldest beyond it are dropped. */
  maxLogLines: number;
}

const MIB = 1024 * 1024;

/**
 * Defaults: with its default caps (4 MB of text per log kind) the collector writes at most about
 * 25 MB for a WSUS server or a ConfigMgr client, and 64 MiB still holds that file re-saved as
 * UTF-16; fact documents nest 7 levels deep (the fact schema's deepest path) and rule files about
 * 12, so 64 leaves room for hand-written conditions; 16384 characters is the collector's line cap
 * (and the fact schema's); 200,000 lines per excerpt is the schema's cap for one file.
 */
export const DEFAULT_LIMITS: Readonly<InputLimits> = Object.freeze({
  maxFileBytes: 64 * MIB,
  maxDepth: 64,
  maxLineLength: 16384,
  maxLogLines: 200_000,
});

/** The CLI's view of the limits (MiB for the size), as yargs parses them (possibly NaN or absent). */
export interface LimitOptions {
  maxFileSize?: number;
  maxDepth?: number;
  maxLineLength?: number;
  maxLogLines?: number;
}

/** Limits from CLI options, defaults for the absent ones; a value that is not a positive whole number (or out of range) is a usage error. */
export function limitsFromOptions(options: LimitOptions): InputLimits {
  const pick = (value: number | undefined, name: string, fallback: number, max: number): number => {
    if (value === undefined) return fallback;
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new InputError('E_USAGE', `--${name} must be a whole number from 1 to ${max}, found ${Number.isNaN(value) ? 'text that is not a number' : String(value)}`);
    }
    return value;
  };
  return {
    maxFileBytes: pick(options.maxFileSize, 'max-file-size', DEFAULT_LIMITS.maxFileBytes / MIB, 4096) * MIB,
    maxDepth: pick(options.maxDepth, 'max-depth', DEFAULT_LIMITS.maxDepth, 1000),
    // The fact schema allows lines up to 16384 characters: a higher cap would let a file through
    // that the schema then refuses.
    maxLineLength: pick(options.maxLineLength, 'max-line-length', DEFAULT_LIMITS.maxLineLength, DEFAULT_LIMITS.maxLineLength),
    maxLogLines: pick(options.maxLogLines, 'max-log-lines', DEFAULT_LIMITS.maxLogLines, 10_000_000),
  };
}

/** `64 MiB`, `1.5 MiB`, `900 KiB`: a byte count for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= MIB) return `${Number((bytes / MIB).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}
