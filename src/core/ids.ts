import { z } from 'zod';

/** Source of entropy: returns `n` random bytes. Injectable so tests can force counter overflow. */
export type RandomSource = (n: number) => Uint8Array;

export interface IdGeneratorOptions {
  now?: () => number;
  random?: RandomSource;
}

const MAX_TIMESTAMP = 2 ** 48 - 1;
const COUNTER_MAX = 0xfff;
// Seeding the 12-bit counter only in its lower half keeps at least 2048 ids per millisecond
// before we must borrow the next millisecond, so timestamps rarely drift ahead of the clock.
const COUNTER_SEED_MASK = 0x7ff;

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => hex(byte, 2));

function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += BYTE_HEX[byte];
  return out;
}

const POOL_BYTES = 8 * 1024;

/**
 * Cryptographic random bytes drawn from a buffer refilled 8 KiB at a time: one call into the
 * system generator per ~800 ids instead of two per id, which dominated bulk imports.
 */
export function pooledRandom(): RandomSource {
  // Web Crypto (global in Node and browsers), so the schemas that use ids also run in the web app.
  // getRandomValues fills at most 64 KiB a call, more than the pool or any id needs.
  const randomFillSync = (bytes: Uint8Array<ArrayBuffer>) => globalThis.crypto.getRandomValues(bytes);
  const pool = new Uint8Array(POOL_BYTES);
  let offset = POOL_BYTES;
  return (n) => {
    if (n > POOL_BYTES) return randomFillSync(new Uint8Array(n));
    if (offset + n > POOL_BYTES) {
      randomFillSync(pool);
      offset = 0;
    }
    // A copy, so a caller keeping the bytes never sees them reused.
    const bytes = pool.slice(offset, offset + n);
    offset += n;
    return bytes;
  };
}

/**
 * Creates a UUIDv7 generator (RFC 9562, method 1: 12-bit rand_a used as a counter).
 * Ids from one generator sort strictly increasing as strings, even within one millisecond or when
 * the clock steps backwards, because the (timestamp, counter) pair never decreases.
 */
export function createIdGenerator(options: IdGeneratorOptions = {}): () => string {
  const now = options.now ?? Date.now;
  const random: RandomSource = options.random ?? pooledRandom();
  let lastMs = -1;
  let counter = 0;

  const seedCounter = (): number => {
    const bytes = random(2);
    return (((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0)) & COUNTER_SEED_MASK;
  };

  return () => {
    const clock = Math.floor(now());
    if (clock > lastMs) {
      lastMs = clock;
      counter = seedCounter();
    } else {
      counter += 1;
      if (counter > COUNTER_MAX) {
        // Borrow the next millisecond rather than repeat or wrap, which would break ordering.
        lastMs += 1;
        counter = seedCounter();
      }
    }
    if (lastMs < 0 || lastMs > MAX_TIMESTAMP) {
      throw new RangeError(`timestamp ${lastMs} does not fit in 48 bits`);
    }

    const tail = random(8);
    // Variant 10: top two bits of rand_b's first byte.
    const variantByte = ((tail[0] ?? 0) & 0x3f) | 0x80;
    const rest = bytesToHex(tail.subarray(1));
    const ts = hex(lastMs, 12);
    return [
      ts.slice(0, 8),
      ts.slice(8, 12),
      `7${hex(counter, 3)}`,
      hex(variantByte, 2) + rest.slice(0, 2),
      rest.slice(2, 14),
    ].join('-');
  };
}

const defaultGenerator = createIdGenerator();

/** A new UUIDv7, monotonic within this process. */
export function newId(): string {
  return defaultGenerator();
}

/** Milliseconds since the Unix epoch encoded in a UUIDv7. */
export function idTimestamp(id: string): number {
  if (!isId(id)) throw new RangeError(`not a UUID: ${id}`);
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

export const idSchema = z.uuid({ error: 'must be a UUID' });

export function isId(value: unknown): value is string {
  return idSchema.safeParse(value).success;
}
