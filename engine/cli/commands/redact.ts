/**
 * `wsus-doctor redact <files|folders> --out <dir> [--key <secret|file>]`: redacted copies of fact
 * files for sharing (host names, domains, IP addresses, user names, client ids and URL hosts
 * replaced by stable pseudonyms; engine/redact). The yargs module only declares; `runRedact` does
 * the work and returns the exit code.
 */
import type { Argv } from 'yargs';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCommand, type OptionsOf } from '../command.js';
import { EXIT, type CliIo } from '../io.js';
import { InputError } from '../../errors.js';

const builder = (yargs: Argv) =>
  yargs
    .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Fact files and folders of fact files (searched recursively for *.json)' })
    .option('out', { type: 'string', demandOption: true, describe: 'Folder for the redacted copies (same relative names); never an input folder' })
    .option('key', {
      type: 'string',
      describe: 'Secret the pseudonyms are derived from (HMAC-SHA-256), or a file holding it: runs with the same key give the same pseudonyms; without it they are derived from a fixed key anyone can recompute',
    })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No summary on stderr' })
    .example('$0 redact wsus01.json pc0042.json --out shared/', 'Redacted copies to send to a vendor or post in a forum')
    .example('$0 redact D:\\wsus-facts --out D:\\wsus-facts-redacted --key key.txt', 'A whole fleet: clients still match their server; the same key gives the same names next time')
    .epilogue(
      'Replaced everywhere (fields, log lines, registry values, event messages, IIS fields): host names (short and FQDN), domain names, IPv4/IPv6 addresses, ' +
        'user names, SusClientIds and other GUIDs, URL hosts. Kept: Microsoft\'s public hosts, loopback and reserved addresses, the Windows Update service ids, ' +
        'built-in accounts. Exit codes: 0 every file redacted; 2 a file could not be read or parsed (the others are written), or a usage error.',
    );

export type RedactOptions = OptionsOf<typeof builder>;

export const redactCommand = defineCommand({
  command: 'redact <inputs..>',
  describe: 'Write redacted copies of fact files (pseudonyms for names, addresses, users and ids) for sharing',
  builder,
  run: runRedact,
});

export async function runRedact(options: RedactOptions, io: CliIo): Promise<number> {
  const [{ expandInputs }, { redactFiles, outputName }] = await Promise.all([import('../../batch/expand-inputs.js'), import('../../redact/redact-files.js')]);
  const seen = new Set<string>();
  const inputs = options.inputs.flatMap((arg) => {
    const isFolder = existsSync(arg) && statSync(arg).isDirectory();
    return expandInputs([arg])
      .files.filter((file) => !seen.has(resolve(file)) && seen.add(resolve(file)))
      .map((file) => ({ file, name: outputName(file, isFolder ? arg : undefined), root: isFolder ? arg : undefined }));
  });
  if (inputs.length === 0) throw new InputError('E_USAGE', `no fact files (*.json) found in ${options.inputs.join(' ')}`);
  const result = redactFiles(inputs, options.out, keyOf(options.key));
  for (const f of result.failed) io.stderr(`wsus-doctor: ${f.file}${f.place ? `: at ${f.place}` : ''}: ${f.message} (not redacted)\n`);
  if (!options.quiet) {
    const counts = Object.entries(result.replaced).map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`).join(', ');
    io.stderr(`wsus-doctor: redacted ${result.written.length} of ${inputs.length} file(s) into ${options.out}${counts ? ` (replaced ${counts})` : ''}\n`);
  }
  return result.failed.length > 0 ? EXIT.badInput : EXIT.ok;
}

/** --key: a file's content (trimmed) when it names a file, else the text itself. */
function keyOf(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (key === '') throw new InputError('E_USAGE', '--key is empty');
  try {
    if (statSync(key).isFile()) {
      const text = readFileSync(key, 'utf8').trim();
      if (text === '') throw new InputError('E_USAGE', `--key file ${key} is empty`);
      return text;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    // A mistyped key file must not silently become the secret "keys/redact.key".
    if (/[\\/]|\.(?:txt|key|pem|bin|secret)$/i.test(key)) throw new InputError('E_USAGE', `--key ${key}: no such file (a secret given as text must not look like a path)`);
  }
  return key;
}
