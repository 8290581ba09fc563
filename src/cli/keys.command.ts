import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { citableKinds } from '../modules/citations/citable-kinds.ts';
import { citationKind } from '../modules/citations/citation.operations.ts';
import {
  countSealedByKey,
  type RotationTarget,
  rotateSealedValues,
  sealOutstanding,
} from '../modules/records/key-rotation.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { withOperatorContext } from '../runtime.ts';
import { beginKeyFileRotation, finishKeyFileRotation, keySource, loadKeyring } from '../secret-keys.ts';

/** Every record type, and the tables that can hold sealed values. */
const KINDS = [...Object.values(citableKinds), citationKind as RecordKind<object>];
const TARGETS: RotationTarget[] = KINDS.map((kind) => ({
  table: kind.table,
  type: kind.type,
}));

/** `docket keys status|rotate`: the keys that encrypt secret field values. */
export function registerKeyCommands(program: Command, config: () => Config): void {
  const keys = program.command('keys').description('The keys that encrypt secret field values');

  keys
    .command('status')
    .description('Where the key comes from, and how many sealed records each key holds')
    .action(async () => {
      const keyring = loadKeyring({ env: process.env, dataDir: config().dataDir });
      const counts = await withOperatorContext(config(), (ctx) => countSealedByKey(ctx, TARGETS), keyring);
      const ids = [...new Set([...Object.keys(counts.records), ...Object.keys(counts.revisions)])];
      const source =
        keySource(process.env) === 'environment' ? 'DOCKET_SECRET_KEY' : 'the key file in the data directory';
      const lines = [
        `Key source: ${source}`,
        `Current key: ${keyring.current.id}`,
        ...ids.map(
          (id) =>
            `  ${id}${id === keyring.current.id ? ' (current)' : ''}: ` +
            `${counts.records[id] ?? 0} record(s), ${counts.revisions[id] ?? 0} revision(s)`,
        ),
      ];
      if (ids.length === 0) lines.push('  no record holds a secret value yet');
      if (ids.some((id) => id !== keyring.current.id)) {
        lines.push('Some values are still under an older key: run `docket keys rotate` to finish.');
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });

  keys
    .command('rotate')
    .description(
      'Re-encrypt every secret value, revisions included, under a new key (key file) or under ' +
        'DOCKET_SECRET_KEY (with the old key in DOCKET_SECRET_KEY_PREVIOUS); safe to run again if interrupted. ' +
        'Stop the server first: it holds the keys it started with',
    )
    .action(async () => {
      const { dataDir } = config();
      const fromFile = keySource(process.env) === 'file';
      // A key file rotation adds the new key first; an interrupted one is resumed with the same key.
      const keyring = fromFile ? beginKeyFileRotation(dataDir) : loadKeyring({ env: process.env, dataDir });
      const result = await withOperatorContext(
        config(),
        async (ctx) => {
          await sealOutstanding(ctx, KINDS);
          return rotateSealedValues(ctx, TARGETS, {
            onBatch: ({ table, rewritten }) => {
              process.stderr.write(`  ${table}: ${rewritten} re-encrypted\n`);
              return true;
            },
          });
        },
        keyring,
      );
      if (fromFile) finishKeyFileRotation(dataDir);
      process.stdout.write(
        `Re-encrypted ${result.records} record(s) and ${result.revisions} revision(s) under key ${keyring.current.id}.\n` +
          (fromFile
            ? 'The old key is removed from the key file.\n'
            : 'Every value is under DOCKET_SECRET_KEY now: remove DOCKET_SECRET_KEY_PREVIOUS.\n'),
      );
    });
}
