import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import { DocketError } from '../core/errors.ts';
import { verifyAudit } from '../modules/audit/audit.operations.ts';
import { readHead } from '../modules/audit/audit.store.ts';
import { withOperatorContext } from '../runtime.ts';

/** `docket audit verify|head`: the tamper-evident audit log. */
export function registerAuditCommands(program: Command, config: () => Config): void {
  const audit = program.command('audit').description('The tamper-evident audit log');

  audit
    .command('verify')
    .description('Walk the hash chain and check its signed head; name the first broken link')
    .option(
      '--head <seq:hash>',
      'also check the log still holds a head printed earlier by `docket audit head`',
    )
    .action((options: { head?: string }) =>
      withOperatorContext(config(), async (ctx) => {
        const result = await verifyAudit(ctx);
        const kept = options.head ? await checkKeptHead(ctx, options.head) : null;
        const broken = [result.broken?.problem, kept].filter(Boolean).join('; ');
        if (broken) {
          throw new DocketError({
            type: 'validation',
            title: 'The audit log is broken',
            detail: `${broken} (${result.count} row(s) verified before it)`,
          });
        }
        process.stdout.write(
          `The audit log is intact: ${result.count} row(s), head ${result.head.seq}:${result.head.hash} correctly signed.\n`,
        );
      }),
    );

  audit
    .command('head')
    .description(
      'Print the signed head, to keep outside this machine: a later verify --head proves nothing was cut',
    )
    .action(() =>
      withOperatorContext(config(), async (ctx) => {
        const head = await readHead(ctx);
        process.stdout.write(`${head.seq}:${head.hash} ${head.signature}\n`);
      }),
    );
}

/** A head kept elsewhere must still be in the log, unchanged: otherwise the log was rewritten or cut. */
async function checkKeptHead(ctx: OperationContext, kept: string): Promise<string | null> {
  const match = /^(\d+):([0-9a-f]{64})/.exec(kept.trim());
  if (!match) return 'the --head given is not a head printed by `docket audit head` (seq:hash)';
  const [, seqText, hash] = match;
  const row = await ctx.db
    .selectFrom('audit_log')
    .select('hash')
    .where('seq', '=', Number(seqText))
    .executeTakeFirst();
  if (!row) return `row ${seqText} of the kept head is gone: the log was cut short`;
  return row.hash === hash ? null : `row ${seqText} no longer matches the kept head: the log was rewritten`;
}
