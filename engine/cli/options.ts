/**
 * Options shared by several commands, declared once: reports (--format, --output), rule selection
 * (--fail-on, --rules, --only, --skip, --skip-invalid-rules, --waivers, --engine), --quiet,
 * --verbose and the fleet thresholds. Each adds its options to a yargs chain and keeps the chain's
 * inferred types, so the commands' options types follow from them.
 */
import type { Argv } from 'yargs';
import { SEVERITIES } from '../dsl/rule-types.js';
import { FORMAT_HELP } from './outputs.js';
import { DEFAULT_LIMITS } from '../load/limits.js';

/** --format name[=path], repeatable. */
export function formatOption<T>(yargs: Argv<T>) {
  return yargs.option('format', { alias: 'f', type: 'string', array: true, describe: FORMAT_HELP });
}

/** --output, the targets of the formats given without =path. */
export function outputOption<T>(yargs: Argv<T>) {
  return yargs.option('output', { alias: 'o', type: 'string', array: true, describe: 'File for the --format without =path at the same position (repeatable); none = stdout' });
}

/** --sarif-base: the folder SARIF artifact URIs are relative to. */
export function sarifBaseOption<T>(yargs: Argv<T>) {
  return yargs.option('sarif-base', { type: 'string', describe: 'SARIF: folder the fact-file locations are relative to (uriBaseId SRCROOT; default: the working directory)' });
}

export function quietOption<T>(yargs: Argv<T>) {
  return yargs.option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Nothing on stderr: no progress bar, no per-file messages, no summary (printed there when every report goes to a file)' });
}

export function verboseOption<T>(yargs: Argv<T>) {
  return yargs.option('verbose', { alias: 'v', type: 'boolean', default: false, describe: 'Also list passed and not applicable rules (text format)' });
}

/** Which rules run and when the exit code is 1: shared by diagnose, batch and fleet. */
export function ruleSelectionOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('fail-on', {
      choices: [...SEVERITIES, 'none'] as const,
      default: 'error' as const,
      describe: 'Exit 1 when a diagnosis has this severity or worse (none: never)',
    })
    .option('rules', { type: 'string', array: true, describe: 'Folder of rule files (JSON/YAML) to add to the built-in rules; repeatable' })
    .option('only', { type: 'string', array: true, describe: 'Run only these rule ids or categories' })
    .option('skip', { type: 'string', array: true, describe: 'Do not run these rule ids or categories' })
    .option('skip-invalid-rules', { type: 'boolean', default: false, describe: 'Run even if a rule file is invalid (it is listed as skipped)' })
    .option('waivers', { type: 'string', array: true, describe: 'Waiver file(s) that suppress rules for named machines until an expiry date' })
    .option('engine', {
      choices: ['compiled', 'json-rules-engine'] as const,
      default: 'compiled' as const,
      describe: 'Rule engine: compiled (json-rules-engine semantics on the same rule JSON, results proven identical, faster) or json-rules-engine itself',
    });
}

/** The thresholds file (wsus-doctor.config.json/.yaml), shared by diagnose and batch. */
export function configOption<T>(yargs: Argv<T>) {
  return yargs.option('config', {
    type: 'string',
    describe: 'Thresholds file (JSON or YAML, schemas/config.schema.json); default: wsus-doctor.config.json, .yaml or .yml in the working directory, else the documented defaults',
  });
}

/** Fleet rule thresholds, shared by batch and fleet. */
export function fleetThresholdOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('reporting-days', { type: 'number', default: 7, describe: 'Fleet: a client has reported when its last successful detection is at most this many days older than its collection (or the median collection time, if earlier)' })
    .option('reporting-min-share', { type: 'number', default: 0.9, describe: 'Fleet: minimum share (0-1) of clients that reported' })
    .option('minority-share', { type: 'number', default: 0.05, describe: 'Fleet: a WSUS URL used by less than this share (0-1) of the clients is flagged' })
    .option('overload-tolerance', { type: 'number', default: 30, describe: 'Fleet: minutes around a server overload in which client time-outs count as the same window' })
    .option('collection-outlier-days', { type: 'number', default: 30, describe: 'Fleet: a fact file collected more than this many days from the median collection time is an outlier, left out of the reference time and the reporting share' });
}

/** Input limits (engine/load/limits.ts), shared by diagnose and batch; absent = the documented default. */
export function limitOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('max-file-size', { type: 'number', describe: `Largest fact file read, in MiB (default ${DEFAULT_LIMITS.maxFileBytes / 1024 / 1024}); a larger one is refused unread` })
    .option('max-depth', { type: 'number', describe: `Deepest nesting of arrays and objects in a fact file (default ${DEFAULT_LIMITS.maxDepth}); a deeper one is refused` })
    .option('max-line-length', { type: 'number', describe: `Longest log line kept, in characters (default and most ${DEFAULT_LIMITS.maxLineLength}); longer lines are cut and the report says so` })
    .option('max-log-lines', { type: 'number', describe: `Most log lines kept per excerpt (default ${DEFAULT_LIMITS.maxLogLines}); the oldest beyond it are dropped and the report says so` });
}
