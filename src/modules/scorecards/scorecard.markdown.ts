import { pickLanguage } from '../../core/language.ts';
import { formatPartialDate } from '../../core/partial-date.ts';
import { ISSUE_AREA_TITLES, type IssueArea } from '../commitments/issue-areas.ts';
import { type CurrentRating, currentRatingSchema } from '../commitments/rating.ts';
import type { Scorecard, ScorecardTotals, ScoredCommitment } from './scorecard.schema.ts';

/**
 * A scorecard as Markdown, in English: pure, so the CLI prints it and briefings can embed it. Dates
 * read as the project writes them ("1 March 2023", "March 2022"), issue areas by their report
 * section and title, ratings in words.
 */

export const RATING_LABELS: Record<CurrentRating, string> = {
  'not-yet-rated': 'Not yet rated',
  'in-the-works': 'In the works',
  stalled: 'Stalled',
  kept: 'Kept',
  compromise: 'Compromise',
  broken: 'Broken',
  'not-implemented': 'Not implemented',
  'partially-implemented': 'Partially implemented',
  'fully-implemented': 'Fully implemented',
};

/** "Kazakhstan" for KZ; the code itself where the runtime knows no name. */
export function countryName(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/** "3 Freedom to participate in the political process": the report section, then its title. */
export function issueAreaLabel(area: IssueArea): string {
  return `${area.slice(area.indexOf('/') + 1)} ${ISSUE_AREA_TITLES[area]}`;
}

/** A cell keeps its row: no pipe or line break can split it. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

function tableOf(header: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)];
}

function percent(share: number | null): string {
  return share === null ? 'none rated' : `${Math.round(share * 100)}%`;
}

function summaryLines(totals: ScorecardTotals): string[] {
  const median =
    totals.medianDaysToKept === null ? 'none kept' : `${totals.medianDaysToKept} days from promise to kept`;
  return [
    `- Commitments: ${totals.commitments}, of which rated: ${totals.rated}`,
    `- Kept: ${totals.kept} (${percent(totals.shareKept)} of those rated)`,
    `- Overdue: ${totals.overdue}`,
    `- Median time to kept: ${median}`,
  ];
}

function commitmentLines(commitment: ScoredCommitment, asOf: string): string[] {
  const made = commitment.madeOn ? formatPartialDate(commitment.madeOn) : 'date not recorded';
  const deadline = commitment.deadline ? formatPartialDate(commitment.deadline) : 'none';
  const since = commitment.ratedOn ? ` (since ${formatPartialDate(commitment.ratedOn)})` : '';
  const lines = [
    `### ${pickLanguage(commitment.title) ?? commitment.id}`,
    '',
    `- Kind: ${commitment.kind.replaceAll('-', ' ')}; made ${made}; deadline ${deadline}${commitment.isOverdue ? ' — overdue' : ''}`,
    `- Rating as of ${formatPartialDate(asOf)}: ${RATING_LABELS[commitment.rating]}${since}`,
  ];
  if (commitment.rationale) lines.push(`- Why: ${commitment.rationale.replace(/\s*\n\s*/g, ' ')}`);
  if (commitment.issueAreas.length > 0)
    lines.push(`- Issue areas: ${commitment.issueAreas.map(issueAreaLabel).join('; ')}`);
  return lines;
}

export function scorecardToMarkdown(scorecard: Scorecard): string {
  const { totals, asOf } = scorecard;
  const lines = [
    `# Commitments of ${countryName(scorecard.country)}: scorecard as of ${formatPartialDate(asOf)}`,
    '',
  ];
  if (scorecard.issueArea) lines.push(`Issue area: ${issueAreaLabel(scorecard.issueArea)}`, '');
  if (totals.commitments === 0) {
    lines.push('No commitments recorded as made by this day.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(...summaryLines(totals), '', '## By rating', '');
  const ratings = currentRatingSchema.options.filter((r) => totals.byRating[r] > 0);
  lines.push(
    ...tableOf(
      ['Rating', 'Commitments'],
      ratings.map((r) => [RATING_LABELS[r], String(totals.byRating[r])]),
    ),
  );
  lines.push('', '## By issue area', '');
  if (scorecard.byIssueArea.length === 0) lines.push('No commitment is tagged with an issue area.');
  else
    lines.push(
      ...tableOf(
        ['Issue area', 'Commitments', 'Rated', 'Kept', 'Overdue'],
        scorecard.byIssueArea.map(({ issueArea, totals: t }) => [
          issueAreaLabel(issueArea),
          String(t.commitments),
          String(t.rated),
          String(t.kept),
          String(t.overdue),
        ]),
      ),
    );
  lines.push('', '## Commitments', '');
  for (const commitment of scorecard.commitments) lines.push(...commitmentLines(commitment, asOf), '');
  lines.push('## Timeline', '');
  lines.push(
    ...tableOf(
      ['Day', 'Made by then', 'Kept', 'Broken'],
      scorecard.timeline.map((point) => [
        formatPartialDate(point.day),
        String(point.made),
        String(point.kept),
        String(point.broken),
      ]),
    ),
  );
  return `${lines.join('\n')}\n`;
}
