import { preferredClaim } from '../../core/claim.ts';
import { parsePartialDate } from '../../core/partial-date.ts';
import type { CaseStatus } from './case.schema.ts';
import type { Sentence, StepKind } from './timeline.schema.ts';

/**
 * Custody derived from a case timeline (see "Time" in the design). Pure: the same timeline always
 * gives the same intervals, which the store caches for census queries and the API shows.
 */

/** The days a partially known date may fall on, as ISO days. */
export interface DayRange {
  earliest: string;
  latest: string;
}

export type CustodyKind = 'deprived' | 'restricted';

/**
 * A day after every recorded step has taken effect, for the status the list filter uses. Not
 * 9999-12-31: the day after it must still be a four-digit year to compare as a string.
 */
export const AFTER_ALL_STEPS = '9999-12-30';

export interface CustodyInterval {
  kind: CustodyKind;
  start: DayRange;
  /** The day custody ended (still in custody at 00:01 that day); null while it lasts. */
  end: DayRange | null;
  basis: StepKind;
}

/** The part of a timeline step custody depends on. */
export interface CustodyStep {
  kind: StepKind;
  date: ReadonlyArray<{ value: string; isPreferred?: boolean | undefined }>;
  durationDays?: number | null;
  sentence?: ReadonlyArray<{ value: Sentence; isPreferred?: boolean | undefined }> | null;
  appealOutcome?: string | null;
}

type Effect = CustodyKind | 'free' | 'none' | 'death';

const STEP_EFFECT: Record<StepKind, Effect | 'sentence'> = {
  arrest: 'deprived',
  'administrative-detention': 'deprived',
  'pre-trial-detention': 'deprived',
  'forced-psychiatric-detention': 'deprived',
  charge: 'none',
  trial: 'none',
  transfer: 'none',
  other: 'none',
  'house-arrest': 'restricted',
  'correctional-labour': 'restricted',
  'travel-ban': 'restricted',
  sentence: 'sentence',
  appeal: 'sentence',
  release: 'free',
  pardon: 'free',
  amnesty: 'free',
  acquittal: 'free',
  'death-in-custody': 'death',
};

const SENTENCE_EFFECT: Record<Sentence['custody'], Effect> = {
  imprisonment: 'deprived',
  suspended: 'restricted',
  'restricted-liberty': 'restricted',
  'correctional-labour': 'restricted',
  probation: 'restricted',
  'fine-only': 'free',
  none: 'free',
};

/**
 * The days a step may have happened on: the preferred date claim, else the span of all claims
 * (detained on 29 or 30 January → 29–30 January).
 */
export function stepDays(step: Pick<CustodyStep, 'date'>): DayRange {
  const preferred = step.date.find((claim) => claim.isPreferred);
  const claims = preferred ? [preferred] : step.date;
  const parsed = claims.map((claim) => parsePartialDate(claim.value));
  // ISO days sort as strings.
  const starts = parsed.map((p) => p.start).sort();
  const ends = parsed.map((p) => p.end).sort();
  return { earliest: starts[0] ?? '', latest: ends.at(-1) ?? '' };
}

