import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { rebaseFieldErrors } from '../core/errors.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import { currentRatingSchema } from '../modules/commitments/rating.ts';
import {
  countryName,
  issueAreaLabel,
  RATING_LABELS,
  scorecardToMarkdown,
} from '../modules/scorecards/scorecard.markdown.ts';
import { scorecardForCountry } from '../modules/scorecards/scorecard.operations.ts';
import type { Scorecard } from '../modules/scorecards/scorecard.schema.ts';
import { withOperatorContext } from '../runtime.ts';
import { type AudienceOptions, addAudienceOptions, audienceContext } from './audience.ts';
import { table, usageError } from './output.ts';
import { titleOf } from './tracker-lookups.ts';

const FORMATS = ['text', 'md', 'json'] as const;
type ScorecardFormat = (typeof FORMATS)[number];

interface ScorecardOptions extends AudienceOptions {
  country?: string;
  asOf?: string;
  issueArea?: string;
  format: string;
}

/** The operation's field names as the options that set them, so an error names what to fix. */
const OPTION_OF: Record<string, string> = {
  country: '--country',
  asOf: '--as-of',
  issueArea: '--issue-area',
};

export function registerScorecardCommand(program: Command, config: () => Config): void {
  const command = program
    .command('scorecard')
    .description("A government's commitments by rating as of a day, per issue area, with the timeline")
    .option('--country <code>', 'ISO country code, e.g. KZ (required)')
    .option('--as-of <day>', 'what had happened by this day, YYYY-MM-DD (default today)')
    .option('--issue-area <area>', 'only commitments under this area, e.g. us-dos-2021/3')
    .option('--format <format>', `${FORMATS.join(', ')}`, 'text');
  addAudienceOptions(command).action((options: ScorecardOptions) => {
    const format = scorecardFormat(options);
    if (!options.country) throw usageError('country', 'give the country, e.g. --country KZ');
    return withOperatorContext(config(), async (operatorCtx) => {
      const ctx = await audienceContext(operatorCtx, options);
      const scorecard = await scorecardForCountry(ctx, {
        country: options.country,
        asOf: options.asOf,
        issueArea: options.issueArea,
      }).catch((error: unknown) => {
        throw rebaseFieldErrors(error, (path) => OPTION_OF[path] ?? path);
      });
      process.stdout.write(renderScorecard(scorecard, format));
    });
  });
}

function scorecardFormat(options: ScorecardOptions): ScorecardFormat {
  if (!(FORMATS as readonly string[]).includes(options.format))
    throw usageError('format', `"${options.format}" is not one of ${FORMATS.join(', ')}`);
  return options.format as ScorecardFormat;
}

export function renderScorecard(scorecard: Scorecard, format: ScorecardFormat): string {
  if (format === 'json') return `${JSON.stringify(scorecard, null, 2)}\n`;
  if (format === 'md') return scorecardToMarkdown(scorecard);
  return scorecardToText(scorecard);
}

/** For the terminal: the totals on one line, then the ratings, issue areas and commitments as columns. */
export function scorecardToText(scorecard: Scorecard): string {
  const { totals } = scorecard;
  const area = scorecard.issueArea ? `, issue area ${issueAreaLabel(scorecard.issueArea)}` : '';
  const lines = [
    `${countryName(scorecard.country)} as of ${formatPartialDate(scorecard.asOf)}${area}: ` +
      `${totals.commitments} commitment(s), ${totals.rated} rated, ${totals.kept} kept, ${totals.overdue} overdue`,
  ];
  if (totals.commitments === 0) return `${lines.join('\n')}\n`;
  const ratings = currentRatingSchema.options.filter((r) => totals.byRating[r] > 0);
  lines.push(
    '',
    table([['RATING', 'COMMITMENTS'], ...ratings.map((r) => [RATING_LABELS[r], String(totals.byRating[r])])]),
  );
  if (scorecard.byIssueArea.length > 0) {
    const rows = scorecard.byIssueArea.map(({ issueArea, totals: t }) => [
      issueAreaLabel(issueArea),
      String(t.commitments),
      String(t.kept),
      String(t.overdue),
    ]);
    lines.push('', table([['ISSUE AREA', 'COMMITMENTS', 'KEPT', 'OVERDUE'], ...rows], 70));
  }
  const rows = scorecard.commitments.map((c) => [
    c.madeOn ?? '',
    RATING_LABELS[c.rating] + (c.isOverdue ? ' (overdue)' : ''),
    titleOf(c.title, c.id),
    c.id,
  ]);
  lines.push('', table([['MADE', 'RATING', 'COMMITMENT', 'ID'], ...rows], 70));
  return `${lines.join('\n')}\n`;
}
