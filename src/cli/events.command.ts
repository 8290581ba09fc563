import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import { pickLanguage } from '../core/language.ts';
import { displayName } from '../core/name.schema.ts';
import { comparePartialDatesForSort, formatPartialDate } from '../core/partial-date.ts';
import { eventKind, getEvent, listEvents } from '../modules/events/event.operations.ts';
import type { Event } from '../modules/events/event.schema.ts';
import { figureName, figureSummary, formatFigure, formatFigureValue } from '../modules/events/figures.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { sourceKind } from '../modules/sources/source.operations.ts';
import { registerRecordCommands } from './record-commands.ts';

export function registerEventCommands(program: Command, config: () => Config): void {
  registerRecordCommands(program, config, {
    kind: eventKind as RecordKind<object>,
    name: 'events',
    description:
      'Bounded happenings — protests, unrest, crackdowns, elections — with figures and accountability',
    list: listEvents,
    get: getEvent,
    filters: [
      {
        flag: '--kind <kind>',
        description: 'protest, unrest, crackdown, election, referendum, armed-conflict, other',
        param: 'kind',
      },
      { flag: '--country <code>', description: 'ISO country code, e.g. KZ', param: 'country' },
      {
        flag: '--from <date>',
        description: 'starting on or after the first day of this date (YYYY, YYYY-MM, YYYY-MM-DD)',
        param: 'from',
      },
      { flag: '--to <date>', description: 'starting on or before the last day of this date', param: 'to' },
    ],
    row: (e) => ({
      ID: e.id,
      NAME: displayName(e.names),
      KIND: e.kind,
      COUNTRY: e.country ?? '',
      START: e.startDate,
      DEATHS: deathsCell(e),
    }),
    describe: async (event, ctx) => describeEvent(event, await sourceTitles(ctx, event)),
  });
}

/** The deaths figure as the list shows it; empty when the event has none. */
function deathsCell(event: Event): string {
  const deaths = event.figures.find((f) => f.kind === 'deaths');
  return deaths ? formatFigure(figureSummary(deaths)) : '';
}

/** Titles of every source the event cites, so `show` can name them instead of printing ids. */
async function sourceTitles(ctx: OperationContext, event: Event): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const figure of event.figures) {
    for (const claim of figure.claims) if (claim.sourceId) ids.add(claim.sourceId);
  }
  for (const step of event.accountability) if (step.sourceId) ids.add(step.sourceId);
  const sources = await sourceKind.load(ctx.db, [...ids]);
  return new Map(sources.map((s) => [s.id, s.deletedAt ? `${s.title} (deleted)` : s.title]));
}

/**
 * `docket events show`: names, dates and places; each figure with its preferred number and the other
 * numbers beside it, then every claim with its source; accountability steps in date order.
 * Anything without a source says so.
 */
export function describeEvent(event: Event, titles: ReadonlyMap<string, string>): string {
  const cite = (sourceId: string | null) =>
    sourceId ? (titles.get(sourceId) ?? `source ${sourceId}`) : 'uncited';
  const others = event.names.filter((n) => n.text !== displayName(event.names));
  const lines = [displayName(event.names)];
  if (others.length > 0) {
    lines.push(
      `  also: ${others.map((n) => (n.language ? `${n.text} (${n.language})` : n.text)).join('; ')}`,
    );
  }
  const end = event.endDate ? formatPartialDate(event.endDate) : 'end not reported';
  lines.push(
    `Kind:     ${event.kind}`,
    `Country:  ${event.country ?? 'not recorded'}`,
    `Dates:    ${formatPartialDate(event.startDate)} – ${end}`,
    `Places:   ${event.places.length > 0 ? event.places.join(', ') : 'not recorded'}`,
  );
  const description = pickLanguage(event.description);
  if (description) lines.push('', description);

  lines.push('', 'Figures');
  if (event.figures.length === 0) lines.push('  none recorded');
  for (const figure of event.figures) {
    lines.push(`  ${figureName(figure)}: ${formatFigure(figureSummary(figure))}`);
    for (const claim of figure.claims) {
      const marks = [
        claim.isPreferred ? 'preferred' : undefined,
        claim.statedOn ? `stated ${formatPartialDate(claim.statedOn)}` : undefined,
      ].filter((m) => m !== undefined);
      const detail = marks.length > 0 ? ` (${marks.join(', ')})` : '';
      lines.push(`    ${formatFigureValue(claim.value, claim.qualifier)}${detail} — ${cite(claim.sourceId)}`);
    }
  }

  lines.push('', 'Accountability');
  if (event.accountability.length === 0) lines.push('  none recorded');
  const steps = [...event.accountability].sort((a, b) => comparePartialDatesForSort(a.date, b.date));
  for (const step of steps) {
    const count = step.count === null ? '' : ` (${formatFigureValue(step.count)})`;
    const text = pickLanguage(step.description);
    lines.push(
      `  ${formatPartialDate(step.date)}: ${step.kind.replaceAll('-', ' ')}${count}${text ? ` — ${text}` : ''}` +
        ` — ${cite(step.sourceId)}`,
    );
  }
  lines.push('', `Record ${event.id}, version ${event.version}, updated ${event.updatedAt}`);
  return lines.join('\n');
}
