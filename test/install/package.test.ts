// The package as an admin installs it: `npm pack`, then `npm install -g <tgz>` into a temporary
// prefix, then the installed `wsus-doctor` run from another folder. And the tarball's contents:
// only what the package needs at run time (bin, dist, schemas, collectors, the rule YAML
// files as examples, README, LICENSE). Dependencies come from the npm cache (`npm ci` filled
// it); the registry is asked only for what is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

test('npm pack lists only what the package needs', () => {
  assert.ok(existsSync(join(root, 'dist', 'cli.js')), 'dist/ is built (npm run build)');
  const json = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const files = (JSON.parse(json) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
  const top = new Set(files.map((f) => (f.includes('/') ? `${f.split('/')[0]}/` : f)));
  assert.deepEqual([...top].sort(), ['LICENSE', 'README.md', 'SECURITY.md', 'bin/', 'collectors/', 'dist/', 'package.json', 'rules/', 'schemas/']);
  for (const needed of ['bin/wsus-doctor.js', 'dist/cli.js', 'dist/batch-worker.js', 'schemas/facts.schema.json', 'collectors/Invoke-WsusDoctorCollection.ps1', 'collectors/WsusDoctor/WsusDoctor.psd1']) {
    assert.ok(files.includes(needed), `${needed} is packed`);
  }
  assert.ok(files.some((f) => /^rules\/server\/[^/]+\.yaml$/.test(f)) && files.some((f) => /^rules\/client\/[^/]+\.yaml$/.test(f)), 'the YAML built-in rules are packed');
  const stray = files.filter((f) => /^(test|scripts|\.tools|\.cache|node_modules|engine|docs|examples)\//.test(f) || /^rules\/.*\.ts$/.test(f) || f.startsWith('collectors/build/'));
  assert.deepEqual(stray, []);
});

test('the packed tarball installs globally and runs from another folder (version, diagnose, batch)', { timeout: 180_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'wsus-doctor-install-'));
  try {
    const packDir = join(work, 'pack');
    const prefix = join(work, 'prefix');
    const cwd = join(work, 'elsewhere');
    for (const dir of [packDir, prefix, join(cwd, 'facts')]) mkdirSync(dir, { recursive: true });
    // The bundle `npm test` (or `npm run build`) just built: without --ignore-scripts, npm pack would run
    // prepare and rebuild dist/ under the feet of the CLI tests running beside this one.
    assert.ok(existsSync(join(root, 'dist', 'cli.js')), 'dist/ is built (npm run build)');
    execFileSync(npm, ['pack', '--pack-destination', packDir, '--silent', '--ignore-scripts'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const tgz = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
    assert.ok(tgz, 'npm pack wrote a tarball');
    execFileSync(npm, ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel', 'error', join(packDir, tgz)], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    const bin = process.platform === 'win32' ? join(prefix, 'wsus-doctor.cmd') : join(prefix, 'bin', 'wsus-doctor');
    // maxBuffer: the JSON report of every example passed spawnSync's 1 MiB default (the child is then killed, status null).
    const run = (...args: string[]) => spawnSync(bin, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });

    const version = run('--version');
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), (JSON.parse(execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: root, encoding: 'utf8' })) as { version: string }).version);

    const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json'));
    for (const f of examples) copyFileSync(join(root, 'examples', f), join(cwd, 'facts', f));
    const one = run('diagnose', 'facts/wsus3-2008r2-server.json');
    assert.equal(one.status, 1, `diagnose exits 1 on an error diagnosis: ${one.stderr}`);
    assert.match(one.stdout, /^sus-legacy\.contoso\.com \(server\)/);
    assert.match(one.stdout, /\[WSUS-0001 wsus3-update-4039929-missing\]/);

    const batch = run('batch', 'facts', '--quiet', '--fail-on', 'none', '--format', 'json');
    assert.equal(batch.status, 0, batch.stderr);
    const report = JSON.parse(batch.stdout) as { machines: unknown[]; summary: { machines: number; failed: number } };
    assert.equal(report.summary.machines, examples.length);
    assert.equal(report.summary.failed, 0);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
