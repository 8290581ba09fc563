import { LIST_CONFIGS } from './configs.ts';
import { ListPage } from './ListPage.tsx';

/**
 * One screen per record type. Keyed by type so that moving from one list to another starts a fresh
 * screen (search box, scroll position) instead of reusing the previous one's state.
 */
export const PersonsList = () => <ListPage key="persons" config={LIST_CONFIGS.persons} />;
export const OrganizationsList = () => <ListPage key="organizations" config={LIST_CONFIGS.organizations} />;
export const EventsList = () => <ListPage key="events" config={LIST_CONFIGS.events} />;
export const CasesList = () => <ListPage key="cases" config={LIST_CONFIGS.cases} />;
export const ProceedingsList = () => <ListPage key="proceedings" config={LIST_CONFIGS.proceedings} />;
export const LegalInstrumentsList = () => (
  <ListPage key="legal-instruments" config={LIST_CONFIGS['legal-instruments']} />
);
export const SourcesList = () => <ListPage key="sources" config={LIST_CONFIGS.sources} />;
export const CommitmentsList = () => <ListPage key="commitments" config={LIST_CONFIGS.commitments} />;
export const AsksList = () => <ListPage key="asks" config={LIST_CONFIGS.asks} />;
export const EngagementsList = () => <ListPage key="engagements" config={LIST_CONFIGS.engagements} />;
export const InterventionsList = () => <ListPage key="interventions" config={LIST_CONFIGS.interventions} />;
