/**
 * Self-check: the bulk rows are the rows the stores write, and each synthetic record is what its
 * module's fields schema outputs.
 */
import { type Kysely, sql } from 'kysely';
import { writeJson } from '../../src/db/codec.ts';
import { migrateToLatest, openDatabase } from '../../src/db/database.ts';
import type { Schema } from '../../src/db/schema.ts';
import { caseFieldsSchema } from '../../src/modules/cases/case.schema.ts';
import { caseStore } from '../../src/modules/cases/case.store.ts';
import { citationFieldsSchema } from '../../src/modules/citations/citation.schema.ts';
import { insertCitation } from '../../src/modules/citations/citation.store.ts';
import { personFieldsSchema } from '../../src/modules/persons/person.schema.ts';
import { insertPerson } from '../../src/modules/persons/person.store.ts';
import { sourceFieldsSchema } from '../../src/modules/sources/source.schema.ts';
import { insertSource } from '../../src/modules/sources/source.store.ts';
import { type BatchTable, chunkRows, insertBatch, rowCount } from './bulk-load.ts';
import { type DatasetPlan, generateChunk, planDataset, syntheticSources } from './generate.ts';

type Db = Kysely<Schema>;

/** Every table but the migration bookkeeping, so a store that writes a table the loader skips is caught. */
async function dumpTables(db: Db): Promise<string> {
  const keys: Record<BatchTable, string> = {
    sources: 'id',
    persons: 'id',
    person_names: 'person_id, position',
    person_occupations: 'person_id, position',
    cases: 'id',
    custody_intervals: 'case_id, position',
    citations: 'id',
  };
  const isBatchTable = (name: string): name is BatchTable => Object.hasOwn(keys, name);
  const tables = await sql<{ name: string }>`select name from sqlite_schema
    where type = 'table' and name not like 'sqlite%' and name not like 'kysely%' order by name`.execute(db);
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const order = isBatchTable(name) ? keys[name] : 'rowid';
    const result = await sql`select * from ${sql.table(name)} order by ${sql.raw(order)}`.execute(db);
    parts.push(`${name}:${JSON.stringify(result.rows)}`);
  }
  return parts.join('\n');
}

/**
 * Writes one small chunk twice into in-memory SQLite databases — once through the stores' own insert
 * functions, once through the bulk loader — and fails unless every table holds identical rows. Also
 * checks that each generated record is exactly what the module's fields schema outputs for it.
 */
export async function verifyAgainstStores(plan: DatasetPlan): Promise<{ records: number; rows: number }> {
  const small = planDataset(3_000, plan.seed);
  const sources = syntheticSources(small);
  const chunk = generateChunk(
    small,
    sources.map((s) => s.meta.id),
    0,
  );
  const sameAsSchema = (schema: { parse(v: unknown): unknown }, value: unknown, what: string) => {
    if (writeJson(schema.parse(value)) !== writeJson(value)) {
      throw new Error(`synthetic ${what} differs from what its fields schema outputs: ${writeJson(value)}`);
    }
  };
  for (const s of sources) sameAsSchema(sourceFieldsSchema, s.fields, 'source');
  for (const p of chunk.persons) sameAsSchema(personFieldsSchema, p.fields, 'person');
  for (const c of chunk.cases) sameAsSchema(caseFieldsSchema, c.fields, 'case');
  for (const c of chunk.citations) sameAsSchema(citationFieldsSchema, c.fields, 'citation');

  const viaStores = openDatabase({ sqlitePath: ':memory:' });
  const viaBulk = openDatabase({ sqlitePath: ':memory:' });
  try {
    await migrateToLatest(viaStores);
    await migrateToLatest(viaBulk);
    await viaStores.db.transaction().execute(async (trx) => {
      for (const s of sources) await insertSource(trx, s.meta, s.fields);
      for (const p of chunk.persons) await insertPerson(trx, p.meta, p.fields);
      for (const c of chunk.cases) await caseStore.insert(trx, c.meta, c.fields);
      for (const c of chunk.citations) await insertCitation(trx, c.meta, c.fields);
    });
    const batch = chunkRows(chunk, sources);
    await insertBatch(viaBulk.db, batch);
    const [expected, actual] = [await dumpTables(viaStores.db), await dumpTables(viaBulk.db)];
    if (expected !== actual) {
      const [stores, bulk] = [expected.split('\n'), actual.split('\n')];
      const differing = stores.find((line, i) => line !== bulk[i]) ?? '';
      throw new Error(`bulk rows differ from the stores' rows in ${differing.split(':')[0] || 'some table'}`);
    }
    return {
      records: sources.length + chunk.persons.length + chunk.cases.length + chunk.citations.length,
      rows: rowCount(batch),
    };
  } finally {
    await viaStores.close();
    await viaBulk.close();
  }
}
