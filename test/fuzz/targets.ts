// Fuzz targets (issue 11): every log parser through its public function, the fact-file loader
// with the encodings Windows writes, the rule-file loader (JSON and YAML) and the rule regex
// check. Properties: nothing is thrown but the project's located errors (InputError; rule
// problems are returned, never thrown), and what comes out has its documented shape.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { parseW3cLog, w3cLogKind, type SkippedLine } from '../../engine/parsers/w3c.js';
import { parseHttpErrLog } from '../../engine/parsers/httperr.js';
import { parseWindowsUpdateLog } from '../../engine/parsers/windows-update-log.js';
import { parseCmTraceLog } from '../../engine/parsers/cmtrace.js';
import { findErrorCodes, normaliseErrorCode, parseStatusValue } from '../../engine/parsers/error-codes.js';
import { loadFactBytes } from '../../engine/load/load-fact-file.js';
import { InputError } from '../../engine/errors.js';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import { baseClientDocument, baseServerDocument } from '../../engine/rule-testing/base-documents.js';
import { checkRuleText } from '../../engine/rule-files/check-rule-file.js';
import { RULE_PROBLEMS } from '../../engine/rule-files/rule-problems.js';
import { checkRulePattern, ruleRegexTest } from '../../engine/operators/safe-regex.js';
import { logLines, mutated, type FuzzTarget } from './fuzz-kit.js';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, 'test', 'fixtures', 'corpus');

function linesOf(...relative: string[]): string[] {
  const out = relative.flatMap((r) => readFileSync(join(corpus, r), 'utf8').split('\n'));
  return out.filter((l) => l.length > 0).slice(0, 400);
}

const W3C_LINES = linesOf('plaso/iis/iis10.log', 'plaso/iis/iis6.log', 'plaso/iis/iis10_edge_cases.log', 'evotec-iisparser/TestData/sample.log', 'ms-supportarticles/wsus-configure-shared-database.iis-excerpt.log');
const HTTPERR_LINES = linesOf('plaso/httperr/httperr.log', 'plaso/httperr/httperr_restart.log', 'elastic-beats/iis/error/test.log', 'elastic-beats/iis/error/ipv6_zone_id.log');
const WU_LINES = linesOf('logjoint/ReadersIntegrationTests.WindowsUpdate_SmokeTest.WindowsUpdate.log', 'ms-supportarticles/error-0x8024402c.WindowsUpdate-excerpt.log', 'ms-supportarticles/track-compliance-assessment.WindowsUpdate-excerpt.log');
const CMTRACE_LINES = linesOf('plaso/sccm/sccm_various.log');

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/;
const CODE = /^0x[0-9A-F]{8}$/;
const SKIP_REASONS = new Set(['fieldCount', 'badTimestamp', 'junk', 'unterminated']);

const optional = (value: unknown, check: (v: never) => boolean) => value === undefined || check(value as never);
const isInt = (v: number) => Number.isInteger(v);

function checkSkipped(skipped: SkippedLine[], count: number): void {
  for (const s of skipped) {
    assert.ok(isInt(s.index) && s.index >= 0 && s.index < count, `skipped index ${s.index}`);
    assert.ok(SKIP_REASONS.has(s.reason), s.reason);
    assert.equal(typeof s.text, 'string');
  }
}

export const w3cTarget: FuzzTarget<string[]> = {
  name: 'parser-w3c',
  runs: 400,
  arbitrary: logLines(W3C_LINES),
  check(lines) {
    const skipped: SkippedLine[] = [];
    for (const e of parseW3cLog(lines, { onSkip: (s) => skipped.push(s) })) {
      assert.ok(isInt(e.index) && e.index >= 0 && e.index < lines.length);
      assert.equal(typeof e.raw, 'string');
      assert.ok(optional(e.timestamp, (t: string) => ISO_UTC.test(t)), String(e.timestamp));
      assert.ok(optional(e.status, isInt), String(e.status));
    }
    checkSkipped(skipped, lines.length);
    assert.ok(['access', 'firewall', 'httpErr'].includes(w3cLogKind(lines).kind));
  },
};

