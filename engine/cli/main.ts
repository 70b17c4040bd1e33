/**
 * The wsus-doctor CLI (yargs). Composition root: an explicit list of command modules; each
 * handler calls a plain runX(options, io) that returns the exit code. Heavy modules are
 * imported inside the handlers so `--help` stays instant. Never calls process.exit.
 */
import yargs from 'yargs';
import { InputError, isInputError } from '../errors.js';
import { EXIT, processIo, terminalSafeIo, type CliIo } from './io.js';
import { COMMANDS } from './commands/index.js';
import { TOOL_VERSION } from '../version.js';

class UsageError extends Error {}

/**
 * yargs-parser drops a lone `-` (it reads it as an empty group of short options), so
 * `diagnose -` would diagnose nothing. A lone `-` is swapped for a value no real argument can
 * hold (argv strings cannot contain NUL) before parsing and swapped back by a middleware.
 */
const LONE_DASH = '\u0000-';

function restoreDash(argv: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(argv)) {
    if (value === LONE_DASH) argv[key] = '-';
    else if (Array.isArray(value)) argv[key] = value.map((v) => (v === LONE_DASH ? '-' : v));
  }
}

/**
 * yargs turns `--reporting-days abc` into NaN and carries on: a fleet check then compares with
 * NaN and silently passes. Every numeric option must be a finite number (exit 2 otherwise).
 */
function refuseNonNumbers(argv: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(argv)) {
    if (/[A-Z]/.test(key) || key === '_' || key === '$0') continue; // the camel-case copy of a dashed name
    const values = Array.isArray(value) ? value : [value];
    if (!values.some((v) => typeof v === 'number')) continue;
    // yargs reads '' as 0: judge the text that was given, when it can be found.
    const given = givenText(key);
    const bad = given !== undefined ? given.trim() === '' || !Number.isFinite(Number(given)) : values.some((v) => typeof v === 'number' && !Number.isFinite(v));
    if (bad) throw new InputError('E_USAGE', `--${key} must be a number, not ${JSON.stringify(given ?? String(values[0]))}`);
  }
}

let rawArgs: readonly string[] = [];
/** The text given for an option (the last one, as yargs keeps), when it can be found. */
function givenText(key: string): string | undefined {
  let found: string | undefined;
  rawArgs.forEach((arg, i) => {
    if (arg === `--${key}`) found = rawArgs[i + 1] ?? '';
    else if (arg.startsWith(`--${key}=`)) found = arg.slice(key.length + 3);
  });
  return found;
}

function wantsHelp(argv: readonly string[]): boolean {
  return argv.length === 0 || argv.includes('--help') || argv.includes('-h');
}

/** Turns off yargs' help-text cache of a parser (an internal of yargs 18, checked by test/cli). */
function skipHelpCache(parser: unknown): void {
  const usage = (parser as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

export async function main(argv: string[], rawIo: CliIo = processIo()): Promise<number> {
  const io = terminalSafeIo(rawIo);
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  rawArgs = argv;
  const parsed = argv.map((a) => (a === '-' ? LONE_DASH : a));
  let parser = yargs(parsed)
    .scriptName('wsus-doctor')
    .usage('$0 <command> [options]\n\nDiagnose WSUS connection failures (KB 4025764) from fact files collected on WSUS servers and clients.')
    .strict()
    .demandCommand(1, 'Name a command (diagnose, ingest, batch, fleet, redact, rules).')
    .help()
    .alias('h', 'help')
    .version(TOOL_VERSION)
    .example('$0 diagnose wsus01.json', 'Diagnose one WSUS server or client')
    .example('$0 batch facts/ --format html=fleet.html', 'Diagnose a fleet; a summary on stdout, an HTML report')
    .example('$0 rules list', 'The rule catalogue')
    .epilogue(
      'Exit codes: 0 no diagnosis or fleet finding at or above --fail-on; 1 some (rules test: a test failed); ' +
        '2 bad input (unreadable or invalid fact or rule file) or usage error; 3 internal error; ' +
        '130/143 stopped by SIGINT/SIGTERM (earlier reports untouched); 141 stdout closed (| head).',
    )
    // yargs renders the whole help text after every command it runs (to cache it); wrapping that
    // text to the terminal costs ~45 ms of string-width work, so wrap only when help is shown.
    .wrap(wantsHelp(argv) ? Math.min(110, process.stdout.columns || 100) : null)
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    })
    .middleware(restoreDash, true)
    .middleware(refuseNonNumbers);
  for (const command of COMMANDS) parser = command.register(parser, io, setExit);
  // After running a command's handler yargs renders that command's whole help text and keeps it
  // (for a later showHelp, which this CLI never calls: failures throw to the catch below). The
  // column layout of that text was ~10 % of a one-file diagnose, so it is built only for --help.
  if (!wantsHelp(argv)) skipHelpCache(parser);

  try {
    let output = '';
    await parser.parseAsync(parsed, {}, (_error, _args, text) => {
      output = text;
    });
    if (output) io.stdout(`${output}\n`);
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`wsus-doctor: ${error.message}\nRun \`wsus-doctor --help\` for usage.\n`);
      return EXIT.badInput;
    }
    if (isInputError(error)) {
      io.stderr(`wsus-doctor: ${error.toLine()}\n`);
      return EXIT.badInput;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    io.stderr(`wsus-doctor: internal error: ${e.message}\n`);
    if (io.env.WSUS_DOCTOR_DEBUG) io.stderr(`${e.stack}\n`);
    else io.stderr('Set WSUS_DOCTOR_DEBUG=1 for details, and please report it.\n');
    return EXIT.internalError;
  }
}

export { installProcessGuards } from './process-guards.js';
