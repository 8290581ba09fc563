import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { type IssueArea, parentIssueArea } from './issue-areas.ts';

/**
 * A list filter on a `|a|b|` issue-area column: a subsection matches itself, a section matches
 * itself and its subsections (a single letter after it, `_` in `like`).
 */
export function issueAreaFilter(column: string, area: IssueArea): RawBuilder<SqlBool> {
  const exact = sql<SqlBool>`${sql.ref(column)} like ${`%|${area}|%`}`;
  if (parentIssueArea(area) !== area) return exact;
  return sql<SqlBool>`(${exact} or ${sql.ref(column)} like ${`%|${area}_|%`})`;
}
