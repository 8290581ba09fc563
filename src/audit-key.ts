import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key that signs the audit log's head, kept outside the database so that whoever can change
 * the database cannot re-sign a log they cut short: `DOCKET_AUDIT_KEY` (64 hex characters), or
 * `audit-key` in the data directory, created at first use with mode 0600.
 */
export function loadAuditKey(options: { env: NodeJS.ProcessEnv; dataDir: string }): Buffer {
  const fromEnv = options.env.DOCKET_AUDIT_KEY?.trim();
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{64}$/.test(fromEnv)) {
      throw new Error('DOCKET_AUDIT_KEY must be 64 hexadecimal characters (32 bytes)');
    }
    return Buffer.from(fromEnv, 'hex');
  }
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const path = join(options.dataDir, 'audit-key');
  try {
    // Created whole and private, or not at all: 'wx' fails if another process made it first.
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, `${randomBytes(32).toString('hex')}\n`);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const fd = openSync(path, 'r');
  try {
    if ((fstatSync(fd).mode & 0o077) !== 0) {
      throw new Error(`${path} is readable by others: run chmod 600 on it`);
    }
    const text = readFileSync(fd, 'utf8').trim();
    if (!/^[0-9a-f]{64}$/.test(text))
      throw new Error(`${path} does not hold an audit key (64 hex characters)`);
    return Buffer.from(text, 'hex');
  } finally {
    closeSync(fd);
  }
}
