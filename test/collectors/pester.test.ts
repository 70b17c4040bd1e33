// Runs the collector tests (Pester 5 under PowerShell 7 from .tools/) and reports every Pester test
// as a node:test subtest, so `npm test` shows them by name in one summary.
// pwsh and Pester come from scripts/setup-powershell.sh (run here when they are missing). In CI
// (CI=true) the tests must run for real: a missing pwsh is a failure, never a skip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pwsh = join(root, '.tools', 'pwsh', 'pwsh');
const pester = join(root, '.tools', 'modules', 'Pester', 'Pester.psd1');
const howToInstall =
  'PowerShell 7 and Pester are needed for the collector tests. Install them with `bash scripts/setup-powershell.sh` ' +
  '(needs the .NET SDK: it runs `dotnet tool install --tool-path .tools/pwsh PowerShell --version 7.6.9` and restores Pester 5.7.1 from NuGet into .tools/).';

interface PesterResult {
  file: string;
  name: string;
  result: string;
  message: string;
  durationMs: number;
}

function ensurePowerShell(): string | undefined {
  if (existsSync(pwsh) && existsSync(pester)) return undefined;
  const setup = spawnSync('bash', [join(root, 'scripts', 'setup-powershell.sh')], { cwd: root, encoding: 'utf8', timeout: 10 * 60_000 });
  if (setup.status === 0 && existsSync(pwsh) && existsSync(pester)) return undefined;
  return `${howToInstall}\nscripts/setup-powershell.sh failed (exit ${setup.status}): ${(setup.stderr ?? '').trim().slice(-2000)}`;
}

test('collectors: Pester tests under PowerShell 7', { timeout: 15 * 60_000 }, async (t) => {
  const problem = ensurePowerShell();
  if (problem) assert.fail(problem);

  const work = mkdtempSync(join(tmpdir(), 'wd-pester-'));
  const resultFile = join(work, 'results.json');
  try {
    // Children must not inherit the test runner's context (a child node would report to it).
    const env: NodeJS.ProcessEnv = { ...process.env, WD_NODE: process.execPath, WD_PWSH: pwsh, NO_COLOR: '1' };
    delete env.NODE_TEST_CONTEXT;
    delete env.NODE_OPTIONS;
    const run = spawnSync(
      pwsh,
      ['-NoProfile', '-NonInteractive', '-File', join(root, 'test', 'collectors', 'Invoke-CollectorPester.ps1'), '-ResultFile', resultFile, '-PesterManifest', pester],
      { cwd: root, encoding: 'utf8', timeout: 12 * 60_000, maxBuffer: 64 * 1024 * 1024, env },
    );
    if (!existsSync(resultFile)) {
      assert.fail(`Pester did not produce results (exit ${run.status}, signal ${run.signal}).\n${(run.stdout ?? '').slice(-4000)}\n${(run.stderr ?? '').slice(-4000)}`);
    }
    const results = JSON.parse(readFileSync(resultFile, 'utf8')) as PesterResult[];
    assert.ok(results.length > 0, 'Pester ran no test');
    for (const r of results) {
      const name = `${r.file}: ${r.name}`;
      if (r.result === 'Skipped' || r.result === 'NotRun' || r.result === 'Inconclusive') {
        // Every test must run: in CI a skipped Pester test is a failure; elsewhere it is shown as skipped.
        if (process.env.CI) await t.test(name, () => assert.fail(`Pester did not run this test (${r.result}): ${r.message ?? ''}`));
        else await t.test(name, { skip: r.message || r.result }, () => {});
      } else {
        await t.test(name, () => {
          if (r.result !== 'Passed') throw new Error(r.message || `Pester result: ${r.result}`);
        });
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
