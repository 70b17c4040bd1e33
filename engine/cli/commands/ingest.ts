/**
 * `wsus-doctor ingest <folder|zip|file...> --out facts.json`: builds one fact document from a
 * bundle of raw files (logs, .reg exports, netsh output, event exports, fact files), each
 * recognised by its content. The document goes to --out (written atomically, never over an
 * input) or stdout; what was used, ignored and missing goes to stderr. Also used by `diagnose`
 * when it is given a folder or a zip (isBundleInput / diagnoseBundle).
 */
import type { Argv } from 'yargs';
import { defineCommand, type OptionsOf } from '../command.js';
import { EXIT, type CliIo } from '../io.js';
import { quietOption } from '../options.js';

const builder = (yargs: Argv) =>
  quietOption(
    yargs
      .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Folders, zip archives or files of one machine (logs, .reg exports, netsh output, event exports)' })
      .option('out', { type: 'string', describe: 'Write the fact document to this file (default: stdout)' })
      .option('role', { choices: ['server', 'client'] as const, describe: 'Build the document for this role (default: inferred from the bundle)' })
      .option('computer-name', { type: 'string', describe: 'Computer name to put in the document (default: from the logs or events, else UNKNOWN)' }),
  )
    .example('$0 ingest customer-logs.zip --out pc0042.json', 'Fact document from the zip a customer sent')
    .example('$0 ingest C:\\Cases\\1234 --role server --computer-name WSUS01 --out wsus01.json', 'From a folder, stating the role and name')
    .example('$0 diagnose customer-logs.zip', 'Ingest and diagnose in one step')
    .epilogue('Files are recognised by content: IIS W3C and HTTPERR logs, WindowsUpdate.log (legacy and Get-WindowsUpdateLog), CMTrace/ConfigMgr logs, SoftwareDistribution.log, .reg exports (UTF-16LE or UTF-8), netsh winhttp show proxy output, event exports (wevtutil XML, Event Viewer or Export-Csv CSV) and fact files. Exit codes: 0 written; 2 bad input (nothing readable, corrupt zip, zip bomb) or usage error.');

export type IngestOptions = OptionsOf<typeof builder>;

export const ingestCommand = defineCommand({
  command: 'ingest <inputs..>',
  describe: 'Build a fact file from a folder or zip of raw logs and exports (what a customer sends)',
  builder,
  run: runIngest,
});

export async function runIngest(options: IngestOptions, io: CliIo): Promise<number> {
  const [{ ingestBundle }, { describeIngest }, { isInputError }, fs, path] = await Promise.all([
    import('../../ingest/ingest-bundle.js'),
    import('../../ingest/describe-ingest.js'),
    import('../../errors.js'),
    import('node:fs'),
    import('node:path'),
  ]);
  const { prepareValidator } = await import('../../validate/schema-store.js');
  await prepareValidator('facts.schema.json');
  if (options.out !== undefined) {
    const out = path.resolve(io.cwd, options.out);
    if (options.inputs.some((i) => path.resolve(io.cwd, i) === out)) {
      io.stderr(`wsus-doctor: ${options.out}: --out names an input; choose another file\n`);
      return EXIT.badInput;
    }
  }
  const started = performance.now();
  let doc;
  try {
    doc = ingestBundle(options.inputs, { ...(options.role !== undefined && { role: options.role }), ...(options.computerName !== undefined && { computerName: options.computerName }) });
  } catch (error) {
    if (isInputError(error)) {
      io.stderr(`wsus-doctor: ${error.toLine()}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  if (options.out === undefined) io.stdout(json);
  else {
    const target = path.resolve(io.cwd, options.out);
    const temp = `${target}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temp, json);
      fs.renameSync(temp, target);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      io.stderr(`wsus-doctor: ${options.out}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
      return EXIT.badInput;
    }
  }
  if (!options.quiet) {
    for (const line of describeIngest(doc.ingest!)) io.stderr(`${line}\n`);
    io.stderr(`wsus-doctor: ingested in ${Math.round(performance.now() - started)} ms${options.out !== undefined ? ` -> ${options.out}` : ''}\n`);
  }
  return EXIT.ok;
}

/** True when a diagnose argument is a bundle (a folder, or a zip by its first bytes) rather than a fact file. */
export async function isBundleInput(file: string): Promise<boolean> {
  const fs = await import('node:fs');
  try {
    const info = fs.statSync(file);
    if (info.isDirectory()) return true;
    // Only a regular file is sniffed: a FIFO or a device must never be opened here (diagnoseFile refuses them by kind).
    if (!info.isFile()) return false;
    const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
      const head = Buffer.alloc(4);
      fs.readSync(fd, head, 0, 4, 0);
      return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false; // diagnoseFile reports the file-system error
  }
}

/**
 * diagnose on a bundle: ingest it (saying so on stderr, one line), then diagnose the document.
 * Bad input becomes a failed machine report, as for a fact file.
 */
export async function diagnoseBundle(
  file: string,
  setup: import('../../diagnose/diagnose-file.js').PipelineSetup,
  io: CliIo,
): Promise<import('../../diagnose/diagnose-file.js').Diagnosed> {
  const [{ ingestBundle }, { diagnoseDocument }, { failedMachine }, { isInputError }, { prepareValidator }] = await Promise.all([
    import('../../ingest/ingest-bundle.js'),
    import('../../diagnose/diagnose-file.js'),
    import('../../model/build-model.js'),
    import('../../errors.js'),
    import('../../validate/schema-store.js'),
  ]);
  await prepareValidator('facts.schema.json');
  io.stderr(`wsus-doctor: ${file} is a folder or zip, not a fact file: ingesting it first (wsus-doctor ingest ${file} --out facts.json keeps the result)\n`);
  try {
    return await diagnoseDocument(file, ingestBundle([file]), setup);
  } catch (error) {
    if (isInputError(error)) return { report: failedMachine(file, error.code, error.message, error.place) };
    throw error;
  }
}
