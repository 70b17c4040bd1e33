// Rule regexes (issue 11, item 4): patterns that make a backtracking engine quadratic on one long
// log line (`\s*timeout`, `.*x`) or exponential (`(a+)+$`) run in linear time with re2js; features
// RE2 lacks are refused with a located R210 naming the feature; named groups are accepted by
// `rules validate`, `rules test` and `diagnose --rules`. Linearity is checked deterministically: the
// matcher reads a counting input, and its reads grow with the input, not with its square.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RE2JS } from 're2js';
import { backtrackingFeature, checkRulePattern, re2js, ruleRegex, MAX_REGEX_INPUT } from '../../engine/operators/safe-regex.js';
import { OPERATORS } from '../../engine/operators/operators.js';
import { checkRuleText } from '../../engine/rule-files/check-rule-file.js';
import { CompiledRuleEvaluator } from '../../engine/evaluate/compiled-evaluator.js';
import { baseServerDocument } from '../../engine/rule-testing/base-documents.js';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import { main } from '../../engine/cli/main.js';
import { recordingIo } from '../cli/cli-helpers.js';

const root = join(import.meta.dirname, '..', '..');

/** How many input elements the matcher reads on `text` (UTF-8 bytes behind a counting proxy). */
function reads(pattern: string, text: string): { reads: number; matched: boolean } {
  const bytes = [...Buffer.from(text, 'utf8')];
  let count = 0;
  const counted = new Proxy(bytes, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) count++;
      return Reflect.get(target, key, receiver);
    },
  });
  const matched = ruleRegex(pattern).test(counted as unknown as number[]);
  return { reads: count, matched };
}

const QUADRATIC_FOR_REGEXP = ['\\s*timeout', '.*x', '(a+)+$', '(\\w|\\d)*\\?', 'error.*time(d )?out', '(?<code>0x[0-9a-f]{8}).*failed'];

for (const pattern of QUADRATIC_FOR_REGEXP) {
  test(`/${pattern}/ is accepted and its matching work is linear in the input (1x vs 8x)`, () => {
    assert.deepEqual(checkRulePattern(pattern), { ok: true });
    const line = (n: number) => `${' a'.repeat(n / 2 - 1)} !`;
    const small = reads(pattern, line(2048));
    const large = reads(pattern, line(16384));
    assert.equal(small.matched, false);
    assert.equal(large.matched, false);
    // A backtracking search reads ~n²/2 elements (64x more for 8x the input); RE2 reads each about once.
    assert.ok(large.reads <= 10 * small.reads, `${large.reads} reads for 8x the input, ${small.reads} for 1x`);
    assert.ok(large.reads <= 2 * 16384 + 16, `${large.reads} reads of a 16384-character line`);
  });
}

test('matches and notMatches agree with RegExp on the patterns rules use (case-insensitive)', () => {
  const cases: Array<[string, string, boolean]> = [
    ['^C:\\\\', 'c:\\WSUS', true],
    ['^C:\\\\', 'D:\\WSUS', false],
    ['0x8024401[bcf]', 'FATAL: 0X8024401C', true],
    ['\\b503\\b', 'HTTP 503 Service Unavailable', true],
    ['\\b503\\b', 'port 85030', false],
    ['^https?://[^/:]+:\\d+/?$', 'http://wsus01.contoso.com:8530', true],
    ['^https?://[^/:]+:\\d+/?$', 'http://wsus01.contoso.com', false],
    ['time(d )?out|timeout', 'WinHttp timed out', true],
    ['(?<major>\\d+)\\.(?<minor>\\d+)', 'v4.0', true],
    ['^\\u0041\\/x[^]$', 'a/xz', true],
    ['^\\d{4}-\\d{2}-\\d{2}$', '2026-11-25', true],
    ['^$', '', true],
    ['WSUS server: (http|https)://', 'Agent WSUS server: HTTPS://wsus', true],
  ];
  for (const [pattern, text, expected] of cases) {
    assert.equal(new RegExp(pattern, 'iu').test(text), expected, `RegExp /${pattern}/ on ${text}`);
    assert.equal(OPERATORS.matches(text, pattern), expected, `matches /${pattern}/ on ${text}`);
    assert.equal(OPERATORS.notMatches(text, pattern), !expected, `notMatches /${pattern}/ on ${text}`);
  }
});