export const httpErrTarget: FuzzTarget<string[]> = {
  name: 'parser-httperr',
  runs: 400,
  arbitrary: logLines(HTTPERR_LINES),
  check(lines) {
    const skipped: SkippedLine[] = [];
    for (const e of parseHttpErrLog(lines, { onSkip: (s) => skipped.push(s) })) {
      assert.ok(isInt(e.index) && e.index >= 0 && e.index < lines.length);
      assert.ok(optional(e.timestamp, (t: string) => ISO_UTC.test(t)), String(e.timestamp));
      for (const n of [e.status, e.clientPort, e.serverPort, e.siteId]) assert.ok(optional(n, isInt), String(n));
      assert.ok(e.values.every((v) => typeof v === 'string'));
    }
    checkSkipped(skipped, lines.length);
  },
};

export const windowsUpdateTarget: FuzzTarget<string[]> = {
  name: 'parser-windows-update-log',
  runs: 400,
  arbitrary: logLines(WU_LINES),
  check(lines) {
    const skipped: SkippedLine[] = [];
    let last = -1;
    for (const e of parseWindowsUpdateLog(lines, { onSkip: (s) => skipped.push(s) })) {
      assert.ok(isInt(e.index) && e.index > last && e.index < lines.length);
      last = e.index;
      assert.ok(e.format === 'legacy' || e.format === 'etl');
      assert.match(e.timestamp, ISO_LOCAL);
      assert.ok(isInt(e.pid) && e.pid >= 0);
      assert.ok(e.component.length > 0 && !/[\t ]/.test(e.component));
      assert.equal(typeof e.message, 'string');
      for (const code of e.errorCodes) assert.match(code, CODE);
    }
    checkSkipped(skipped, lines.length);
  },
};

export const cmTraceTarget: FuzzTarget<string[]> = {
  name: 'parser-cmtrace',
  runs: 400,
  arbitrary: logLines(CMTRACE_LINES),
  check(lines) {
    const skipped: SkippedLine[] = [];
    for (const e of parseCmTraceLog(lines, { onSkip: (s) => skipped.push(s) })) {
      assert.ok(isInt(e.index) && e.index >= 0 && e.lineCount >= 1 && e.index + e.lineCount <= lines.length, `${e.index}+${e.lineCount}`);
      assert.ok(e.format === 'full' || e.format === 'simple');
      assert.equal(typeof e.message, 'string');
      assert.ok(optional(e.localTime, (t: string) => ISO_LOCAL.test(t)), String(e.localTime));
      assert.ok(optional(e.timestamp, (t: string) => ISO_UTC.test(t)), String(e.timestamp));
      if (e.timestamp !== undefined) assert.ok(e.biasMinutes !== undefined);
      assert.ok(optional(e.thread, isInt) && optional(e.type, isInt));
    }
    checkSkipped(skipped, lines.length);
  },
};

export const errorCodesTarget: FuzzTarget<Array<string | number>> = {
  name: 'parser-error-codes',
  runs: 1500,
  arbitrary: fc.array(
    fc.oneof(
      mutated(['0x8024402C', '0x80244007 error', 'hr=8024401c', '-2145107924', 'failed with 0X80072EE2.', '2149842967', 'code 0x800B0109 and 0x80072F8F']),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.oneof(fc.integer(), fc.double(), fc.integer({ min: -0x80000000, max: 0xffffffff })),
    ),
    { minLength: 1, maxLength: 5 },
  ),
  check(values) {
    for (const value of values) {
      if (typeof value === 'string') for (const code of findErrorCodes(value)) assert.match(code, CODE);
      const n = parseStatusValue(value);
      assert.ok(n === undefined || (isInt(n) && n >= 0 && n <= 0xffffffff), String(n));
      const code = normaliseErrorCode(value);
      assert.ok(code === undefined || CODE.test(code), String(code));
    }
  },
};

// ---------------------------------------------------------------- fact files

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16le' | 'raw';

export interface FactInput {
  text: string;
  encoding: Encoding;
  /** For `raw`: the bytes, as given. */
  bytes?: number[];
}

