/**
 * Whole requests for the properties in request-body.properties.ts: a create or update body that is
 * valid, carries one known defect, is any value at all, or is raw text that may not even be JSON; for
 * updates also the version sent (current, stale or not a version).
 */
import fc from 'fast-check';
import type { Json } from '../support/http.ts';
import {
  type Defect,
  oneDefect,
  PERSON_KEYS,
  padding,
  validCreateBody,
  validPatchFields,
  withDefect,
} from './arbitraries.ts';

const anyValue = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withSparseArray: true, withObjectString: true }),
  fc.anything({ maxDepth: 2, stringUnit: 'binary' }),
  fc.jsonValue({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3, stringUnit: 'grapheme' }),
);

/** Raw payloads sent as application/json: noise, other JSON, and valid bodies with a slip of the keyboard. */
const rawText = fc
  .oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.json({ maxDepth: 3 }),
    fc
      .tuple(validCreateBody, fc.constantFrom(0, 1, 2, '\t'), padding)
      .map(([body, indent, around]) => around + JSON.stringify(body, null, indent) + around),
    fc
      .tuple(validCreateBody, fc.nat(), fc.nat({ max: 5 }), fc.string({ maxLength: 3 }))
      .map(([body, at, cut, insert]) => {
        const text = JSON.stringify(body);
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      }),
  )
  // A slip could turn an escaped control character into "\u0000", which is refused by rule.
  .filter((text) => !text.includes('\\u0000'));

export type BodyCase =
  | { kind: 'valid'; body: Json }
  | { kind: 'defect'; body: Json; defect: Defect }
  | { kind: 'value'; value: unknown }
  | { kind: 'raw'; text: string };

export const createCase: fc.Arbitrary<BodyCase> = fc.oneof(
  { weight: 3, arbitrary: validCreateBody.map((body): BodyCase => ({ kind: 'valid', body })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(validCreateBody, oneDefect)
      .map(([body, d]): BodyCase => ({ kind: 'defect', body: withDefect(body, d), defect: d })),
  },
  { weight: 2, arbitrary: anyValue.map((value): BodyCase => ({ kind: 'value', value })) },
  { weight: 2, arbitrary: rawText.map((text): BodyCase => ({ kind: 'raw', text })) },
);

export type VersionChoice =
  | { kind: 'current' }
  | { kind: 'stale'; delta: number }
  | { kind: 'invalid'; value: unknown };

const versionChoice: fc.Arbitrary<VersionChoice> = fc.oneof(
  { weight: 7, arbitrary: fc.constant<VersionChoice>({ kind: 'current' }) },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: -3, max: 3 })
      .filter((d) => d !== 0)
      .map((delta): VersionChoice => ({ kind: 'stale', delta })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<unknown>(undefined, 0, -1, 1.5, '1', null, true, [1], Number.POSITIVE_INFINITY)
      .map((value): VersionChoice => ({ kind: 'invalid', value })),
  },
);

export type PatchCase =
  | { kind: 'valid'; body: Json; version: VersionChoice }
  | { kind: 'echo'; keys: string[]; dropScripts: boolean; version: VersionChoice }
  | { kind: 'defect'; body: Json; defect: Defect }
  | { kind: 'value'; value: unknown; withVersion: boolean }
  | { kind: 'raw'; text: string };

export const patchCase: fc.Arbitrary<PatchCase> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(validPatchFields, versionChoice)
      .map(([body, version]): PatchCase => ({ kind: 'valid', body, version })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.subarray([...PERSON_KEYS]), fc.boolean(), versionChoice)
      .map(([keys, dropScripts, version]): PatchCase => ({ kind: 'echo', keys, dropScripts, version })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(validPatchFields, oneDefect)
      .map(([body, d]): PatchCase => ({ kind: 'defect', body: withDefect(body, d), defect: d })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(anyValue, fc.boolean())
      .map(([value, withVersion]): PatchCase => ({ kind: 'value', value, withVersion })),
  },
  { weight: 1, arbitrary: rawText.map((text): PatchCase => ({ kind: 'raw', text })) },
);
