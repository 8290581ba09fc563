import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Sensitivity } from '../records/record.schema.ts';
import { SENSITIVITIES, type Visibility } from './record.policy.ts';

/**
 * The record policy's list constraint (`Visibility`) in SQL, the same on SQLite and PostgreSQL.
 * Lists, counts, exports and reference checks add it to their queries, so a hidden record never
 * shows up, never counts, and cannot be told apart from one that does not exist. The property test
 * in `visibility.sql.test.ts` holds it equal to `matchesVisibility` on real databases.
 */

/** A sensitivity column's rank, 0 (public) to 3 (secret). */
function rankOf(column: RawBuilder<unknown>): RawBuilder<number> {
  const cases = SENSITIVITIES.map((level, rank) => sql`when ${level} then ${sql.lit(rank)}`);
  return sql<number>`(case ${column} ${sql.join(cases, sql` `)} else 3 end)`;
}

const rank = (level: Sensitivity) => SENSITIVITIES.indexOf(level);

interface Target {
  /** The table alias of the record rows, e.g. `persons` or `p`. */
  alias: string;
  /** The record type as grants name it, e.g. `person`, or the column holding it. */
  recordType: string | RawBuilder<string>;
  /** The column of the record's id, where it is not `id` (the search index's `record_id`). */
  idColumn?: string;
}

/**
 * Rows of `target` the caller may read; `null` when every row is visible (the operator). With
 * `level`, the rows where the caller may also read a field of that level (a column or a constant),
 * and `publicBasis`, what the public's view of the field further needs (a person's consent).
 */
export function visibleSql(
  visibility: Visibility,
  target: Target,
  field?: { level: RawBuilder<unknown>; publicBasis?: RawBuilder<SqlBool> },
): RawBuilder<SqlBool> | null {
  if (visibility.kind === 'all') return null;
  const column = (name: string) => sql.ref(`${target.alias}.${name}`);
  const published = sql<SqlBool>`${column('is_published')} = ${true}`;
  const publicField = field
    ? sql<SqlBool>`${published} and ${field.level} = 'public'${field.publicBasis ? sql` and ${field.publicBasis}` : sql``}`
    : published;
  if (visibility.kind === 'published') return sql<SqlBool>`(${publicField})`;
  if (visibility.kind === 'levels') {
    const levels = sql.join([...visibility.levels]);
    const fieldTest = field ? sql` and ${field.level} in (${levels})` : sql``;
    return sql<SqlBool>`(${publicField} or (${column('sensitivity')} in (${levels})${fieldTest}))`;
  }

  const branches: RawBuilder<SqlBool>[] = [publicField];
  if (visibility.memberOwners.length > 0) {
    const owners = visibility.memberOwners.filter((owner): owner is string => owner !== null);
    const ownerTest = owners.length
      ? sql`(${column('owner_org_id')} is null or ${column('owner_org_id')} in (${sql.join(owners)}))`
      : sql`${column('owner_org_id')} is null`;
    const levels = sql.join([...visibility.memberLevels]);
    const fieldTest = field ? sql` and ${field.level} in (${levels})` : sql``;
    branches.push(sql<SqlBool>`(${ownerTest} and ${column('sensitivity')} in (${levels})${fieldTest})`);
  }
  // A grant shows levels up to the lower of its clearance and the caller's own.
  const ceiling = sql<number>`(case when ${rankOf(sql.ref('g.clearance'))} < ${sql.lit(
    rank(visibility.callerClearance),
  )} then ${rankOf(sql.ref('g.clearance'))} else ${sql.lit(rank(visibility.callerClearance))} end)`;
  const grantee = visibility.orgId
    ? sql`((g.grantee_type = 'user' and g.grantee_id = ${visibility.userId}) or (g.grantee_type = 'org' and g.grantee_id = ${visibility.orgId}))`
    : sql`(g.grantee_type = 'user' and g.grantee_id = ${visibility.userId})`;
  const grantField = field ? sql` and ${rankOf(field.level)} <= ${ceiling}` : sql``;
  branches.push(sql<SqlBool>`exists (select 1 from record_grants g
    where g.record_type = ${target.recordType} and g.record_id = ${column(target.idColumn ?? 'id')} and ${grantee}
    and ${rankOf(column('sensitivity'))} <= ${ceiling}${grantField})`);
  return sql<SqlBool>`(${sql.join(branches, sql` or `)})`;
}
