import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import { displayName } from '../core/name.schema.ts';
import {
  type Case,
  caseKind,
  countCustodyCensus,
  getCase,
  listCases,
  presentCase,
} from '../modules/cases/case.operations.ts';
import { personKind } from '../modules/persons/person.operations.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { withOperatorContext } from '../runtime.ts';
import { describeCase } from './case-description.ts';
import { usageError } from './output.ts';
import { registerRecordCommands } from './record-commands.ts';

/** How a count reads: "3 deprived of liberty", "1 with restricted liberty". */
const CUSTODY_LABEL = { deprived: 'deprived of liberty', restricted: 'with restricted liberty' } as const;

export function registerCaseCommands(program: Command, config: () => Config): void {
  const cases = registerRecordCommands(program, config, {
    kind: caseKind as RecordKind<object>,
    name: 'cases',
    description: 'Acts against victims — detentions, prosecutions, torture — with their timelines',
    list: listCases,
    get: getCase,
    filters: [
      { flag: '--country <code>', description: 'ISO country code, e.g. UZ', param: 'country' },
      {
        flag: '--case-type <type>',
        description: 'arbitrary-detention, prosecution, torture, …',
        param: 'caseType',
      },
      { flag: '--status <status>', description: 'imprisoned, house-arrest, released, …', param: 'status' },
      { flag: '--victim <id>', description: 'cases of this person', param: 'victimId' },
      {
        flag: '--in-custody-on <day>',
        description: 'victim (certainly or possibly) in custody that day',
        param: 'inCustodyOn',
      },
      {
        flag: '--custody <kind>',
        description: 'with --in-custody-on: deprived (default) or restricted',
        param: 'custody',
      },
    ],
    rows: caseRows,
    describe: describeCase,
  });

  cases
    .command('census')
    .description(
      'How many people were in custody on a day (in custody at 00:01 counts), or on 1 December of each year',
    )
    .option('--on <day>', 'the census day, YYYY-MM-DD')
    .option('--years <from-to>', 'each 1 December in these years, e.g. 2018-2025')
    .option('--custody <kind>', 'deprived (default) or restricted', 'deprived')
    .option('--country <code>', 'ISO country code')
    .option('--case-type <type>', 'only this case type')
    .option('--occupation <occupation>', 'only victims with this occupation, e.g. journalist')
    .action(
      (options: {
        on?: string;
        years?: string;
        custody: string;
        country?: string;
        caseType?: string;
        occupation?: string;
      }) =>
        withOperatorContext(config(), async (ctx) => {
          const days = censusDays(options);
          for (const on of days) {
            const { years: _years, ...filters } = options;
            const result = await countCustodyCensus(ctx, { ...filters, on });
            const uncertain = result.possible - result.certain;
            process.stdout.write(
              `${on}  ${result.certain}${uncertain > 0 ? `, possibly ${result.possible}` : ''} ${CUSTODY_LABEL[result.custody]}\n`,
            );
          }
        }),
    );
}

function censusDays(options: { on?: string; years?: string }): string[] {
  if (options.years) {
    const match = /^(\d{4})-(\d{4})$/.exec(options.years);
    const from = Number(match?.[1]);
    const to = Number(match?.[2]);
    if (!match || to < from || to - from > 100)
      throw usageError('years', `must look like 2018-2025, not "${options.years}"`);
    return Array.from({ length: to - from + 1 }, (_, i) => `${from + i}-12-01`);
  }
  if (!options.on) throw usageError('on', 'give --on YYYY-MM-DD or --years FROM-TO');
  return [options.on];
}

async function caseRows(records: Case[], ctx: OperationContext): Promise<Record<string, string>[]> {
  const victims = new Map(
    (
      await personKind.load(
        ctx.db,
        records.map((c) => c.victimId),
      )
    ).map((p) => [p.id, p]),
  );
  return records.map((record) => {
    const victim = victims.get(record.victimId);
    return {
      ID: record.id,
      VICTIM: victim ? displayName(victim.names) : record.victimId,
      TYPE: record.caseType,
      COUNTRY: record.country ?? '',
      STATUS: presentCase(ctx, record).derived.status,
    };
  });
}
