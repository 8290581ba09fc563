import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { pickLanguage } from '../core/language.ts';
import { displayName } from '../core/name.schema.ts';
import {
  formatObservation,
  formatObservationValue,
  latestObservation,
  observationsInOrder,
} from '../modules/indicators/indicator.observations.ts';
import { getIndicator, indicatorKind, listIndicators } from '../modules/indicators/indicator.operations.ts';
import type { Indicator } from '../modules/indicators/indicator.schema.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { table } from './output.ts';
import { registerRecordCommands } from './record-commands.ts';

export function registerIndicatorCommands(program: Command, config: () => Config): void {
  registerRecordCommands(program, config, {
    kind: indicatorKind as RecordKind<object>,
    name: 'indicators',
    description:
      'Quantities per country over time (jailed journalists, political prisoners…) and their observations',
    list: listIndicators,
    get: getIndicator,
    filters: [
      { flag: '--country <code>', description: 'ISO country code, e.g. UZ', param: 'country' },
      {
        flag: '--unit <unit>',
        description: 'persons, organizations, cases, percent, count, other',
        param: 'unit',
      },
    ],
    row: (i) => {
      const latest = latestObservation(i.observations);
      return {
        ID: i.id,
        NAME: displayName(i.names),
        COUNTRY: i.country ?? '',
        UNIT: i.unit,
        LATEST: latest ? formatObservation(latest, i.unit) : '',
      };
    },
    describe: async (indicator) => describeIndicator(indicator),
  });
}

export function describeIndicator(indicator: Indicator): string {
  const description = pickLanguage(indicator.description);
  const lines = [
    `${displayName(indicator.names)}${indicator.deletedAt ? '  [deleted]' : ''}`,
    `  id           ${indicator.id}${indicator.ref ? `  (ref ${indicator.ref})` : ''}`,
    ...indicator.names.map(
      (n) => `  name         ${n.text}  [${n.kind}, ${n.script}${n.language ? `, ${n.language}` : ''}]`,
    ),
    `  country      ${indicator.country ?? 'none'}`,
    `  unit         ${indicator.unit}`,
    ...(description ? [`  description  ${description}`] : []),
    `  sensitivity  ${indicator.sensitivity}${indicator.isPublished ? ', published' : ''}`,
    `  version      ${indicator.version}, updated ${indicator.updatedAt} by ${indicator.updatedBy}`,
    `  observations ${indicator.observations.length === 0 ? 'none recorded' : indicator.observations.length}`,
  ];
  if (indicator.observations.length > 0) {
    const rows = observationsInOrder(indicator.observations).map((o) => [
      o.date,
      formatObservationValue(o, indicator.unit),
      o.qualifier,
      o.sourceId ? `source ${o.sourceId}${o.locator ? `, ${o.locator}` : ''}` : 'uncited',
      o.note ?? '',
    ]);
    const body = table([['DATE', 'VALUE', 'QUALIFIER', 'SOURCE', 'NOTE'], ...rows], 80);
    lines.push(...body.split('\n').map((line) => `    ${line}`.trimEnd()));
  }
  return lines.join('\n');
}
