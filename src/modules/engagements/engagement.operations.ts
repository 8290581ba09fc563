import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { OperationContext } from '../../core/context.ts';
import { invalidReference } from '../../core/errors.ts';
import { pickLanguage } from '../../core/language.ts';
import { parsePartialDate } from '../../core/partial-date.ts';
import { parseInput } from '../../core/validation.ts';
import { findUser } from '../access/user.store.ts';
import { askKind } from '../asks/ask.operations.ts';
import { commitmentKind } from '../commitments/commitment.operations.ts';
import { organizationKind } from '../organizations/organization.operations.ts';
import { personKind } from '../persons/person.operations.ts';
import { documentStore, listDocuments } from '../records/document-store.ts';
import { createRecord, getRecord, updateRecord } from '../records/record.operations.ts';
import type { StoredRecord } from '../records/record.schema.ts';
import { visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { barList, barListHas, linksTo, writeLinks } from '../records/record-links.ts';
import { assertReferences, type Reference, sourceReferences } from '../records/references.ts';
import { sourceKind } from '../sources/source.operations.ts';
import {
  createEngagementSchema,
  type EngagementFields,
  engagementDefaults,
  engagementFieldsSchema,
  listEngagementsQuerySchema,
  updateEngagementSchema,
} from './engagement.schema.ts';

export type Engagement = StoredRecord<EngagementFields>;

const asObject = (kind: unknown) => kind as RecordKind<object>;

function engagementReferences(fields: EngagementFields): Reference[] {
  const refs: Reference[] = [];
  fields.participants.forEach((p, i) => {
    refs.push({ path: `participants.${i}.personId`, kind: asObject(personKind), id: p.personId });
    refs.push({
      path: `participants.${i}.organizationId`,
      kind: asObject(organizationKind),
      id: p.organizationId,
    });
  });
  fields.agenda.forEach((item, i) => {
    refs.push({ path: `agenda.${i}.askId`, kind: asObject(askKind), id: item.askId });
    item.commitmentIds.forEach((id, j) => {
      refs.push({ path: `agenda.${i}.commitmentIds.${j}`, kind: asObject(commitmentKind), id });
    });
  });
  refs.push(...sourceReferences(asObject(sourceKind), 'agenda', fields.agenda));
  return refs;
}

/** A follow-up's owner is a user of this installation (users are accounts, not records). */
async function assertOwners(ctx: OperationContext, fields: EngagementFields): Promise<void> {
  for (const [i, task] of fields.followUps.entries()) {
    if (task.ownerUserId && !(await findUser(ctx.db, task.ownerUserId)))
      throw invalidReference(`followUps.${i}.ownerUserId`, `no user with id ${task.ownerUserId}`);
  }
}

export const engagementKind: RecordKind<EngagementFields> = {
  type: 'engagement',
  table: 'engagements',
  fieldsSchema: engagementFieldsSchema,
  createSchema: createEngagementSchema,
  updateSchema: updateEngagementSchema,
  defaults: engagementDefaults,
  citableFields: [
    'title',
    'kind',
    'countries',
    'startsOn',
    'endsOn',
    'places',
    'summary',
    'participants',
    'agenda',
  ],
  ...documentStore<EngagementFields>({
    table: 'engagements',
    columns: (fields) => ({
      kind: fields.kind,
      countries: barList(fields.countries),
      starts_on: parsePartialDate(fields.startsOn).start,
    }),
    sortName: (fields) => pickLanguage(fields.title) ?? '',
    searchTexts: (fields) => [...Object.values(fields.title), ...fields.places],
    afterWrite: (db, id, fields) =>
      writeLinks(db, 'engagement', id, [
        { field: 'agenda', toType: 'ask', ids: fields.agenda.map((item) => item.askId) },
        {
          field: 'agendaCommitments',
          toType: 'commitment',
          ids: fields.agenda.flatMap((item) => item.commitmentIds),
        },
        { field: 'participantPersons', toType: 'person', ids: fields.participants.map((p) => p.personId) },
        {
          field: 'participantOrganizations',
          toType: 'organization',
          ids: fields.participants.map((p) => p.organizationId),
        },
      ]),
  }),
  async check(ctx, fields) {
    await assertReferences(ctx, engagementReferences(fields));
    await assertOwners(ctx, fields);
  },
};

export function createEngagement(ctx: OperationContext, input: unknown): Promise<Engagement> {
  return createRecord(ctx, engagementKind, input);
}

export function updateEngagement(ctx: OperationContext, id: string, input: unknown): Promise<Engagement> {
  return updateRecord(ctx, engagementKind, id, input);
}

export function getEngagement(
  ctx: OperationContext,
  id: string,
  options: { includeDeleted?: boolean } = {},
): Promise<Engagement> {
  return getRecord(ctx, engagementKind, id, options);
}

export async function listEngagements(ctx: OperationContext, input: unknown) {
  const query = parseInput(listEngagementsQuerySchema, input);
  const filters: RawBuilder<SqlBool>[] = [];
  if (query.kind) filters.push(sql<SqlBool>`kind = ${query.kind}`);
  if (query.country) filters.push(barListHas('countries', query.country));
  if (query.askId) filters.push(linksTo('engagements', 'engagement', 'agenda', query.askId));
  return listDocuments<EngagementFields>(ctx.db, 'engagements', query, {
    visibility: visibilityOf(ctx),
    recordType: 'engagement',
    sortColumns: {
      startsOn: 'starts_on',
      name: 'sort_name',
      createdAt: 'created_at',
      updatedAt: 'updated_at',
    },
    filters,
  });
}
