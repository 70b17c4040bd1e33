/**
 * Parses a rule file's text (JSON or YAML) into plain data plus a map from data paths to
 * line:column, so every later check can point at the exact place. Parsing never executes code:
 * YAML runs with the core schema, no merge keys, and any explicit tag (`!!js/function`, `!foo`,
 * even `!!str`) is refused; keys that could reach an object prototype are refused in both formats.
 * Nesting deeper than the limit (DEFAULT_LIMITS.maxDepth) is refused before any recursive step
 * (R010), and so are YAML's `.nan`, `.inf` and `-.inf` (R011): no rule value means them.
 */
import { parseTree, findNodeAtLocation, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { parseAllDocuments, LineCounter, isMap, isSeq, isScalar, isPair, isNode, isAlias, type Document, type Node as YamlNode } from 'yaml';
import { locateJsonError, lineColumn } from '../load/parse-json.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { scanJson } from '../load/scan-json.js';
import { ruleProblem, type Position, type RuleProblem } from './rule-problems.js';

export type DataPath = ReadonlyArray<string | number>;

export interface RuleSource {
  file: string;
  format: 'json' | 'yaml';
  /** The parsed value (own properties only, plain prototypes). */
  data: unknown;
  /** Where the value at `path` starts; the nearest existing ancestor when the path does not exist. */
  valueAt(path: DataPath): Position;
  /** Where the key naming the last step of `path` starts (objects); else like valueAt. */
  keyAt(path: DataPath): Position;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function ruleFormatOf(file: string): 'json' | 'yaml' | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}

/** Parses the text; on a syntax (or safety) problem returns problems and no source. */
export function readRuleSource(text: string, file: string, format: 'json' | 'yaml'): { source?: RuleSource; problems: RuleProblem[] } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const result = format === 'json' ? readJson(text, file) : readYaml(text, file);
  if (result.source) {
    const data = result.source.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      const found = data === undefined || data === null ? 'an empty file' : Array.isArray(data) ? 'a list' : `a single ${typeof data}`;
      return { problems: [ruleProblem('R008', file, { line: 1, column: 1 }, `the file must hold one rule object, found ${found}`)] };
    }
  }
  return result;
}

// ---------------------------------------------------------------- JSON

function readJson(text: string, file: string): { source?: RuleSource; problems: RuleProblem[] } {
  const scanned = scanJson(text, DEFAULT_LIMITS.maxDepth);
  if (scanned?.kind === 'depth') return { problems: [tooDeep(file, lineColumn(text, scanned.offset))] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  if (errors.length) {
    const located = locateJsonError(text);
    const at = located ?? { ...lineColumn(text, errors[0].offset) };
    return { problems: [ruleProblem('R002', file, at, `not valid JSON: ${located?.reason ?? printParseErrorCode(errors[0].error)}`)] };
  }
  if (!root) return { problems: [ruleProblem('R008', file, { line: 1, column: 1 }, 'the file must hold one rule object, found an empty file')] };
  const problems: RuleProblem[] = [];
  const pos = (offset: number) => lineColumn(text, offset);
  const walk = (node: JsonNode) => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const keyNode = property.children![0];
        const key = String(keyNode.value);
        if (FORBIDDEN_KEYS.has(key)) problems.push(ruleProblem('R007', file, pos(keyNode.offset), `the key "${key}" is not allowed`));
        else if (seen.has(key)) problems.push(ruleProblem('R005', file, pos(keyNode.offset), `the key "${key}" appears twice in this object`));
        seen.add(key);
        if (property.children![1]) walk(property.children![1]);
      }
    } else if (node.type === 'array') node.children?.forEach(walk);
    else if (node.type === 'number' && !Number.isFinite(node.value)) {
      problems.push(ruleProblem('R011', file, pos(node.offset), `${text.slice(node.offset, node.offset + node.length)} is beyond the range of numbers (it reads as ${String(node.value)})`));
    }
  };
  walk(root);
  if (problems.length) return { problems };

  const nodeAt = (path: DataPath): JsonNode => {
    for (let n = path.length; n >= 0; n--) {
      const found = findNodeAtLocation(root, path.slice(0, n) as Array<string | number>);
      if (found) return found;
    }
    return root;
  };
  return {
    problems,
    source: {
      file,
      format: 'json',
      data: JSON.parse(text) as unknown,
      valueAt: (path) => pos(nodeAt(path).offset),
      keyAt: (path) => {
        const node = findNodeAtLocation(root, path as Array<string | number>);
        const keyNode = node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
        return pos((keyNode ?? nodeAt(path)).offset);
      },
    },
  };
}

