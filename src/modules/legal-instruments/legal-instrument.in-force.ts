import { compareWithDay, type PartialDate, parsePartialDate } from '../../core/partial-date.ts';
import type { LegalInstrumentFields } from './legal-instrument.schema.ts';

export type InForce = 'yes' | 'no' | 'possibly';

type Dates = Pick<LegalInstrumentFields, 'status' | 'adoptedOn' | 'inForceFrom' | 'inForceTo'>;

/** Combines two answers: a 'no' from either wins, then a 'possibly'. */
function both(a: InForce, b: InForce): InForce {
  if (a === 'no' || b === 'no') return 'no';
  return a === 'possibly' || b === 'possibly' ? 'possibly' : 'yes';
}

/** Whether `date` is certainly on or before `day`, certainly after it, or straddles it. */
function onOrBefore(date: PartialDate, day: string): InForce {
  const where = compareWithDay(date, day);
  if (where === 'before') return 'yes';
  if (where === 'after') return 'no';
  // The interval contains the day; it lies wholly on or before it only if it ends that day.
  return parsePartialDate(date).end === day ? 'yes' : 'possibly';
}

/** Whether `date` is certainly on or after `day`, certainly before it, or straddles it. */
function onOrAfter(date: PartialDate, day: string): InForce {
  const where = compareWithDay(date, day);
  if (where === 'after') return 'yes';
  if (where === 'before') return 'no';
  return parsePartialDate(date).start === day ? 'yes' : 'possibly';
}

function started(instrument: Dates, day: string): InForce {
  if (instrument.inForceFrom) return onOrBefore(instrument.inForceFrom, day);
  // Without an entry-into-force date, nothing can be in force before it was adopted.
  if (instrument.adoptedOn && compareWithDay(instrument.adoptedOn, day) === 'after') return 'no';
  return 'possibly';
}

function notYetEnded(instrument: Dates, day: string): InForce {
  if (instrument.inForceTo) return onOrAfter(instrument.inForceTo, day);
  // Repealed or suspended at an unrecorded date: it may have still been in force on the day.
  if (instrument.status === 'repealed' || instrument.status === 'suspended') return 'possibly';
  return 'yes';
}

/**
 * Whether the instrument was in force on `day` (YYYY-MM-DD), from its partial dates and current
 * status: 'yes' when certainly, 'no' when certainly not, 'possibly' when its dates straddle the
 * day or are not recorded. `inForceFrom` is the first and `inForceTo` the last day in force.
 * A draft was never in force. The status says where it stands now, not on the day, so it only
 * matters where the dates are silent.
 *
 * @throws RangeError when `day` is not a YYYY-MM-DD day.
 */
export function isInForceOn(instrument: Dates, day: string): InForce {
  // Checks the day even where the answer does not depend on it, so a bad day never passes silently.
  compareWithDay('2000', day);
  if (instrument.status === 'draft') return 'no';
  return both(started(instrument, day), notYetEnded(instrument, day));
}
