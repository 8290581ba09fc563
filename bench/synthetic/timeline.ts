/**
 * Synthetic case timelines: mostly arrest → (charge, house arrest, trial) → sentence → maybe release,
 * pardon, house arrest or correctional labour; some administrative detentions, travel bans,
 * psychiatric detentions; dates over 2015–2025, some known only to the month or year, a few disputed.
 * Each step is exactly what the timeline schema outputs for it.
 */
import type { CaseFields } from '../../src/modules/cases/case.schema.ts';
import type { Sentence, StepKind } from '../../src/modules/cases/timeline.schema.ts';
import { isoDay, type MetaFactory, type Random, SPAN_DAYS } from './random.ts';

type TimelineStep = CaseFields['timeline'][number];

/** The sources that synthetic claims cite. */
export interface SourcePool {
  ids: string[];
}

/** A step as the fields schema outputs it: every default spelled out, in the schema's key order. */
function makeStep(
  metas: MetaFactory,
  random: Random,
  sources: SourcePool,
  kind: StepKind,
  day: number,
  extra: { durationDays?: number; sentence?: Sentence[]; appealOutcome?: TimelineStep['appealOutcome'] } = {},
): TimelineStep {
  const full = isoDay(day);
  const roll = random.next();
  // Some dates are known only to the month or the year.
  const value = roll < 0.03 ? full.slice(0, 4) : roll < 0.13 ? full.slice(0, 7) : full;
  const sourced = random.chance(0.3) ? random.pick(sources.ids) : null;
  const date: TimelineStep['date'] = [{ value, sourceId: sourced, isPreferred: false }];
  // A few dates are disputed between two sources: detained on the 29th or the 30th.
  if (value === full && random.chance(0.03)) {
    date.push({ value: isoDay(day + 1), sourceId: random.pick(sources.ids), isPreferred: false });
  }
  return {
    id: metas.itemId(),
    kind,
    date,
    durationDays: extra.durationDays ?? null,
    courtId: null,
    place: null,
    sentence: extra.sentence
      ? extra.sentence.map((value) => ({ value, sourceId: sourced, isPreferred: false }))
      : null,
    appealOutcome: extra.appealOutcome ?? null,
    note: null,
    sourceId: sourced,
  };
}

function sentenceOf(custody: Sentence['custody'], termMonths: number | null, currency: string): Sentence {
  return {
    custody,
    termMonths,
    fines: custody === 'fine-only' ? [{ kind: 'fine', amount: 500_000, currency }] : [],
    bans: [],
    text: null,
  };
}

const CURRENCY: Record<string, string> = { KZ: 'KZT', UZ: 'UZS', KG: 'KGS', TJ: 'TJS' };

/** A timeline of 1–6 steps for a case of this type in this country. */
export function syntheticTimeline(
  metas: MetaFactory,
  random: Random,
  sources: SourcePool,
  caseType: CaseFields['caseType'],
  country: string,
): TimelineStep[] {
  const steps: TimelineStep[] = [];
  const start = random.int(0, SPAN_DAYS - 30);
  const add = (kind: StepKind, day: number, extra?: Parameters<typeof makeStep>[5]) => {
    if (day > SPAN_DAYS || steps.length >= 6) return false;
    steps.push(makeStep(metas, random, sources, kind, day, extra));
    return true;
  };
  const currency = CURRENCY[country] ?? 'USD';
  switch (caseType) {
    case 'travel-ban':
      add('travel-ban', start);
      if (random.chance(0.3)) add('other', start + random.int(30, 400));
      return steps;
    case 'harassment':
    case 'censorship':
      if (random.chance(0.5)) return steps;
      add('charge', start);
      if (random.chance(0.4))
        add('sentence', start + random.int(30, 200), { sentence: [sentenceOf('fine-only', null, currency)] });
      return steps;
    case 'forced-psychiatric-detention':
      add('forced-psychiatric-detention', start);
      if (random.chance(0.5)) add('release', start + random.int(60, 700));
      return steps;
    case 'killing':
      if (random.chance(0.6)) return steps;
      add('arrest', start);
      add('death-in-custody', start + random.int(1, 300));
      return steps;
    default:
      break;
  }
  if (random.chance(0.2)) {
    add('administrative-detention', start, { durationDays: random.int(5, 15) });
    return steps;
  }
  add('arrest', start);
  if (random.chance(0.35)) add('charge', start + random.int(1, 14));
  let day = start;
  if (random.chance(0.15)) {
    day = start + random.int(7, 90);
    add('house-arrest', day);
  }
  if (random.chance(0.2)) {
    // Not (yet) sentenced: released pending trial, or still held.
    if (random.chance(0.5)) add('release', day + random.int(3, 200));
    return steps;
  }
  const sentenceDay = day + random.int(60, 500);
  if (random.chance(0.35)) add('trial', sentenceDay - random.int(1, 30));
  const custody = random.weighted<Sentence['custody']>([
    ['imprisonment', 65],
    ['correctional-labour', 10],
    ['restricted-liberty', 10],
    ['suspended', 10],
    ['fine-only', 5],
  ]);
  const term = custody === 'fine-only' ? null : random.int(6, 144);
  const sentence = [sentenceOf(custody, term, currency)];
  // Sources disagree on the term now and then: two claims, none preferred.
  if (term !== null && random.chance(0.04)) sentence.push(sentenceOf(custody, term + 12, currency));
  if (!add('sentence', sentenceDay, { sentence })) return steps;
  if (random.chance(0.1)) add('appeal', sentenceDay + random.int(30, 120), { appealOutcome: 'upheld' });
  if (custody !== 'imprisonment') return steps;
  const served = sentenceDay + Math.round((term ?? 12) * 30.4 * (0.3 + random.next() * 0.8));
  const after = random.weighted<StepKind | null>([
    ['release', 40],
    ['pardon', 8],
    ['amnesty', 3],
    ['house-arrest', 5],
    ['correctional-labour', 12],
    [null, 32],
  ]);
  if (after) add(after, served);
  return steps;
}
