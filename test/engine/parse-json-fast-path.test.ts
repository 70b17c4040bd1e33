// The fast path of parseJsonText (JSON.parse first, then proofs that the scan would find nothing)
// against the full way (scan, JSON.parse, located errors): the same value or the same error, code,
// message and place, on generated texts full of what the scan looks for (repeated keys, also
// written with escapes, __proto__, nesting at and over the limit, keys with white space before the
// colon, strings holding quotes and colons) and on every fact file of the examples and fixtures.
// loadFactBytes skips the log cut only when it would cut nothing: same document, same notices.
// decodeText's ASCII shortcut decodes as the validating decoder does, and refuses what it refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { countJsonStrings } from '../../engine/load/scan-json.js';
import { parseJsonText, parseJsonTextCounted, parseJsonTextFully } from '../../engine/load/parse-json.js';
import { cutLogExcerpts } from '../../engine/load/cut-log-excerpts.js';
import { decodeText } from '../../engine/load/decode-text.js';
import { loadFactBytes } from '../../engine/load/load-fact-file.js';
import { DEFAULT_LIMITS } from '../../engine/load/limits.js';
import { InputError } from '../../engine/errors.js';
import { writeFleet } from '../../scripts/generate-fleet.js';

const root = join(import.meta.dirname, '..', '..');

type Outcome = { value: unknown } | { code: string; message: string; place?: string };

function outcome(parse: () => unknown): Outcome {
  try {
    return { value: parse() };
  } catch (error) {
    assert.ok(error instanceof InputError, `not an InputError: ${String(error)}`);
    return { code: error.code, message: error.message, place: error.place };
  }
}

function sameOutcome(text: string, maxDepth: number): void {
  const fast = outcome(() => parseJsonText(text, 'f.json', maxDepth));
  const full = outcome(() => parseJsonTextFully(text, 'f.json', maxDepth));
  assert.deepStrictEqual(fast, full, text.length > 300 ? `${text.slice(0, 300)}...` : text);
}

/** A JSON tree whose objects are lists of [key, value] pairs, so that keys can repeat. */
type Node = null | boolean | number | string | { list: Node[] } | { pairs: Array<[string, Node]> };

const KEYS = ['a', 'b', 'A', '', '__proto__', 'a"b', 'x\\y', ':', '" :', 'status', 'lines', '\u00e9', '\ud83d\ude00', '/~'];
const STRINGS = ['', 'x', '":', '\\":', 'a"b', ': colon first', ' :', 'line with "quotes": and {braces} [x]', '\\', '\u2028'];

const tree = fc.letrec<{ node: Node; list: Node; object: Node }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant(null), fc.boolean(), fc.integer(), fc.constantFrom(...STRINGS), tie('list'), tie('object')),
  list: fc.array(tie('node'), { maxLength: 4 }).map((list) => ({ list })),
  object: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { maxLength: 5 }).map((pairs) => ({ pairs })),
}));

/** Writes a tree as JSON text, white space and key escapes chosen by `choices` (cycled). */
function write(node: Node, choices: number[]): string {
  let at = 0;
  const pick = (n: number) => choices[at++ % choices.length]! % n;
  const ws = () => ['', '', ' ', '\n  ', '\t', '\r\n'][pick(6)]!;
  const key = (k: string) => {
    const kind = pick(3);
    if (kind === 0 || k === '') return JSON.stringify(k);
    // Same key, other spelling: \u escape of the first character, or an escaped solidus.
    if (kind === 1) return `"\\u${k.charCodeAt(0).toString(16).padStart(4, '0')}${JSON.stringify(k.slice(1)).slice(1)}`;
    return JSON.stringify(k).replace('/', '\\/');
  };
  const out = (n: Node): string => {
    if (n === null || typeof n !== 'object') return JSON.stringify(n);
    if ('list' in n) return `[${ws()}${n.list.map((v) => `${out(v)}${ws()}`).join(`,${ws()}`)}]`;
    return `{${ws()}${n.pairs.map(([k, v]) => `${key(k)}${ws()}:${ws()}${out(v)}`).join(`,${ws()}`)}${ws()}}`;
  };
  return `${ws()}${out(node)}${ws()}`;
}

test('parseJsonText: the fast path gives what the full scan gives (generated texts, depth limits 1-6)', () => {
  let cases = 0;
  const refused = new Map<string, number>();
  fc.assert(
    fc.property(tree.node, fc.array(fc.nat(), { minLength: 1, maxLength: 16 }), fc.integer({ min: 1, max: 6 }), fc.nat({ max: 9 }), (node, choices, maxDepth, cut) => {
      const text = write(node, choices);
      cases++;
      sameOutcome(text, maxDepth);
      // Cut short: not JSON any more (or a shorter JSON value).
      if (cut > 0 && text.length > 1) sameOutcome(text.slice(0, Math.max(1, text.length - cut)), maxDepth);
      try {
        parseJsonTextFully(text, 'f.json', maxDepth);
      } catch (error) {
        const code = (error as InputError).code;
        refused.set(code, (refused.get(code) ?? 0) + 1);
      }
    }),
    { seed: 20261207, numRuns: 4000 },
  );
  assert.equal(cases, 4000);
  // The generator must really produce what the scan refuses (repeated keys, nesting), not only clean text.
  assert.ok((refused.get('E_DUPLICATE_KEY') ?? 0) > 100 && (refused.get('E_TOO_DEEP') ?? 0) > 100, JSON.stringify([...refused]));
});

