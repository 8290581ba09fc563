/**
 * `docket audit verify|head` end to end on the demo data: intact after loading it, and every kind
 * of hand-editing of the database file reported — including rows cut off the end, which only the
 * signed head (or a head kept elsewhere) can reveal.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, runDocketInProcess } from '../support/docket-cli.ts';

describe('docket audit', { timeout: 120_000 }, () => {
  let dataDir = '';
  let env: Record<string, string> = {};
  /** A copy of the demo's data directory (keys included), taken before any tampering. */
  let copyDir = '';

  /** Edits the database file as someone holding it would: triggers dropped first. */
  function tamper(statements: string[]): void {
    const database = new Database(join(dataDir, 'docket.sqlite'));
    try {
      database.exec(
        'drop trigger if exists audit_log_no_update; drop trigger if exists audit_log_no_delete;',
      );
      for (const statement of statements) database.exec(statement);
    } finally {
      database.close();
    }
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'docket-audit-'));
    env = baseEnv({ DOCKET_DATA_DIR: dataDir });
    const demo = await runDocketInProcess(['demo'], env);
    expect(demo.code, demo.stderr).toBe(0);
    copyDir = await mkdtemp(join(tmpdir(), 'docket-audit-cut-'));
    await cp(dataDir, copyDir, { recursive: true });
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(copyDir, { recursive: true, force: true });
  });

  it('verifies the demo data, then reports a hand-edited row and rows cut off the end', async () => {
    const intact = await runDocketInProcess(['audit', 'verify'], env);
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/The audit log is intact: \d+ row\(s\)/);
    const head = (await runDocketInProcess(['audit', 'head'], env)).stdout.trim();
    expect(head).toMatch(/^\d+:[0-9a-f]{64} [0-9a-f]{64}$/);
    expect((await runDocketInProcess(['audit', 'verify', '--head', head], env)).code).toBe(0);

    tamper(["update audit_log set actor = 'someone-else' where seq = 3"]);
    const edited = await runDocketInProcess(['audit', 'verify'], env);
    expect(edited.code).toBe(2);
    expect(edited.stderr).toContain('row 3 was changed after it was written');
  });

  it('reports a cut log even when the head row is rewritten to match, with the kept head', async () => {
    const copyEnv = baseEnv({ DOCKET_DATA_DIR: copyDir });
    const kept = (await runDocketInProcess(['audit', 'head'], copyEnv)).stdout.trim();
    const seq = Number(kept.split(':')[0]);
    const database = new Database(join(copyDir, 'docket.sqlite'));
    try {
      database.exec('drop trigger audit_log_no_delete');
      database.prepare('delete from audit_log where seq > ?').run(seq - 2);
      const last = database.prepare('select seq, hash from audit_log order by seq desc limit 1').get() as {
        seq: number;
        hash: string;
      };
      database.prepare('update audit_head set seq = ?, hash = ?').run(last.seq, last.hash);
    } finally {
      database.close();
    }
    const cut = await runDocketInProcess(['audit', 'verify'], copyEnv);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain('the head signature does not match');
    const againstKept = await runDocketInProcess(['audit', 'verify', '--head', kept], copyEnv);
    expect(againstKept.stderr).toContain(`row ${seq} of the kept head is gone`);
  });
});
