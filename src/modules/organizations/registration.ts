import { comparePartialDatesForSort } from '../../core/partial-date.ts';
import type { OrganizationFields } from './organization.schema.ts';

type Step = OrganizationFields['registrations'][number];

/** Registration steps in date order; steps on the same date keep the order they were entered in. */
export function registrationsInOrder(steps: readonly Step[]): Step[] {
  return [...steps].sort((a, b) => comparePartialDatesForSort(a.date, b.date));
}

/** Where the organization stands now: the status of its latest dated step, or null if none. */
export function latestRegistrationStatus(steps: readonly Step[]): Step['status'] | null {
  return registrationsInOrder(steps).at(-1)?.status ?? null;
}
