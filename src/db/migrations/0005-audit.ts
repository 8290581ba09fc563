import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Dialect } from '../../core/context.ts';

/** The hash the first audit row links to. */
export const AUDIT_GENESIS = '0'.repeat(64);

/**
 * The audit log: append-only rows of who did what to which record or account, hash-chained, with
 * its head (last sequence number, hash and an HMAC signature made with a key kept outside the
 * database) in a one-row table. The database itself refuses to change or delete a row: triggers on
 * SQLite; row and TRUNCATE triggers on PostgreSQL (a rule would silently do nothing). Text columns
 * only, so the canonical form hashed is the same on both databases. Also the purge requests awaiting
 * a second person's approval.
 */
export function audit(dialect: Dialect) {
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('audit_log')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'text', notNull)
        .addColumn('actor', 'text', notNull)
        .addColumn('actor_kind', 'text', notNull)
        .addColumn('action', 'text', notNull)
        .addColumn('target_type', 'text')
        .addColumn('target_id', 'text')
        .addColumn('fields', 'text', notNull)
        .addColumn('detail', 'text', notNull)
        .addColumn('prev_hash', 'text', notNull)
        .addColumn('hash', 'text', notNull)
        .execute();
      await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target_id', 'seq']).execute();
      await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor', 'seq']).execute();
      await db.schema
        .createTable('audit_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', 'integer', notNull)
        .addColumn('hash', 'text', notNull)
        .addColumn('signature', 'text', notNull)
        .execute();
      await sql`insert into audit_head (id, seq, hash, signature) values (1, 0, ${AUDIT_GENESIS}, '')`.execute(
        db,
      );

      // Purges wait here for a second person's approval; a request names fields, never a value.
      await db.schema
        .createTable('purge_requests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('record_type', 'text', notNull)
        .addColumn('record_id', 'text', notNull)
        .addColumn('fields', 'text', notNull)
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('pending', 'approved', 'rejected')`),
        )
        .addColumn('requested_by', 'text', notNull)
        .addColumn('requested_at', 'text', notNull)
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        .execute();

      if (dialect === 'sqlite') {
        for (const event of ['update', 'delete']) {
          await sql
            .raw(`create trigger audit_log_no_${event} before ${event} on audit_log
              begin select raise(abort, 'the audit log is append-only'); end`)
            .execute(db);
        }
      } else {
        await sql
          .raw(`create function audit_log_append_only() returns trigger language plpgsql as $$
            begin raise exception 'the audit log is append-only'; end $$`)
          .execute(db);
        await sql
          .raw(`create trigger audit_log_no_change before update or delete on audit_log
            for each row execute function audit_log_append_only()`)
          .execute(db);
        await sql
          .raw(`create trigger audit_log_no_truncate before truncate on audit_log
            for each statement execute function audit_log_append_only()`)
          .execute(db);
      }
    },
  };
}
