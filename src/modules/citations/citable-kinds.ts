import { askKind } from '../asks/ask.operations.ts';
import { caseKind } from '../cases/case.operations.ts';
import { commitmentKind } from '../commitments/commitment.operations.ts';
import { engagementKind } from '../engagements/engagement.operations.ts';
import { eventKind } from '../events/event.operations.ts';
import { indicatorKind } from '../indicators/indicator.operations.ts';
import { interventionKind } from '../interventions/intervention.operations.ts';
import { legalInstrumentKind } from '../legal-instruments/legal-instrument.operations.ts';
import { organizationKind } from '../organizations/organization.operations.ts';
import { personKind } from '../persons/person.operations.ts';
import { proceedingKind } from '../proceedings/proceeding.operations.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { sourceKind } from '../sources/source.operations.ts';
import type { CitableType } from './citable-types.ts';

/** The kind of every citable record type; a type added to `CITABLE_TYPES` must be added here. */
export const citableKinds: Record<CitableType, RecordKind<object>> = {
  person: personKind as RecordKind<object>,
  source: sourceKind as RecordKind<object>,
  organization: organizationKind as RecordKind<object>,
  case: caseKind as RecordKind<object>,
  event: eventKind as RecordKind<object>,
  'legal-instrument': legalInstrumentKind as RecordKind<object>,
  indicator: indicatorKind as RecordKind<object>,
  proceeding: proceedingKind as RecordKind<object>,
  commitment: commitmentKind as RecordKind<object>,
  ask: askKind as RecordKind<object>,
  engagement: engagementKind as RecordKind<object>,
  intervention: interventionKind as RecordKind<object>,
};
