/** `docket ingest` on a folder, in-process, against a fresh SQLite data directory. */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseEnv, runDocketInProcess } from '../../test/support/docket-cli.ts';

describe('docket ingest', { timeout: 60_000 }, () => {
  let dataDir = '';
  let inbox = '';
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'docket-ingest-'));
    inbox = await mkdtemp(join(tmpdir(), 'docket-inbox-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(inbox, { recursive: true, force: true });
  });
  const docket = (...args: string[]) => runDocketInProcess(args, baseEnv({ DOCKET_DATA_DIR: dataDir }));

  it('brings a folder in, names each bad file, exits 1 for them, and changes nothing the second time', async () => {
    await mkdir(join(inbox, 'reports', '2023'), { recursive: true });
    await writeFile(join(inbox, 'reports', '2023', 'trial.md'), '# Trial\n\nThe verdict was read out.\n');
    await writeFile(join(inbox, 'reports', 'letter.txt'), 'Письмо адвоката.\n');
    await writeFile(join(inbox, 'reports', 'scan.pdf'), 'not a pdf at all');
    await writeFile(join(inbox, 'reports', '.hidden'), 'skipped');

    const first = await docket('ingest', join(inbox, 'reports'), '--no-ocr');
    expect(first.code, first.stderr).toBe(1);
    expect(first.stdout).toContain('2 ingested, 0 already there, 1 failed');
    expect(first.stdout).toContain(`${join('reports', 'scan.pdf')}: malformed`);

    const second = await docket('ingest', join(inbox, 'reports'), '--no-ocr', '--json');
    const batch = JSON.parse(second.stdout) as { items: Array<{ name: string; status: string }> };
    expect(batch.items.map((item) => [item.name, item.status])).toEqual([
      [join('reports', '2023', 'trial.md'), 'done'],
      [join('reports', 'letter.txt'), 'done'],
      [join('reports', 'scan.pdf'), 'failed'],
    ]);
    expect(await readdir(join(dataDir, 'files', 'originals'))).toHaveLength(2);

    const missing = await docket('ingest', join(inbox, 'nowhere'));
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('does not exist');
  });
});
