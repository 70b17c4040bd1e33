// Regenerates every committed artifact that is made from another source, in dependency order:
//   1. engine/facts/fact-types.generated.ts      ← schemas/facts.schema.json
//   2. engine/facts/derived-facts.generated.ts   ← schemas/derived-facts.schema.json
//   3. the data-rule registries (rules/<role>/data-rules.generated.ts) ← the YAML/JSON rule files
//   4. docs/rules/*.md                            ← the built-in rules (after 3)
//   5. examples/*.json                            ← scripts/make-examples.ts
//   6. collectors/Invoke-WsusDoctorCollection.ps1, the module manifest version, Get-WdCollectorVersion.ps1
//      ← collectors/build/*.template.ps1, collectors/WsusDoctor/**/*.ps1, package.json
//   7. test/fixtures/reports/fleet-report.json    ← test/fixtures/reports/build-fleet-report.ts
//   8. README.md operator table, schemas/rule.schema.json operator enum ← engine/operators/operators.ts
//
//   npm run generate             write what changed
//   npm run generate -- --check  write nothing; exit 1 naming every stale artifact
//
// test/generated.test.ts runs the check in-process. Generators with their own entry point (the
// data-rule compiler, the PowerShell build script) are run as they are, in a child process.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(import.meta.dirname, '..');

export interface Artifact {
  /** What it is, as `npm run generate -- --check` names it. */
  name: string;
  /** The stale files (relative paths, or a message) without writing anything. */
  check(): Promise<string[]>;
  /** Writes it; returns the files that changed. */
  write(): Promise<string[]>;
}

/** An artifact computed in-process: the expected text of each file, plus the folder it owns. */
function files(name: string, expected: () => Promise<Map<string, string>>, owned?: { dir: string; extraIsStale: (file: string, text: string) => boolean }): Artifact {
  const extras = (want: Map<string, string>) =>
    owned
      ? readdirSync(join(root, owned.dir))
          .map((f) => `${owned.dir}/${f}`)
          .filter((f) => !want.has(f) && owned.extraIsStale(f, readFileSync(join(root, f), 'utf8')))
      : [];
  const differing = (want: Map<string, string>) => [...want].filter(([file, text]) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== text).map(([file]) => file);
  return {
    name,
    async check() {
      const want = await expected();
      return [...differing(want), ...extras(want).map((f) => `${f} (should not exist)`)];
    },
    async write() {
      const want = await expected();
      const changed = differing(want);
      for (const file of changed) writeFileSync(join(root, file), want.get(file)!);
      const removed = extras(want);
      for (const file of removed) rmSync(join(root, file));
      return [...changed, ...removed.map((f) => `${f} (removed)`)];
    },
  };
}

