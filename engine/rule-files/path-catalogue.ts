/**
 * Every fact path a rule may name, built from the two JSON Schemas of what rules read:
 * schemas/facts.schema.json (the fact document) and schemas/derived-facts.schema.json (under
 * `derived.`). Maps such as services.items or iis.appPools accept any key (`*` in the catalogue);
 * lists are leaves (a condition tests the list, never an element), as in the DSL's PathsOf type.
 * A list element can be named by its position (iis.wsusApplications.0.name: `#` in the catalogue),
 * as resolvePath allows. Each path knows its JSON type(s), allowed values (enum/const) and format.
 */
import { loadSchema } from '../validate/schema-store.js';
import { closest } from './edit-distance.js';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface PathInfo {
  /** Catalogue form, with `*` for a map key, e.g. services.items.*.status. */
  pattern: string;
  types: JsonType[];
  /** Allowed values (enum or const), when the contract fixes them. */
  values?: unknown[];
  /** JSON Schema format, e.g. date-time. */
  format?: string;
  /** For lists: the type(s) and allowed values of the elements. */
  items?: { types: JsonType[]; values?: unknown[] };
  description?: string;
}

interface CatalogueNode {
  info: PathInfo;
  children: Map<string, CatalogueNode>;
  /** Map of any key (additionalProperties with a schema). */
  wildcard?: CatalogueNode;
  /** Element of a list, named by a numeric position. */
  element?: CatalogueNode;
}

type Schema = Record<string, unknown>;

export class PathCatalogue {
  private readonly root: CatalogueNode;
  /** Known keys seen in examples for each wildcard, used to build suggestions. */
  private readonly exampleKeys = new Map<string, string[]>();

  constructor(roots: Array<{ prefix?: string; schema: Schema }>) {
    this.root = { info: { pattern: '', types: ['object'] }, children: new Map() };
    for (const { prefix, schema } of roots) {
      const node = build(schema, schema, prefix ?? '', 0);
      if (prefix) this.root.children.set(prefix, node);
      else for (const [key, child] of node.children) this.root.children.set(key, child);
    }
  }

  /** Type information of a dotted path, or undefined when the contract has no such path. */
  lookup(path: string): PathInfo | undefined {
    return this.walk(path)?.info;
  }

  /** Why a path is unknown, when there is something better to say than "no such path". */
  explainUnknown(path: string): string | undefined {
    const segments = path.split('.');
    let node: CatalogueNode | undefined = this.root;
    for (let i = 0; i < segments.length && node; i++) {
      const next: CatalogueNode | undefined = step(node, segments[i]);
      if (!next) {
        if (node.info.types.includes('array')) {
          return `${segments.slice(0, i).join('.')} is a list: test the list itself (contains, containsAny, lengthGreaterThan) or name an element by its position (${segments.slice(0, i).join('.')}.0${node.element?.children.size ? `.${[...node.element.children.keys()][0]}` : ''})`;
        }
        if (segments[i] === '') return 'a fact path has no empty parts (check for a double or trailing dot)';
        return undefined;
      }
      node = next;
    }
    return undefined;
  }

  /** Every path of the catalogue, map keys written as `*`. */
  patterns(): string[] {
    const out: string[] = [];
    const visit = (node: CatalogueNode) => {
      for (const child of node.children.values()) {
        out.push(child.info.pattern);
        visit(child);
      }
      for (const extra of [node.wildcard, node.element]) {
        if (!extra) continue;
        out.push(extra.info.pattern);
        visit(extra);
      }
    };
    visit(this.root);
    return out;
  }

  /** Registers keys that fill a map's `*` in suggestions (e.g. service names seen in the base documents). */
  addExampleKeys(mapPattern: string, keys: string[]): void {
    this.exampleKeys.set(mapPattern, [...new Set([...(this.exampleKeys.get(mapPattern) ?? []), ...keys])]);
  }

  /** "Did you mean" candidates for an unknown path, closest first. */
  suggest(path: string, limit = 3): string[] {
    const userSegments = path.split('.');
    const candidates = new Set<string>();
    for (const pattern of this.patterns()) {
      for (const concrete of this.instantiate(pattern, userSegments)) candidates.add(concrete);
    }
    return closest(path, [...candidates], limit);
  }

