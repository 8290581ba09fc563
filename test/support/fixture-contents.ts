import type { Kysely } from 'kysely';
import type { Schema } from '../../src/db/schema.ts';
import { loadCitations } from '../../src/modules/citations/citation.store.ts';
import { loadPersons } from '../../src/modules/persons/person.store.ts';
import { listRevisions } from '../../src/modules/records/revision.store.ts';
import { loadSources } from '../../src/modules/sources/source.store.ts';

/** Everything a schema fixture holds, in a stable order, to compare before and after migrating. */
export async function exportFixtureContents(db: Kysely<Schema>) {
  const ids = async (table: 'persons' | 'sources' | 'citations') =>
    (await db.selectFrom(table).select('id').orderBy('id').execute()).map((r) => r.id);
  const byId = <T extends { id: string }>(records: T[]) =>
    [...records].sort((a, b) => a.id.localeCompare(b.id));
  const persons = byId(await loadPersons(db, await ids('persons')));
  const sources = byId(await loadSources(db, await ids('sources')));
  const citations = byId(await loadCitations(db, await ids('citations')));
  const revisions = [];
  const recordsByType = [
    ['person', persons],
    ['source', sources],
    ['citation', citations],
  ] as const;
  for (const [type, records] of recordsByType) {
    for (const record of records) revisions.push(...(await listRevisions(db, type, record.id)));
  }
  return { persons, sources, citations, revisions };
}
