import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import { pickLanguage } from '../core/language.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import { askKind } from '../modules/asks/ask.operations.ts';
import {
  type Commitment,
  commitmentKind,
  getCommitment,
  listCommitments,
  presentCommitment,
  rateCommitment,
  todayOf,
} from '../modules/commitments/commitment.operations.ts';
import { currentRating, isOverdue, ratingAsOf, ratingsInOrder } from '../modules/commitments/rating.ts';
import { engagementKind } from '../modules/engagements/engagement.operations.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { RATING_LABELS } from '../modules/scorecards/scorecard.markdown.ts';
import { withOperatorContext } from '../runtime.ts';
import { usageError } from './output.ts';
import { registerRecordCommands } from './record-commands.ts';
import {
  citeSource,
  dateOrNot,
  issueAreaLines,
  linkCounts,
  paragraph,
  recordFooter,
  sourceTitles,
  titleOf,
  visibleById,
  words,
} from './tracker-lookups.ts';

export function registerCommitmentCommands(program: Command, config: () => Config): void {
  const commitments = registerRecordCommands(program, config, {
    kind: commitmentKind as RecordKind<object>,
    name: 'commitments',
    description:
      'Promises governments made — pledges, assurances, laws, UN recommendations — rated over time',
    list: listCommitments,
    get: getCommitment,
    filters: [
      { flag: '--country <code>', description: 'ISO country code, e.g. KZ', param: 'country' },
      {
        flag: '--kind <kind>',
        description: 'assurance, pledge, law-or-decree, un-recommendation',
        param: 'kind',
      },
      {
        flag: '--rating <rating>',
        description: 'current rating: not-yet-rated, in-the-works, stalled, kept, compromise, broken, …',
        param: 'rating',
      },
      {
        flag: '--issue-area <area>',
        description: 'e.g. us-dos-2021/3; a section covers its subsections',
        param: 'issueArea',
      },
      {
        flag: '--overdue',
        description: 'only those past their deadline without a final rating',
        param: 'isOverdue',
      },
    ],
    rows: async (records, ctx) => {
      const today = todayOf(ctx);
      return records.map((c) => ({
        ID: c.id,
        TITLE: titleOf(c.title, c.id),
        KIND: c.kind,
        COUNTRY: c.country,
        MADE: c.madeOn ?? '',
        RATING: RATING_LABELS[currentRating(c.ratings, today)],
        OVERDUE: isOverdue(c, today) ? 'overdue' : '',
      }));
    },
    // Only the derived values, as the API adds them: the record itself is the disclosed one.
    present: (ctx, commitment) => {
      const { currentRating: rating, isOverdue: overdue } = presentCommitment(ctx, commitment);
      return { currentRating: rating, isOverdue: overdue };
    },
    describe: async (commitment, ctx) =>
      describeCommitment(commitment, await commitmentContext(ctx, commitment)),
  });

  commitments
    .command('rate')
    .description('Add a rating to a commitment, with its rationale and at least one source as evidence')
    .argument('<id>', 'the commitment id')
    .option(
      '--rating <rating>',
      'in-the-works, stalled, kept, compromise, broken (UN recommendations: not-implemented, partially-implemented, fully-implemented)',
    )
    .option('--evidence <source-id>', 'a source the rating rests on; repeat for several', collect)
    .option('--rationale <text>', 'why this rating')
    .option('--rated-on <date>', 'the date of the evidence, YYYY, YYYY-MM or YYYY-MM-DD (default today)')
    .option(
      '--locator <text>',
      'where in the source; the first goes with the first --evidence, and so on',
      collect,
      [],
    )
    .option('--summary <text>', 'what the source shows, in your words; paired like --locator', collect)
    .action((id: string, options: RateOptions) =>
      withOperatorContext(config(), async (ctx) => {
        const rated = await rateFromCommandLine(ctx, id, options);
        process.stdout.write(`${describeRated(rated)}\n`);
      }),
    );
}

/** Repeatable options; no default list, so the help does not print an empty one. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export interface RateOptions {
  rating?: string;
  evidence?: string[];
  rationale?: string;
  ratedOn?: string;
  locator?: string[];
  summary?: string[];
}

/**
 * `docket commitments rate`: the options as the rating body, on the version just read. What the
 * rating itself needs (a rationale, a source) is left to the operation, so the terminal gets the
 * same field errors as the API; only the pairing of locators and summaries is the command's own.
 */
export async function rateFromCommandLine(
  ctx: OperationContext,
  id: string,
  options: RateOptions,
): Promise<Commitment> {
  const { evidence = [], locator = [], summary = [] } = options;
  for (const [option, given] of [
    ['locator', locator],
    ['summary', summary],
  ] as const) {
    if (given.length > evidence.length)
      throw usageError(option, `given ${given.length} times for ${evidence.length} --evidence`);
  }
  const commitment = await getCommitment(ctx, id);
  return rateCommitment(ctx, id, {
    version: commitment.version,
    rating: options.rating,
    ratedOn: options.ratedOn ?? todayOf(ctx),
    rationale: options.rationale,
    evidence: evidence.map((sourceId, i) => ({
      sourceId,
      ...(locator[i] ? { locator: locator[i] } : {}),
      ...(summary[i] ? { summary: summary[i] } : {}),
    })),
  });
}

