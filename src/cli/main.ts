import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config.ts';
import { isDocketError } from '../core/errors.ts';
import { PACKAGE_VERSION } from '../version.ts';
import { registerAskCommands } from './asks.command.ts';
import { registerAuditCommands } from './audit.command.ts';
import { registerBriefingCommands } from './briefing.command.ts';
import { registerCaseCommands } from './cases.command.ts';
import { registerCommitmentCommands } from './commitments.command.ts';
import { registerDbCommands } from './db.command.ts';
import { registerDemoCommand } from './demo.command.ts';
import { registerEngagementCommands } from './engagements.command.ts';
import { registerEventCommands } from './events.command.ts';
import { registerExportCommand } from './export.command.ts';
import { registerImportCommand } from './import.command.ts';
import { registerIndicatorCommands } from './indicators.command.ts';
import { registerIngestCommand } from './ingest.command.ts';
import { registerInterventionCommands } from './interventions.command.ts';
import { registerKeyCommands } from './keys.command.ts';
import { registerLegalInstrumentCommands } from './legal-instruments.command.ts';
import { registerMigrateCommand } from './migrate.command.ts';
import { registerOrganizationCommands } from './organizations.command.ts';
import { ExitStatus, formatError } from './output.ts';
import { registerPersonCommands } from './persons.command.ts';
import { registerProceedingCommands } from './proceedings.command.ts';
import { registerScorecardCommand } from './scorecard.command.ts';
import { registerSearchCommand } from './search.command.ts';
import { registerServeCommand } from './serve.command.ts';
import { registerUserCommands } from './users.command.ts';

/** `docket`: every command works on the local data directory as the operator. */
export function buildProgram(): Command {
  const program = new Command()
    .name('docket')
    .description('Docket: evidence, commitments and advocacy letters for human-rights work')
    .version(PACKAGE_VERSION)
    .showHelpAfterError()
    .exitOverride();
  const config = () => loadConfig();
  registerServeCommand(program, config);
  registerMigrateCommand(program, config);
  registerDbCommands(program, config);
  registerDemoCommand(program, config);
  registerUserCommands(program, config);
  registerPersonCommands(program, config);
  registerOrganizationCommands(program, config);
  registerLegalInstrumentCommands(program, config);
  registerIndicatorCommands(program, config);
  registerEventCommands(program, config);
  registerCaseCommands(program, config);
  registerProceedingCommands(program, config);
  registerCommitmentCommands(program, config);
  registerAskCommands(program, config);
  registerEngagementCommands(program, config);
  registerInterventionCommands(program, config);
  registerScorecardCommand(program, config);
  registerBriefingCommands(program, config);
  registerExportCommand(program, config);
  registerImportCommand(program, config);
  registerIngestCommand(program, config);
  registerSearchCommand(program, config);
  registerKeyCommands(program, config);
  registerAuditCommands(program, config);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof ExitStatus) return error.status;
    process.stderr.write(`${formatError(error)}\n`);
    return isDocketError(error) && error.status < 500 ? 2 : 1;
  }
}
