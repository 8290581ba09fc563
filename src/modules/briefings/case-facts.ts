import { preferredClaim } from '../../core/claim.ts';
import { compareWithDay, parsePartialDate } from '../../core/partial-date.ts';
import type { Case } from '../cases/case.operations.ts';
import { addDays, custodyOn, deriveCustody, statusOn, stepDays } from '../cases/custody.ts';
import type { CaseFacts } from './briefing.schema.ts';
import type { FootnoteList } from './footnotes.ts';

/**
 * What a briefing says about one case as of a day, from its timeline alone: the steps that may
 * have happened by then, so a later sentence or release never shows in an earlier briefing.
 */

/** Whether a dated fact may have happened by the end of `day` (a partial date overlapping it counts). */
export function happenedBy(date: string | null | undefined, day: string): boolean {
  if (!date) return false;
  return compareWithDay(date, day) !== 'after';
}

const MS_PER_DAY = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / MS_PER_DAY));

type Steps = Case['timeline'];
/** The parts of a case (as an audience may see it) a briefing reads. */
type CaseView = Pick<
  Case,
  'id' | 'victimId' | 'title' | 'caseType' | 'timeline' | 'charges' | 'assessments' | 'unDecisions'
>;

/** Days deprived of liberty up to the end of `day`: certainly, and at most (partial dates widest). */
export function daysDeprivedBy(steps: Steps, day: string): { certain: number; possible: number } {
  const end = addDays(day, 1);
  const { intervals } = deriveCustody(steps.filter((step) => stepDays(step).earliest <= day));
  let certain = 0;
  let possible = 0;
  for (const interval of intervals) {
    if (interval.kind !== 'deprived') continue;
    const lastEarliest = interval.end && interval.end.earliest < end ? interval.end.earliest : end;
    const lastLatest = interval.end && interval.end.latest < end ? interval.end.latest : end;
    certain += daysBetween(interval.start.latest, lastEarliest);
    possible += daysBetween(interval.start.earliest, lastLatest);
  }
  return { certain, possible };
}

/** The start of the deprivation of liberty that lasts at the end of `day`, and when the last one ended. */
function custodyDates(
  steps: Steps,
  day: string,
): { since: string | null; releasedOn: string | null; first: string | null } {
  const { intervals } = deriveCustody(steps.filter((step) => stepDays(step).earliest <= day));
  const deprived = intervals.filter((interval) => interval.kind === 'deprived');
  const last = deprived.at(-1);
  if (!last) return { since: null, releasedOn: null, first: null };
  const ongoing = last.end === null || last.end.earliest > day;
  const first = deprived[0];
  const firstStep = first
    ? steps.find((step) => stepDays(step).earliest === first.start.earliest)
    : undefined;
  const firstDate = firstStep
    ? (preferredClaim(firstStep.date)?.value ?? firstStep.date[0]?.value)
    : undefined;
  const startStep = steps.find((step) => stepDays(step).earliest === last.start.earliest);
  const startDate = startStep
    ? (preferredClaim(startStep.date)?.value ?? startStep.date[0]?.value)
    : undefined;
  const firstOn = firstDate ?? first?.start.earliest ?? null;
  if (ongoing) return { since: startDate ?? last.start.earliest, releasedOn: null, first: firstOn };
  return { since: null, releasedOn: last.end?.earliest ?? null, first: firstOn };
}

function chargesKnown(steps: Steps, day: string): boolean {
  const charged = steps.filter((step) => step.kind === 'charge');
  return charged.length === 0 || charged.some((step) => stepDays(step).earliest <= day);
}

export function caseFactsAsOf(
  record: CaseView,
  victimName: string | null,
  day: string,
  footnotes: FootnoteList,
  citedBy: (field: string | null) => number[],
): CaseFacts {
  const steps = record.timeline ?? [];
  const known = steps.filter((step) => stepDays(step).earliest <= day);
  const sentenceStep = [...known].reverse().find((step) => step.sentence && step.sentence.length > 0);
  const sentenceClaim = sentenceStep?.sentence
    ? (preferredClaim(sentenceStep.sentence) ?? sentenceStep.sentence[0])
    : undefined;
  const assessment = (record.assessments ?? [])
    .filter((a) => a.conclusion === 'political-prisoner' && happenedBy(a.date, day))
    .sort((a, b) => parsePartialDate(a.date).start.localeCompare(parsePartialDate(b.date).start))
    .at(-1);
  const { since, releasedOn, first } = custodyDates(steps, day);
  const { intervals } = deriveCustody(known);
  return {
    id: record.id,
    victimId: record.victimId ?? null,
    victimName,
    title: record.title ?? null,
    caseType: record.caseType,
    status: statusOn(steps, day),
    inCustody: custodyOn(intervals, 'deprived', addDays(day, 1)),
    restricted: custodyOn(intervals, 'restricted', addDays(day, 1)),
    deprivedSince: since,
    firstDeprivedOn: first,
    daysDeprived: daysDeprivedBy(steps, day),
    releasedOn,
    // Charges carry no date of their own: shown once a charge step has happened, or always when
    // the timeline records none.
    charges: chargesKnown(steps, day)
      ? (record.charges ?? []).map((charge) => ({
          article: charge.article,
          description: charge.description ?? null,
          cites: footnotes.cite({ sourceId: charge.sourceId, locator: charge.locator }),
        }))
      : [],
    sentence: sentenceClaim
      ? {
          text: sentenceClaim.value.text,
          custody: sentenceClaim.value.custody,
          termMonths: sentenceClaim.value.termMonths,
          cites: footnotes.cite({ sourceId: sentenceClaim.sourceId, locator: sentenceStep?.locator }),
        }
      : null,
    politicalPrisoner: assessment
      ? {
          assessor: assessment.assessorName ?? null,
          date: assessment.date,
          cites: footnotes.cite({ sourceId: assessment.sourceId, locator: assessment.locator }),
        }
      : null,
    unDecisions: (record.unDecisions ?? [])
      .filter((decision) => happenedBy(decision.publishedOn ?? decision.adoptedOn, day))
      .map((decision) => ({
        body: decision.body,
        opinionNumber: decision.opinionNumber ?? null,
        adoptedOn: decision.adoptedOn ?? null,
        finding: decision.finding,
        cites: footnotes.cite({ sourceId: decision.sourceId, locator: decision.locator }),
      })),
    cites: [
      ...footnotes.cite(
        ...known.flatMap((step) =>
          step.date.map((claim) => ({ sourceId: claim.sourceId, locator: step.locator })),
        ),
      ),
      ...citedBy(null),
    ],
  };
}
