import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../core/context.ts';
import { addDocumentColumns } from '../column-types.ts';

/**
 * Organizations, events, legal instruments, indicators, proceedings and cases. Their fields live in
 * a JSON body; what lists filter, sort or join on is also a column. Custody intervals are derived
 * from case timelines and written only by the operations that change a timeline.
 */
export function evidence(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await addDocumentColumns(db.schema.createTable('organizations'), dialect)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('registration_status', 'text')
        .execute();
      await db.schema
        .createIndex('organizations_sort')
        .on('organizations')
        .columns(['sort_name', 'id'])
        .execute();

      await addDocumentColumns(db.schema.createTable('events'), dialect)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('starts_on', 'text')
        .execute();
      await db.schema.createIndex('events_sort').on('events').columns(['sort_name', 'id']).execute();

      await addDocumentColumns(db.schema.createTable('legal_instruments'), dialect)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('legal_instruments_sort')
        .on('legal_instruments')
        .columns(['sort_name', 'id'])
        .execute();

      await addDocumentColumns(db.schema.createTable('indicators'), dialect)
        .addColumn('country', 'text')
        .addColumn('unit', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('indicators_sort').on('indicators').columns(['sort_name', 'id']).execute();

      await addDocumentColumns(db.schema.createTable('cases'), dialect)
        .addColumn('victim_id', 'text', (c) => c.notNull().references('persons.id'))
        .addColumn('event_id', 'text', (c) => c.references('events.id'))
        .addColumn('country', 'text')
        .addColumn('case_type', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('cases_sort').on('cases').columns(['sort_name', 'id']).execute();
      await db.schema.createIndex('cases_created').on('cases').columns(['created_at', 'id']).execute();
      await db.schema
        .createIndex('cases_filter')
        .on('cases')
        .columns(['country', 'case_type', 'status', 'sort_name', 'id'])
        .execute();
      await db.schema
        .createIndex('cases_filter_created')
        .on('cases')
        .columns(['country', 'case_type', 'status', 'created_at', 'id'])
        .execute();
      await db.schema.createIndex('cases_victim').on('cases').column('victim_id').execute();
      await db.schema.createIndex('cases_event').on('cases').column('event_id').execute();

      await db.schema
        .createTable('custody_intervals')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('victim_id', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('case_type', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('start_earliest', 'text', (c) => c.notNull())
        .addColumn('start_latest', 'text', (c) => c.notNull())
        .addColumn('end_earliest', 'text')
        .addColumn('end_latest', 'text')
        .addPrimaryKeyConstraint('custody_intervals_pk', ['case_id', 'position'])
        .execute();
      // Census counts read only these indexes: by victim (joined from an occupation), or by country.
      const dates = ['start_earliest', 'start_latest', 'end_earliest', 'end_latest'];
      await db.schema
        .createIndex('custody_intervals_victim')
        .on('custody_intervals')
        .columns(['victim_id', 'kind', ...dates, 'case_id'])
        .execute();
      await db.schema
        .createIndex('custody_intervals_country')
        .on('custody_intervals')
        .columns(['country', 'kind', ...dates, 'victim_id', 'case_id'])
        .execute();
      await db.schema
        .createIndex('custody_intervals_kind')
        .on('custody_intervals')
        .columns(['kind', ...dates, 'victim_id', 'case_id'])
        .execute();
      // Deleted records are few: counts leave them out through these instead of reading every row.
      await db.schema
        .createIndex('cases_deleted')
        .on('cases')
        .column('id')
        .where(sql.ref('deleted_at'), 'is not', null)
        .execute();
      await db.schema
        .createIndex('persons_deleted')
        .on('persons')
        .column('id')
        .where(sql.ref('deleted_at'), 'is not', null)
        .execute();

      await addDocumentColumns(db.schema.createTable('proceedings'), dialect)
        .addColumn('country', 'text')
        .execute();
      await db.schema
        .createIndex('proceedings_sort')
        .on('proceedings')
        .columns(['sort_name', 'id'])
        .execute();
      await db.schema
        .createTable('proceeding_cases')
        .addColumn('proceeding_id', 'text', (c) =>
          c.notNull().references('proceedings.id').onDelete('cascade'),
        )
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('proceeding_cases_pk', ['proceeding_id', 'case_id'])
        .execute();
      await db.schema.createIndex('proceeding_cases_case').on('proceeding_cases').column('case_id').execute();
    },
  };
}
