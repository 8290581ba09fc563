import { casesList } from './config.cases.tsx';
import { legalInstrumentsList, sourcesList } from './config.documents.tsx';
import { eventsList, proceedingsList } from './config.events.tsx';
import { organizationsList, personsList } from './config.people.tsx';
import type { ListConfig, ListType } from './list-types.ts';

export const LIST_CONFIGS: Record<ListType, ListConfig> = {
  persons: personsList,
  organizations: organizationsList,
  events: eventsList,
  cases: casesList,
  proceedings: proceedingsList,
  'legal-instruments': legalInstrumentsList,
  sources: sourcesList,
};
