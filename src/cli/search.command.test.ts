/** `docket search` and `docket search-reindex`, in-process, against a fresh SQLite data directory. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseEnv, runDocketInProcess } from '../../test/support/docket-cli.ts';

describe('docket search', { timeout: 60_000 }, () => {
  let dataDir = '';
  let inbox = '';
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'docket-search-'));
    inbox = await mkdtemp(join(tmpdir(), 'docket-search-inbox-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(inbox, { recursive: true, force: true });
  });
  const docket = (...args: string[]) => runDocketInProcess(args, baseEnv({ DOCKET_DATA_DIR: dataDir }));

  it('finds an ingested letter by another form of its words, marks them, and finds it again after a rebuild', async () => {
    await writeFile(join(inbox, 'letter.txt'), 'Письмо адвоката: Gʻulom Oʻtkirov задержан в Нукусе.\n');
    expect((await docket('ingest', inbox, '--no-ocr')).code).toBe(0);

    const found = await docket('search', "O'tkirov", 'задержали');
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout).toContain('1 hit');
    expect(found.stdout).toContain('[Oʻtkirov] [задержан]');

    const rebuilt = await docket('search-reindex');
    expect(rebuilt.stderr).toContain('search index rebuilt');
    const json = JSON.parse((await docket('search', 'нукус', '--json')).stdout) as {
      count: number;
      hits: Array<{ recordType: string; page: number }>;
    };
    expect(json).toMatchObject({ count: 1, hits: [{ recordType: 'source', page: 1 }] });

    const empty = await docket('search', '***');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('QUERY');
    expect((await docket('search', 'нукус', '--audience', 'public')).stdout).toContain('0 hits');
  });
});
