import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Schema } from '../../db/schema.ts';

type Db = Kysely<Schema>;

/** The references one field of a record holds, to records of one type. */
export interface LinkField {
  field: string;
  toType: string;
  ids: readonly (string | null | undefined)[];
}

/**
 * Rewrites the link rows of one record from its fields, in the caller's transaction (a document
 * store's `afterWrite`), so lookups the other way ("commitments concerning this case") use an index
 * and never disagree with the record.
 */
export async function writeLinks(
  db: Db,
  fromType: string,
  fromId: string,
  fields: LinkField[],
): Promise<void> {
  await db.deleteFrom('record_links').where('from_id', '=', fromId).execute();
  const rows = fields.flatMap(({ field, toType, ids }) =>
    [...new Set(ids.filter((id): id is string => Boolean(id)))].map((toId) => ({
      from_type: fromType,
      from_id: fromId,
      field,
      to_type: toType,
      to_id: toId,
    })),
  );
  if (rows.length > 0) await db.insertInto('record_links').values(rows).execute();
}

/** A list filter: the record (aliased by its table) links to `toId` through `field`. */
export function linksTo(table: string, fromType: string, field: string, toId: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`exists (select 1 from record_links l where l.to_id = ${toId}
    and l.from_type = ${fromType} and l.field = ${field} and l.from_id = ${sql.ref(`${table}.id`)})`;
}

/**
 * A short list kept in one text column as `|a|b|` so a filter is one `like`, on both databases.
 * Used for small vocabularies (issue areas, countries), not for references.
 */
export function barList(values: readonly string[]): string {
  return `|${values.join('|')}|`;
}

export function barListHas(column: string, value: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`%|${value}|%`}`;
}