test('parseJsonText: nesting at and over the limit, wide and deep, agrees with the scan', () => {
  let cases = 0;
  for (const maxDepth of [1, 2, 3, 64]) {
    for (let levels = Math.max(0, maxDepth - 2); levels <= maxDepth + 2; levels++) {
      for (const [open, close] of [['[', ']'], ['{"k":', '}'], ['[1,{"a":[', ']}]']]) {
        const text = `${open!.repeat(levels)}0${close!.repeat(levels)}`;
        sameOutcome(text, maxDepth);
        sameOutcome(`{"d":1,"x":${text},"d":2}`, maxDepth);
        cases += 2;
      }
    }
  }
  assert.equal(cases, 114);
});

test('countJsonStrings counts the keys and strings of valid JSON as JSON.parse sees them', () => {
  let cases = 0;
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
      const text = JSON.stringify(value, null, pretty ? 2 : undefined);
      let keys = 0;
      let strings = 0;
      const visit = (v: unknown): void => {
        if (typeof v === 'string') strings++;
        else if (Array.isArray(v)) v.forEach(visit);
        else if (v !== null && typeof v === 'object') {
          for (const [k, inner] of Object.entries(v)) {
            keys++;
            strings++;
            visit(inner);
            void k;
          }
        }
      };
      visit(value);
      const counts = countJsonStrings(text);
      assert.deepEqual(counts && { keys: counts.keys, strings: counts.strings }, { keys, strings });
      cases++;
    }),
    { seed: 7, numRuns: 1000 },
  );
  assert.equal(cases, 1000);
});

/** Every fact file of the examples and fixtures (JSON files with a schemaVersion), and a generated fleet. */
function factFiles(fleetDir: string): string[] {
  const out: string[] = writeFleet(fleetDir, { machines: 60, seed: 7 }).files;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json') && readFileSync(full).includes('schemaVersion')) out.push(full);
    }
  };
  walk(join(root, 'examples'));
  walk(join(root, 'test', 'fixtures'));
  return out.sort();
}

test('every fact file of the examples, the fixtures and a 60-machine fleet: same value, and the skipped log cut would have cut nothing', (t) => {
  const fleetDir = mkdtempSync(join(tmpdir(), 'wsus-doctor-fast-path-'));
  t.after(() => rmSync(fleetDir, { recursive: true, force: true }));
  const files = factFiles(fleetDir);
  assert.ok(files.length >= 67, `only ${files.length} fact files found`);
  let fast = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    let text: string;
    try {
      text = decodeText(bytes).text;
    } catch {
      continue;
    }
    sameOutcome(text, DEFAULT_LIMITS.maxDepth);
    let counted;
    try {
      counted = parseJsonTextCounted(text, file);
    } catch {
      continue;
    }
    if (counted.strings !== undefined) fast++;
    // Where loadFactBytes skips the cut, the cut finds nothing to do: same notices, same document.
    for (const limits of [DEFAULT_LIMITS, { ...DEFAULT_LIMITS, maxLineLength: 80, maxLogLines: 20 }]) {
      const expected = JSON.parse(text) as unknown;
      const notices = cutLogExcerpts(expected, limits);
      const loaded = outcome(() => loadFactBytes(bytes, file, limits));
      if ('value' in loaded) {
        const { doc, notices: got } = loaded.value as { doc: unknown; notices: string[] };
        assert.deepStrictEqual(got, notices, file);
        assert.deepStrictEqual(doc, expected, file);
      }
    }
  }
  assert.ok(fast >= files.length / 2, `fast path taken for ${fast} of ${files.length} files`);
});

test('decodeText: the ASCII shortcut gives what the validating UTF-8 decoder gives, or the same refusal', () => {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let cases = 0;
  let refused = 0;
  fc.assert(
    fc.property(fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 0x7f }) }, fc.integer({ min: 0x80, max: 0xff })), { minLength: 1, maxLength: 40 }), fc.boolean(), (values, bom) => {
      // A NUL-free start keeps the bytes out of the BOM-less UTF-16 detection.
      const body = Uint8Array.from(values);
      const bytes = bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
      let expected: string | undefined;
      try {
        expected = strict.decode(body);
      } catch {
        expected = undefined;
      }
      cases++;
      if (expected === undefined) {
        refused++;
        assert.throws(() => decodeText(bytes), /not valid UTF-8 text/);
      } else {
        assert.deepEqual(decodeText(bytes), { text: expected, encoding: bom ? 'utf-8-bom' : 'utf-8' });
      }
    }),
    { seed: 11, numRuns: 2000 },
  );
  assert.equal(cases, 2000);
  assert.ok(refused > 200 && refused < 1900, `${refused} refused`);
});
