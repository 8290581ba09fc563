import type { ColumnDataType, ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';
import { sql } from 'kysely';
import type { Dialect } from '../core/context.ts';

/** The few column types migrations spell differently per dialect. */
export function columnTypes(dialect: Dialect): {
  timestamp: ColumnDataType;
  json: ColumnDataType;
  bool: ColumnDataType;
} {
  if (dialect === 'postgres') {
    return { timestamp: 'timestamptz', json: 'jsonb', bool: 'boolean' };
  }
  return { timestamp: 'text', json: 'text', bool: 'integer' };
}

/** Adds the columns every record table carries. */
export function addRecordColumns<T extends string>(
  table: CreateTableBuilder<T, never>,
  dialect: Dialect,
): CreateTableBuilder<T, never> {
  const types = columnTypes(dialect);
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  return table
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ref', 'text', (c) => c.unique())
    .addColumn('version', 'integer', notNull)
    .addColumn('created_at', types.timestamp, notNull)
    .addColumn('created_by', 'text', notNull)
    .addColumn('updated_at', types.timestamp, notNull)
    .addColumn('updated_by', 'text', notNull)
    .addColumn('deleted_at', types.timestamp)
    .addColumn('deleted_by', 'text')
    .addColumn('sensitivity', 'text', (c) =>
      c.notNull().check(sql`sensitivity in ('public', 'internal', 'confidential', 'secret')`),
    )
    .addColumn('is_published', types.bool, (c) =>
      c.notNull().defaultTo(dialect === 'postgres' ? sql`false` : 0),
    );
}

/**
 * Columns of a record stored as a JSON document: the fields in `body`, plus a folded `sort_name` and
 * `search_text` (all names and titles) so lists can sort and `q` can match in any script.
 */
export function addDocumentColumns<T extends string>(
  table: CreateTableBuilder<T, never>,
  dialect: Dialect,
): CreateTableBuilder<T, never> {
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  return addRecordColumns(table, dialect)
    .addColumn('sort_name', 'text', notNull)
    .addColumn('search_text', 'text', notNull)
    .addColumn('body', columnTypes(dialect).json, notNull);
}
