import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import { pickLanguage } from '../core/language.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import { type Ask, askKind, getAsk, getAskHistory, listAsks } from '../modules/asks/ask.operations.ts';
import type { AskHistory } from '../modules/asks/ask.schema.ts';
import { commitmentKind, todayOf } from '../modules/commitments/commitment.operations.ts';
import { currentRating } from '../modules/commitments/rating.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { RATING_LABELS } from '../modules/scorecards/scorecard.markdown.ts';
import { registerRecordCommands } from './record-commands.ts';
import {
  issueAreaLines,
  linkCounts,
  paragraph,
  recordFooter,
  titleOf,
  visibleById,
  words,
} from './tracker-lookups.ts';

export function registerAskCommands(program: Command, config: () => Config): void {
  registerRecordCommands(program, config, {
    kind: askKind as RecordKind<object>,
    name: 'asks',
    description: 'What advocates ask of a government, where they raised it, and what answered it',
    list: listAsks,
    get: getAsk,
    filters: [
      { flag: '--country <code>', description: 'ISO country code, e.g. UZ', param: 'country' },
      { flag: '--status <status>', description: 'open, raised, partly-met, met, dropped', param: 'status' },
      { flag: '--priority <priority>', description: 'high, medium, low', param: 'priority' },
      {
        flag: '--issue-area <area>',
        description: 'e.g. us-dos-2021/2b; a section covers its subsections',
        param: 'issueArea',
      },
      {
        flag: '--open',
        description: 'only asks still to be pressed (open, raised, partly met)',
        param: 'isOpen',
      },
    ],
    row: (a) => ({
      ID: a.id,
      TITLE: titleOf(a.title, a.id),
      COUNTRY: a.country,
      PRIORITY: a.priority,
      STATUS: a.status,
    }),
    describe: async (ask, ctx) => describeAsk(ask, await askContext(ctx, ask)),
  });
}

export interface AskContext {
  history: AskHistory;
  /** Commitments answering the ask: "title — rating", by id. */
  commitments: ReadonlyMap<string, string>;
}

async function askContext(ctx: OperationContext, ask: Ask): Promise<AskContext> {
  const history = await getAskHistory(ctx, ask.id);
  const today = todayOf(ctx);
  const commitments = await visibleById(ctx, commitmentKind, history.commitmentIds);
  return {
    history,
    commitments: new Map(
      [...commitments].map(([id, c]) => [
        id,
        `${titleOf(c.title, id)} — ${RATING_LABELS[currentRating(c.ratings, today)]}`,
      ]),
    ),
  };
}

/** `docket asks show`: the ask, the engagements whose agenda held it and what came of it, and its answers. */
export function describeAsk(ask: Ask, context: AskContext): string {
  const lines = [
    titleOf(ask.title, ask.id),
    `Country:    ${ask.country}`,
    `Priority:   ${ask.priority}`,
    `Status:     ${words(ask.status)}`,
    ...issueAreaLines(ask.issueAreas),
    ...paragraph(pickLanguage(ask.description)),
    '',
    'Raised at',
  ];
  const { raisings } = context.history;
  if (raisings.length === 0) lines.push('  on no engagement yet');
  for (const r of raisings) {
    lines.push(
      `  ${formatPartialDate(r.startsOn)}: ${titleOf(r.engagementTitle, r.engagementId)} — ${words(r.outcome)}`,
    );
    const response = pickLanguage(r.response);
    if (response) lines.push(`    response: ${response}`);
  }
  lines.push('', 'Commitments answering it');
  if (context.history.commitmentIds.length === 0) lines.push('  none recorded');
  for (const id of context.history.commitmentIds)
    lines.push(`  ${context.commitments.get(id) ?? '[not visible]'}  ${id}`);
  lines.push(
    '',
    `Linked: ${linkCounts([
      ['person', ask.personIds],
      ['case', ask.caseIds],
      ['organization', ask.organizationIds],
      ['event', ask.eventIds],
      ['legal instrument', ask.legalInstrumentIds],
    ])}`,
    recordFooter(ask),
  );
  return lines.join('\n');
}