/** "Rated … compromise from 19 March 2023 (version 3)." — and what it is now, if an older date. */
export function describeRated(commitment: Commitment): string {
  const added = commitment.ratings.at(-1);
  const latest = ratingAsOf(commitment.ratings);
  const lines = [
    `Rated ${titleOf(commitment.title, commitment.id)} — ${added ? `${RATING_LABELS[added.rating]} from ${formatPartialDate(added.ratedOn)}` : ''} (version ${commitment.version}).`,
  ];
  if (latest && latest !== added)
    lines.push(
      `A later rating still stands: ${RATING_LABELS[latest.rating]} from ${formatPartialDate(latest.ratedOn)}.`,
    );
  return lines.join('\n');
}

export interface CommitmentContext {
  today: string;
  sources: ReadonlyMap<string, string>;
  asks: ReadonlyMap<string, string>;
  engagement: string | null;
}

async function commitmentContext(ctx: OperationContext, commitment: Commitment): Promise<CommitmentContext> {
  const sourceIds = [
    ...commitment.benchmarks.map((b) => b.sourceId),
    ...commitment.ratings.flatMap((r) => r.evidence.map((e) => e.sourceId)),
  ];
  const asks = await visibleById(ctx, askKind, commitment.askIds);
  const engagements = await visibleById(ctx, engagementKind, [commitment.engagementId]);
  const engagement = commitment.engagementId ? engagements.get(commitment.engagementId) : undefined;
  return {
    today: todayOf(ctx),
    sources: await sourceTitles(ctx, sourceIds),
    asks: new Map([...asks].map(([id, a]) => [id, `${titleOf(a.title, id)} (${a.status})`])),
    engagement: engagement ? `${titleOf(engagement.title, engagement.id)} (${engagement.id})` : null,
  };
}

/**
 * `docket commitments show`: what was promised, by whom and when, the rating today and its whole
 * history with the evidence of each rating, the benchmarks, and what it answers.
 */
export function describeCommitment(commitment: Commitment, context: CommitmentContext): string {
  const { today, sources } = context;
  const current = ratingAsOf(commitment.ratings, today);
  const rating = current
    ? `${RATING_LABELS[current.rating]} (since ${formatPartialDate(current.ratedOn)})`
    : RATING_LABELS['not-yet-rated'];
  const un = commitment.unRecommendation;
  const lines = [
    titleOf(commitment.title, commitment.id),
    `Kind:       ${words(commitment.kind)}`,
    `Country:    ${commitment.country}`,
    `Made by:    ${commitment.makerLabel ?? 'not recorded'}`,
    `Made on:    ${dateOrNot(commitment.madeOn)}`,
    `Recipient:  ${commitment.recipient ?? 'not recorded'}`,
    `Given at:   ${context.engagement ?? 'no engagement recorded'}`,
    `Deadline:   ${dateOrNot(commitment.deadline, 'none')}`,
    `Rating:     ${rating}${isOverdue(commitment, today) ? ' — overdue' : ''}`,
  ];
  if (un) {
    lines.push(
      `UN:         ${un.mechanism}${un.cycle ? `, ${un.cycle}` : ''}; response ${un.response ?? 'not yet given'}` +
        `${un.isAlreadyImplemented ? ' ("already implemented")' : ''}`,
    );
    if (un.recommendingStates.length > 0) lines.push(`Recommended by: ${un.recommendingStates.join(', ')}`);
  }
  lines.push(...issueAreaLines(commitment.issueAreas), ...paragraph(pickLanguage(commitment.text)));

  lines.push('', 'Benchmarks');
  if (commitment.benchmarks.length === 0) lines.push('  none recorded');
  for (const b of commitment.benchmarks)
    lines.push(
      `  [${words(b.status)}] ${pickLanguage(b.text) ?? ''} — ${citeSource(sources, b.sourceId, b.locator)}`,
    );

  lines.push('', 'Ratings, oldest first');
  if (commitment.ratings.length === 0) lines.push('  not yet rated');
  for (const entry of ratingsInOrder(commitment.ratings)) {
    lines.push(
      `  ${formatPartialDate(entry.ratedOn)}: ${RATING_LABELS[entry.rating]}`,
      `    why: ${entry.rationale}`,
    );
    for (const e of entry.evidence)
      lines.push(
        `    evidence: ${citeSource(sources, e.sourceId, e.locator)}${e.summary ? ` — ${e.summary}` : ''}`,
      );
  }

  lines.push('', 'Answers');
  if (commitment.askIds.length === 0) lines.push('  no ask recorded');
  for (const id of commitment.askIds) lines.push(`  ${context.asks.get(id) ?? '[ask not visible]'}  ${id}`);
  lines.push(
    '',
    `Linked: ${linkCounts([
      ['case', commitment.caseIds],
      ['organization', commitment.organizationIds],
      ['event', commitment.eventIds],
      ['legal instrument', commitment.legalInstrumentIds],
    ])}`,
    recordFooter(commitment),
  );
  return lines.join('\n');
}