function effectOf(step: CustodyStep): Effect {
  const effect = STEP_EFFECT[step.kind];
  if (effect !== 'sentence') return effect;
  const sentence =
    step.sentence && step.sentence.length > 0
      ? (preferredClaim(step.sentence) ?? step.sentence[0])
      : undefined;
  if (sentence) return SENTENCE_EFFECT[sentence.value.custody];
  if (step.kind === 'appeal' && step.appealOutcome === 'overturned') return 'free';
  return 'none';
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Steps in date order (earliest possible day, then latest); same-day steps keep their entry order. */
export function stepsInOrder<S extends CustodyStep>(steps: readonly S[]): S[] {
  return steps
    .map((step, index) => ({ step, index, days: stepDays(step) }))
    .sort(
      (a, b) =>
        a.days.earliest.localeCompare(b.days.earliest) ||
        a.days.latest.localeCompare(b.days.latest) ||
        a.index - b.index,
    )
    .map((entry) => entry.step);
}

export interface Derivation {
  intervals: CustodyInterval[];
  /** The step that last changed or confirmed the situation, for the status. */
  lastEffect: { kind: StepKind; effect: Effect } | null;
  hasCharge: boolean;
  died: boolean;
}

interface OpenInterval {
  interval: CustodyInterval;
  /** When the step that opened it ends by itself (administrative detention of N days). */
  scheduledEnd: DayRange | null;
}

/** Walks the timeline in date order, opening and closing custody intervals. */
export function deriveCustody(steps: readonly CustodyStep[]): Derivation {
  const intervals: CustodyInterval[] = [];
  const state: { open: OpenInterval | null } = { open: null };
  let lastEffect: Derivation['lastEffect'] = null;
  let died = false;

  const close = (end: DayRange) => {
    if (state.open) state.open.interval.end = end;
    state.open = null;
  };

  for (const step of stepsInOrder(steps)) {
    const days = stepDays(step);
    const scheduled = state.open?.scheduledEnd;
    if (scheduled && scheduled.latest < days.earliest) {
      close(scheduled);
      lastEffect = { kind: 'release', effect: 'free' };
    }
    const effect = effectOf(step);
    if (effect === 'none') continue;
    lastEffect = { kind: step.kind, effect };
    if (effect === 'death') {
      close(days);
      died = true;
      break;
    }
    const scheduledEnd = step.durationDays
      ? {
          earliest: addDays(days.earliest, step.durationDays),
          latest: addDays(days.latest, step.durationDays),
        }
      : null;
    if (state.open && state.open.interval.kind === effect) {
      // Same custody continues (arrest after administrative detention, sentence after arrest).
      state.open.scheduledEnd = scheduledEnd;
      continue;
    }
    close(days);
    if (effect !== 'free') {
      const interval: CustodyInterval = { kind: effect, start: days, end: null, basis: step.kind };
      intervals.push(interval);
      state.open = { interval, scheduledEnd };
    }
  }
  if (state.open?.scheduledEnd) state.open.interval.end = state.open.scheduledEnd;
  return { intervals, lastEffect, hasCharge: steps.some((s) => s.kind === 'charge'), died };
}

export type Tristate = 'yes' | 'no' | 'possibly';

/**
 * Whether the person was in this kind of custody on `day` under the census rule: counted if in
 * custody at 00:01 — arrested that day: not counted; released that day: counted.
 */
export function custodyOn(intervals: readonly CustodyInterval[], kind: CustodyKind, day: string): Tristate {
  let possibly = false;
  for (const interval of intervals) {
    if (interval.kind !== kind) continue;
    const certain = interval.start.latest < day && (interval.end === null || interval.end.earliest >= day);
    if (certain) return 'yes';
    if (interval.start.earliest < day && (interval.end === null || interval.end.latest >= day))
      possibly = true;
  }
  return possibly ? 'possibly' : 'no';
}

const DEPRIVED_STATUS: Partial<Record<StepKind, CaseStatus>> = {
  'administrative-detention': 'administrative-detention',
  'forced-psychiatric-detention': 'forced-psychiatric-detention',
  sentence: 'imprisoned',
  appeal: 'imprisoned',
};
const RESTRICTED_STATUS: Partial<Record<StepKind, CaseStatus>> = {
  'house-arrest': 'house-arrest',
  'correctional-labour': 'correctional-labour',
  'travel-ban': 'travel-ban',
};

/**
 * Where the case stands at the end of `day`: the custody then, and the step that last changed it
 * among the steps that may have happened by then.
 */
export function statusOn(steps: readonly CustodyStep[], day: string): CaseStatus {
  const derivation = deriveCustody(steps.filter((step) => stepDays(step).earliest <= day));
  if (derivation.died) return 'died-in-custody';
  const last = derivation.lastEffect;
  if (custodyOn(derivation.intervals, 'deprived', addDays(day, 1)) !== 'no') {
    const basis = last?.effect === 'deprived' ? last.kind : derivation.intervals.at(-1)?.basis;
    return (basis && DEPRIVED_STATUS[basis]) ?? 'pre-trial-detention';
  }
  if (custodyOn(derivation.intervals, 'restricted', addDays(day, 1)) !== 'no') {
    const basis = last?.effect === 'restricted' ? last.kind : derivation.intervals.at(-1)?.basis;
    return (basis && RESTRICTED_STATUS[basis]) ?? 'restricted-liberty';
  }
  if (last?.kind === 'acquittal' || (last?.kind === 'appeal' && last.effect === 'free')) return 'acquitted';
  if ((last?.kind === 'sentence' || last?.kind === 'appeal') && last.effect === 'free')
    return 'convicted-without-custody';
  if (derivation.intervals.length > 0) return 'released';
  return derivation.hasCharge ? 'charged' : 'open';
}
