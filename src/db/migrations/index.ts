import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../../core/context.ts';
import { foundation } from './0001-foundation.ts';
import { evidence } from './0002-evidence.ts';
import { access } from './0003-access.ts';
import { sharing } from './0004-sharing.ts';
import { audit } from './0005-audit.ts';
import { tracker } from './0006-tracker.ts';
import { letters } from './0007-letters.ts';
import { documents } from './0008-documents.ts';
import { search } from './0009-search.ts';

/**
 * Forward-only migrations, in order. Names are permanent once released: add a new file, never edit
 * an old one. Listed statically (not read from disk) so they work the same under tsx, vitest and a
 * bundled build.
 */
const migrations: Record<string, (dialect: Dialect) => Migration> = {
  '0001-foundation': foundation,
  '0002-evidence': evidence,
  '0003-access': access,
  '0004-sharing': sharing,
  '0005-audit': audit,
  '0006-tracker': tracker,
  '0007-letters': letters,
  '0008-documents': documents,
  '0009-search': search,
};

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations() {
      return Object.fromEntries(Object.entries(migrations).map(([name, make]) => [name, make(dialect)]));
    },
  };
}

export function migrationNames(): string[] {
  return Object.keys(migrations).sort();
}
