import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import { pickLanguage } from '../core/language.ts';
import { displayName } from '../core/name.schema.ts';
import {
  getIntervention,
  type Intervention,
  interventionKind,
  listInterventions,
} from '../modules/interventions/intervention.operations.ts';
import { organizationKind } from '../modules/organizations/organization.operations.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { registerRecordCommands } from './record-commands.ts';
import {
  citeSource,
  dateOrNot,
  linkCounts,
  recordFooter,
  sourceTitles,
  titleOf,
  visibleById,
  words,
} from './tracker-lookups.ts';

export function registerInterventionCommands(program: Command, config: () => Config): void {
  registerRecordCommands(program, config, {
    kind: interventionKind as RecordKind<object>,
    name: 'interventions',
    description: 'Communications to UN mechanisms about cases, and their answers',
    list: listInterventions,
    get: getIntervention,
    filters: [
      {
        flag: '--kind <kind>',
        description: 'urgent-appeal, allegation-letter, wgad-petition, individual-communication, other',
        param: 'kind',
      },
      {
        flag: '--mechanism <mechanism>',
        description: 'wgad, special-rapporteur, treaty-body, upr, other',
        param: 'mechanism',
      },
      { flag: '--country <code>', description: 'ISO country code, e.g. UZ', param: 'country' },
      {
        flag: '--status <status>',
        description: 'draft, sent, government-replied, decided, closed',
        param: 'status',
      },
      { flag: '--case <id>', description: 'interventions about this case', param: 'caseId' },
    ],
    row: (i) => ({
      ID: i.id,
      TITLE: titleOf(i.title, i.id),
      MECHANISM: i.mechanism,
      COUNTRY: i.country ?? '',
      SENT: i.sentOn ?? '',
      STATUS: i.status,
    }),
    describe: async (intervention, ctx) =>
      describeIntervention(intervention, await interventionContext(ctx, intervention)),
  });
}

export interface InterventionContext {
  sources: ReadonlyMap<string, string>;
  submitter: string | null;
}

async function interventionContext(
  ctx: OperationContext,
  intervention: Intervention,
): Promise<InterventionContext> {
  const orgs = await visibleById(ctx, organizationKind, [intervention.submittedById]);
  const org = intervention.submittedById ? orgs.get(intervention.submittedById) : undefined;
  return {
    sources: await sourceTitles(ctx, [intervention.sourceId]),
    submitter: org ? `${org.names ? displayName(org.names) : '[name withheld]'} (${org.id})` : null,
  };
}

/** `docket interventions show`: to whom, about what, when, and what came back. */
export function describeIntervention(intervention: Intervention, context: InterventionContext): string {
  const mechanism = intervention.mechanismName
    ? `${intervention.mechanism} (${intervention.mechanismName})`
    : intervention.mechanism;
  const lines = [
    titleOf(intervention.title, intervention.id),
    `Kind:         ${words(intervention.kind)}`,
    `Mechanism:    ${mechanism}`,
    `Country:      ${intervention.country ?? 'not recorded'}`,
    `Sent:         ${dateOrNot(intervention.sentOn)}`,
    `Submitted by: ${context.submitter ?? 'not recorded'}`,
    `Reference:    ${intervention.reference ?? 'not recorded'}`,
    `Status:       ${words(intervention.status)}`,
    `Reply:        ${pickLanguage(intervention.reply) ?? 'none recorded'}${intervention.replyOn ? ` (${dateOrNot(intervention.replyOn)})` : ''}`,
    `Outcome:      ${pickLanguage(intervention.outcome) ?? 'none recorded'}`,
    `Source:       ${citeSource(context.sources, intervention.sourceId)}`,
    `Linked:       ${linkCounts([
      ['case', intervention.caseIds],
      ['person', intervention.personIds],
    ])}`,
    '',
    recordFooter(intervention),
  ];
  return lines.join('\n');
}