test('lookahead, lookbehind and backreferences are refused with the feature named; bad syntax stays R209', () => {
  const refused: Array<[string, RegExp]> = [
    ['^(?!v2)\\d+', /negative lookahead/],
    ['timeout(?= after)', /lookahead \(\?=/],
    ['(?<=proxy )failed', /lookbehind \(\?<=/],
    ['(?<!no )error', /negative lookbehind/],
    ['(a)\\1', /backreference \\1/],
    ['(?<q>["\'])x\\k<q>', /backreference \\k<q>/],
  ];
  for (const [pattern, reason] of refused) {
    const check = checkRulePattern(pattern);
    assert.equal(check.ok, false, pattern);
    assert.equal(check.kind, 'unsupported', pattern);
    assert.match(check.reason!, reason);
  }
  // Escaped and in-class look-alikes are plain characters.
  for (const pattern of ['\\(\\?=x', '[(?=]', '\\\\1', '[\\1]']) assert.equal(backtrackingFeature(pattern), undefined, pattern);
  assert.equal(checkRulePattern('^v(2|4\\.0').kind, 'invalid');
  assert.equal(checkRulePattern('(?i)x').kind, 'invalid');
});

test('a 40-condition user rule on a 16 KB line: validated, evaluated by RE2 only, each input read once', async () => {
  const patterns = Array.from({ length: 40 }, (_, i) => `\\s*timeout${i}|.*x${i}y|(a+)+${i}$`);
  const rule = {
    id: 'forty-regexes',
    ref: 'LOCAL-0040',
    title: 'Forty regexes over one long value',
    severity: 'warning',
    category: 'iis',
    appliesTo: { role: 'server' },
    requires: ['iis.appPools.WsusPool.managedRuntimeVersion'],
    when: { any: patterns.map((value) => ({ fact: 'iis.appPools.WsusPool.managedRuntimeVersion', operator: 'matches', value })) },
    message: 'WsusPool runs {{iis.appPools.WsusPool.managedRuntimeVersion}}.',
    summary: 'No regex matches the runtime version.',
    rationale: 'A stress case for rule regexes.',
    remediation: ['Nothing to do.'],
    references: [{ url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-wsus-connection-failures', title: 'KB 4025764' }],
    tests: [
      { name: 'x7y fails', facts: { iis: { appPools: { WsusPool: { managedRuntimeVersion: 'v4.0 x7y' } } } }, expect: 'fail' },
      { name: 'v4.0 passes', facts: {}, expect: 'pass' },
    ],
  };
  const checked = checkRuleText(JSON.stringify(rule, null, 2), 'forty-regexes.json');
  assert.deepEqual(checked.problems, []);
  const doc = baseServerDocument();
  doc.iis!.appPools!.WsusPool!.managedRuntimeVersion = ' a'.repeat(MAX_REGEX_INPUT); // 32 KB: cut to 16 KB
  const derived = deriveFacts(doc);
  const inputs: number[] = [];
  // The class the engine loads (on first use, through require: the CommonJS build of re2js).
  const original = re2js().prototype.test;
  const spy = mock.method(re2js().prototype, 'test', function (this: RE2JS, input: string) {
    inputs.push(input.length);
    return original.call(this, input);
  });
  try {
    const [result] = await new CompiledRuleEvaluator([checked.rule!]).evaluate(doc, derived);
    assert.equal(result.outcome, 'pass');
  } finally {
    spy.mock.restore();
  }
  assert.equal(inputs.length, 40);
  assert.ok(inputs.every((n) => n === MAX_REGEX_INPUT));
  for (const pattern of patterns.slice(0, 3)) {
    const { reads: n } = reads(pattern, ' a'.repeat(MAX_REGEX_INPUT / 2));
    assert.ok(n <= 2 * MAX_REGEX_INPUT + 16, `${pattern}: ${n} reads`);
  }
});

function namedGroupRule(dir: string): string {
  const file = join(dir, 'runtime-named-group.yaml');
  writeFileSync(
    file,
    [
      'id: runtime-named-group',
      'ref: LOCAL-0007',
      'title: WsusPool runs a .NET 2 runtime',
      'severity: warning',
      'category: iis',
      'appliesTo:',
      '  role: server',
      'requires:',
      '  - iis.appPools.WsusPool.managedRuntimeVersion',
      'when:',
      '  fact: iis.appPools.WsusPool.managedRuntimeVersion',
      '  operator: matches',
      "  value: '^v(?<major>2)\\.(?<minor>\\d+)$'",
      'message: WsusPool runs {{iis.appPools.WsusPool.managedRuntimeVersion}}.',
      'summary: WsusPool runs .NET 4.',
      'rationale: WSUS needs .NET 4 in its pool.',
      'remediation:',
      '  - Set the WsusPool .NET CLR version to v4.0 in IIS Manager.',
      'references:',
      '  - url: https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-wsus-connection-failures',
      '    title: KB 4025764',
      'tests:',
      '  - name: v2.0 fails',
      '    facts: { iis: { appPools: { WsusPool: { managedRuntimeVersion: v2.0 } } } }',
      '    expect: fail',
      '  - name: v4.0 passes',
      '    facts: {}',
      '    expect: pass',
      '',
    ].join('\n'),
  );
  return file;
}

test('a named capture group works in rules validate, rules test and diagnose --rules (with and without --skip-invalid-rules)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-regex-'));
  namedGroupRule(dir);
  const validate = recordingIo();
  assert.equal(await main(['rules', 'validate', dir], validate), 0, validate.out + validate.err);
  const tested = recordingIo();
  assert.equal(await main(['rules', 'test', dir], tested), 0, tested.out + tested.err);
  assert.match(tested.out, /2 passed, 0 failed/);
  for (const extra of [[], ['--skip-invalid-rules']]) {
    const io = recordingIo();
    const example = join(root, 'examples', 'healthy-wsus-server.json');
    const code = await main(['diagnose', example, '--rules', dir, '--only', 'runtime-named-group', '--format', 'json', ...extra], io);
    assert.equal(code, 0, io.err);
    const report = JSON.parse(io.out) as { machines: Array<{ results: Array<{ ruleId: string; outcome: string }> }> };
    assert.deepEqual(report.machines[0].results.map((r) => [r.ruleId, r.outcome]), [['runtime-named-group', 'pass']]);
  }
});

test('a rule with a lookahead is refused at its line and column, and skipped with --skip-invalid-rules', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-regex-'));
  const file = namedGroupRule(dir);
  writeFileSync(file, (await import('node:fs')).readFileSync(file, 'utf8').replace("'^v(?<major>2)\\.(?<minor>\\d+)$'", "'^v(?!4)'"));
  const validate = recordingIo();
  assert.equal(await main(['rules', 'validate', dir], validate), 2);
  assert.match(validate.out, /runtime-named-group\.yaml:13:10: error R210 the negative lookahead \(\?!\.\.\.\) is not supported/);
  const example = join(root, 'examples', 'healthy-wsus-server.json');
  const refused = recordingIo();
  assert.equal(await main(['diagnose', example, '--rules', dir], refused), 2);
  assert.match(refused.err, /runtime-named-group\.yaml: at line 13, column 10: invalid rule file: R210/);
  const skipped = recordingIo();
  assert.equal(await main(['diagnose', example, '--rules', dir, '--skip-invalid-rules', '--format', 'json'], skipped), 0, skipped.err);
  assert.match(skipped.err, /runtime-named-group\.yaml/);
});