// ---------------------------------------------------------------- YAML

function readYaml(text: string, file: string): { source?: RuleSource; problems: RuleProblem[] } {
  const flood = flowNestingFlood(text);
  if (flood !== undefined) return { problems: [tooDeep(file, lineColumn(text, flood))] };
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2' });
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (!Array.isArray(docs)) return { problems: [ruleProblem('R008', file, { line: 1, column: 1 }, 'the file must hold one rule object, found an empty file')] };
  if (docs.length === 0) return { problems: [ruleProblem('R008', file, { line: 1, column: 1 }, 'the file must hold one rule object, found an empty file')] };
  const problems: RuleProblem[] = [];
  for (const doc of docs) {
    for (const error of doc.errors) {
      const at = pos(error.pos[0]);
      // yaml catches its own stack overflow on absurd nesting and reports it as an error.
      if (/call stack/i.test(error.message)) {
        problems.push(tooDeep(file, at));
        break;
      }
      const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      if (error.code === 'TAB_AS_INDENT') problems.push(ruleProblem('R004', file, at, 'a tab is used for indentation'));
      else if (error.code === 'DUPLICATE_KEY') problems.push(ruleProblem('R005', file, at, `the key "${keyText(text, error.pos[0])}" appears twice in this mapping`));
      else if (error.code === 'MISSING_CHAR' && /closing "quote/.test(error.message)) {
        // yaml reports an unclosed quote at the end of the file; the mistake is where it opens.
        const quote = error.message.includes(`closing "quote`) && text.lastIndexOf('"') >= 0 ? text.lastIndexOf('"') : text.lastIndexOf("'");
        problems.push(ruleProblem('R003', file, pos(Math.max(0, quote)), 'not valid YAML: this quoted text is never closed'));
      } else if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
        problems.push(ruleProblem('R003', file, at, 'not valid YAML: a text value contains ": " (put the whole value in quotes)'));
      } else problems.push(ruleProblem('R003', file, at, `not valid YAML: ${reason}`));
    }
  }
  if (problems.length) return { problems };
  if (docs.length > 1) {
    const second = docs[1].contents?.range?.[0] ?? docs[1].range[0];
    return { problems: [ruleProblem('R008', file, pos(Math.max(0, text.lastIndexOf('---', second))), `the file holds ${docs.length} YAML documents; one rule per file`)] };
  }
  const doc = docs[0] as Document.Parsed;
  const deep = tooDeepNode(doc.contents, DEFAULT_LIMITS.maxDepth);
  if (deep) return { problems: [tooDeep(file, pos(deep.range?.[0] ?? 0))] };
  checkYamlNodes(doc.contents, text, file, pos, problems);
  if (problems.length) return { problems };

  const nodeAt = (path: DataPath): YamlNode | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const found = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(found) && found.range) return found;
    }
    return undefined;
  };
  const valueAt = (path: DataPath): Position => pos(nodeAt(path)?.range?.[0] ?? 0);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml refuses alias chains that expand exponentially ("billion laughs").
    return { problems: [ruleProblem('R003', file, { line: 1, column: 1 }, `not valid YAML: ${(error as Error).message}`)] };
  }
  return {
    problems,
    source: {
      file,
      format: 'yaml',
      data,
      valueAt,
      keyAt: (path) => {
        if (path.length === 0) return valueAt(path);
        const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[path.length - 1]));
          if (pair && isScalar(pair.key) && pair.key.range) return pos(pair.key.range[0]);
        }
        return valueAt(path);
      },
    },
  };
}

