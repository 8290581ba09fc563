/**
 * Seeded randomness for the search corpus: integer hashes that give every item its own stream, and
 * the shared seeded generator (`../seeded-random.ts`, free of any import from src/, so the corpus
 * stays a pure function of its seed).
 */
import { mulberry32, Random } from '../seeded-random.ts';

/** One step of a 32-bit integer hash (FNV-style mixing with lowbias32's finalizer). */
export function mix32(h: number, value: number): number {
  let x = Math.imul(h ^ (value >>> 0), 0x01000193) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

export const HASH_BASIS = 0x811c9dc5;

/** A 32-bit hash of some integers: the same inputs always give the same spread-out value. */
export function hash32(...values: number[]): number {
  let h = HASH_BASIS;
  for (const value of values) h = mix32(h, value);
  return h;
}

/** Stream numbers keep the uses of one seed apart (a page's text and a record's fields never share draws). */
export const STREAM = {
  document: 1,
  page: 2,
  record: 3,
  grant: 4,
  plant: 5,
  vocabulary: 6,
  source: 7,
  organization: 8,
  user: 9,
} as const;

/** mulberry32 from a seed, with the draws the corpus makes. */
export class Rng extends Random {
  constructor(seed: number) {
    super(mulberry32(seed));
  }
}

/** A fresh generator for one item of one stream: items can be made in any order, or alone. */
export function rngFor(seed: number, stream: number, index: number): Rng {
  return new Rng(hash32(seed, stream, index));
}

/** A UUID-shaped id (36 chars) from a namespace and an index: unique per (namespace, index), stable per seed. */
export function uuidFor(seed: number, namespace: number, index: number): string {
  const a = hash32(seed, namespace, index, 1);
  const b = hash32(seed, namespace, index, 2);
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  // The last 12 hex digits hold the namespace and the index, so ids never collide whatever the hashes do.
  const tail = hex(namespace & 0xf, 1) + hex(index, 11);
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-8${hex(b & 0xfff, 3)}-${hex(0x8000 | (a & 0x3fff), 4)}-${tail}`;
}
