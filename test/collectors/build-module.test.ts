// scripts/build-module.mjs: the installable PowerShell module (dist/powershell/WsusDoctor/<version>) and
// its manifest, generated from package.json and the source manifest. (Importing the built module and
// finding the engine from it: test/collectors/Public/Invoke-WsusDiagnosis.Tests.ps1.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildPowerShellModule, moduleManifest } from '../../scripts/build-module.mjs';

const root = join(import.meta.dirname, '..', '..');
const source = readFileSync(join(root, 'collectors', 'WsusDoctor', 'WsusDoctor.psd1'), 'utf8');

test('the manifest carries package.json metadata: one version, description, tags, project URI only when named', () => {
  const pkg = { version: '1.4.2-beta.3', description: 'Diagnose WSUS.', license: 'MIT', keywords: ['wsus', 'iis'], repository: { type: 'git', url: 'git+https://github.com/contoso/wsus-doctor.git' } };
  const text = moduleManifest(pkg, source) as string;
  assert.match(text, /^\s*ModuleVersion\s*=\s*'1\.4\.2'\r?$/m);
  assert.match(text, /^\s*Prerelease\s*=\s*'beta3'\r?$/m);
  assert.match(text, /^\s*ProjectUri\s*=\s*'https:\/\/github\.com\/contoso\/wsus-doctor'\r?$/m);
  assert.match(text, /^\s*LicenseUri\s*=\s*'https:\/\/github\.com\/contoso\/wsus-doctor\/blob\/main\/LICENSE'\r?$/m);
  assert.match(text, /^\s*Description\s*=\s*'Diagnose WSUS\. PowerShell module: Invoke-WsusDiagnosis/m);
  assert.match(text, /^\s*FormatsToProcess\s*=\s*@\('WsusDoctor\.Format\.ps1xml'\)/m);
  assert.match(text, /^\s*TypesToProcess\s*=\s*@\('WsusDoctor\.Types\.ps1xml'\)/m);
  const tags = /Tags\s*=\s*@\(([^)]*)\)/.exec(text)![1]!.match(/'[^']*'/g)!.map((t) => t.slice(1, -1));
  assert.deepEqual(tags.filter((t) => t.toLowerCase() === 'wsus'), ['WSUS'], 'tags are listed once, whatever their case');
  assert.ok(tags.includes('iis') && tags.includes('PSEdition_Core'));
  const guid = /GUID\s*=\s*'([^']+)'/.exec(source)![1]!;
  assert.ok(text.includes(`GUID              = '${guid}'`), 'the GUID of the source manifest');
  const plain = moduleManifest({ version: '0.1.0', description: "It's WSUS." }, source) as string;
  assert.doesNotMatch(plain, /ProjectUri|LicenseUri|Prerelease/);
  assert.match(plain, /Description\s*=\s*'It''s WSUS\./, 'single quotes are doubled');
  assert.throws(() => moduleManifest({ version: 'one', description: '' }, source), /MAJOR\.MINOR\.PATCH/);
});

test('the build writes dist/powershell/WsusDoctor/<version> with the module files and the collector script, replacing an older build whole', () => {
  const work = mkdtempSync(join(tmpdir(), 'wd-build-module-'));
  try {
    cpSync(join(root, 'collectors'), join(work, 'collectors'), { recursive: true });
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'wsus-doctor', version: '2.0.1', description: 'Diagnose WSUS.' }));
    const stale = join(work, 'dist', 'powershell', 'WsusDoctor', '2.0.1', 'Public', 'Old-Function.ps1');
    mkdirSync(join(stale, '..'), { recursive: true });
    writeFileSync(stale, '# from an older build');
    const target = buildPowerShellModule(work) as string;
    assert.equal(target, join(work, 'dist', 'powershell', 'WsusDoctor', '2.0.1'));
    for (const file of ['WsusDoctor.psd1', 'WsusDoctor.psm1', 'WsusDoctor.Format.ps1xml', 'WsusDoctor.Types.ps1xml', 'Invoke-WsusDoctorCollection.ps1', 'Public/Invoke-WsusDiagnosis.ps1', 'Private/Diagnosis/Resolve-WdEngine.ps1']) {
      assert.ok(existsSync(join(target, file)), `${file} is in the module folder`);
    }
    assert.ok(!existsSync(stale), 'files of an older build are gone');
    assert.match(readFileSync(join(target, 'WsusDoctor.psd1'), 'utf8'), /ModuleVersion\s*=\s*'2\.0\.1'/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
