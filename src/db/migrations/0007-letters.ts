import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Dialect } from '../../core/context.ts';
import { columnTypes } from '../column-types.ts';

/**
 * Letters and their sign-on. A letter keeps every version of its text (`letter_versions`, never
 * updated); the organizations it is circulated to (`letter_recipients`, each with the hash of its
 * own sign-on link); and every decision an organization takes (`letter_decisions`, appended, never
 * changed: the latest per organization stands). A final letter records the SHA-256 of its frozen
 * text and its signatories, and no row of it changes afterwards.
 */
export function letters(dialect: Dialect) {
  const types = columnTypes(dialect);
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('letters')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner_org_id', 'text')
        .addColumn('engagement_id', 'text')
        .addColumn('title', 'text', notNull)
        .addColumn('language', 'text', notNull)
        .addColumn('request', types.json, notNull)
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('draft', 'circulating', 'final')`),
        )
        .addColumn('deadline', 'text')
        .addColumn('final_sha256', 'text')
        .addColumn('final_signatories', types.json)
        .addColumn('version', 'integer', notNull)
        .addColumn('created_at', types.timestamp, notNull)
        .addColumn('created_by', 'text', notNull)
        .addColumn('updated_at', types.timestamp, notNull)
        .execute();
      await db.schema
        .createIndex('letters_owner')
        .on('letters')
        .columns(['owner_org_id', 'updated_at'])
        .execute();
      await db.schema.createIndex('letters_engagement').on('letters').column('engagement_id').execute();
      await db.schema
        .createTable('letter_versions')
        .addColumn('letter_id', 'text', (c) => c.notNull().references('letters.id'))
        .addColumn('number', 'integer', notNull)
        .addColumn('markdown', 'text', notNull)
        .addColumn('sha256', 'text', notNull)
        .addColumn('note', 'text')
        .addColumn('created_at', types.timestamp, notNull)
        .addColumn('created_by', 'text', notNull)
        .addPrimaryKeyConstraint('letter_versions_pk', ['letter_id', 'number'])
        .execute();
      await db.schema
        .createTable('letter_recipients')
        .addColumn('letter_id', 'text', (c) => c.notNull().references('letters.id'))
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('link_hash', 'text', (c) => c.notNull().unique())
        .addColumn('invited_at', types.timestamp, notNull)
        .addPrimaryKeyConstraint('letter_recipients_pk', ['letter_id', 'org_id'])
        .execute();
      await db.schema
        .createTable('letter_decisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('letter_id', 'text', (c) => c.notNull().references('letters.id'))
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('version_number', 'integer', notNull)
        .addColumn('decision', 'text', (c) =>
          c.notNull().check(sql`decision in ('signed', 'signed-anonymously', 'declined', 'withdrawn')`),
        )
        .addColumn('organization_name', 'text')
        .addColumn('signatory', 'text')
        .addColumn('signatory_title', 'text')
        .addColumn('decided_at', types.timestamp, notNull)
        .addColumn('decided_by', 'text', notNull)
        .execute();
      await db.schema
        .createIndex('letter_decisions_org')
        .on('letter_decisions')
        .columns(['letter_id', 'org_id', 'decided_at'])
        .execute();
    },
  };
}
