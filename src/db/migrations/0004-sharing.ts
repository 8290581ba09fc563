import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Dialect } from '../../core/context.ts';
import { columnTypes } from '../column-types.ts';

const RECORD_TABLES = [
  'persons',
  'sources',
  'citations',
  'organizations',
  'events',
  'legal_instruments',
  'indicators',
  'cases',
  'proceedings',
] as const;

const LEVELS = sql`('public', 'internal', 'confidential', 'secret')`;

/**
 * Who may see what: every record gets an owning organization (null: the coalition's, as records
 * made before accounts existed), per-field sensitivity overrides, and a sealed column holding its
 * secret field values encrypted; records are shared through grants; users get a clearance.
 * Persons gain contacts and whereabouts (fields that identify and endanger), with the levels of
 * their searchable identity fields beside them so searches can honour them.
 */
export function sharing(dialect: Dialect) {
  const types = columnTypes(dialect);
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const table of RECORD_TABLES) {
        await db.schema.alterTable(table).addColumn('owner_org_id', 'text').execute();
        await db.schema
          .alterTable(table)
          .addColumn('field_sensitivity', types.json, (c) => c.notNull().defaultTo('{}'))
          .execute();
        await db.schema.alterTable(table).addColumn('sealed', 'text').execute();
        await db.schema.createIndex(`${table}_owner`).on(table).column('owner_org_id').execute();
      }
      await db.schema.alterTable('persons').addColumn('contacts', types.json).execute();
      await db.schema.alterTable('persons').addColumn('whereabouts', 'text').execute();
      for (const column of ['names_level', 'birth_date_level']) {
        await db.schema
          .alterTable('persons')
          .addColumn(column, 'text', (c) =>
            c
              .notNull()
              .defaultTo('public')
              .check(sql`${sql.ref(column)} in ${LEVELS}`),
          )
          .execute();
      }

      await db.schema
        .createTable('record_grants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('record_type', 'text', notNull)
        .addColumn('record_id', 'text', notNull)
        .addColumn('grantee_type', 'text', (c) => c.notNull().check(sql`grantee_type in ('org', 'user')`))
        .addColumn('grantee_id', 'text', notNull)
        .addColumn('access', 'text', (c) => c.notNull().check(sql`access in ('read', 'write')`))
        .addColumn('clearance', 'text', (c) => c.notNull().check(sql`clearance in ${LEVELS}`))
        .addColumn('created_at', types.timestamp, notNull)
        .addColumn('created_by', 'text', notNull)
        .addUniqueConstraint('record_grants_once', ['record_type', 'record_id', 'grantee_type', 'grantee_id'])
        .execute();
      await db.schema
        .createIndex('record_grants_grantee')
        .on('record_grants')
        .columns(['grantee_id', 'record_type'])
        .execute();

      await db.schema
        .alterTable('users')
        .addColumn('clearance', 'text', (c) =>
          c.notNull().defaultTo('internal').check(sql`clearance in ${LEVELS}`),
        )
        .execute();
    },
  };
}
