import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import { pickLanguage } from '../core/language.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import { askKind } from '../modules/asks/ask.operations.ts';
import { commitmentKind, todayOf } from '../modules/commitments/commitment.operations.ts';
import { currentRating } from '../modules/commitments/rating.ts';
import {
  type Engagement,
  engagementKind,
  getEngagement,
  listEngagements,
} from '../modules/engagements/engagement.operations.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { RATING_LABELS } from '../modules/scorecards/scorecard.markdown.ts';
import { registerRecordCommands } from './record-commands.ts';
import {
  citeSource,
  dateOrNot,
  paragraph,
  recordFooter,
  sourceTitles,
  titleOf,
  userNames,
  visibleById,
  words,
} from './tracker-lookups.ts';

export function registerEngagementCommands(program: Command, config: () => Config): void {
  registerRecordCommands(program, config, {
    kind: engagementKind as RecordKind<object>,
    name: 'engagements',
    description: 'Visits, meetings, dialogues and reviews where asks are raised, with their outcomes',
    list: listEngagements,
    get: getEngagement,
    filters: [
      {
        flag: '--kind <kind>',
        description: 'visit, bilateral-meeting, dialogue, un-review, hearing, other',
        param: 'kind',
      },
      { flag: '--country <code>', description: 'ISO country code, e.g. KZ', param: 'country' },
      { flag: '--ask <id>', description: 'engagements whose agenda holds this ask', param: 'askId' },
    ],
    rows: async (records, ctx) => {
      const today = todayOf(ctx);
      return records.map((e) => ({
        ID: e.id,
        TITLE: titleOf(e.title, e.id),
        KIND: e.kind,
        COUNTRIES: e.countries.join(', '),
        DATES: e.endsOn && e.endsOn !== e.startsOn ? `${e.startsOn} – ${e.endsOn}` : e.startsOn,
        AGENDA: String(e.agenda.length),
        'OPEN TASKS': openTasks(e, today),
      }));
    },
    describe: async (engagement, ctx) =>
      describeEngagement(engagement, await engagementContext(ctx, engagement)),
  });
}

/** "3, 2 overdue": follow-ups still open, and how many of them are past due today. */
function openTasks(engagement: Engagement, today: string): string {
  const open = engagement.followUps.filter((t) => t.status === 'open');
  const overdue = open.filter((t) => t.dueOn !== null && t.dueOn < today).length;
  if (open.length === 0) return '';
  return overdue > 0 ? `${open.length}, ${overdue} overdue` : String(open.length);
}

export interface EngagementContext {
  today: string;
  /** "title [KZ, high priority, ask open]" by ask id */
  asks: ReadonlyMap<string, string>;
  /** "title — rating" by commitment id */
  commitments: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, string>;
}

async function engagementContext(ctx: OperationContext, engagement: Engagement): Promise<EngagementContext> {
  const today = todayOf(ctx);
  const asks = await visibleById(
    ctx,
    askKind,
    engagement.agenda.map((i) => i.askId),
  );
  const commitments = await visibleById(
    ctx,
    commitmentKind,
    engagement.agenda.flatMap((i) => i.commitmentIds),
  );
  return {
    today,
    asks: new Map(
      [...asks].map(([id, a]) => [
        id,
        `${titleOf(a.title, id)} [${a.country}, ${a.priority} priority, ask ${words(a.status)}]`,
      ]),
    ),
    commitments: new Map(
      [...commitments].map(([id, c]) => [
        id,
        `${titleOf(c.title, id)} — ${RATING_LABELS[currentRating(c.ratings, today)]}`,
      ]),
    ),
    sources: await sourceTitles(
      ctx,
      engagement.agenda.map((i) => i.sourceId),
    ),
    users: await userNames(
      ctx,
      engagement.followUps.map((t) => t.ownerUserId),
    ),
  };
}

/**
 * `docket engagements show`: when and where, who took part, each ask on the agenda with what came of
 * it (its source, the answer, the commitments received), and the follow-up tasks, overdue ones marked.
 */
export function describeEngagement(engagement: Engagement, context: EngagementContext): string {
  const { today } = context;
  const end = engagement.endsOn ? ` – ${formatPartialDate(engagement.endsOn)}` : '';
  const lines = [
    titleOf(engagement.title, engagement.id),
    `Kind:       ${words(engagement.kind)}`,
    `Countries:  ${engagement.countries.join(', ')}`,
    `Dates:      ${formatPartialDate(engagement.startsOn)}${end}`,
    `Places:     ${engagement.places.length > 0 ? engagement.places.join(', ') : 'not recorded'}`,
    ...paragraph(pickLanguage(engagement.summary)),
    '',
    'Participants',
  ];
  if (engagement.participants.length === 0) lines.push('  none recorded');
  for (const p of engagement.participants) {
    const name = p.name ?? p.personId ?? p.organizationId ?? 'unnamed';
    lines.push(`  ${name}${p.role ? ` — ${p.role}` : ''} (${words(p.side)})`);
  }

  lines.push('', 'Agenda');
  if (engagement.agenda.length === 0) lines.push('  nothing on it yet');
  engagement.agenda.forEach((item, i) => {
    lines.push(`  ${i + 1}. ${context.asks.get(item.askId) ?? `[ask not visible] ${item.askId}`}`);
    const source = item.sourceId ? ` — ${citeSource(context.sources, item.sourceId, item.locator)}` : '';
    lines.push(`     outcome: ${words(item.outcome)}${source}`);
    const response = pickLanguage(item.response);
    if (response) lines.push(`     response: ${response}`);
    for (const id of item.commitmentIds)
      lines.push(`     commitment: ${context.commitments.get(id) ?? '[not visible]'}  ${id}`);
  });

  lines.push('', 'Follow-ups');
  if (engagement.followUps.length === 0) lines.push('  none');
  for (const task of engagement.followUps) {
    const owner = task.ownerUserId ? (context.users.get(task.ownerUserId) ?? task.ownerUserId) : 'no owner';
    const overdue = task.status === 'open' && task.dueOn !== null && task.dueOn < today ? ' — overdue' : '';
    lines.push(
      `  [${task.status}] ${task.title}`,
      `    due ${dateOrNot(task.dueOn, 'no date')}, ${owner}${overdue}`,
    );
  }
  lines.push('', recordFooter(engagement));
  return lines.join('\n');
}
