import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../core/context.ts';
import { addRecordColumns, columnTypes } from '../column-types.ts';

/** Persons with their names and occupations, sources, citations, and the revision log. */
export function foundation(dialect: Dialect) {
  const types = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await addRecordColumns(db.schema.createTable('persons'), dialect)
        .addColumn('gender', 'text')
        .addColumn('birth_date', 'text')
        .addColumn('birth_date_start', 'text')
        .addColumn('birth_date_end', 'text')
        .addColumn('consent_basis', 'text', (c) => c.notNull())
        .addColumn('biography', types.json)
        .addColumn('notes', 'text')
        .addColumn('sort_name', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('persons_sort_name').on('persons').columns(['sort_name', 'id']).execute();
      await db.schema.createIndex('persons_created_at').on('persons').columns(['created_at', 'id']).execute();

      await db.schema
        .createTable('person_names')
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('folded', 'text', (c) => c.notNull())
        .addColumn('script', 'text', (c) => c.notNull())
        .addColumn('language', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('person_names_pk', ['person_id', 'position'])
        .execute();
      await db.schema.createIndex('person_names_folded').on('person_names').column('folded').execute();

      await db.schema
        .createTable('person_occupations')
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('occupation', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('person_occupations_pk', ['person_id', 'position'])
        .execute();
      await db.schema
        .createIndex('person_occupations_occupation')
        .on('person_occupations')
        .columns(['occupation', 'person_id'])
        .execute();

      await addRecordColumns(db.schema.createTable('sources'), dialect)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('title_folded', 'text', (c) => c.notNull())
        .addColumn('author', 'text')
        .addColumn('published_on', 'text')
        .addColumn('url', 'text')
        .addColumn('language', 'text')
        .addColumn('reliability', 'text', (c) => c.notNull())
        .addColumn('notes', 'text')
        .execute();
      await db.schema.createIndex('sources_title').on('sources').columns(['title_folded', 'id']).execute();

      await addRecordColumns(db.schema.createTable('citations'), dialect)
        .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
        .addColumn('record_type', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('field', 'text')
        .addColumn('locator', 'text')
        .addColumn('quote', 'text')
        .addColumn('summary', 'text')
        .addCheckConstraint('citations_quote_or_summary', sql`quote is not null or summary is not null`)
        .execute();
      await db.schema
        .createIndex('citations_record')
        .on('citations')
        .columns(['record_type', 'record_id', 'field'])
        .execute();
      await db.schema.createIndex('citations_source').on('citations').column('source_id').execute();

      await db.schema
        .createTable('revisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('record_type', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', types.timestamp, (c) => c.notNull())
        .addColumn('snapshot', types.json, (c) => c.notNull())
        .addColumn('changes', types.json, (c) => c.notNull())
        .addColumn('restored_from', 'text')
        .addUniqueConstraint('revisions_record_version', ['record_type', 'record_id', 'version'])
        .execute();
    },
  };
}
