/**
 * `--shard i/n`: a stable split of the batch's files so that n jobs (on one machine or many)
 * each take a part and together take every file exactly once. A file belongs to shard
 * (FNV-1a hash of its path as given, with / separators) mod n + 1, so the split depends only on
 * the paths: give every job the same arguments from the same folder.
 */
import { InputError } from '../errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new InputError('E_USAGE', `--shard must be i/n with 1 <= i <= n (e.g. --shard 2/8), not "${text}"`);
  }
  return { index, count };
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function shardOf(file: string, count: number): number {
  return (fnv1a(file.replace(/\\/g, '/')) % count) + 1;
}

export function inShard(file: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(file, shard.count) === shard.index;
}