export function factBytes(input: FactInput): Uint8Array {
  switch (input.encoding) {
    case 'utf-8':
      return Buffer.from(input.text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(input.text, 'utf8')]);
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(input.text, 'utf16le')]);
    case 'utf-16le':
      return Buffer.from(input.text, 'utf16le');
    case 'raw':
      return Uint8Array.from(input.bytes ?? []);
  }
}

const EXAMPLES = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
const BASES: unknown[] = [baseServerDocument(), baseClientDocument(), ...EXAMPLES.map((t) => JSON.parse(t) as unknown)];

/** Container paths (objects and arrays) of a JSON value, parents first. */
function containers(value: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (value && typeof value === 'object') {
    out.push(path);
    for (const [k, v] of Object.entries(value)) containers(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

function at(value: unknown, path: ReadonlyArray<string | number>): Record<string | number, unknown> {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value) as Record<string | number, unknown>;
}

/** A JSON edit: set a key of a container to a value, delete one, or replace an excerpt's lines. */
const jsonEdit = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), target: fc.nat(), key: fc.oneof(fc.nat({ max: 40 }), fc.constantFrom('status', 'lines', 'version', 'items', 'path', 'extra', '__proto__')), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('delete' as const), target: fc.nat(), key: fc.nat() }),
  fc.record({ kind: fc.constant('lines' as const), target: fc.nat(), lines: logLines([...W3C_LINES, ...WU_LINES, ...CMTRACE_LINES, ...HTTPERR_LINES], 30) }),
);
type JsonEdit = typeof jsonEdit extends fc.Arbitrary<infer E> ? E : never;

function applyEdit(doc: unknown, edit: JsonEdit): void {
  const all = containers(doc);
  if (edit.kind === 'lines') {
    const excerpts = all.filter((p) => p[p.length - 1] === 'files' && Array.isArray(at(doc, p)));
    if (!excerpts.length) return;
    const files = at(doc, excerpts[edit.target % excerpts.length]) as unknown as Array<Record<string, unknown>>;
    if (files.length && files[0] && typeof files[0] === 'object') files[0].lines = edit.lines;
    return;
  }
  const container = at(doc, all[edit.target % all.length]);
  const keys = Object.keys(container);
  if (edit.kind === 'delete') {
    if (keys.length) delete container[keys[edit.key % keys.length]];
    return;
  }
  const key = typeof edit.key === 'number' ? (keys.length ? keys[edit.key % keys.length] : String(edit.key)) : edit.key;
  Object.defineProperty(container, key, { value: edit.value, enumerable: true, writable: true, configurable: true });
}

const factText = fc.oneof(
  // A real document with JSON edits (many stay valid, so derive runs on odd values and lines).
  { weight: 6, arbitrary: fc.tuple(fc.nat(), fc.array(jsonEdit, { maxLength: 4 }), fc.boolean()).map(([base, edits, pretty]) => {
    const doc = structuredClone(BASES[base % BASES.length]);
    for (const edit of edits) applyEdit(doc, edit);
    return JSON.stringify(doc, null, pretty ? 2 : undefined);
  }) },
  // Its text damaged: cut, duplicated keys, odd characters, deep brackets.
  { weight: 3, arbitrary: mutated(EXAMPLES.map((t) => t.slice(0, 6000)), 6) },
  { weight: 1, arbitrary: fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.jsonValue().map((v) => JSON.stringify(v))) },
);

