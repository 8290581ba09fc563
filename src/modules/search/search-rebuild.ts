import { sql } from 'kysely';
import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { entryRecordOf, recordEntries } from './record-entries.ts';
import { insertEntries } from './search-index.store.ts';
import { insertPageEntries } from './search-index.ts';

/**
 * Builds the whole index from the records, when it was made by another build of the normalization
 * than this one (or never): at start-up, after an upgrade that changes how words are folded or
 * stemmed, and by `docket search reindex`. Each chunk of records is its own transaction; the build
 * is recorded only at the end, so an interrupted rebuild starts again next time.
 */

/** Changed whenever `normalize.ts` or the entries' make-up change, so old indexes are rebuilt. */
export const INDEX_BUILD = 'docket-search-1';

const CHUNK = 500;

export async function searchIndexIsCurrent(ctx: OperationContext): Promise<boolean> {
  const state = await ctx.db
    .selectFrom('search_index_state')
    .select('build')
    .where('id', '=', 1)
    .executeTakeFirst();
  return state?.build === INDEX_BUILD;
}

export async function rebuildSearchIndex(
  ctx: OperationContext,
  kinds: readonly RecordKind<object>[],
  onProgress: (done: number, kind: string) => void = () => {},
): Promise<number> {
  await clearIndex(ctx);
  let done = 0;
  for (const kind of kinds) {
    const ids = (
      await sql<{ id: string }>`select id from ${sql.table(kind.table)} order by id`.execute(ctx.db)
    ).rows;
    for (let from = 0; from < ids.length; from += CHUNK) {
      const chunk = ids.slice(from, from + CHUNK).map((row) => row.id);
      await inTransaction(ctx, async (trx) => {
        const records = await kind.load(trx.db, chunk);
        await insertEntries(
          trx.db,
          trx.dialect,
          records.flatMap((record) => recordEntries(kind, record)),
        );
        if (kind.type !== 'source') return;
        for (const record of records) {
          if (record.deletedAt || record.sensitivity === 'secret') continue;
          await insertPageEntries(trx, entryRecordOf(kind, record));
        }
      });
      done += chunk.length;
      onProgress(done, kind.type);
    }
  }
  // One b-tree instead of the many segments a bulk build leaves: fewer pages to read per term.
  if (ctx.dialect === 'sqlite')
    await sql`insert into search_fts (search_fts) values ('optimize')`.execute(ctx.db);
  await markBuilt(ctx);
  return done;
}

async function clearIndex(ctx: OperationContext): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    await trx.db.deleteFrom('search_index_state').execute();
    await trx.db.deleteFrom('search_entries').execute();
    if (trx.dialect === 'sqlite') {
      await sql`insert into search_fts (search_fts) values ('delete-all')`.execute(trx.db);
    }
  });
}

async function markBuilt(ctx: OperationContext): Promise<void> {
  await ctx.db
    .insertInto('search_index_state')
    .values({ id: 1, build: INDEX_BUILD, built_at: nowIso(ctx) })
    .execute();
}

/** Rebuilds the index only if it is not current; the number of records indexed, or null. */
export async function ensureSearchIndex(
  ctx: OperationContext,
  kinds: readonly RecordKind<object>[],
  onProgress?: (done: number, kind: string) => void,
): Promise<number | null> {
  if (await searchIndexIsCurrent(ctx)) return null;
  return rebuildSearchIndex(ctx, kinds, onProgress);
}
