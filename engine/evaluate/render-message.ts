/**
 * Message templates: `{{path}}` is replaced by the fact value, `{{path|formatter}}` by a
 * formatted value. Formatters are a closed set (rules are data; no code runs from a template).
 *
 * Conditional parts: `{{#if path}}...{{/if}}` is kept only when the fact has a value, and
 * `{{#if path}}...{{else}}...{{/if}}` chooses between two variants, so a message never explains
 * a placeholder to the reader ("unknown" = not set). A fact "has a value" unless it is absent,
 * null, false, an empty string, an empty list or an empty object (0 is a value). Blocks may
 * nest; placeholders inside them are replaced as usual.
 */
import { resolvePath } from '../dsl/fact-paths.js';

type Formatter = (value: unknown) => string;

export const FORMATTERS: Record<string, Formatter> = {
  /** A list joined with commas. */
  list: (v) => (Array.isArray(v) ? (v.length ? v.map(plain).join(', ') : 'none') : plain(v)),
  /** Number of entries of a list or the count of an EvidenceCount. */
  count: (v) => String(Array.isArray(v) ? v.length : isObject(v) && typeof v.count === 'number' ? v.count : plain(v)),
  /** Error codes with their meaning: "0x80072EE2 (operation timed out)". */
  codes: (v) =>
    Array.isArray(v)
      ? v.map((c) => (isObject(c) ? `${c.code}${c.meaning ? ` (${c.meaning})` : ''}` : plain(c))).join(', ') || 'none'
      : plain(v),
  /** Kilobytes as decimal GB with one decimal, as KB 4025764 counts them (4-8 GB = 4,000,000-8,000,000 KB). */
  kbAsGb: (v) => (typeof v === 'number' ? `${(v / 1_000_000).toFixed(1)} GB` : plain(v)),
  /** An application-pool memory limit in KB: "1.8 GB (1843200 KB)", or "no limit" for 0. */
  memoryLimit: (v) => (v === 0 ? 'no limit' : typeof v === 'number' ? `${(v / 1_000_000).toFixed(1)} GB (${v} KB)` : plain(v)),
  /** Map of name -> count, largest first: "QueueFull 3, AppOffline 1". */
  counts: (v) =>
    isObject(v)
      ? Object.entries(v).sort((a, b) => Number(b[1]) - Number(a[1])).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'
      : plain(v),
  /** Map of name -> count in key order: "4 x2, 7 x1" (sub-status counts). */
  times: (v) => (isObject(v) ? Object.entries(v).map(([k, n]) => `${k} x${plain(n)}`).join(', ') || 'none' : plain(v)),
  /** Reasons of derived.httpErr.notable: "QueueFull x3 (meaning)". */
  reasons: (v) =>
    Array.isArray(v)
      ? v.map((r) => (isObject(r) ? `${r.reason} x${r.count}${r.meaning ? ` (${r.meaning})` : ''}` : plain(r))).join('; ') || 'none'
      : plain(v),
};

// Path characters include '/' for keys such as derived.events.byKey.Microsoft-Windows-WAS/5002.
const TEMPLATE = /\{\{\s*([A-Za-z0-9_$#./-]+)\s*(?:\|\s*([A-Za-z]+)\s*)?\}\}/g;

/** `{{#if path}}then{{else}}otherwise{{/if}}` (no nesting: a block's text holds no `{{#if`). */
const CONDITIONAL = /\{\{#if\s+([A-Za-z0-9_$#./-]+)\s*\}\}((?:(?!\{\{#if\b)[\s\S])*?)(?:\{\{else\}\}((?:(?!\{\{#if\b)[\s\S])*?))?\{\{\/if\}\}/g;

/** True when a fact has a value a message can show (see the module comment). */
export function hasValue(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** The template with its conditional blocks resolved (each to its kept variant). */
function resolveConditionals(template: string, root: unknown): string {
  // Innermost blocks first (a block's text holds no `{{#if`), until none is left: blocks may nest.
  let text = template;
  while (text.includes('{{#if')) {
    const next = text.replace(CONDITIONAL, (_, path: string, then: string, otherwise?: string) => (hasValue(resolvePath(root, path)) ? then : (otherwise ?? '')));
    if (next === text) break;
    text = next;
  }
  return text;
}

export function renderMessage(template: string, root: unknown): string {
  return resolveConditionals(template, root).replace(TEMPLATE, (_, path: string, formatter?: string) => {
    const value = resolvePath(root, path);
    if (formatter) {
      const format = FORMATTERS[formatter];
      return format ? format(value) : plain(value);
    }
    return plain(value);
  });
}

/** Template placeholders (path and formatter) and the paths of conditional blocks, for validation of rule files. */
export function templatePlaceholders(template: string): Array<{ path: string; formatter?: string }> {
  const { body, conditions } = flatten(template);
  return [...conditions.map((path) => ({ path })), ...[...body.matchAll(TEMPLATE)].map((m) => ({ path: m[1]!, formatter: m[2] }))];
}

/** Every variant's text side by side, with the paths the blocks test (for validation). */
function flatten(template: string): { body: string; conditions: string[] } {
  const conditions: string[] = [];
  let body = template;
  for (;;) {
    const next = body.replace(CONDITIONAL, (_, path: string, then: string, otherwise?: string) => {
      conditions.push(path);
      return `${then} ${otherwise ?? ''}`;
    });
    if (next === body) return { body, conditions };
    body = next;
  }
}

/** `{{` openings that are not a placeholder or a complete conditional block (a malformed template). */
export function malformedTemplateParts(template: string): number {
  const { body } = flatten(template);
  return body.split('{{').length - 1 - [...body.matchAll(TEMPLATE)].length;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function plain(v: unknown): string {
  if (v === undefined || v === null) return 'unknown';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(plain).join(', ');
  const text = JSON.stringify(v);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
