/**
 * Persons: creation throughput, name search and deep pagination, on SQLite beside PostgreSQL, with
 * keyset pagination beside the naive OFFSET query it replaces. `BENCH_PERSONS` sets the size.
 */
import { sql } from 'kysely';
import { newId } from '../src/core/ids.ts';
import { upsertGrant } from '../src/modules/access/grant.store.ts';
import { createPerson, listPersons } from '../src/modules/persons/person.operations.ts';
import { loadPersons } from '../src/modules/persons/person.store.ts';
import {
  type BenchDatabase,
  machineLine,
  openBenchDatabases,
  percentile,
  seededRandom,
  timeEach,
} from './bench-support.ts';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 3000);
const PAGE = 50;
const SYLLABLES = [
  'ка',
  'на',
  'жан',
  'бо',
  'лат',
  'ма',
  'май',
  'сат',
  'то',
  'рий',
  'ну',
  'ра',
  'ли',
  'шер',
  'ай',
  'гуль',
];
const LATIN: Record<string, string> = {
  ка: 'ka',
  на: 'na',
  жан: 'zhan',
  бо: 'bo',
  лат: 'lat',
  ма: 'ma',
  май: 'mai',
  сат: 'sat',
  то: 'to',
  рий: 'riy',
  ну: 'nu',
  ра: 'ra',
  ли: 'li',
  шер: 'sher',
  ай: 'ai',
  гуль: 'gul',
};

function syntheticName(random: () => number): { cyrillic: string; latin: string } {
  const word = () =>
    Array.from(
      { length: 2 + Math.floor(random() * 2) },
      () => SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? 'ка',
    );
  const parts = [word(), word()];
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    cyrillic: parts.map((p) => cap(p.join(''))).join(' '),
    latin: parts.map((p) => cap(p.map((s) => LATIN[s] ?? s).join(''))).join(' '),
  };
}

async function measure(bench: BenchDatabase): Promise<Record<string, string>> {
  const random = seededRandom(42);
  const names: string[] = [];
  const started = performance.now();
  for (let i = 0; i < PERSONS; i++) {
    const name = syntheticName(random);
    names.push(name.latin);
    await createPerson(bench.ctx, {
      names: [{ text: name.cyrillic }, { text: name.latin, kind: 'alias' }],
      birthDate: `${1950 + Math.floor(random() * 50)}`,
      occupations: random() < 0.3 ? ['journalist'] : [],
    });
  }
  const createSeconds = (performance.now() - started) / 1000;
  // Autovacuum would analyze the fresh tables within a minute; a bench cannot wait for it.
  if (bench.database.dialect === 'postgres') await sql`analyze`.execute(bench.database.db);

  const searchAs = (ctx: typeof bench.ctx) =>
    timeEach(200, (i) => {
      const name = names[(i * 7919) % names.length] ?? 'ka';
      return listPersons(ctx, { q: name.slice(2, 7).toLowerCase(), limit: PAGE });
    });
  const search = await searchAs(bench.ctx);
  // The same searches under the record policy's list constraint: a researcher (a member, who sees
  // the coalition's records) and a partner who sees only the 1% shared with their organization.
  const researcher = await searchAs({
    ...bench.ctx,
    actor: {
      id: 'bench-researcher',
      kind: 'user',
      role: 'researcher',
      orgId: 'bench-org',
      clearance: 'internal',
    },
  });
  const ids = (await bench.database.db.selectFrom('persons').select('id').execute()).map((r) => r.id);
  for (const id of ids.filter((_, i) => i % 100 === 0)) {
    await upsertGrant(bench.database.db, {
      id: newId(),
      recordType: 'person',
      recordId: id,
      granteeType: 'org',
      granteeId: 'partner-org',
      access: 'read',
      clearance: 'internal',
      createdAt: new Date().toISOString(),
      createdBy: 'operator',
    });
  }
  const partner = await searchAs({
    ...bench.ctx,
    actor: {
      id: 'bench-partner',
      kind: 'user',
      role: 'partner',
      orgId: 'partner-org',
      clearance: 'internal',
    },
  });

  // The cursor of the last full page, reached once by walking; then both ways of reading it are timed.
  let cursor: string | undefined;
  let offset = 0;
  for (;;) {
    const page = await listPersons(bench.ctx, { limit: PAGE, ...(cursor ? { cursor } : {}) });
    if (!page.nextCursor || offset + 2 * PAGE >= PERSONS) break;
    cursor = page.nextCursor;
    offset += PAGE;
  }
  const deepCursor = cursor;
  const keyset = await timeEach(50, () =>
    listPersons(bench.ctx, { limit: PAGE, ...(deepCursor ? { cursor: deepCursor } : {}) }),
  );
  const naive = await timeEach(50, async () => {
    const rows = await bench.database.db
      .selectFrom('persons')
      .select('id')
      .where('deleted_at', 'is', null)
      .orderBy('sort_name')
      .orderBy('id')
      .limit(PAGE)
      .offset(offset + PAGE)
      .execute();
    return loadPersons(
      bench.database.db,
      rows.map((r) => r.id),
    );
  });
  const count = await sql<{ n: number }>`select count(*) as n from persons`.execute(bench.database.db);

  const ms = (v: number) => `${v.toFixed(2)} ms`;
  return {
    database: bench.label,
    persons: String(count.rows[0]?.n),
    'create (1 tx + revision each)': `${(PERSONS / createSeconds).toFixed(0)} /s`,
    'search ?q= p50': ms(percentile(search, 50)),
    'search ?q= p95': ms(percentile(search, 95)),
    'search ?q= p50, as a researcher': ms(percentile(researcher, 50)),
    'search ?q= p50, as a partner (1% shared)': ms(percentile(partner, 50)),
    [`page at offset ${offset + PAGE}: keyset p50`]: ms(percentile(keyset, 50)),
    [`page at offset ${offset + PAGE}: OFFSET p50 (naive)`]: ms(percentile(naive, 50)),
  };
}

const databases = await openBenchDatabases();
process.stdout.write(`${machineLine()}\npersons: ${PERSONS}, page size ${PAGE}\n\n`);
const results: Record<string, string>[] = [];
try {
  for (const bench of databases) results.push(await measure(bench));
} finally {
  for (const bench of databases) await bench.dispose();
}
const rows = Object.keys(results[0] ?? {});
const width = Math.max(...rows.map((r) => r.length));
for (const row of rows) {
  process.stdout.write(`${row.padEnd(width)}  ${results.map((r) => (r[row] ?? '').padEnd(38)).join('')}\n`);
}
