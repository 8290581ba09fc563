import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { OperationContext } from '../../core/context.ts';
import type { RecordTable, Schema } from '../../db/schema.ts';
import type { FieldLevels, RecordMeta, StoredRecord } from './record.schema.ts';

/**
 * What a module tells the shared record machinery about one record type. The machinery owns ids,
 * versions, soft deletion and revisions; the module owns its columns, child tables and rules.
 */
export interface RecordKind<F extends object> {
  /** Singular type name used in revisions, citations and messages, e.g. `person`. */
  type: string;
  table: RecordTable;
  /** Validates the complete field set (after defaults or a patch are applied). */
  fieldsSchema: z.ZodType<F>;
  /** Strict body schemas for create and update; update also requires `version`. */
  createSchema: z.ZodType;
  updateSchema: z.ZodType;
  /** Values for fields the create body may leave out. */
  defaults: Partial<F>;
  /** Fields a citation may point at. */
  citableFields: readonly string[];
  insert(db: Kysely<Schema>, meta: RecordMeta, fields: F): Promise<void>;
  updateFields(db: Kysely<Schema>, id: string, fields: F): Promise<void>;
  /** Loads records by id, deleted ones included, in no particular order. */
  load(db: Kysely<Schema>, ids: readonly string[]): Promise<StoredRecord<F>[]>;
  /**
   * Fields that can identify someone, with their default sensitivity: redaction works field by
   * field on these, and their secret values are stored encrypted.
   */
  levels?: FieldLevels;
  /** Of those, the fields the public sees only with a public basis (`hasPublicIdentity`). */
  identifying?: readonly string[];
  /** Whether the record's subject may be named in public (a person's consent basis). */
  hasPublicIdentity?(fields: F): boolean;
  /**
   * A record this one is about and cannot be read without (a citation's cited record): whoever may
   * not read that one may not read this one either, so it cannot reveal the other exists.
   */
  readsThrough?(fields: F): { kind: RecordKind<object>; id: string } | null;
  /** Columns the store derives from the record's levels, rewritten whenever they change. */
  levelColumns?(meta: Pick<RecordMeta, 'fieldSensitivity'>): Record<string, string>;
  /** Cross-record rules (references exist, …); throws a DocketError. */
  check?(ctx: OperationContext, fields: F): Promise<void>;
}
