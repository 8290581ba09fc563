import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import { pickLanguage } from '../core/language.ts';
import { displayName } from '../core/name.schema.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import { isInForceOn } from '../modules/legal-instruments/legal-instrument.in-force.ts';
import {
  getLegalInstrument,
  legalInstrumentKind,
  listLegalInstruments,
} from '../modules/legal-instruments/legal-instrument.operations.ts';
import type { LegalInstrument } from '../modules/legal-instruments/legal-instrument.schema.ts';
import { getOrganization } from '../modules/organizations/organization.operations.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { registerRecordCommands } from './record-commands.ts';

export function registerLegalInstrumentCommands(program: Command, config: () => Config): void {
  registerRecordCommands(program, config, {
    kind: legalInstrumentKind as RecordKind<object>,
    name: 'legal-instruments',
    description: 'Laws, decrees, regulations, codes and resolutions, with the provisions that matter',
    list: listLegalInstruments,
    get: getLegalInstrument,
    filters: [
      {
        flag: '--kind <kind>',
        description: 'constitution, code, law, decree, resolution, regulation, order, other',
        param: 'kind',
      },
      { flag: '--country <code>', description: 'ISO country code, e.g. UZ', param: 'country' },
      {
        flag: '--status <status>',
        description: 'draft, in-force, amended, suspended, repealed',
        param: 'status',
      },
    ],
    row: (i) => ({
      ID: i.id,
      TITLE: displayName(i.titles),
      KIND: i.kind,
      COUNTRY: i.country ?? '',
      NUMBER: i.number ?? '',
      STATUS: i.status,
      'IN FORCE': inForcePeriod(i),
    }),
    describe: async (instrument, ctx) =>
      describeLegalInstrument(instrument, {
        today: ctx.clock().toISOString().slice(0, 10),
        issuer: await issuerName(ctx, instrument.issuedBy),
      }),
  });
}

function inForcePeriod(instrument: LegalInstrument): string {
  if (!instrument.inForceFrom && !instrument.inForceTo) return '';
  return `${instrument.inForceFrom ?? '?'} – ${instrument.inForceTo ?? ''}`.trim();
}

const date = (value: string | null) => (value ? formatPartialDate(value) : 'not recorded');

async function issuerName(ctx: OperationContext, id: string | null): Promise<string | null> {
  if (!id) return null;
  const issuer = await getOrganization(ctx, id, { includeDeleted: true });
  return `${displayName(issuer.names)} (${id})`;
}

/** `docket legal-instruments show`: `today` (YYYY-MM-DD) is the day "in force today" answers for. */
export function describeLegalInstrument(
  instrument: LegalInstrument,
  context: { today: string; issuer: string | null },
): string {
  const { today, issuer } = context;
  const summary = pickLanguage(instrument.summary);
  const lines = [
    `${displayName(instrument.titles)}${instrument.deletedAt ? '  [deleted]' : ''}`,
    `  id          ${instrument.id}${instrument.ref ? `  (ref ${instrument.ref})` : ''}`,
    ...instrument.titles.map(
      (t) => `  title       ${t.text}  [${t.kind}, ${t.script}${t.language ? `, ${t.language}` : ''}]`,
    ),
    `  kind        ${instrument.kind}${instrument.number ? `, ${instrument.number}` : ''}`,
    `  country     ${instrument.country ?? 'none (international)'}`,
    `  issued by   ${issuer ?? 'not recorded'}`,
    `  adopted     ${date(instrument.adoptedOn)}`,
    `  in force    from ${date(instrument.inForceFrom)} to ${instrument.inForceTo ? formatPartialDate(instrument.inForceTo) : 'no end recorded'}`,
    `  status      ${instrument.status}; in force today (${today}): ${isInForceOn(instrument, today)}`,
    ...(summary ? [`  summary     ${summary}`] : []),
    `  sensitivity ${instrument.sensitivity}${instrument.isPublished ? ', published' : ''}`,
    `  version     ${instrument.version}, updated ${instrument.updatedAt} by ${instrument.updatedBy}`,
    `  provisions  ${instrument.provisions.length === 0 ? 'none recorded' : instrument.provisions.length}`,
  ];
  for (const p of instrument.provisions) {
    lines.push(
      `    ${p.article}${p.heading ? ` — ${p.heading}` : ''}  [${p.sourceId ? `source ${p.sourceId}${p.locator ? `, ${p.locator}` : ''}` : 'uncited'}]`,
    );
    const pSummary = pickLanguage(p.summary);
    const concern = pickLanguage(p.concern);
    if (pSummary) lines.push(`      says:    ${pSummary}`);
    if (concern) lines.push(`      concern: ${concern}`);
  }
  return lines.join('\n');
}
