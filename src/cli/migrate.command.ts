import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { migrateToLatest } from '../db/database.ts';
import { openConfiguredDatabase } from '../runtime.ts';

export function registerMigrateCommand(program: Command, config: () => Config): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date (the server also does this at start)')
    .action(async () => {
      const database = openConfiguredDatabase(config());
      try {
        const applied = await migrateToLatest(database);
        process.stdout.write(
          applied.length === 0
            ? `The ${database.dialect} database is up to date.\n`
            : `Applied ${applied.length} migration(s) to the ${database.dialect} database:\n${applied.map((m) => `  ${m}`).join('\n')}\n`,
        );
      } finally {
        await database.close();
      }
    });
}