/**
 * Where `[`/`{` open more than FLOW_FLOOD levels (outside quotes and comments), or undefined: yaml
 * needs seconds for 200,000 nested flow brackets before it gives up, so such text is refused
 * first. The count is rough (a `[` inside plain text counts too), hence a limit far above any
 * real file's; the exact depth check runs on the parsed document.
 */
function flowNestingFlood(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '{') {
      if (++depth > FLOW_FLOOD) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return undefined;
      if (c === '"') {
        let close = end;
        while (close > 0 && text[close - 1] === '\\') {
          const next = text.indexOf('"', close + 1);
          if (next < 0) return undefined;
          close = next;
        }
        i = close;
      } else i = end;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      if (end < 0) return undefined;
      i = end;
    }
  }
  return undefined;
}

const FLOW_FLOOD = 1000;

function tooDeep(file: string, at: Position): RuleProblem {
  return ruleProblem('R010', file, at, `nested more than ${DEFAULT_LIMITS.maxDepth} levels deep (lists and objects inside each other)`);
}

/** The first collection nested deeper than maxDepth (iterative: the check must not overflow itself). */
function tooDeepNode(root: unknown, maxDepth: number): YamlNode | undefined {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth + 1 > maxDepth) return node;
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: depth + 1 });
        stack.push({ node: item.value, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Refuses explicit tags, prototype keys and non-finite numbers anywhere in the document. */
function checkYamlNodes(node: unknown, text: string, file: string, pos: (offset: number) => Position, problems: RuleProblem[]): void {
  if (!node) return;
  if (isAlias(node)) return;
  if (isScalar(node) && typeof node.value === 'number' && !Number.isFinite(node.value)) {
    const written = node.range ? text.slice(node.range[0], node.range[1]).trim() : String(node.value);
    problems.push(ruleProblem('R011', file, pos(node.range?.[0] ?? 0), `${written} is not a number a rule can use (YAML reads it as ${String(node.value)}); write a number, or quote it if you mean text`));
  }
  if (isNode(node) && node.tag && node.range) {
    const start = tagStart(text, node.range[0]);
    problems.push(ruleProblem('R006', file, pos(start), `the tag ${text.slice(start, text.indexOf(' ', start) > 0 ? text.indexOf(' ', start) : undefined).trim() || node.tag} is not allowed`));
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        problems.push(ruleProblem('R007', file, pos(pair.key.range?.[0] ?? 0), `the key "${String(pair.key.value)}" is not allowed`));
      } else if (isNode(pair.key) && !isScalar(pair.key)) {
        problems.push(ruleProblem('R003', file, pos(pair.key.range?.[0] ?? 0), 'not valid here: keys must be plain text'));
      } else checkYamlNodes(pair.key, text, file, pos, problems);
      checkYamlNodes(pair.value, text, file, pos, problems);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) checkYamlNodes(item, text, file, pos, problems);
  }
}

/** The `!` that starts the tag written before a node's value (on the same line or the one before). */
function tagStart(text: string, valueStart: number): number {
  let bang = text.lastIndexOf('!', valueStart);
  if (bang < 0 || valueStart - bang > 200) return valueStart;
  while (bang > 0 && text[bang - 1] === '!') bang--;
  // The `!` may be inside the tag (!foo!bar) or inside a quoted value before: take the one that starts a word.
  while (bang > 0 && !/\s/.test(text[bang - 1])) {
    const previous = text.lastIndexOf('!', bang - 1);
    if (previous < 0) break;
    bang = previous;
  }
  return bang;
}

function keyText(text: string, offset: number): string {
  const end = text.slice(offset).search(/:\s|\n|$/);
  return text.slice(offset, offset + Math.min(end, 80)).trim();
}
