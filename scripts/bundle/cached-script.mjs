// CommonJS files of the bundle (dist/vendor/) loaded with a V8 code cache written at build time
// (node:vm's cachedData, stable since Node 10; Node 20 has no compile cache for ES modules).
//
// For yargs (~190 KB) and the precompiled fact-schema validator (~290 KB of generated code): V8
// otherwise pre-parses each whole file at every start and compiles the functions a run calls (the
// validator's are large: ~6 ms on the first document). The build runs the CLI on the examples and
// stores V8's code for these files (scripts/build.mjs); a run deserialises it instead. V8 checks a
// cache against the source and its own version and flags and ignores one that does not match
// (another Node version, other V8 flags): the file is then compiled as usual, same result.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/**
 * Where the build collects the scripts loaded while it runs the CLI, to write their caches
 * (file -> { script, cacheFile }). Absent in every other process.
 */
export const CODE_CACHE_REGISTRY = Symbol.for('wsus-doctor.code-cache-registry');

/**
 * The exports of a CommonJS file, compiled from its code cache when V8 accepts it.
 * `cacheRejected`: there was a cache and V8 did not take it (undefined: no cache file).
 */
export function loadCachedCommonJs(file, cacheFile) {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache (yet): compiled as usual
  }
  // Node's own CommonJS wrapper; the build and the runs wrap alike, or V8 would refuse the cache.
  const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, 'utf8')}\n});`;
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  globalThis[CODE_CACHE_REGISTRY]?.set(file, { script, cacheFile });
  return { exports: module.exports, cacheRejected: cachedData ? script.cachedDataRejected : undefined };
}
