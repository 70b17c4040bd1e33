// The bundle never reads yargs translations from outside the package (issue 11, item 6): yargs'
// ESM shim looks in `<its folder>/../../../locales`, which for dist/cli.js is `<install>/../locales`.
// A copied install with planted and broken locale files beside and above it prints exactly what
// a clean copy prints, in any LANG/LC_ALL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function install(into: string): string {
  const pkg = join(into, 'wsus-doctor');
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(root, part), join(pkg, part), { recursive: true });
  return join(pkg, 'bin', 'wsus-doctor.js');
}

function run(bin: string, args: string[], locale: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1', LC_ALL: locale, LANG: locale, LANGUAGE: locale } });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

test('planted or broken locale files beside and above a copied install change nothing', () => {
  assert.ok(existsSync(join(root, 'dist', 'cli.js')), 'dist/ is built (npm run build)');
  const work = mkdtempSync(join(tmpdir(), 'wsus-doctor-locales-'));
  try {
    const clean = install(join(work, 'clean'));
    const planted = install(join(work, 'planted'));
    const strings = { 'Options:': 'PLANTED OPTIONS', 'Commands:': 'PLANTED COMMANDS', 'Show help': 'PLANTED', 'Unknown argument: %s': 'PLANTED %s' };
    for (const dir of [join(work, 'planted', 'locales'), join(work, 'planted', 'wsus-doctor', 'locales'), join(work, 'locales')]) {
      mkdirSync(dir, { recursive: true });
      for (const name of ['en.json', 'de.json', 'de_DE.json', 'fr.json']) writeFileSync(join(dir, name), JSON.stringify(strings));
      writeFileSync(join(dir, 'pirate.json'), '{ not json');
      writeFileSync(join(dir, 'en_US.json'), '{ not json');
    }
    for (const locale of ['en_US.UTF-8', 'de_DE.UTF-8', 'fr_FR', 'pirate', 'C']) {
      for (const args of [['--help'], ['diagnose', '--help'], ['nonsense'], ['diagnose']]) {
        const want = run(clean, args, locale);
        const got = run(planted, args, locale);
        assert.deepEqual(got, want, `${locale} ${args.join(' ')}`);
        assert.doesNotMatch(got.out + got.err, /PLANTED|syntax error/);
      }
    }
    assert.match(run(planted, ['--help'], 'de_DE.UTF-8').out, /Commands:[\s\S]*Options:/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
