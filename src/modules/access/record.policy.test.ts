import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Role, roleSchema } from './access.schema.ts';
import {
  ANONYMOUS_CALLER,
  canCreateRecords,
  matchesVisibility,
  OPERATOR_CALLER,
  type PolicyCaller,
  type RecordAbilities,
  type RecordFacts,
  recordAbilities,
  SENSITIVITIES,
  visibilityFor,
} from './record.policy.ts';

const OWN = 'org-own';
const OTHER = 'org-other';

const user = (role: Role, clearance: PolicyCaller['clearance'] = 'confidential'): PolicyCaller => ({
  kind: 'user',
  userId: `user-${role}`,
  orgId: OWN,
  role,
  clearance,
});

const record = (overrides: Partial<RecordFacts> = {}): RecordFacts => ({
  ownerOrgId: OWN,
  sensitivity: 'internal',
  isPublished: false,
  grants: [],
  ...overrides,
});

const SITUATIONS: Record<string, RecordFacts> = {
  'own organization': record(),
  'the coalition (operator-made)': record({ ownerOrgId: null }),
  'another organization, unshared': record({ ownerOrgId: OTHER }),
  'shared with the caller’s org to read': record({
    ownerOrgId: OTHER,
    grants: [{ granteeType: 'org', granteeId: OWN, access: 'read', clearance: 'internal' }],
  }),
  'shared with the caller to write': record({
    ownerOrgId: OTHER,
    grants: [{ granteeType: 'user', granteeId: 'user-partner', access: 'write', clearance: 'internal' }],
  }),
  'another organization, published': record({ ownerOrgId: OTHER, isPublished: true }),
  'own organization, secret': record({ sensitivity: 'secret' }),
};

type Row = [read: boolean, write: boolean, deleteIt: boolean, publish: boolean];

/** role × situation → read, write, delete, publish. */
const MATRIX: Record<Role, Record<string, Row>> = {
  administrator: {
    'own organization': [true, true, true, false],
    'the coalition (operator-made)': [true, true, true, false],
    'another organization, unshared': [false, false, false, false],
    'shared with the caller’s org to read': [true, false, false, false],
    'shared with the caller to write': [false, false, false, false],
    'another organization, published': [true, false, false, false],
    'own organization, secret': [false, false, false, false],
  },
  editor: {
    'own organization': [true, true, true, true],
    'the coalition (operator-made)': [true, true, true, true],
    'another organization, unshared': [false, false, false, false],
    'shared with the caller’s org to read': [true, false, false, false],
    'shared with the caller to write': [false, false, false, false],
    'another organization, published': [true, false, false, false],
    'own organization, secret': [false, false, false, false],
  },
  researcher: {
    'own organization': [true, true, false, false],
    'the coalition (operator-made)': [true, true, false, false],
    'another organization, unshared': [false, false, false, false],
    'shared with the caller’s org to read': [true, false, false, false],
    'shared with the caller to write': [false, false, false, false],
    'another organization, published': [true, false, false, false],
    'own organization, secret': [false, false, false, false],
  },
  viewer: {
    'own organization': [true, false, false, false],
    'the coalition (operator-made)': [true, false, false, false],
    'another organization, unshared': [false, false, false, false],
    'shared with the caller’s org to read': [true, false, false, false],
    'shared with the caller to write': [false, false, false, false],
    'another organization, published': [true, false, false, false],
    'own organization, secret': [false, false, false, false],
  },
  partner: {
    'own organization': [false, false, false, false],
    'the coalition (operator-made)': [false, false, false, false],
    'another organization, unshared': [false, false, false, false],
    'shared with the caller’s org to read': [true, false, false, false],
    'shared with the caller to write': [true, true, false, false],
    'another organization, published': [true, false, false, false],
    'own organization, secret': [false, false, false, false],
  },
};

const summary = (a: RecordAbilities): Row => [a.read, a.write, a.delete, a.publish];

describe('record policy', () => {
  for (const role of roleSchema.options) {
    it(`gives a ${role} exactly the matrix's abilities`, () => {
      for (const [situation, facts] of Object.entries(SITUATIONS)) {
        expect(summary(recordAbilities(user(role), facts)), situation).toEqual(MATRIX[role][situation]);
      }
    });
  }

  it('lets the operator do everything and the public only read what is published, as public', () => {
    for (const facts of Object.values(SITUATIONS)) {
      expect(recordAbilities(OPERATOR_CALLER, facts)).toMatchObject({
        read: true,
        write: true,
        clearance: 'secret',
      });
      expect(recordAbilities(ANONYMOUS_CALLER, facts)).toEqual({
        read: facts.isPublished,
        write: false,
        delete: false,
        publish: false,
        share: false,
        clearance: 'public',
        publicView: facts.isPublished,
      });
    }
  });

  it('shows fields up to the lower of the grant’s and the caller’s clearance', () => {
    const shared = (clearance: PolicyCaller['clearance']) =>
      record({
        ownerOrgId: OTHER,
        grants: [{ granteeType: 'org', granteeId: OWN, access: 'read', clearance }],
      });
    expect(recordAbilities(user('researcher', 'secret'), shared('internal')).clearance).toBe('internal');
    expect(recordAbilities(user('researcher', 'internal'), shared('secret')).clearance).toBe('internal');
    expect(recordAbilities(user('researcher', 'confidential'), record()).clearance).toBe('confidential');
    expect(
      recordAbilities(user('partner', 'secret'), record({ ownerOrgId: OTHER, isPublished: true })).clearance,
    ).toBe('public');
  });

  it('lets only writing roles create records', () => {
    expect(roleSchema.options.filter((role) => canCreateRecords(user(role)))).toEqual([
      'administrator',
      'editor',
      'researcher',
    ]);
    expect(canCreateRecords(OPERATOR_CALLER)).toBe(true);
    expect(canCreateRecords(ANONYMOUS_CALLER)).toBe(false);
  });

  it('lists exactly the records a read would show (the list constraint agrees with the policy)', () => {
    const level = fc.constantFrom(...SENSITIVITIES);
    const org = fc.constantFrom('a', 'b', 'c');
    const caller: fc.Arbitrary<PolicyCaller> = fc.oneof(
      fc.constant(OPERATOR_CALLER),
      fc.constant(ANONYMOUS_CALLER),
      fc.record({ kind: fc.constant('audience' as const), clearance: level }),
      fc.record({
        kind: fc.constant('user' as const),
        userId: fc.constantFrom('u1', 'u2'),
        orgId: org,
        role: fc.constantFrom(...roleSchema.options),
        clearance: level,
      }),
    );
    const facts: fc.Arbitrary<RecordFacts> = fc.record({
      ownerOrgId: fc.option(org, { nil: null }),
      sensitivity: level,
      isPublished: fc.boolean(),
      grants: fc.array(
        fc.record({
          granteeType: fc.constantFrom('org' as const, 'user' as const),
          granteeId: fc.constantFrom('a', 'b', 'u1', 'u2'),
          access: fc.constantFrom('read' as const, 'write' as const),
          clearance: level,
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(caller, facts, (who, what) => {
        expect(matchesVisibility(visibilityFor(who), what)).toBe(recordAbilities(who, what).read);
      }),
      { numRuns: 2_000 },
    );
  });
});
