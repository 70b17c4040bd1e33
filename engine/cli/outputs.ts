/**
 * `--format name[=path]` (and batch's `--output`) for every reporting command: which formats
 * go where. The format names come from the one registry (engine/report/formats.ts).
 */
import { InputError } from '../errors.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../report/formats.js';

export { FORMAT_NAMES };

/** Pairs formats with outputs: `--format csv=out.csv`, or `--format csv --output out.csv` in order; no target = stdout. */
export function resolveOutputs(formats: readonly string[] = [], outputs: readonly string[] = []): Array<{ format: FormatName; target: string }> {
  const pending = [...outputs];
  const resolved = (formats.length ? formats : ['text']).map((entry) => {
    const eq = entry.indexOf('=');
    const name = (eq === -1 ? entry : entry.slice(0, eq)).trim().toLowerCase();
    if (!isFormatName(name)) {
      throw new InputError('E_USAGE', `unknown report format "${name}" (choose from ${FORMAT_NAMES.join(', ')})`);
    }
    const target = eq === -1 ? (pending.shift() ?? '-') : entry.slice(eq + 1).trim() || '-';
    return { format: name, target };
  });
  if (pending.length) throw new InputError('E_USAGE', `--output ${pending.join(', ')} has no --format to go with it (give one --format per --output, in order)`);
  if (resolved.filter((o) => o.target === '-').length > 1) {
    throw new InputError('E_USAGE', 'only one report can go to stdout: give the others a file (--format csv=fleet.csv or --output)');
  }
  const files = resolved.filter((o) => o.target !== '-').map((o) => o.target);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new InputError('E_USAGE', `two reports would be written to ${twice}`);
  return resolved;
}

/**
 * The files a run reads besides its fact files or shards: waiver files, the thresholds file and
 * the rule files of --rules. No report may overwrite them either (engine/report/output-paths.ts).
 * A rules folder that cannot be listed adds nothing here: loading the rules reports it.
 */
export async function otherInputsOf(options: { waivers?: readonly string[]; config?: string; rules?: readonly string[] }): Promise<string[]> {
  const files = [...(options.waivers ?? []), ...(options.config ? [options.config] : [])];
  if (options.rules?.length) {
    const { listRuleFiles } = await import('../rule-files/check-rule-files.js');
    files.push(...(await listRuleFiles(options.rules).catch(() => [...(options.rules ?? [])])));
  }
  return files;
}

/** Help text of --format. */
export const FORMAT_HELP = `Report format, repeatable: ${FORMAT_NAMES.join(', ')}; "name=path" writes it to a file (default: text to stdout)`;
