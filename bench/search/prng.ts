/**
 * Seeded randomness for the search corpus. Not shared with ../synthetic/random.ts on purpose: that
 * module pulls in the record kernel from src/, and the corpus must stay a pure function of its seed
 * that loads fast and does not move when src/ does.
 */

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

/** mulberry32: one 32-bit state, fast, good enough for synthetic text. */
export class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries.at(-1);
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
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
