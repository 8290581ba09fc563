/**
 * Import at scale (issue 4, "Performance"): a deterministic CSV of BENCH_ROWS persons (default
 * 1,000,000; Cyrillic and Latin names, partial birth dates, occupations, gender) written to a temp
 * file, then streamed through importRecords — validation, planning, records and revisions — into
 * SQLite (file, synchronous=FULL) and PostgreSQL in the same run. Peak RSS is sampled every 100 ms.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { importRecords } from '../src/modules/import/import.operations.ts';
import {
  type BenchDatabase,
  loadAverage,
  machineLine,
  openBenchDatabases,
  seededRandom,
} from './bench-support.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const TARGET_RATE = 10_000;
const TARGET_RSS = 2 ** 30;
const out = (line = '') => process.stdout.write(`${line}\n`);

const FIRST = [
  'Жанболат',
  'Айгуль',
  'Дильноза',
  'Сергей',
  'Otabek',
  'Gulnara',
  'Rustam',
  'Nodira',
  'Ерлан',
  'Zhanna',
];
const LAST = [
  'Мамай',
  'Сатторий',
  'Ахмедова',
  'Иванов',
  'Sattoriy',
  'Karimova',
  'Tashkentov',
  'Yusupova',
  'Нуров',
];
const OCCUPATIONS = ['journalist', 'blogger', 'lawyer', 'human-rights-defender', 'activist', 'student', ''];
const GENDERS = ['female', 'male', 'other', 'unknown', ''];

async function writeCsv(path: string, rows: number): Promise<void> {
  const random = seededRandom(4);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? '';
  const file = createWriteStream(path, 'utf8');
  const write = (text: string) =>
    file.write(text) ? Promise.resolve() : new Promise<void>((done) => file.once('drain', () => done()));
  await write('ref,names.0.text,birthDate,occupations.0,gender\r\n');
  let batch = '';
  for (let i = 1; i <= rows; i++) {
    const year = 1940 + Math.floor(random() * 65);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const shape = random();
    const born =
      shape < 0.2
        ? ''
        : shape < 0.4
          ? `${year}`
          : shape < 0.6
            ? `${year}-${month}`
            : `${year}-${month}-${day}`;
    batch += `P-${i},${pick(FIRST)} ${pick(LAST)},${born},${pick(OCCUPATIONS)},${pick(GENDERS)}\r\n`;
    if (i % 10_000 === 0) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  await new Promise<void>((done, fail) => file.end((error?: Error | null) => (error ? fail(error) : done())));
}

interface Result {
  label: string;
  created: number;
  seconds: number;
  rate: number;
  peakRss: number;
  revisions: number;
}

async function run(bench: BenchDatabase, path: string): Promise<Result> {
  globalThis.gc?.();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  const start = process.hrtime.bigint();
  try {
    const chunks = createReadStream(path, { highWaterMark: 256 * 1024 });
    let reported = 0;
    const result = await importRecords(
      bench.ctx,
      { type: 'persons', format: 'csv', chunks },
      {
        onProgress: ({ rows }) => {
          if (rows - reported < 100_000) return;
          reported = rows;
          const seconds = Number(process.hrtime.bigint() - start) / 1e9;
          out(`  ${rows} rows, ${(rows / seconds).toFixed(0)} rows/s, RSS ${mib(process.memoryUsage().rss)}`);
        },
      },
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const revisions = await bench.ctx.db
      .selectFrom('revisions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return {
      label: bench.label,
      created: result.created,
      seconds,
      rate: result.created / seconds,
      peakRss,
      revisions: Number(revisions.n),
    };
  } finally {
    clearInterval(sampler);
  }
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const tick = (ok: boolean) => (ok ? '✓' : '✗');

out(
  `${machineLine()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; load average ${loadAverage()} (1/5/15 min)`,
);
const dir = mkdtempSync(join(tmpdir(), 'docket-import-bench-'));
const csvPath = join(dir, 'persons.csv');
try {
  await writeCsv(csvPath, ROWS);
  out(`file: ${ROWS} person rows, ${mib(statSync(csvPath).size)} CSV (seeded); BENCH_ROWS sets the size`);
  const databases = await openBenchDatabases();
  const results: Result[] = [];
  try {
    for (const bench of databases) {
      out(`importing into ${bench.label}… (load average ${loadAverage()})`);
      results.push(await run(bench, csvPath));
    }
  } finally {
    for (const bench of databases) await bench.dispose();
  }
  out(`done (load average ${loadAverage()})`);
  out();
  const widths = [40, 10, 10, 16, 14, 12];
  const row = (cells: string[]) => out(cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join(' '));
  row(['database', 'created', 'revisions', 'wall time', 'records/s', 'peak RSS']);
  row(['target', String(ROWS), String(ROWS), '', `≥ ${TARGET_RATE}`, '≤ 1024 MiB']);
  for (const r of results) {
    row([
      r.label,
      `${r.created} ${tick(r.created === ROWS)}`,
      `${r.revisions} ${tick(r.revisions === ROWS)}`,
      `${r.seconds.toFixed(1)} s`,
      `${r.rate.toFixed(0)} ${tick(r.rate >= TARGET_RATE)}`,
      `${mib(r.peakRss)} ${tick(r.peakRss <= TARGET_RSS)}`,
    ]);
  }
  out();
  out('peak RSS is of the whole process (both databases run one after the other in it)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
