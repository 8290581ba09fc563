import { describe, expect, it } from 'vitest';
import { createIdGenerator, idSchema, idTimestamp, isId, newId, pooledRandom } from './ids.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function counterOf(id: string): number {
  return Number.parseInt(id.slice(15, 18), 16);
}

function expectStrictlyIncreasing(ids: readonly string[]): void {
  for (let i = 1; i < ids.length; i++) {
    const prev = ids[i - 1] ?? '';
    const curr = ids[i] ?? '';
    if (!(prev < curr)) throw new Error(`ids out of order at ${i}: ${prev} !< ${curr}`);
  }
}

describe('newId', () => {
  it('is a lowercase UUIDv7 with variant 10', () => {
    const id = newId();
    expect(id).toMatch(UUID_V7);
    expect(id).toHaveLength(36);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('generates 10,000 unique ids in strictly increasing order', () => {
    const ids = Array.from({ length: 10_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expectStrictlyIncreasing(ids);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });

  it('encodes the current time', () => {
    // A fresh generator cannot have borrowed milliseconds from earlier calls.
    const generate = createIdGenerator();
    const before = Date.now();
    const id = generate();
    const after = Date.now();
    expect(idTimestamp(id)).toBeGreaterThanOrEqual(before);
    expect(idTimestamp(id)).toBeLessThanOrEqual(after);
  });

  it('keeps newId close to the clock', () => {
    const ts = idTimestamp(newId());
    expect(Math.abs(ts - Date.now())).toBeLessThan(1000);
  });
});

describe('createIdGenerator', () => {
  it('stays ordered when the clock goes backwards', () => {
    const times = [5000, 5000, 4000, 3000, 5000, 6000];
    let i = 0;
    const generate = createIdGenerator({ now: () => times[i++] ?? 6000 });
    const ids = times.map(() => generate());
    expectStrictlyIncreasing(ids);
    expect(idTimestamp(ids[2] ?? '')).toBe(5000);
    expect(idTimestamp(ids[5] ?? '')).toBe(6000);
  });

  it('borrows the next millisecond when the counter overflows', () => {
    // All-ones randomness seeds the counter at its highest allowed start (0x7ff).
    const generate = createIdGenerator({ now: () => 1000, random: (n) => new Uint8Array(n).fill(0xff) });
    const ids = Array.from({ length: 0x1000 - 0x7ff + 1 }, () => generate());
    expectStrictlyIncreasing(ids);
    const first = ids[0] ?? '';
    const lastInMs = ids[ids.length - 2] ?? '';
    const borrowed = ids[ids.length - 1] ?? '';
    expect(counterOf(first)).toBe(0x7ff);
    expect(counterOf(lastInMs)).toBe(0xfff);
    expect(idTimestamp(lastInMs)).toBe(1000);
    expect(idTimestamp(borrowed)).toBe(1001);
    expect(counterOf(borrowed)).toBe(0x7ff);
    expect(borrowed).toMatch(UUID_V7);
  });

  it('uses zero randomness without breaking the format', () => {
    const generate = createIdGenerator({ now: () => 0, random: (n) => new Uint8Array(n) });
    expect(generate()).toBe('00000000-0000-7000-8000-000000000000');
  });

  it('rejects timestamps that do not fit in 48 bits', () => {
    const generate = createIdGenerator({ now: () => 2 ** 48 });
    expect(() => generate()).toThrow(RangeError);
  });
});

describe('idSchema / isId', () => {
  it('accepts generated ids', () => {
    const id = newId();
    expect(idSchema.parse(id)).toBe(id);
    expect(isId(id)).toBe(true);
  });

  it('rejects non-UUIDs with a clear message', () => {
    const result = idSchema.safeParse('not-a-uuid');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be a UUID');
    for (const value of ['', 42, null, undefined, {}, '0190a7b2-1c3d-7e4f-8a9b']) {
      expect(isId(value)).toBe(false);
    }
  });

  it('idTimestamp rejects non-UUIDs', () => {
    expect(() => idTimestamp('nope')).toThrow(RangeError);
  });
});

describe('pooledRandom', () => {
  it('gives fresh bytes across refills, each draw its own copy', () => {
    const random = pooledRandom();
    const draws = Array.from({ length: 3_000 }, () => random(8));
    expect(draws.every((bytes) => bytes.length === 8)).toBe(true);
    // 3,000 draws of 8 bytes cross the 8 KiB pool twice; 64-bit values never repeat by chance.
    expect(new Set(draws.map((bytes) => Buffer.from(bytes).toString('hex'))).size).toBe(3_000);
    const first = draws[0]?.slice();
    random(8);
    expect(draws[0]).toEqual(first);
    expect(random(10_000)).toHaveLength(10_000);
  });
});
