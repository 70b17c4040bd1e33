// Redaction for sharing (issue 11, item 10): over every example, every collector fixture and a
// generated fleet, no identifier of the originals survives anywhere in the redacted output; the
// redacted fact files stay valid; `diagnose` gives the same rule outcomes per file and `batch`
// the same fleet findings; the same key gives the same output, another key other pseudonyms.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { redactFiles, type RedactInput, type RedactResult } from '../../engine/redact/redact-files.js';
import { Redactor } from '../../engine/redact/redactor.js';
import { identifiersOf } from './identifiers.js';
import { decodeText } from '../../engine/load/decode-text.js';
import { writeFleet } from '../../scripts/generate-fleet.js';
import { getValidator, prepareValidator } from '../../engine/validate/schema-store.js';
import { createEvaluator } from '../../engine/evaluate/evaluator.js';
import { diagnoseFile } from '../../engine/diagnose/diagnose-file.js';
import { runBatch } from '../../engine/batch/run-batch.js';
import { expandInputs } from '../../engine/batch/expand-inputs.js';
import { builtInRules } from '../../rules/index.js';
import { fleetRules } from '../../rules/fleet/index.js';

const root = join(import.meta.dirname, '..', '..');
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `wsus-doctor-redact-${name}-`));
const jsonFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
const readText = (file: string) => decodeText(readFileSync(file)).text;
const inputsOf = (files: string[], rootDir?: string): RedactInput[] => files.map((file) => ({ file, name: rootDir ? relative(rootDir, file) : basename(file), root: rootDir }));

function leaks(originals: string[], outputs: string[]): { checked: number; leaked: string[] } {
  const ids = new Set<string>();
  for (const file of originals) {
    try {
      for (const id of identifiersOf(JSON.parse(readText(file)))) ids.add(id);
    } catch {
      // invalid JSON: not redacted, not written
    }
  }
  const text = outputs.map((f) => readText(f).toLowerCase()).join('\n');
  return { checked: ids.size, leaked: [...ids].filter((id) => text.includes(id)) };
}

const outputsOf = (result: RedactResult) => result.written.map((w) => w.output);

