import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import type { Dialect } from '../../core/context.ts';
import { addDocumentColumns, columnTypes } from '../column-types.ts';

/**
 * The accountability tracker: commitments, asks, engagements and interventions, stored as JSON
 * documents like the evidence records (with the ownership, field-level and sealed columns that
 * migration 0004 gave every record table), and `record_links`, the references out of them kept as
 * rows so "which commitments concern this case" and "where was this ask raised" are index lookups.
 */
export function tracker(dialect: Dialect) {
  const types = columnTypes(dialect);
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  const withAccess = <T extends string>(table: CreateTableBuilder<T, never>) =>
    table
      .addColumn('owner_org_id', 'text')
      .addColumn('field_sensitivity', types.json, (c) => c.notNull().defaultTo('{}'))
      .addColumn('sealed', 'text');
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withAccess(addDocumentColumns(db.schema.createTable('commitments'), dialect))
        .addColumn('kind', 'text', notNull)
        .addColumn('country', 'text', notNull)
        .addColumn('rating', 'text', notNull)
        .addColumn('made_on', 'text')
        .addColumn('deadline_end', 'text')
        .addColumn('engagement_id', 'text')
        .addColumn('issue_areas', 'text', notNull)
        .execute();
      await withAccess(addDocumentColumns(db.schema.createTable('asks'), dialect))
        .addColumn('country', 'text', notNull)
        .addColumn('status', 'text', notNull)
        .addColumn('priority', 'text', notNull)
        .addColumn('priority_rank', 'integer', notNull)
        .addColumn('issue_areas', 'text', notNull)
        .execute();
      await withAccess(addDocumentColumns(db.schema.createTable('engagements'), dialect))
        .addColumn('kind', 'text', notNull)
        .addColumn('countries', 'text', notNull)
        .addColumn('starts_on', 'text', notNull)
        .execute();
      await withAccess(addDocumentColumns(db.schema.createTable('interventions'), dialect))
        .addColumn('kind', 'text', notNull)
        .addColumn('mechanism', 'text', notNull)
        .addColumn('country', 'text')
        .addColumn('status', 'text', notNull)
        .addColumn('sent_on', 'text')
        .execute();
      for (const table of ['commitments', 'asks', 'engagements', 'interventions']) {
        await db.schema.createIndex(`${table}_sort`).on(table).columns(['sort_name', 'id']).execute();
        await db.schema.createIndex(`${table}_owner`).on(table).column('owner_org_id').execute();
      }
      await db.schema
        .createIndex('commitments_board')
        .on('commitments')
        .columns(['country', 'rating', 'sort_name', 'id'])
        .execute();
      await db.schema.createIndex('commitments_made').on('commitments').columns(['made_on', 'id']).execute();
      await db.schema
        .createIndex('commitments_deadline')
        .on('commitments')
        .columns(['deadline_end', 'id'])
        .execute();
      await db.schema
        .createIndex('asks_filter')
        .on('asks')
        .columns(['country', 'status', 'priority_rank', 'id'])
        .execute();
      await db.schema
        .createIndex('engagements_start')
        .on('engagements')
        .columns(['starts_on', 'id'])
        .execute();

      await db.schema
        .createTable('record_links')
        .addColumn('from_type', 'text', notNull)
        .addColumn('from_id', 'text', notNull)
        .addColumn('field', 'text', notNull)
        .addColumn('to_type', 'text', notNull)
        .addColumn('to_id', 'text', notNull)
        .addPrimaryKeyConstraint('record_links_pk', ['from_id', 'field', 'to_id'])
        .execute();
      await db.schema
        .createIndex('record_links_to')
        .on('record_links')
        .columns(['to_id', 'from_type', 'field'])
        .execute();
    },
  };
}
