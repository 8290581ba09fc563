import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { displayName } from '../core/name.schema.ts';
import {
  getProceeding,
  listProceedings,
  proceedingKind,
} from '../modules/proceedings/proceeding.operations.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { registerRecordCommands } from './record-commands.ts';

export function registerProceedingCommands(program: Command, config: () => Config): void {
  registerRecordCommands(program, config, {
    kind: proceedingKind as RecordKind<object>,
    name: 'proceedings',
    description: 'Trials and other court proceedings, linking the cases of co-defendants',
    list: listProceedings,
    get: getProceeding,
    filters: [
      { flag: '--country <code>', description: 'ISO country code, e.g. UZ', param: 'country' },
      { flag: '--case <id>', description: 'proceedings that include this case', param: 'caseId' },
    ],
    row: (p) => ({
      ID: p.id,
      NAME: displayName(p.names),
      KIND: p.kind,
      COUNTRY: p.country ?? '',
      DEFENDANTS: String(p.caseIds.length),
      ENDED: p.endDate ?? '',
    }),
  });
}
