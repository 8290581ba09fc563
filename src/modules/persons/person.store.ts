import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { groupBy } from '../../core/collections.ts';
import { foldText, likeContains } from '../../core/fold.ts';
import { parsePartialDate } from '../../core/partial-date.ts';
import { readJson, writeJson } from '../../db/codec.ts';
import type { Schema } from '../../db/schema.ts';
import type { Visibility } from '../access/record.policy.ts';
import { visibleSql } from '../access/visibility.sql.ts';
import { decodeCursor, keysetAfter, loadPage, type Page } from '../records/pagination.ts';
import { metaFromRow, metaToRow } from '../records/record.row.ts';
import type { RecordMeta } from '../records/record.schema.ts';
import { type ListPersonsQuery, type Person, type PersonFields, personLevels } from './person.schema.ts';

type Db = Kysely<Schema>;

/** The persons row for these fields (without the shared record columns). */
export function personColumns(fields: PersonFields) {
  const born = fields.birthDate ? parsePartialDate(fields.birthDate) : undefined;
  const primary = fields.names.find((n) => n.kind === 'primary') ?? fields.names[0];
  return {
    gender: fields.gender,
    birth_date: fields.birthDate,
    birth_date_start: born?.start ?? null,
    birth_date_end: born?.end ?? null,
    consent_basis: fields.consentBasis,
    biography: fields.biography ? writeJson(fields.biography) : null,
    notes: fields.notes,
    contacts: writeJson(fields.contacts),
    whereabouts: fields.whereabouts,
    sort_name: foldText(primary?.text ?? ''),
  };
}

/** The levels of the names and birth date, kept beside them so searches on them can honour them. */
export function personLevelColumns(meta: Pick<RecordMeta, 'fieldSensitivity'>) {
  return {
    names_level: meta.fieldSensitivity.names ?? personLevels.names,
    birth_date_level: meta.fieldSensitivity.birthDate ?? personLevels.birthDate,
  };
}

/** The child rows that hold a person's names and occupations. */
export function personChildRows(id: string, fields: PersonFields) {
  return {
    names: fields.names.map((name, position) => ({
      person_id: id,
      position,
      text: name.text,
      folded: foldText(name.text),
      script: name.script,
      language: name.language,
      kind: name.kind,
    })),
    occupations: fields.occupations.map((occupation, position) => ({ person_id: id, position, occupation })),
  };
}

async function writeChildren(db: Db, id: string, fields: PersonFields): Promise<void> {
  await db.deleteFrom('person_names').where('person_id', '=', id).execute();
  await db.deleteFrom('person_occupations').where('person_id', '=', id).execute();
  const rows = personChildRows(id, fields);
  if (rows.names.length > 0) await db.insertInto('person_names').values(rows.names).execute();
  if (rows.occupations.length > 0)
    await db.insertInto('person_occupations').values(rows.occupations).execute();
}

export async function insertPerson(db: Db, meta: RecordMeta, fields: PersonFields): Promise<void> {
  await db
    .insertInto('persons')
    .values({ ...metaToRow(meta), ...personColumns(fields), ...personLevelColumns(meta) })
    .execute();
  await writeChildren(db, meta.id, fields);
}

export async function updatePersonFields(db: Db, id: string, fields: PersonFields): Promise<void> {
  await db.updateTable('persons').set(personColumns(fields)).where('id', '=', id).execute();
  await writeChildren(db, id, fields);
}

