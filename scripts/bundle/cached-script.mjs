// A CommonJS file of the bundle loaded with a V8 code cache written at build time (node:vm's
// cachedData, stable since Node 10; Node 20 has no compile cache for ES modules).
//
// For the precompiled fact-schema validator (~300 KB of generated code): V8 otherwise pre-parses
// the whole file at every start (~8 ms) and compiles the big validation functions on the first
// document (~6 ms). The build runs the validator on the examples and stores V8's code for it
// (scripts/build.mjs); a run deserialises that instead. V8 checks the cache against the source and
// its own version and flags, and ignores a cache that does not match (another Node version, other
// V8 flags): the file is then compiled as usual, with the same result.
//
// Runs in the bundle (loadCachedCommonJs) and at build time (createCodeCache): both wrap the source
// the same way, or V8 would refuse the cache.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/** The function wrapper of a CommonJS module, as Node's own loader uses it. */
function wrapCommonJs(source) {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

function run(file, cachedData) {
  const script = new vm.Script(wrapCommonJs(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { script, exports: module.exports };
}

/**
 * The exports of a CommonJS file, compiled from its code cache when V8 accepts it.
 * `cacheRejected`: there was a cache and V8 did not take it (undefined: no cache file).
 */
export function loadCachedCommonJs(file, cacheFile) {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache: compiled as usual
  }
  const { script, exports } = run(file, cachedData);
  return { exports, cacheRejected: cachedData ? script.cachedDataRejected : undefined };
}

/** Build time: runs the file, lets `warm` exercise its exports (so V8 compiles what runs use), writes the cache. */
export function createCodeCache(file, cacheFile, warm) {
  const { script, exports } = run(file, undefined);
  warm(exports);
  writeFileSync(cacheFile, script.createCachedData());
}
