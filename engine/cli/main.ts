/**
 * The wsus-doctor CLI (yargs). Composition root: an explicit list of command modules; each
 * handler calls a plain runX(options, io) that returns the exit code. Heavy modules are
 * imported inside the handlers so `--help` stays instant. Never calls process.exit.
 */
import yargs from 'yargs';
import { isInputError } from '../errors.js';
import { EXIT, processIo, type CliIo } from './io.js';
import { COMMANDS } from './commands/index.js';
import { TOOL_VERSION } from '../version.js';

class UsageError extends Error {}

function wantsHelp(argv: readonly string[]): boolean {
  return argv.length === 0 || argv.includes('--help') || argv.includes('-h');
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  let parser = yargs(argv)
    .scriptName('wsus-doctor')
    .usage('$0 <command> [options]\n\nDiagnose WSUS connection failures (KB 4025764) from fact files collected on WSUS servers and clients.')
    .strict()
    .demandCommand(1, 'Name a command (diagnose, batch, fleet, redact, rules).')
    .help()
    .alias('h', 'help')
    .version(TOOL_VERSION)
    .example('$0 diagnose wsus01.json', 'Diagnose one WSUS server or client')
    .example('$0 batch facts/ --format html=fleet.html', 'Diagnose a fleet; a summary on stdout, an HTML report')
    .example('$0 rules list', 'The rule catalogue')
    .epilogue(
      'Exit codes: 0 no diagnosis or fleet finding at or above --fail-on; 1 some (rules test: a test failed); ' +
        '2 bad input (unreadable or invalid fact or rule file) or usage error; 3 internal error.',
    )
    // yargs renders the whole help text after every command it runs (to cache it); wrapping that
    // text to the terminal costs ~45 ms of string-width work, so wrap only when help is shown.
    .wrap(wantsHelp(argv) ? Math.min(110, process.stdout.columns || 100) : null)
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  for (const command of COMMANDS) parser = command.register(parser, io, setExit);

  try {
    let output = '';
    await parser.parseAsync(argv, {}, (_error, _args, text) => {
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
