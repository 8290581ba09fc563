import type { OperationContext } from '../core/context.ts';
import { displayName } from '../core/name.schema.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import { type Case, presentCase } from '../modules/cases/case.operations.ts';
import { stepsInOrder } from '../modules/cases/custody.ts';
import type { Sentence } from '../modules/cases/timeline.schema.ts';
import { personKind } from '../modules/persons/person.operations.ts';
import { sourceKind } from '../modules/sources/source.operations.ts';

/** `docket cases show`: the case as a researcher reads it, each fact with its source or marked uncited. */
export async function describeCase(record: Case, ctx: OperationContext): Promise<string> {
  const [victim] = await personKind.load(ctx.db, [record.victimId]);
  const sourceIds = new Set<string>();
  for (const step of record.timeline) {
    if (step.sourceId) sourceIds.add(step.sourceId);
    for (const claim of [...step.date, ...(step.sentence ?? [])])
      if (claim.sourceId) sourceIds.add(claim.sourceId);
  }
  for (const item of [...record.assessments, ...record.unDecisions, ...record.charges]) {
    if (item.sourceId) sourceIds.add(item.sourceId);
  }
  const titles = new Map((await sourceKind.load(ctx.db, [...sourceIds])).map((s) => [s.id, s.title]));
  const cite = (id: string | null) => (id ? `[${titles.get(id) ?? id}]` : '[uncited]');
  const { derived } = presentCase(ctx, record);

  const lines = [
    `${record.title ?? record.caseType}${record.deletedAt ? '  [deleted]' : ''}`,
    `  id        ${record.id}`,
    `  victim    ${victim ? displayName(victim.names) : record.victimId}`,
    `  type      ${record.caseType}${record.country ? `, ${record.country}` : ''}`,
    `  status    ${derived.status} (derived from the timeline)`,
    ...record.charges.map(
      (c) => `  charge    art. ${c.article}${c.description ? ` — ${c.description}` : ''} ${cite(c.sourceId)}`,
    ),
    '  timeline',
  ];
  for (const step of stepsInOrder(record.timeline)) {
    const dates = step.date.map(
      (d) => `${formatPartialDate(d.value)}${step.date.length > 1 ? ` ${cite(d.sourceId)}` : ''}`,
    );
    lines.push(
      `    ${dates.join(' or ')}  ${step.kind}${step.durationDays ? ` (${step.durationDays} days)` : ''} ${cite(step.sourceId)}`,
    );
    for (const claim of step.sentence ?? [])
      lines.push(`      sentence: ${formatSentence(claim.value)} ${cite(claim.sourceId)}`);
    if (step.note) lines.push(`      ${step.note}`);
  }
  lines.push('  custody');
  for (const interval of derived.custody) {
    const end = interval.end ? formatRange(interval.end) : 'ongoing';
    lines.push(
      `    ${interval.kind} of liberty from ${formatRange(interval.start)} to ${end} (${interval.basis})`,
    );
  }
  for (const a of record.assessments) {
    const criteria =
      a.criteria === 'not-stated' ? 'criteria not stated' : `PACE 1900 criteria ${a.criteria.join(', ')}`;
    lines.push(
      `  assessed  ${a.conclusion} by ${a.assessorName ?? a.assessorId ?? 'unknown'}, ${formatPartialDate(a.date)}: ${criteria} ${cite(a.sourceId)}`,
    );
  }
  for (const d of record.unDecisions) {
    lines.push(
      `  UN        ${d.body} ${d.opinionNumber ? `Opinion No. ${d.opinionNumber}` : '(opinion number unverified)'}: ${d.finding} ${cite(d.sourceId)}`,
    );
  }
  return lines.join('\n');
}

function formatRange(range: { earliest: string; latest: string }): string {
  return range.earliest === range.latest ? range.earliest : `${range.earliest}…${range.latest}`;
}

function formatSentence(sentence: Sentence): string {
  const parts = [
    `${sentence.custody}${sentence.termMonths !== null ? `, ${formatMonths(sentence.termMonths)}` : ''}`,
  ];
  for (const fine of sentence.fines)
    parts.push(`${fine.kind} ${fine.amount.toLocaleString('en')} ${fine.currency}`);
  for (const ban of sentence.bans)
    parts.push(`ban on ${ban.scope}${ban.termMonths ? ` for ${formatMonths(ban.termMonths)}` : ''}`);
  return parts.join('; ');
}

function formatMonths(months: number): string {
  return months % 12 === 0 ? `${months / 12} years` : `${months} months`;
}
