import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { DocketError } from '../core/errors.ts';
import { decryptSqliteFile, encryptSqliteFile } from '../db/database.ts';
import { sqlitePathOf } from '../runtime.ts';

/**
 * `docket db encrypt` / `docket db decrypt`: turn encryption of the SQLite file on or off in place,
 * with the key from DOCKET_DATABASE_KEY (never from an option, which would land in shell history).
 * The server must be stopped; the key is never printed.
 */
export function registerDbCommands(program: Command, config: () => Config): void {
  const db = program.command('db').description('The SQLite database file: encrypt or decrypt it in place');

  db.command('encrypt')
    .description(
      'Encrypt the plaintext SQLite database in place with DOCKET_DATABASE_KEY (stop the server first; ' +
        'keep the key safe: without it the data cannot be read)',
    )
    .action(() => {
      const { path, key } = sqliteTarget(config(), 'encrypt');
      encryptSqliteFile(path, key);
      process.stdout.write(
        `Encrypted the database at ${path}. From now on Docket needs DOCKET_DATABASE_KEY to open it.\n`,
      );
    });

  db.command('decrypt')
    .description(
      'Decrypt the SQLite database in place (stop the server first), then unset DOCKET_DATABASE_KEY',
    )
    .action(() => {
      const { path, key } = sqliteTarget(config(), 'decrypt');
      decryptSqliteFile(path, key);
      process.stdout.write(
        `Decrypted the database at ${path}. Unset DOCKET_DATABASE_KEY before starting Docket.\n`,
      );
    });
}

function sqliteTarget(settings: Config, verb: 'encrypt' | 'decrypt'): { path: string; key: string } {
  if (settings.databaseUrl) {
    throw new DocketError({
      type: 'validation',
      title: `docket db ${verb} works on the SQLite file only`,
      detail: 'on PostgreSQL use the database server’s disk encryption',
    });
  }
  if (settings.databaseKey === undefined) {
    throw new DocketError({
      type: 'validation',
      title: 'Invalid configuration',
      detail: `set DOCKET_DATABASE_KEY to the key to ${verb} the database with`,
      errors: [{ path: 'DOCKET_DATABASE_KEY', message: 'is required' }],
    });
  }
  return { path: sqlitePathOf(settings), key: settings.databaseKey };
}
