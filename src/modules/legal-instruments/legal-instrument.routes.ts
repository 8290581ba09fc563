import type { RecordRoutes } from '../../server/record-routes.ts';
import { legalInstrumentKind, listLegalInstruments } from './legal-instrument.operations.ts';
import {
  type LegalInstrumentFields,
  legalInstrumentSchema,
  listLegalInstrumentsQuerySchema,
} from './legal-instrument.schema.ts';

export const legalInstrumentRoutes: RecordRoutes<LegalInstrumentFields> = {
  kind: legalInstrumentKind,
  path: 'legal-instruments',
  tag: 'Legal instruments',
  recordSchema: legalInstrumentSchema,
  listQuerySchema: listLegalInstrumentsQuerySchema,
  list: listLegalInstruments,
};
