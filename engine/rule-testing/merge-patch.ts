/**
 * Applies a test case's partial fact document over a base document: objects merge key by key,
 * lists and scalars replace, `null` deletes the key. The base is never mutated.
 */
export function mergePatch<T>(base: T, patch: unknown): T {
  if (patch === undefined) return structuredClone(base);
  if (!isPlainObject(patch) || !isPlainObject(base)) return structuredClone(patch) as T;
  const out: Record<string, unknown> = structuredClone(base) as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (isPlainObject(value) && isPlainObject(out[key])) out[key] = mergePatch(out[key], value);
    else out[key] = structuredClone(value);
  }
  return out as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