/** Loads persons with their names and occupations in three queries, whatever the count. */
export async function loadPersons(db: Db, ids: readonly string[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  const [rows, names, occupations] = await Promise.all([
    db.selectFrom('persons').selectAll().where('id', 'in', ids).execute(),
    db.selectFrom('person_names').selectAll().where('person_id', 'in', ids).orderBy('position').execute(),
    db
      .selectFrom('person_occupations')
      .selectAll()
      .where('person_id', 'in', ids)
      .orderBy('position')
      .execute(),
  ]);
  const namesBy = groupBy(names, (n) => n.person_id);
  const occupationsBy = groupBy(occupations, (o) => o.person_id);
  return rows.map((row) => ({
    ...metaFromRow(row),
    names: (namesBy.get(row.id) ?? []).map((n) => ({
      text: n.text,
      script: n.script,
      language: n.language,
      kind: n.kind as Person['names'][number]['kind'],
    })),
    gender: row.gender as Person['gender'],
    birthDate: row.birth_date,
    occupations: (occupationsBy.get(row.id) ?? []).map((o) => o.occupation as Person['occupations'][number]),
    consentBasis: row.consent_basis as Person['consentBasis'],
    biography: row.biography === null ? null : (readJson(row.biography) as Person['biography']),
    notes: row.notes,
    contacts: row.contacts === null ? [] : (readJson(row.contacts) as Person['contacts']),
    whereabouts: row.whereabouts,
  }));
}

const SORT_COLUMNS = {
  name: 'persons.sort_name',
  createdAt: 'persons.created_at',
  updatedAt: 'persons.updated_at',
};

const TARGET = { alias: 'persons', recordType: 'person' } as const;
/** The public sees a person's identifying fields only with a consent basis. */
const CONSENTED = sql<SqlBool>`persons.consent_basis <> 'none'`;

/** Where the caller may see the field whose level is in `levelColumn` (always, for the operator). */
function fieldVisible(visibility: Visibility, levelColumn: string): RawBuilder<SqlBool> {
  return (
    visibleSql(visibility, TARGET, { level: sql.ref(levelColumn), publicBasis: CONSENTED }) ??
    sql<SqlBool>`1 = 1`
  );
}

/**
 * One page of the persons the caller may see, matching the query, in the requested order. A name
 * or birth-date filter only matches where the caller may see that field, so a search cannot reveal
 * what redaction withholds.
 */
export async function listPersons(
  db: Db,
  query: ListPersonsQuery,
  visibility: Visibility,
): Promise<Page<Person>> {
  const sortColumn = SORT_COLUMNS[query.sort];
  let select = db
    .selectFrom('persons')
    .select(['persons.id', sql<string>`${sql.ref(sortColumn)}`.as('sort_value')])
    .orderBy(sql.ref(sortColumn), query.order)
    .orderBy('persons.id', query.order)
    .limit(query.limit + 1);
  if (!query.includeDeleted) select = select.where('persons.deleted_at', 'is', null);
  const visible = visibleSql(visibility, TARGET);
  if (visible) select = select.where(visible);
  if (query.q) {
    const pattern = likeContains(query.q);
    select = select.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('person_names')
          .select(sql`1`.as('one'))
          .whereRef('person_names.person_id', '=', 'persons.id')
          .where(sql<boolean>`person_names.folded like ${pattern} escape '\\'`),
      ),
    );
    select = select.where(fieldVisible(visibility, 'persons.names_level'));
  }
  if (query.gender) select = select.where('persons.gender', '=', query.gender);
  if (query.occupation) {
    const occupation = query.occupation;
    select = select.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('person_occupations')
          .select(sql`1`.as('one'))
          .whereRef('person_occupations.person_id', '=', 'persons.id')
          .where('person_occupations.occupation', '=', occupation),
      ),
    );
  }
  // Possibly-born-in-range counts: a person born "1980" matches bornFrom 1980-06.
  if (query.bornFrom)
    select = select.where('persons.birth_date_end', '>=', parsePartialDate(query.bornFrom).start);
  if (query.bornTo)
    select = select.where('persons.birth_date_start', '<=', parsePartialDate(query.bornTo).end);
  if (query.bornFrom || query.bornTo)
    select = select.where(fieldVisible(visibility, 'persons.birth_date_level'));
  if (query.cursor)
    select = select.where(
      keysetAfter('persons', sortColumn, 'persons.id', decodeCursor(query.cursor, query.sort, query.order)),
    );

  return loadPage(await select.execute(), query, (ids) => loadPersons(db, ids));
}