function run(command: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  // A child must not report to a node:test runner that imported this module.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The data-rule compiler, through its own entry point (`--check` exits 1 when stale). */
const dataRules: Artifact = {
  name: 'data-rule registry (scripts/generate-data-rules.ts)',
  async check() {
    const r = await run(process.execPath, ['--import', 'tsx', 'scripts/generate-data-rules.ts', '--check']);
    if (r.status === 0) return [];
    return [(r.stderr.trim() || r.stdout.trim() || `exit ${r.status}`).split('\n')[0]!];
  },
  async write() {
    const r = await run(process.execPath, ['--import', 'tsx', 'scripts/generate-data-rules.ts']);
    if (r.status !== 0) throw new Error(`scripts/generate-data-rules.ts failed (exit ${r.status}):\n${r.stderr}`);
    return r.stdout.trim() ? [r.stdout.trim()] : [];
  },
};

/** collectors/build/Build-WsusDoctorCollector.ps1 under PowerShell 7 (-Check returns True/False). */
const COLLECTOR_BUILD = 'collectors/build/Build-WsusDoctorCollector.ps1';
const COLLECTOR_ENTRY = 'collectors/Invoke-WsusDoctorCollection.ps1';
/** Every file the collector build writes (the entry script, the manifest, the version function). */
const COLLECTOR_OUTPUTS = [COLLECTOR_ENTRY, 'collectors/WsusDoctor/WsusDoctor.psd1', 'collectors/WsusDoctor/Private/Helpers/Get-WdCollectorVersion.ps1'];
function pwsh(): string {
  const local = join(root, '.tools', 'pwsh', 'pwsh');
  return existsSync(local) ? local : 'pwsh';
}
async function runBuild(check: boolean): Promise<string> {
  const r = await run(pwsh(), ['-NoProfile', '-NonInteractive', '-File', join(root, COLLECTOR_BUILD), ...(check ? ['-Check'] : [])]).catch((e: Error) => ({
    status: null,
    stdout: '',
    stderr: `cannot run pwsh (${e.message}): install it with bash scripts/setup-powershell.sh`,
  }));
  if (r.status !== 0) throw new Error(`${COLLECTOR_BUILD} failed (exit ${r.status}): ${r.stderr.trim()}`);
  return r.stdout.trim();
}
const collectorEntry: Artifact = {
  name: `collector entry script (${COLLECTOR_BUILD})`,
  async check() {
    return (await runBuild(true)) === 'True' ? [] : [`${COLLECTOR_OUTPUTS.join(', ')} (one or more)`];
  },
  async write() {
    const before = COLLECTOR_OUTPUTS.map((f) => readFileSync(join(root, f), 'utf8'));
    await runBuild(false);
    return COLLECTOR_OUTPUTS.filter((f, i) => readFileSync(join(root, f), 'utf8') !== before[i]);
  },
};

/** A json-schema-to-typescript generator: `generate()` gives the text of its `target` file. */
async function typeGenerator(script: string): Promise<Map<string, string>> {
  const mod = (await import(script)) as { generate(): Promise<string>; target: string };
  return new Map([[mod.target, await mod.generate()]]);
}

/** Every artifact, in the order they must be written. */
export const artifacts: Artifact[] = [
  files('fact types (scripts/generate-fact-types.mjs)', () => typeGenerator('./generate-fact-types.mjs')),
  files('derived-fact types (scripts/generate-derived-types.mjs)', () => typeGenerator('./generate-derived-types.mjs')),
  dataRules,
  // Imported only now: the rule set reads the registry step 3 may just have written.
  files(
    'rule docs (docs/rules)',
    async () => {
      const [{ builtInRules }, { fleetRules }, { renderRuleDocs }, { fleetRuleDocEntry }] = await Promise.all([
        import('../rules/index.js'),
        import('../rules/fleet/index.js'),
        import('../engine/rule-files/render-rule-docs.js'),
        import('../engine/fleet/render-fleet-rule-docs.js'),
      ]);
      return new Map([...renderRuleDocs(builtInRules, fleetRules.map(fleetRuleDocEntry))].map(([name, text]) => [`docs/rules/${name}`, text]));
    },
    { dir: 'docs/rules', extraIsStale: (file) => file.endsWith('.md') },
  ),
  files('examples (scripts/make-examples.ts)', async () => {
    const { examples } = await import('./make-examples.js');
    return new Map([...examples].map(([name, text]) => [`examples/${name}`, text]));
  }),
  collectorEntry,
  files('fleet report fixture (test/fixtures/reports/build-fleet-report.ts)', async () => {
    const { buildFleetReport } = await import('../test/fixtures/reports/build-fleet-report.js');
    return new Map([['test/fixtures/reports/fleet-report.json', `${JSON.stringify(buildFleetReport(), null, 2)}\n`]]);
  }),
  files('operator docs (README.md table, rule schema enum; engine/operators/operator-docs.ts)', async () => {
    const { renderReadmeOperators, renderSchemaOperators } = await import('../engine/operators/operator-docs.js');
    const out = new Map<string, string>();
    for (const [file, render] of [['README.md', renderReadmeOperators], ['schemas/rule.schema.json', renderSchemaOperators]] as const) {
      out.set(file, render(readFileSync(join(root, file), 'utf8')));
    }
    return out;
  }),
];

export interface StaleArtifact {
  name: string;
  files: string[];
}

/** Checks every artifact at once; returns the stale ones (a failing generator counts as stale). */
export async function checkGenerated(): Promise<StaleArtifact[]> {
  const results = await Promise.all(artifacts.map(async (a) => ({ name: a.name, files: await a.check().catch((e: Error) => [`cannot check: ${e.message}`]) })));
  return results.filter((r) => r.files.length > 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  if (process.argv.includes('--check')) {
    const stale = await checkGenerated();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (stale.length === 0) {
      console.log(`generate --check: all ${artifacts.length} generated artifacts are up to date (${seconds} s)`);
    } else {
      for (const s of stale) console.error(`stale: ${s.name}\n${s.files.map((f) => `  ${f}`).join('\n')}`);
      console.error(`generate --check: ${stale.length} of ${artifacts.length} generated artifacts are stale: run \`npm run generate\``);
      process.exitCode = 1;
    }
  } else {
    for (const a of artifacts) {
      const changed = await a.write();
      console.log(`${a.name}: ${changed.length ? changed.join(', ') : 'up to date'}`);
    }
    console.log(`generate: done (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}
