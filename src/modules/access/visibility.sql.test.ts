import fc from 'fast-check';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { newId } from '../../core/ids.ts';
import { personColumns, personLevelColumns } from '../persons/person.store.ts';
import { metaToRow } from '../records/record.row.ts';
import type { Sensitivity } from '../records/record.schema.ts';
import { upsertGrant } from './grant.store.ts';
import {
  ANONYMOUS_CALLER,
  OPERATOR_CALLER,
  type PolicyCaller,
  type RecordFacts,
  recordAbilities,
  SENSITIVITIES,
  visibilityFor,
} from './record.policy.ts';
import { withheldFields } from './redaction.ts';
import { visibleSql } from './visibility.sql.ts';

/**
 * The list constraint in SQL against the policy itself, on real databases: for random records,
 * grants and callers, the rows a query with `visibleSql` returns are exactly those the caller may
 * read, and a filter on a field level matches exactly where redaction would show the field.
 */

const level = fc.constantFrom(...SENSITIVITIES);
const org = fc.constantFrom('org-a', 'org-b');
const caller: fc.Arbitrary<PolicyCaller> = fc.oneof(
  fc.constant(OPERATOR_CALLER),
  fc.constant(ANONYMOUS_CALLER),
  fc.record({ kind: fc.constant('audience' as const), clearance: level }),
  fc.record({
    kind: fc.constant('user' as const),
    userId: fc.constantFrom('user-1', 'user-2'),
    orgId: org,
    role: fc.constantFrom('administrator', 'editor', 'researcher', 'viewer', 'partner' as const),
    clearance: level,
  }),
);
const person = fc.record({
  facts: fc.record({
    ownerOrgId: fc.option(org, { nil: null }),
    sensitivity: level,
    isPublished: fc.boolean(),
    // The store keeps one grant per grantee (a second share updates the first), so do the facts.
    grants: fc.uniqueArray(
      fc.record({
        granteeType: fc.constantFrom('org' as const, 'user' as const),
        granteeId: fc.constantFrom('org-a', 'org-b', 'user-1', 'user-2'),
        access: fc.constantFrom('read' as const, 'write' as const),
        clearance: level,
      }),
      { maxLength: 2, selector: (grant) => `${grant.granteeType}:${grant.granteeId}` },
    ),
  }),
  namesLevel: level,
  consented: fc.boolean(),
});

describeEachDialect('the list constraint in SQL', (db) => {
  it('returns exactly the records the policy lets the caller read, and their visible names', async () => {
    const ctx = db().context();
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 6 }), caller, async (people, who) => {
        await ctx.db.deleteFrom('record_grants').execute();
        await ctx.db.deleteFrom('persons').execute();
        const ids: string[] = [];
        for (const { facts, namesLevel, consented } of people) {
          const id = newId();
          ids.push(id);
          const now = new Date().toISOString();
          const meta = {
            id,
            ref: null,
            version: 1,
            sensitivity: facts.sensitivity,
            isPublished: facts.isPublished,
            ownerOrgId: facts.ownerOrgId,
            fieldSensitivity: { names: namesLevel },
            createdAt: now,
            createdBy: 'operator',
            updatedAt: now,
            updatedBy: 'operator',
            deletedAt: null,
            deletedBy: null,
          };
          const fields = {
            names: [{ text: 'X', script: 'Latn', language: null, kind: 'primary' as const }],
            gender: null,
            birthDate: null,
            occupations: [],
            consentBasis: consented ? ('public-record' as const) : ('none' as const),
            biography: null,
            notes: null,
            contacts: [],
            whereabouts: null,
          };
          await ctx.db
            .insertInto('persons')
            .values({ ...metaToRow(meta), ...personColumns(fields), ...personLevelColumns(meta) })
            .execute();
          for (const grant of facts.grants) {
            await upsertGrant(ctx.db, {
              ...grant,
              id: newId(),
              recordType: 'person',
              recordId: id,
              createdAt: now,
              createdBy: 'operator',
            });
          }
        }
        const visibility = visibilityFor(who);
        const target = { alias: 'persons', recordType: 'person' };
        const query = async (condition: ReturnType<typeof visibleSql>) =>
          new Set(
            (
              await sql<{ id: string }>`select id from persons where ${condition ?? sql`1 = 1`}`.execute(
                ctx.db,
              )
            ).rows.map((row) => row.id),
          );
        const readable = await query(visibleSql(visibility, target));
        const namesShown = await query(
          visibleSql(visibility, target, {
            level: sql.ref('persons.names_level'),
            publicBasis: sql`persons.consent_basis <> 'none'`,
          }),
        );
        people.forEach(({ facts, namesLevel, consented }, i) => {
          const id = ids[i] ?? '';
          const can = recordAbilities(who, facts as RecordFacts);
          expect(readable.has(id), JSON.stringify({ who, facts })).toBe(can.read);
          const record = {
            sensitivity: facts.sensitivity as Sensitivity,
            fieldSensitivity: { names: namesLevel },
            consentBasis: consented ? 'public-record' : 'none',
          };
          const rules = {
            levels: { names: 'public' as const },
            identifying: ['names'],
            hasPublicIdentity: (r: { consentBasis: string }) => r.consentBasis !== 'none',
          };
          const shown = can.read && !withheldFields(record as never, rules, can).includes('names');
          expect(namesShown.has(id), JSON.stringify({ who, facts, namesLevel, consented })).toBe(shown);
        });
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