export const factFileTarget: FuzzTarget<FactInput> = {
  name: 'fact-file-loader',
  runs: 200,
  arbitrary: fc.oneof(
    { weight: 9, arbitrary: fc.record({ text: factText, encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16le') }) },
    { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 300 }).map((bytes): FactInput => ({ text: '', encoding: 'raw', bytes })) },
  ),
  check(input) {
    let loaded: ReturnType<typeof loadFactBytes>;
    try {
      loaded = loadFactBytes(factBytes(input), 'fuzz.json');
    } catch (error) {
      assert.ok(error instanceof InputError, `not an InputError: ${(error as Error)?.stack ?? String(error)}`);
      assert.equal(error.file, 'fuzz.json');
      assert.ok(error.message.length > 5 && !error.toLine().includes('\n'), error.toLine());
      return;
    }
    assert.equal(loaded.doc.schemaVersion, '1.0');
    assert.ok(loaded.notices.every((n) => typeof n === 'string'));
    const derived = deriveFacts(loaded.doc);
    assert.equal(typeof derived, 'object');
  },
};

// ---------------------------------------------------------------- rule files

const RULE_FILES = [
  ...['server', 'client'].flatMap((role) => readdirSync(join(root, 'rules', role)).filter((f) => f.endsWith('.yaml')).map((f) => join(root, 'rules', role, f))),
  ...readdirSync(join(root, 'test', 'fixtures', 'rules-valid')).map((f) => join(root, 'test', 'fixtures', 'rules-valid', f)),
].map((file) => ({ name: file.slice(file.lastIndexOf('/') + 1), text: readFileSync(file, 'utf8') }));

export interface RuleInput {
  name: string;
  text: string;
}

const ruleObject = fc.record({
  id: fc.constantFrom('fuzz-rule', 'Fuzz', ''),
  when: fc.oneof(
    fc.record({ fact: fc.constantFrom('wsusServer.contentDir', 'derived.iisLog.status503.count', 'nope'), operator: fc.constantFrom('matches', 'notMatches', 'equal', 'lessThan', 'bogus'), value: fc.oneof(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 2 })) }),
    fc.jsonValue({ maxDepth: 4 }),
  ),
  tests: fc.jsonValue({ maxDepth: 3 }),
});

export const ruleFileTarget: FuzzTarget<RuleInput> = {
  name: 'rule-file-loader',
  runs: 120,
  arbitrary: fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.nat(), fc.array(fc.constant(0), { maxLength: 1 })).chain(([i]) => {
      const file = RULE_FILES[i % RULE_FILES.length];
      return mutated([file.text], 5).map((text) => ({ name: file.name, text }));
    }) },
    { weight: 2, arbitrary: fc.tuple(ruleObject, fc.boolean()).map(([rule, yaml]) => (yaml ? { name: 'fuzz-rule.yaml', text: toYaml(rule) } : { name: 'fuzz-rule.json', text: JSON.stringify(rule) })) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('r.yaml', 'r.yml', 'r.json')).map(([text, name]) => ({ name, text })) },
  ),
  check({ name, text }) {
    const checked = checkRuleText(text, name);
    for (const p of checked.problems) {
      assert.ok(p.code in RULE_PROBLEMS, p.code);
      assert.ok(isInt(p.line) && p.line >= 1 && isInt(p.column) && p.column >= 1, `${p.code} at ${p.line}:${p.column}`);
      assert.ok(p.message.length > 3);
    }
    if (checked.rule) assert.ok(!checked.problems.some((p) => p.severity === 'error'));
  },
};

export const regexTarget: FuzzTarget<{ pattern: string; text: string }> = {
  name: 'rule-regex',
  runs: 1500,
  arbitrary: fc.record({
    pattern: fc.oneof(
      mutated(['^C:\\\\', '0x8024401[bcf]', '(?<code>0x[0-9a-f]{8})', '\\bWSUS server: (https?)://', '(a+)+$', '[^\\s]+\\s*timeout', '(?:x|y){2,5}?', '\\p{L}+', '\\u{1F600}|\\x41'], 3),
      fc.stringMatching(/^[()[\]{}?*+|^$\\.a-z0-9:<>=!-]{0,16}$/),
    ),
    text: fc.string({ unit: 'binary', maxLength: 100 }),
  }),
  check({ pattern, text }) {
    const check = checkRulePattern(pattern);
    if (!check.ok) {
      assert.ok(check.kind === 'invalid' || check.kind === 'unsupported');
      assert.ok((check.reason ?? '').length > 10);
      return;
    }
    assert.equal(typeof ruleRegexTest(pattern, text), 'boolean');
  },
};

export const TARGETS: ReadonlyArray<FuzzTarget<never>> = [w3cTarget, httpErrTarget, windowsUpdateTarget, cmTraceTarget, errorCodesTarget, factFileTarget, ruleFileTarget, regexTarget] as unknown as ReadonlyArray<FuzzTarget<never>>;