describe('redact: examples and collector fixtures', () => {
  const originals = [...jsonFiles(join(root, 'examples')), ...jsonFiles(join(root, 'test', 'fixtures', 'collectors'))];
  let out: string;
  let result: RedactResult;

  before(() => {
    out = tmp('examples');
    result = redactFiles(inputsOf(originals), out, 'test-key');
  });

  test('every file is written', () => {
    assert.deepEqual(result.failed, []);
    assert.equal(result.written.length, originals.length);
  });

  test('no identifier of the originals appears anywhere in the output (case-insensitive substring)', () => {
    const { checked, leaked } = leaks(originals, outputsOf(result));
    assert.ok(checked >= 80, `only ${checked} identifiers found: the leak check would prove little`);
    assert.deepEqual(leaked, []);
  });

  test('the redacted examples are valid fact documents', async () => {
    await prepareValidator('facts.schema.json');
    const validate = getValidator('facts.schema.json');
    for (const file of jsonFiles(join(root, 'examples'))) {
      const doc = JSON.parse(readText(join(out, basename(file))));
      assert.ok(validate(doc), `${basename(file)}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  });

  test('diagnose gives the same rule outcomes on every example before and after redaction', async () => {
    const setup = { evaluator: await createEvaluator([...builtInRules], 'compiled') };
    for (const file of jsonFiles(join(root, 'examples'))) {
      const before = (await diagnoseFile(file, setup)).report;
      const after = (await diagnoseFile(join(out, basename(file)), setup)).report;
      assert.equal(after.status, 'diagnosed', `${basename(file)}: ${after.error?.message}`);
      assert.deepEqual(after.results.map((r) => `${r.ruleId} ${r.outcome}`), before.results.map((r) => `${r.ruleId} ${r.outcome}`), basename(file));
    }
  });

  test('public Microsoft hosts, the WSUS service id and loopback addresses are kept', () => {
    const redactor = new Redactor('k');
    const line = "ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = https://fe2.update.microsoft.com/v6/ from 127.0.0.1 and ::1 to http://wsus01.contoso.com:8530 (10.1.2.3, fe80::1c2d:3e4f:5a6b:7c8d%11)";
    redactor.discover({ lines: [line] });
    const redacted = redactor.redact({ lines: [line] }).lines[0]!;
    for (const kept of ['{3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}', 'https://fe2.update.microsoft.com/v6/', '127.0.0.1', '::1', ':8530', '%11']) assert.ok(redacted.includes(kept), `${kept} in ${redacted}`);
    for (const gone of ['wsus01', 'contoso', '10.1.2.3', '1c2d:3e4f']) assert.ok(!redacted.toLowerCase().includes(gone), `${gone} in ${redacted}`);
    assert.match(redacted, /http:\/\/host-[0-9a-f]{8}\.domain-[0-9a-f]{8}\.example:8530/);
    assert.match(redacted, /\(10\.\d+\.\d+\.\d+, fe80::[0-9a-f:]+%11\)/);
  });

  test('a short name and its FQDN map consistently, in fields and in free text, across documents', () => {
    const redactor = new Redactor('k');
    const server = { host: { computerName: 'WSUS01', fqdn: 'wsus01.corp.contoso.com', domain: 'corp.contoso.com' } };
    const client = { clientPolicy: { WUServer: 'http://wsus01:8530' }, lines: ['Agent WSUS server: http://WSUS01.corp.contoso.com:8530', 'copied to \\\\wsus01\\share by CONTOSO\\jdoe and jdoe@corp.contoso.com'] };
    redactor.discover(server);
    redactor.discover(client);
    const s = redactor.redact(server);
    const c = redactor.redact(client);
    const label = s.host.computerName.toLowerCase();
    assert.match(label, /^host-[0-9a-f]{8}$/);
    assert.equal(s.host.computerName, s.host.computerName.toUpperCase(), 'the case of the original is kept');
    assert.equal(s.host.fqdn, `${label}.${s.host.domain}`);
    assert.equal(c.clientPolicy.WUServer, `http://${label}:8530`);
    assert.equal(c.lines[0], `Agent WSUS server: http://${label.toUpperCase()}.${s.host.domain}:8530`);
    const bypass = redactor.redact({ bypassList: '*.corp.contoso.com;<local>' }).bypassList;
    assert.equal(bypass, `*.${s.host.domain};<local>`, 'a wildcard keeps the domain of the hosts it covers');
    assert.match(c.lines[1]!, new RegExp(`^copied to \\\\\\\\${label}\\\\share by DOM-[0-9A-F]{8}\\\\(user-[0-9a-f]{8}) and \\1@${s.host.domain.replace(/\./g, '\\.')}$`));
  });
});

describe('redact: a generated fleet', () => {
  let original: string;
  let out: string;
  let result: RedactResult;

  before(() => {
    original = tmp('fleet-in');
    writeFleet(original, { machines: 40, seed: 11 });
    out = tmp('fleet-out');
    result = redactFiles(inputsOf(expandInputs([original]).files, original), out, 'fleet-key');
  });

  test('the bad files of the fleet are reported, the others written', () => {
    assert.deepEqual(result.failed.map((f) => f.code).sort(), ['E_EMPTY', 'E_JSON_SYNTAX']);
    assert.equal(result.written.length, expandInputs([original]).files.length - 2);
    assert.ok(result.written.some((w) => w.output.includes(`${join('older', '')}`)), 'sub-folders keep their relative names');
  });

  test('no identifier of the fleet survives', () => {
    const { checked, leaked } = leaks(expandInputs([original]).files, outputsOf(result));
    assert.ok(checked >= 100, `only ${checked} identifiers found`);
    assert.deepEqual(leaked, []);
  });

  test('batch finds the same fleet findings (rule ids and machine counts) and the same per-file outcomes', async () => {
    const sink = { stdout: (_: string) => undefined };
    const batch = (dir: string) => runBatch({ inputs: [dir], rules: [...builtInRules], fleetRules, outputs: [], failOn: 'error', workers: 1 }, sink);
    const [a, b] = [await batch(original), await batch(out)];
    const findings = (r: typeof a) => r.fleet.results.map((f) => `${f.ruleId} ${f.outcome} ${f.machines?.length ?? 0}`).sort();
    assert.ok(a.fleet.results.some((f) => f.outcome === 'fail'), 'the generated fleet has planted fleet findings');
    assert.deepEqual(findings(b), findings(a));
    assert.equal(b.superseded.length, a.superseded.length);
    // Per machine: the same outcomes and the same rules failing on as many machines.
    assert.equal(b.summary.diagnosed, a.summary.diagnosed);
    assert.deepEqual(b.summary.outcomes, a.summary.outcomes);
    assert.deepEqual(b.summary.failuresBySeverity, a.summary.failuresBySeverity);
    assert.deepEqual(b.ruleFailures, a.ruleFailures);
  });

  test('every redacted fleet file but the planted schema violation is a valid fact document', async () => {
    await prepareValidator('facts.schema.json');
    const validate = getValidator('facts.schema.json');
    const invalid = outputsOf(result).filter((f) => !validate(JSON.parse(readText(f))));
    assert.equal(invalid.length, 1, invalid.join(', '));
  });
});

describe('redact: keys', () => {
  const files = jsonFiles(join(root, 'examples'));
  test('the same key gives byte-identical output; another key other pseudonyms', () => {
    const [a, b, c] = [tmp('k1'), tmp('k2'), tmp('k3')];
    redactFiles(inputsOf(files), a, 'one');
    redactFiles(inputsOf(files), b, 'one');
    redactFiles(inputsOf(files), c, 'two');
    for (const file of files) {
      const name = basename(file);
      assert.equal(readText(join(b, name)), readText(join(a, name)), name);
      const hostA = JSON.parse(readText(join(a, name))).host.computerName;
      const hostC = JSON.parse(readText(join(c, name))).host.computerName;
      assert.notEqual(hostC, hostA, name);
    }
  });
});
