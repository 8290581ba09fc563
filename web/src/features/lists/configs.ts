import { casesList } from './config.cases.tsx';
import { asksList, commitmentsList } from './config.commitments.tsx';
import { legalInstrumentsList, sourcesList } from './config.documents.tsx';
import { engagementsList, interventionsList } from './config.engagements.tsx';
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
  commitments: commitmentsList,
  asks: asksList,
  engagements: engagementsList,
  interventions: interventionsList,
};
