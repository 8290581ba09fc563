/**
 * `docket export` end to end, the program run in-process (test/cli/cli.test.ts spawns the real
 * executable), against a fresh SQLite data directory filled by `docket demo`.
 */

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.ts';
import { baseEnv, runDocketInProcess } from '../support/docket-cli.ts';

/** `docket …` on the given data directory. */
const docket = (args: string[], dataDir: string) =>
  runDocketInProcess(args, baseEnv({ DOCKET_DATA_DIR: dataDir }));

describe('docket export', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docket-export-'));
    const demo = await docket(['demo'], dir);
    expect(demo.code, demo.stderr).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a filtered CSV to a file and JSON to stdout', async () => {
    const out = join(dir, 'uz-cases.csv');
    const [csv, json, uzJson] = await Promise.all([
      docket(['export', '--type', 'cases', '--format', 'csv', '--out', out, '--filter', 'country=UZ'], dir),
      docket(['export', '--type', 'cases'], dir),
      docket(
        ['export', '--type', 'cases', '--filter', 'country=UZ', '--filter', 'inCustodyOn=2022-12-01'],
        dir,
      ),
    ]);
    expect(csv.code, csv.stderr).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text.startsWith('\uFEFFid,ref,version,')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    const country = header?.indexOf('country') ?? -1;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row[country] === 'UZ')).toBe(true);
    expect(csv.stderr).toContain(`Exported ${rows.length} cases to ${out}`);
    expect(csv.stdout).toBe('');

    expect(json.code, json.stderr).toBe(0);
    const all = JSON.parse(json.stdout) as { docket: { type: string }; records: unknown[]; count: number };
    expect(all.docket.type).toBe('cases');
    expect(all.count).toBe(all.records.length);
    expect(all.count).toBeGreaterThan(rows.length);
    expect(uzJson.code, uzJson.stderr).toBe(0);
    const uz = JSON.parse(uzJson.stdout) as { count: number };
    expect(uz.count).toBeLessThanOrEqual(rows.length);
    expect((await readdir(dir)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  }, 60_000);

  it('exits 2 with a readable message for a bad type, filter or format, leaving no file', async () => {
    const out = join(dir, 'never.csv');
    const [type, filter, value, format] = await Promise.all([
      docket(['export', '--type', 'secrets', '--out', out], dir),
      docket(['export', '--type', 'cases', '--filter', 'country'], dir),
      docket(['export', '--type', 'cases', '--out', out, '--filter', 'country=Uzbekistan'], dir),
      docket(['export', '--type', 'cases', '--format', 'pdf'], dir),
    ]);
    expect(type).toMatchObject({ code: 2, stdout: '' });
    expect(type.stderr).toContain('There is no record type "secrets"');
    expect(filter.code).toBe(2);
    expect(filter.stderr).toContain('--filter: "country" must be key=value');
    expect(value.code).toBe(2);
    expect(value.stderr).toMatch(/country: /);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/format: /);
    expect(
      (await readdir(dir)).filter((name) => name.startsWith('never') || name.endsWith('.partial')),
    ).toEqual([]);
  }, 60_000);
});
