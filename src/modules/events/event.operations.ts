import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { OperationContext } from '../../core/context.ts';
import { parsePartialDate } from '../../core/partial-date.ts';
import { parseInput } from '../../core/validation.ts';
import { documentStore, listDocuments } from '../records/document-store.ts';
import { createRecord, getRecord, updateRecord } from '../records/record.operations.ts';
import { visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { assertReferences, sourceReferences } from '../records/references.ts';
import { sourceKind } from '../sources/source.operations.ts';
import {
  createEventSchema,
  type Event,
  type EventFields,
  eventDefaults,
  eventFieldsSchema,
  listEventsQuerySchema,
  updateEventSchema,
} from './event.schema.ts';

export const eventKind: RecordKind<EventFields> = {
  type: 'event',
  table: 'events',
  fieldsSchema: eventFieldsSchema,
  createSchema: createEventSchema,
  updateSchema: updateEventSchema,
  defaults: eventDefaults,
  citableFields: [
    'names',
    'kind',
    'country',
    'startDate',
    'endDate',
    'places',
    'description',
    'figures',
    'accountability',
  ],
  ...documentStore<EventFields>({
    table: 'events',
    columns: (fields) => ({
      kind: fields.kind,
      country: fields.country,
      starts_on: parsePartialDate(fields.startDate).start,
    }),
    sortName: (fields) => fields.names.find((n) => n.kind === 'primary')?.text ?? '',
    searchTexts: (fields) => fields.names.map((n) => n.text),
  }),
  async check(ctx, fields) {
    await assertReferences(ctx, [
      ...fields.figures.flatMap((figure, i) =>
        sourceReferences(sourceKind, `figures.${i}.claims`, figure.claims),
      ),
      ...sourceReferences(sourceKind, 'accountability', fields.accountability),
    ]);
  },
};

export function createEvent(ctx: OperationContext, input: unknown): Promise<Event> {
  return createRecord(ctx, eventKind, input);
}

export function updateEvent(ctx: OperationContext, id: string, input: unknown): Promise<Event> {
  return updateRecord(ctx, eventKind, id, input);
}

export function getEvent(ctx: OperationContext, id: string, options: { includeDeleted?: boolean } = {}) {
  return getRecord(ctx, eventKind, id, options);
}

/**
 * `from`/`to` select events by where they start: on or after the first day of `from`, on or before
 * the last day of `to`. An event that began before `from` and was still going is not included —
 * only the start is a column, and the simple rule is the one users can predict.
 */
export async function listEvents(ctx: OperationContext, input: unknown) {
  const query = parseInput(listEventsQuerySchema, input);
  const filters: RawBuilder<SqlBool>[] = [];
  if (query.kind) filters.push(sql<SqlBool>`kind = ${query.kind}`);
  if (query.country) filters.push(sql<SqlBool>`country = ${query.country}`);
  if (query.from) filters.push(sql<SqlBool>`starts_on >= ${parsePartialDate(query.from).start}`);
  if (query.to) filters.push(sql<SqlBool>`starts_on <= ${parsePartialDate(query.to).end}`);
  return listDocuments<EventFields>(ctx.db, 'events', query, {
    visibility: visibilityOf(ctx),
    recordType: 'event',
    sortColumns: {
      name: 'sort_name',
      startDate: 'starts_on',
      createdAt: 'created_at',
      updatedAt: 'updated_at',
    },
    filters,
  });
}
