import type { Case } from '../shared/types.ts';

/** A timeline step as the editor holds it: the stored shape, the id optional until first save. */
export type StepDraft = Omit<Case['timeline'][number], 'id' | 'locator'> & {
  id?: string;
  locator?: string | undefined;
};
export type SentenceClaim = NonNullable<StepDraft['sentence']>[number];

export function newStep(): StepDraft {
  return {
    kind: 'arrest',
    date: [{ value: '', sourceId: null, isPreferred: false }],
    durationDays: null,
    courtId: null,
    place: null,
    sentence: null,
    appealOutcome: null,
    note: null,
    sourceId: null,
  };
}
