import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AT_MOST_ONE_PREFERRED,
  type Claim,
  canonicalJson,
  claimSchema,
  claimsSchema,
  distinctValues,
  isDisputed,
  preferredClaim,
  preferredValue,
} from './claim.ts';
import { newId } from './ids.ts';
import { type PartialDate, partialDateSchema } from './partial-date.ts';

const deathToll = claimsSchema(z.number().int().nonnegative());
const detentionDate = claimsSchema(partialDateSchema);

function claim<T>(value: T, isPreferred = false): Claim<T> {
  return { value, sourceId: null, isPreferred };
}

describe('claimSchema', () => {
  const schema = claimSchema(z.number());

  it('fills defaults', () => {
    expect(schema.parse({ value: 238 })).toEqual({ value: 238, sourceId: null, isPreferred: false });
  });

  it('keeps every field', () => {
    const sourceId = newId();
    const input = { value: 238, sourceId, locator: 'p. 12', note: 'official figure', isPreferred: true };
    expect(schema.parse(input)).toEqual(input);
  });

  it('accepts an explicit null source', () => {
    expect(schema.parse({ value: 1, sourceId: null }).sourceId).toBeNull();
  });

  it('rejects unknown keys', () => {
    expect(schema.safeParse({ value: 1, source: 'x' }).success).toBe(false);
  });

  it('validates the value with the given schema', () => {
    expect(schema.safeParse({ value: '238' }).success).toBe(false);
    expect(claimSchema(partialDateSchema).safeParse({ value: '2021-02-30' }).success).toBe(false);
  });

  it('rejects a bad source id, and over-long locator and note', () => {
    const bad = schema.safeParse({ value: 1, sourceId: 'nope' });
    expect(bad.error?.issues[0]?.message).toBe('must be a UUID');
    expect(schema.safeParse({ value: 1, locator: 'x'.repeat(501) }).success).toBe(false);
    expect(schema.safeParse({ value: 1, locator: 'x'.repeat(500) }).success).toBe(true);
    expect(schema.safeParse({ value: 1, note: 'x'.repeat(2001) }).success).toBe(false);
    expect(schema.safeParse({ value: 1, note: 'x'.repeat(2000) }).success).toBe(true);
  });
});

describe('claimsSchema', () => {
  it('accepts disagreeing claims with one preferred', () => {
    const parsed = deathToll.parse([{ value: 238, isPreferred: true }, { value: 225 }, { value: 230 }]);
    expect(parsed).toHaveLength(3);
    expect(parsed[1]).toEqual({ value: 225, sourceId: null, isPreferred: false });
  });

  it('requires between 1 and 100 claims', () => {
    expect(deathToll.safeParse([]).success).toBe(false);
    const many = Array.from({ length: 100 }, (_, i) => ({ value: i }));
    expect(deathToll.safeParse(many).success).toBe(true);
    expect(deathToll.safeParse([...many, { value: 100 }]).success).toBe(false);
  });

  it('reports a second preferred claim at its own path', () => {
    const result = deathToll.safeParse([
      { value: 238, isPreferred: true },
      { value: 225 },
      { value: 230, isPreferred: true },
      { value: 232, isPreferred: true },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toBe(AT_MOST_ONE_PREFERRED);
    expect(result.error?.issues[0]?.path).toEqual([2]);
  });

  it('reports the path relative to an enclosing object', () => {
    const event = z.object({ deaths: deathToll });
    const result = event.safeParse({
      deaths: [
        { value: 1, isPreferred: true },
        { value: 2, isPreferred: true },
      ],
    });
    expect(result.error?.issues[0]?.path).toEqual(['deaths', 1]);
  });

  it('works for partial dates', () => {
    const parsed = detentionDate.parse([{ value: '2021-01-29' }, { value: '2021-01-30' }]);
    expect(isDisputed(parsed)).toBe(true);
    expect(detentionDate.safeParse([{ value: '2021-1-29' }]).success).toBe(false);
  });
});

describe('preferredClaim / preferredValue', () => {
  it('returns the preferred claim even when others disagree', () => {
    const claims = [claim(225), claim(238, true), claim(230)];
    expect(preferredClaim(claims)).toBe(claims[1]);
    expect(preferredValue(claims)).toBe(238);
  });

  it('returns the first claim when none is preferred and all agree', () => {
    const claims = [
      { ...claim(238), locator: 'p. 1' },
      { ...claim(238), locator: 'p. 2' },
    ];
    expect(preferredClaim(claims)).toBe(claims[0]);
    expect(preferredValue(claims)).toBe(238);
  });

  it('returns undefined when values disagree and none is preferred', () => {
    const claims: Claim<PartialDate>[] = [claim('2021-01-29'), claim('2021-01-30')];
    expect(preferredClaim(claims)).toBeUndefined();
    expect(preferredValue(claims)).toBeUndefined();
  });

  it('returns the single claim', () => {
    expect(preferredValue([claim('2021')])).toBe('2021');
  });

  it('returns undefined for no claims', () => {
    expect(preferredClaim([])).toBeUndefined();
    expect(preferredValue<number>([])).toBeUndefined();
  });

  it('accepts unparsed input without isPreferred', () => {
    expect(preferredValue([{ value: 5 }, { value: 5 }])).toBe(5);
  });
});

describe('isDisputed / distinctValues', () => {
  it('sees numbers that disagree', () => {
    const claims = [claim(238), claim(225), claim(238), claim(230), claim(232)];
    expect(isDisputed(claims)).toBe(true);
    expect(distinctValues(claims)).toEqual([238, 225, 230, 232]);
  });

  it('is not disputed when all sources agree', () => {
    expect(isDisputed([claim(238), claim(238, true)])).toBe(false);
    expect(isDisputed([claim(1)])).toBe(false);
    expect(isDisputed([])).toBe(false);
  });

  it('treats different precisions of a date as different values', () => {
    expect(distinctValues([claim('2021-01'), claim('2021-01-29'), claim('2021-01')])).toEqual([
      '2021-01',
      '2021-01-29',
    ]);
  });

  it('compares structured values by canonical JSON', () => {
    const a = claim({ years: 7, regime: 'general' });
    const b = claim({ regime: 'general', years: 7 });
    const c = claim({ regime: 'strict', years: 7 });
    expect(isDisputed([a, b])).toBe(false);
    expect(distinctValues([a, b, c])).toEqual([a.value, c.value]);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('tells apart values JSON would conflate', () => {
    expect(canonicalJson(undefined)).not.toBe(canonicalJson(null));
    expect(canonicalJson('1')).not.toBe(canonicalJson(1));
    expect(canonicalJson({ a: undefined })).toBe('{}');
  });

  it('serializes dates by instant', () => {
    expect(canonicalJson(new Date(0))).toBe('"1970-01-01T00:00:00.000Z"');
  });
});
