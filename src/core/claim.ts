import { z } from 'zod';
import { idSchema } from './ids.ts';

/**
 * A fact that sources may disagree on is stored as one or more claims, each tied to its source.
 * At most one is preferred; the others are kept beside it rather than overwritten, so a reader can
 * see that 238 dead was chosen over 225, 230 and 232.
 */
export interface Claim<T> {
  value: T;
  sourceId: string | null;
  locator?: string | undefined;
  note?: string | undefined;
  isPreferred: boolean;
}

/** The least the helpers need, so they also accept unparsed input where `isPreferred` is absent. */
export interface ClaimLike<T> {
  readonly value: T;
  readonly isPreferred?: boolean | undefined;
}

export const MAX_CLAIMS = 100;
export const AT_MOST_ONE_PREFERRED = 'at most one claim may be preferred';

/** `extra` adds members a module needs on each claim, e.g. the date a figure was stated. */
export function claimSchema<T extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(
  valueSchema: T,
  extra?: E,
) {
  return z.strictObject({
    value: valueSchema,
    sourceId: idSchema.nullable().default(null),
    locator: z.string().max(500).optional(),
    note: z.string().max(2000).optional(),
    isPreferred: z.boolean().default(false),
    ...(extra ?? ({} as E)),
  });
}

export function claimsSchema<T extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(
  valueSchema: T,
  extra?: E,
) {
  return z
    .array(claimSchema(valueSchema, extra))
    .min(1)
    .max(MAX_CLAIMS)
    .superRefine((claims, ctx) => {
      // The generic `extra` hides `isPreferred` from the inferred element type; it is always there.
      const preferred = (claims as ReadonlyArray<ClaimLike<unknown>>).flatMap((claim, index) =>
        claim.isPreferred ? [index] : [],
      );
      const second = preferred[1];
      // Point at the second preferred claim: the first is the one that stands, so the second is in error.
      if (second !== undefined) {
        ctx.addIssue({ code: 'custom', message: AT_MOST_ONE_PREFERRED, path: [second] });
      }
    });
}

/**
 * JSON with object keys sorted, so values that differ only in key order count as equal.
 * `undefined` (which JSON.stringify drops) is spelled out so it cannot collide with a real value.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  // Dates have no own keys and would all collapse to "{}"; JSON.stringify gives their ISO form.
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Distinct values in order of first appearance. */
export function distinctValues<T>(claims: readonly ClaimLike<T>[]): T[] {
  const seen = new Set<string>();
  const values: T[] = [];
  for (const claim of claims) {
    const key = canonicalJson(claim.value);
    if (seen.has(key)) continue;
    seen.add(key);
    values.push(claim.value);
  }
  return values;
}

export function isDisputed(claims: readonly ClaimLike<unknown>[]): boolean {
  return distinctValues(claims).length > 1;
}

/**
 * The claim to show: the preferred one; failing that, the first when every source agrees.
 * When sources disagree and nobody chose, there is no answer — callers must show the dispute.
 */
export function preferredClaim<C extends ClaimLike<unknown>>(claims: readonly C[]): C | undefined {
  const preferred = claims.find((claim) => claim.isPreferred === true);
  if (preferred) return preferred;
  if (isDisputed(claims)) return undefined;
  return claims[0];
}

export function preferredValue<T>(claims: readonly ClaimLike<T>[]): T | undefined {
  return preferredClaim(claims)?.value;
}
