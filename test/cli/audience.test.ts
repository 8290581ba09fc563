/**
 * `--audience` end to end: the operator's CLI sees everything, and shows a readership only what it
 * would see, through the same policy and redaction as the API.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, runDocketInProcess } from '../support/docket-cli.ts';

const WHEREABOUTS = `SENTINEL-hideout-${randomBytes(6).toString('hex')}`;
const PHONE = `+7-SENTINEL-${randomBytes(4).toString('hex')}`;

describe('docket … --audience', { timeout: 120_000 }, () => {
  let dataDir = '';
  let env: Record<string, string> = {};
  let personId = '';

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'docket-audience-'));
    env = baseEnv({ DOCKET_DATA_DIR: dataDir });
    const csv = join(dataDir, 'people.csv');
    const mapping = join(dataDir, 'mapping.json');
    await writeFile(csv, `No.,Full name,Where,Phone\r\nP-1,Жанболат Мамай,${WHEREABOUTS},${PHONE}\r\n`);
    await writeFile(
      mapping,
      JSON.stringify({
        columns: {
          'No.': 'ref',
          'Full name': 'names.0.text',
          Where: 'whereabouts',
          Phone: 'contacts.0.value',
        },
        defaults: { 'contacts.0.kind': 'phone' },
      }),
    );
    const imported = await runDocketInProcess(
      ['import', csv, '--type', 'persons', '--mapping', mapping],
      env,
    );
    expect(imported.code, imported.stderr).toBe(0);
    const listed = await runDocketInProcess(['persons', 'list', '--json'], env);
    personId = (JSON.parse(listed.stdout) as { items: Array<{ id: string }> }).items[0]?.id ?? '';
    expect((await runDocketInProcess(['orgs', 'create', 'Partner NGO'], env)).code).toBe(0);
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('shows the operator everything, an internal audience no confidential or secret field', async () => {
    const own = await runDocketInProcess(['persons', 'show', personId, '--json'], env);
    expect(own.stdout).toContain(WHEREABOUTS);
    expect(own.stdout).toContain(PHONE);
    const internal = await runDocketInProcess(
      ['persons', 'show', personId, '--json', '--audience', 'internal'],
      env,
    );
    expect(internal.code, internal.stderr).toBe(0);
    expect(internal.stdout).toContain('Жанболат Мамай');
    expect(internal.stdout).not.toContain(WHEREABOUTS);
    expect(internal.stdout).not.toContain(PHONE);
    expect(JSON.parse(internal.stdout).person.redacted).toEqual(['contacts', 'whereabouts']);
    const exported = await runDocketInProcess(['export', '--type', 'persons', '--audience', 'internal'], env);
    expect(exported.stdout).toContain('Жанболат Мамай');
    expect(exported.stdout).not.toContain(WHEREABOUTS);
  });

  it('shows the public and an unshared partner nothing unpublished', async () => {
    const publicList = await runDocketInProcess(['persons', 'list', '--json', '--audience', 'public'], env);
    expect(JSON.parse(publicList.stdout).items).toEqual([]);
    const partner = await runDocketInProcess(
      ['persons', 'list', '--json', '--audience', 'partner', '--org', 'Partner NGO'],
      env,
    );
    expect(JSON.parse(partner.stdout).items).toEqual([]);
    const hidden = await runDocketInProcess(['persons', 'show', personId, '--audience', 'public'], env);
    expect(hidden.code).toBe(2);
    expect(hidden.stderr).toContain(`No person with id ${personId}`);
    const exported = await runDocketInProcess(['export', '--type', 'persons', '--audience', 'public'], env);
    expect(exported.stdout).toContain('"count":0');
  });

  it('refuses an unknown audience, and a partner audience without its organization', async () => {
    const unknown = await runDocketInProcess(['persons', 'list', '--audience', 'press'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"press" is not one of internal, partner, public');
    const noOrg = await runDocketInProcess(['persons', 'list', '--audience', 'partner'], env);
    expect(noOrg.code).toBe(2);
    expect(noOrg.stderr).toContain('--org');
  });
});