  private instantiate(pattern: string, userSegments: string[]): string[] {
    pattern = pattern.replace(/(^|\.)#(?=\.|$)/g, '$10');
    if (!pattern.includes('*')) return [pattern];
    let results = [''];
    const parts = pattern.split('.');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (part !== '*') {
        results = results.map((r) => (r ? `${r}.${part}` : part));
        continue;
      }
      // Fill the map key with the keys rules usually name, and with what was typed near this
      // position (unless it is a misspelling of one of those keys: then the key replaces it).
      const mapPattern = parts.slice(0, i).join('.');
      const examples = this.exampleKeys.get(mapPattern) ?? [];
      const typed = userSegments.slice(Math.max(0, i - 1), i + 2).filter((s) => s && !parts.includes(s) && !closest(s, examples, 1).length && !examples.includes(s));
      const fill = new Set([...examples, ...typed]);
      results = results.flatMap((r) => [...fill].map((key) => `${r}.${key}`));
      if (results.length > 2000) results = results.slice(0, 2000);
    }
    return results;
  }

  private walk(path: string): CatalogueNode | undefined {
    if (!path) return undefined;
    let node: CatalogueNode | undefined = this.root;
    for (const segment of path.split('.')) {
      if (!node || !segment) return undefined;
      node = step(node, segment);
    }
    return node;
  }
}

function step(node: CatalogueNode, segment: string): CatalogueNode | undefined {
  return node.children.get(segment) ?? node.wildcard ?? (/^\d+$/.test(segment) ? node.element : undefined);
}

function resolve(schema: Schema, root: Schema): Schema {
  let current = schema;
  for (let i = 0; i < 20 && typeof current.$ref === 'string'; i++) {
    const ref = current.$ref as string;
    if (!ref.startsWith('#/')) throw new Error(`path catalogue: only local $ref is supported, found ${ref}`);
    let target: unknown = root;
    for (const step of ref.slice(2).split('/')) target = (target as Record<string, unknown>)[step];
    current = { ...(target as Schema), ...(current.description ? { description: current.description } : {}) };
    if (current.$ref === ref) break;
  }
  return current;
}

function typesOf(schema: Schema): JsonType[] {
  if (Array.isArray(schema.type)) return schema.type as JsonType[];
  if (typeof schema.type === 'string') return [schema.type as JsonType];
  const values = valuesOf(schema);
  if (values) {
    const types = new Set<JsonType>();
    for (const v of values) types.add(v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : (typeof v as JsonType));
    return [...types];
  }
  if (schema.properties || schema.additionalProperties) return ['object'];
  return [];
}

function valuesOf(schema: Schema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum as unknown[];
  if ('const' in schema) return [schema.const];
  return undefined;
}

function build(raw: Schema, root: Schema, pattern: string, depth: number): CatalogueNode {
  const schema = resolve(raw, root);
  const info: PathInfo = { pattern, types: typesOf(schema) };
  const values = valuesOf(schema);
  if (values) info.values = values;
  if (typeof schema.format === 'string') info.format = schema.format;
  if (typeof schema.description === 'string') info.description = schema.description;
  const node: CatalogueNode = { info, children: new Map() };
  if (depth > 12) return node;
  if (info.types.includes('array') && schema.items && typeof schema.items === 'object') {
    const items = resolve(schema.items as Schema, root);
    const itemValues = valuesOf(items);
    info.items = { types: typesOf(items), ...(itemValues ? { values: itemValues } : {}) };
    node.element = build(schema.items as Schema, root, `${pattern}.#`, depth + 1);
  }
  for (const [key, child] of Object.entries((schema.properties as Record<string, Schema>) ?? {})) {
    node.children.set(key, build(child, root, pattern ? `${pattern}.${key}` : key, depth + 1));
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    node.wildcard = build(schema.additionalProperties as Schema, root, pattern ? `${pattern}.*` : '*', depth + 1);
  }
  return node;
}

let catalogue: PathCatalogue | undefined;

/** The catalogue of the fact contract plus `derived.*`, built once per process. */
export function factPathCatalogue(): PathCatalogue {
  if (!catalogue) {
    catalogue = new PathCatalogue([
      { schema: loadSchema('facts.schema.json') },
      { prefix: 'derived', schema: loadSchema('derived-facts.schema.json') },
    ]);
    // Map keys worth suggesting: the services and pools rules usually name.
    catalogue.addExampleKeys('services.items', ['WsusService', 'W3SVC', 'WAS', 'MSSQL$MICROSOFT##WID', 'BITS', 'wuauserv', 'CcmExec']);
    catalogue.addExampleKeys('iis.appPools', ['WsusPool', 'DefaultAppPool']);
  }
  return catalogue;
}
