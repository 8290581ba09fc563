/**
 * The deterministic basis of the synthetic dataset: seeded randomness, per-chunk seeds, the calendar
 * the records live in, and the shared record columns (with UUIDv7 ids whose time is the creation time).
 */
import { operator } from '../../src/core/context.ts';
import { createIdGenerator } from '../../src/core/ids.ts';
import type { RecordMeta } from '../../src/modules/records/record.schema.ts';

export { mulberry32, Random } from '../seeded-random.ts';

/** Seeds per chunk, so chunks are independent and the whole is the same whatever the order. */
export function chunkSeed(seed: number, chunk: number, stream: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(chunk + 1, 0xc2b2ae35) + stream * 7919) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Time

export const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
/** Days from 2015-01-01 to 2025-12-31: the span timelines are dated in. */
export const SPAN_DAYS = Math.round((LAST_DAY - FIRST_DAY) / DAY_MS);
/** ISO days from 2015-01-01, with room after the end for computed release dates. */
const ISO_DAYS = Array.from({ length: SPAN_DAYS + 8000 }, (_, i) =>
  new Date(FIRST_DAY + i * DAY_MS).toISOString().slice(0, 10),
);
export function isoDay(offset: number): string {
  const day = ISO_DAYS[offset];
  if (day === undefined) throw new RangeError(`day offset ${offset} out of range`);
  return day;
}

/** Records are "created" between 2020 and mid-2025, one after another, ids in the same order. */
export const CREATED_FROM = Date.UTC(2020, 0, 1);
export const CREATED_TO = Date.UTC(2025, 5, 30);

// ---------------------------------------------------------------------------------------------
// Record metadata

/** Makes the shared record columns, with a UUIDv7 whose timestamp is the creation time. */
export class MetaFactory {
  #now = 0;
  readonly #ids: () => string;

  constructor(random: () => number) {
    this.#ids = createIdGenerator({
      now: () => this.#now,
      random: (n) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256)),
    });
  }

  /** An item id (timeline step, assessment) made at the record's creation time. */
  itemId(): string {
    return this.#ids();
  }

  record(createdMs: number, deleted = false): RecordMeta {
    this.#now = createdMs;
    const createdAt = new Date(createdMs).toISOString();
    // A deleted record has had one more revision: the deletion, a day later.
    const deletedAt = deleted ? new Date(createdMs + DAY_MS).toISOString() : null;
    return {
      id: this.#ids(),
      ref: null,
      version: deleted ? 2 : 1,
      sensitivity: 'internal',
      isPublished: false,
      createdAt,
      createdBy: operator.id,
      updatedAt: deletedAt ?? createdAt,
      updatedBy: operator.id,
      deletedAt,
      deletedBy: deleted ? operator.id : null,
      ownerOrgId: null,
      fieldSensitivity: {},
    };
  }
}
