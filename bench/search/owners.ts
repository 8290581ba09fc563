import { type Rng, STREAM, uuidFor } from './prng.ts';

/**
 * Who owns and may see what: the sensitivity levels, the organizations records belong to and the
 * users grants name. The ids are fixed (not seeded) so a benchmark can create them once and reuse
 * them across runs and seeds.
 */

export type Sensitivity = 'public' | 'internal' | 'confidential' | 'secret';

const FIXED_IDS = 0x0a11_1d5;

export const CORPUS_ORG_IDS: readonly string[] = Array.from({ length: 20 }, (_, i) =>
  uuidFor(FIXED_IDS, STREAM.organization, i),
);
export const CORPUS_USER_IDS: readonly string[] = Array.from({ length: 200 }, (_, i) =>
  uuidFor(FIXED_IDS, STREAM.user, i),
);

/** Public, internal, confidential ≈ 30 / 55 / 15, with `secretShare` taken out of internal. */
export function drawSensitivity(rng: Rng, secretShare = 0): Sensitivity {
  const roll = rng.next();
  if (roll < 0.3) return 'public';
  if (roll < 0.85 - secretShare) return 'internal';
  if (roll < 0.85) return 'secret';
  return 'confidential';
}

/**
 * The owning organization, or null for shared material: the first organization (the benchmark's
 * "own") holds a third, the rest share the remainder unevenly, as a coalition's members do.
 */
export function drawOwner(rng: Rng): string | null {
  const roll = rng.next();
  if (roll < 0.15) return null;
  if (roll < 0.45) return CORPUS_ORG_IDS[0] ?? null;
  const index = 1 + Math.floor((CORPUS_ORG_IDS.length - 1) * rng.next() ** 1.6);
  return CORPUS_ORG_IDS[index] ?? null;
}

/** Published: about a quarter, never secret material. */
export function drawPublished(rng: Rng, sensitivity: Sensitivity): boolean {
  return rng.next() < 0.25 && sensitivity !== 'secret';
}

/** Country codes, mostly one, weighted toward the two largest countries. */
export const COUNTRY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['KZ', 30],
  ['UZ', 30],
  ['KG', 15],
  ['TJ', 10],
  ['TM', 5],
  ['RU', 10],
];

export function drawCountries(rng: Rng, main?: string): string[] {
  const first = main ?? rng.weighted(COUNTRY_WEIGHTS);
  if (rng.next() >= 0.06) return [first];
  const second = rng.weighted(COUNTRY_WEIGHTS);
  return second === first ? [first] : [first, second];
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 11 * 365;
const MAX_LENGTH_DAYS = 1_000;
/** ISO days from 2015-01-01, made once: formatting a Date per record costs more than the rest of it. */
const ISO_DAYS = Array.from({ length: SPAN_DAYS + MAX_LENGTH_DAYS + 1 }, (_, i) =>
  new Date(FIRST_DAY + i * DAY_MS).toISOString().slice(0, 10),
);

/** A day from 2015 to 2025, and an end up to `maxDays` (at most 1,000) later. */
export function drawDateRange(rng: Rng, maxDays: number): [string, string] {
  const start = rng.int(0, SPAN_DAYS);
  const end = start + rng.int(0, Math.min(maxDays, MAX_LENGTH_DAYS));
  return [ISO_DAYS[start] ?? '2015-01-01', ISO_DAYS[end] ?? '2015-01-01'];
}
