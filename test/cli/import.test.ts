/**
 * `docket import` end to end: runs the program in-process (test/cli/cli.test.ts spawns the real
 * executable) against a fresh SQLite data directory with a messy spreadsheet of persons and a mapping
 * file.
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, runDocketInProcess } from '../support/docket-cli.ts';

/** `docket …` on the given data directory. */
const docket = (args: string[], dataDir: string) =>
  runDocketInProcess(args, baseEnv({ DOCKET_DATA_DIR: dataDir }));

const MAPPING = {
  columns: { 'No.': 'ref', 'Full name': 'names.0.text', Born: 'birthDate', Occupation: 'occupations.0' },
  values: { 'occupations.0': { Blogger: 'blogger', Journalist: 'journalist' } },
};

describe('docket import', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docket-import-'));
    await writeFile(join(dir, 'mapping.json'), JSON.stringify(MAPPING));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints every bad row and writes nothing, then imports the fixed file once', async () => {
    const file = join(dir, 'people.csv');
    const args = ['import', file, '--type', 'persons', '--mapping', join(dir, 'mapping.json')];
    await writeFile(
      file,
      'No.,Full name,Born,Occupation\r\nP-1,Жанболат Мамай,1990,Journalist\r\nP-2,Otabek Sattoriy,29.01.1979,Poet\r\n',
    );
    const bad = await docket(args, dir);
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toContain('The file has invalid rows');
    expect(bad.stderr).toContain('row 3, "Born": must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(bad.stderr).toMatch(/row 3, "Occupation": .*blogger/);
    const listed = await docket(['persons', 'list'], dir);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).not.toContain('Мамай');

    await writeFile(
      file,
      'No.,Full name,Born,Occupation\r\nP-1,Жанболат Мамай,1990,Journalist\r\nP-2,Otabek Sattoriy,1979,Blogger\r\n',
    );
    const dry = await docket([...args, '--dry-run'], dir);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toBe('persons: would create 2, update 0, leave 0 unchanged\n');
    const done = await docket(args, dir);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toBe('persons: created 2, updated 0, left 0 unchanged\n');
    const again = await docket(args, dir);
    expect(again.stdout).toBe('persons: created 0, updated 0, left 2 unchanged\n');
  }, 120_000);

  it('reads an .xlsx file by its extension and names the spreadsheet row of a bad one', async () => {
    const xlsxDir = join(dir, 'xlsx');
    const file = join(dir, 'people.xlsx');
    const write = async (born: string | Date) => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('People');
      sheet.addRow(['No.', 'Full name', 'Born', 'Occupation']);
      sheet.addRow(['X-1', 'Азиз Намунов', new Date(Date.UTC(1990, 4, 17)), 'Blogger']);
      sheet.addRow(['X-2', 'Otabek Sattoriy', born, null]);
      await book.xlsx.writeFile(file);
    };
    const args = ['import', file, '--type', 'persons', '--mapping', join(dir, 'mapping.json')];
    await write('29.01.1979');
    const bad = await docket(args, xlsxDir);
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toContain('row 3, "Born": must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
    await write(new Date(Date.UTC(1979, 0, 29)));
    const done = await docket(args, xlsxDir);
    expect(done.stdout, done.stderr).toBe('persons: created 2, updated 0, left 0 unchanged\n');
    const listed = await docket(['persons', 'list'], xlsxDir);
    expect(listed.stdout).toContain('Азиз Намунов');
    expect((await docket(args, xlsxDir)).stdout).toBe('persons: created 0, updated 0, left 2 unchanged\n');
  }, 120_000);
});
