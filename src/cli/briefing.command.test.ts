/**
 * `docket brief` and `docket letter` on the demo dataset, in-process, against a SQLite data
 * directory loaded once.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, runDocketInProcess } from '../../test/support/docket-cli.ts';

let dataDir = '';
const docket = (...args: string[]) => runDocketInProcess(args, baseEnv({ DOCKET_DATA_DIR: dataDir }));

describe('docket brief and docket letter', { timeout: 60_000 }, () => {
  let visit = '';
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'docket-letters-'));
    expect((await docket('demo')).code).toBe(0);
    const listed = await docket('engagements', 'list', '--format', 'json');
    visit = (JSON.parse(listed.stdout) as { items: Array<{ id: string }> }).items[0]?.id ?? '';
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes the letter as Markdown to standard output, and the briefing as DOCX and PDF to files, the same bytes each time', async () => {
    const letter = await docket('letter', visit, '--as-of', '2023-02-27');
    expect(letter.code, letter.stderr).toBe(0);
    expect(letter.stdout).toContain('Dear Antony Blinken,');
    expect(letter.stdout).toContain('release Zhanbolat Mamay');

    for (const format of ['docx', 'pdf']) {
      const files = [join(dataDir, `a.${format}`), join(dataDir, `b.${format}`)];
      for (const file of files) {
        const made = await docket('brief', visit, '--as-of', '2023-02-27', '--format', format, '-o', file);
        expect(made.code, made.stderr).toBe(0);
        expect(made.stderr).toContain(`wrote ${file}`);
      }
      const [first, second] = await Promise.all(files.map((file) => readFile(file)));
      expect(first?.subarray(0, 4).toString('latin1')).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
      expect(first?.equals(second as Buffer)).toBe(true);
    }
  });

  it('refuses what it cannot draft with the option to fix, writing nothing', async () => {
    const partner = await docket('letter', visit, '--audience', 'partner');
    expect(partner).toMatchObject({ code: 2, stdout: '' });
    expect(partner.stderr).toContain('--org');
    const format = await docket('brief', visit, '--format', 'odt');
    expect(format).toMatchObject({ code: 2, stdout: '' });
    expect(format.stderr).toContain('--format');
    const org = await docket('brief', visit, '--audience', 'partner', '--org', 'No such org');
    expect(org.stderr).toContain('no organization "No such org"');
  });
});
